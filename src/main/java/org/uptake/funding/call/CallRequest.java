package org.uptake.funding.call;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.uptake.directory.OrganisationType;
import org.uptake.platform.Issue;

/**
 * A call as programme managers send it. Times are local to {@code timeZone}; absent lists are empty, absent sections
 * and eligibility checklist get the programme's standard ones, the currency defaults to EUR.
 */
public record CallRequest(UUID programmeId, Map<String, String> title, Map<String, String> text, String currency,
        BigDecimal totalBudget, BigDecimal maxFundingRatePercent, BigDecimal maxGrant,
        List<String> eligibleApplicantTypes, List<String> eligibleRegions, Integer minPartners, Boolean requiresSme,
        LocalDateTime opensAt, LocalDateTime deadline, String timeZone, Integer reviewersPerApplication,
        BigDecimal overallThreshold, List<CriterionRequest> criteria, List<DocumentRequest> documents,
        List<SectionRequest> sections, List<ItemRequest> eligibilityChecklist) {

    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9_-]{0,39}");
    private static final Set<String> CURRENCIES = Set.of("EUR", "NOK", "SEK", "DKK");

    public CallRequest {
        eligibleApplicantTypes = eligibleApplicantTypes == null ? List.of() : eligibleApplicantTypes;
        eligibleRegions = eligibleRegions == null ? List.of() : eligibleRegions;
        criteria = criteria == null ? List.of() : criteria;
        documents = documents == null ? List.of() : documents;
    }

    public record CriterionRequest(String key, Map<String, String> name, Map<String, String> description,
            Integer maxScore, BigDecimal weight, BigDecimal threshold) {
    }

    /** @param formats file formats such as {@code ["pdf","docx"]}; @param maxBytes the size limit of one file */
    public record DocumentRequest(String key, Map<String, String> name, Boolean required, List<String> formats,
            Long maxBytes) {
    }

    public record SectionRequest(String key, Map<String, String> title, Boolean required, Integer maxLength) {
    }

    public record ItemRequest(String key, Map<String, String> text) {
    }

    public record Valid(UUID programmeId, Texts title, Texts text, String currency, BigDecimal totalBudget,
            BigDecimal maxFundingRatePercent, BigDecimal maxGrant, Set<OrganisationType> eligibleApplicantTypes,
            List<String> eligibleRegions, int minPartners, boolean requiresSme, LocalDateTime opensAt,
            LocalDateTime deadline, ZoneId zone, int reviewersPerApplication, BigDecimal overallThreshold,
            List<Criterion> criteria, List<DocumentType> documentTypes, List<Section> sections,
            List<EligibilityItem> eligibilityItems) {
    }

    public sealed interface Checked {
    }

    public record Accepted(Valid valid) implements Checked {
    }

    public record Refused(List<Issue> issues) implements Checked {
    }

    /**
     * Checks everything but that the regions exist (the service asks the directory).
     *
     * @param standardSections  used when the request has none
     * @param standardChecklist used when the request has none
     */
    public Checked check(List<Section> standardSections, List<EligibilityItem> standardChecklist) {
        List<Issue> issues = new ArrayList<>();
        Texts titles = Texts.of(title);
        Texts texts = Texts.of(text);
        if (titles.isEmpty()) {
            issues.add(Issue.of("title", "validation.required"));
        } else if (titles.longest() > 300) {
            issues.add(Issue.of("title", "validation.tooLong"));
        }
        if (texts.longest() > 20000) {
            issues.add(Issue.of("text", "validation.tooLong"));
        }
        String money = currency == null || currency.isBlank() ? "EUR" : currency.strip().toUpperCase();
        if (!CURRENCIES.contains(money)) {
            issues.add(Issue.of("currency", "funding.call.currency.invalid", String.join(", ", CURRENCIES)));
        }
        positive(issues, "totalBudget", totalBudget);
        positive(issues, "maxGrant", maxGrant);
        if (totalBudget != null && maxGrant != null && maxGrant.compareTo(totalBudget) > 0) {
            issues.add(Issue.of("maxGrant", "funding.call.maxGrant.aboveBudget"));
        }
        if (maxFundingRatePercent == null) {
            issues.add(Issue.of("maxFundingRatePercent", "validation.required"));
        } else if (maxFundingRatePercent.signum() <= 0 || maxFundingRatePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            issues.add(Issue.of("maxFundingRatePercent", "funding.call.rate.invalid"));
        }
        Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
        for (String type : eligibleApplicantTypes) {
            try {
                types.add(OrganisationType.valueOf(type));
            } catch (IllegalArgumentException | NullPointerException e) {
                issues.add(Issue.of("eligibleApplicantTypes", "funding.call.applicantType.unknown", type));
            }
        }
        if (eligibleApplicantTypes.isEmpty()) {
            issues.add(Issue.of("eligibleApplicantTypes", "validation.required"));
        }
        List<String> regions = eligibleRegions.stream().filter(r -> r != null && !r.isBlank())
                .map(r -> r.strip().toUpperCase()).distinct().toList();
        if (regions.isEmpty()) {
            issues.add(Issue.of("eligibleRegions", "validation.required"));
        }
        int partners = minPartners == null ? 1 : minPartners;
        if (partners < 1 || partners > 50) {
            issues.add(Issue.of("minPartners", "funding.call.minPartners.invalid"));
        }
        ZoneId zone = zone(issues);
        if (opensAt == null) {
            issues.add(Issue.of("opensAt", "validation.required"));
        }
        if (deadline == null) {
            issues.add(Issue.of("deadline", "validation.required"));
        } else if (opensAt != null && !deadline.isAfter(opensAt)) {
            issues.add(Issue.of("deadline", "funding.call.deadline.beforeOpening"));
        }
        int reviewers = reviewersPerApplication == null ? 2 : reviewersPerApplication;
        if (reviewers < 1 || reviewers > 10) {
            issues.add(Issue.of("reviewersPerApplication", "funding.call.reviewers.invalid"));
        }
        List<Criterion> checkedCriteria = criteria(issues);
        if (overallThreshold != null && overallThreshold.signum() < 0) {
            issues.add(Issue.of("overallThreshold", "funding.call.threshold.invalid"));
        } else if (overallThreshold != null && overallThreshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            // a percentage of the best possible weighted score (see funding.ranking.RankingRule)
            issues.add(Issue.of("overallThreshold", "funding.ranking.overallThreshold.percent"));
        }
        List<DocumentType> documentTypes = documents(issues);
        List<Section> checkedSections = sections == null || sections.isEmpty() ? standardSections : sections(issues);
        List<EligibilityItem> items = eligibilityChecklist == null || eligibilityChecklist.isEmpty()
                ? standardChecklist : checklist(issues);
        if (!issues.isEmpty()) {
            return new Refused(issues);
        }
        return new Accepted(new Valid(programmeId, titles, texts, money, totalBudget, maxFundingRatePercent, maxGrant,
                types, regions, partners, Boolean.TRUE.equals(requiresSme), opensAt, deadline, zone, reviewers,
                overallThreshold, checkedCriteria, documentTypes, checkedSections, items));
    }

    private ZoneId zone(List<Issue> issues) {
        if (timeZone == null || timeZone.isBlank()) {
            issues.add(Issue.of("timeZone", "validation.required"));
            return null;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            issues.add(Issue.of("timeZone", "funding.call.timeZone.invalid", timeZone));
            return null;
        }
    }

    private List<Criterion> criteria(List<Issue> issues) {
        if (criteria.isEmpty()) {
            issues.add(Issue.of("criteria", "funding.call.criteria.required"));
        }
        List<Criterion> valid = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionRequest c = criteria.get(i);
            String field = "criteria[" + i + "]";
            if (c == null || !key(issues, field, c.key(), keys)) {
                continue;
            }
            Texts name = Texts.of(c.name());
            if (name.isEmpty()) {
                issues.add(Issue.of(field + ".name", "validation.required"));
            }
            int max = c.maxScore() == null ? 0 : c.maxScore();
            if (max < 1 || max > 100) {
                issues.add(Issue.of(field + ".maxScore", "funding.call.maxScore.invalid"));
            }
            BigDecimal weight = c.weight() == null ? BigDecimal.ONE : c.weight();
            if (weight.signum() <= 0) {
                issues.add(Issue.of(field + ".weight", "funding.call.weight.invalid"));
            }
            if (c.threshold() != null && (c.threshold().signum() < 0 || c.threshold().compareTo(
                    BigDecimal.valueOf(max)) > 0)) {
                issues.add(Issue.of(field + ".threshold", "funding.call.threshold.aboveMax", max));
            }
            valid.add(new Criterion(c.key(), name, Texts.of(c.description()), max, weight, c.threshold()));
        }
        return valid;
    }

    private List<DocumentType> documents(List<Issue> issues) {
        List<DocumentType> valid = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            DocumentRequest d = documents.get(i);
            String field = "documents[" + i + "]";
            if (d == null || !key(issues, field, d.key(), keys)) {
                continue;
            }
            Texts name = Texts.of(d.name());
            if (name.isEmpty()) {
                issues.add(Issue.of(field + ".name", "validation.required"));
            }
            List<String> formats = d.formats() == null ? List.of("pdf") : d.formats();
            List<String> known = formats.stream().map(FileFormat::of).flatMap(java.util.Optional::stream)
                    .map(FileFormat::extension).distinct().toList();
            if (formats.isEmpty() || known.size() != formats.stream().distinct().count()) {
                issues.add(Issue.of(field + ".formats", "funding.call.formats.invalid", allFormats()));
            }
            long maxBytes = d.maxBytes() == null ? 10L * 1024 * 1024 : d.maxBytes();
            if (maxBytes < 1 || maxBytes > MAX_FILE_BYTES) {
                issues.add(Issue.of(field + ".maxBytes", "funding.call.maxBytes.invalid", MAX_FILE_BYTES / 1024 / 1024));
            }
            valid.add(new DocumentType(d.key(), name, !Boolean.FALSE.equals(d.required()), String.join(",", known),
                    maxBytes));
        }
        return valid;
    }

    private List<Section> sections(List<Issue> issues) {
        List<Section> valid = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            SectionRequest s = sections.get(i);
            String field = "sections[" + i + "]";
            if (s == null || !key(issues, field, s.key(), keys)) {
                continue;
            }
            Texts sectionTitle = Texts.of(s.title());
            if (sectionTitle.isEmpty()) {
                issues.add(Issue.of(field + ".title", "validation.required"));
            }
            int maxLength = s.maxLength() == null ? 5000 : s.maxLength();
            if (maxLength < 100 || maxLength > 20000) {
                issues.add(Issue.of(field + ".maxLength", "funding.call.maxLength.invalid"));
            }
            valid.add(new Section(s.key(), sectionTitle, !Boolean.FALSE.equals(s.required()), maxLength));
        }
        return valid;
    }

    private List<EligibilityItem> checklist(List<Issue> issues) {
        List<EligibilityItem> valid = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < eligibilityChecklist.size(); i++) {
            ItemRequest item = eligibilityChecklist.get(i);
            String field = "eligibilityChecklist[" + i + "]";
            if (item == null || !key(issues, field, item.key(), keys)) {
                continue;
            }
            Texts itemText = Texts.of(item.text());
            if (itemText.isEmpty()) {
                issues.add(Issue.of(field + ".text", "validation.required"));
            }
            valid.add(new EligibilityItem(item.key(), itemText));
        }
        return valid;
    }

    /** True when the key is well-formed and not used before in its list. */
    private static boolean key(List<Issue> issues, String field, String key, Set<String> seen) {
        if (key == null || !KEY.matcher(key).matches()) {
            issues.add(Issue.of(field + ".key", "funding.call.key.invalid"));
            return false;
        }
        if (!seen.add(key)) {
            issues.add(Issue.of(field + ".key", "funding.call.key.duplicate", key));
            return false;
        }
        return true;
    }

    private static void positive(List<Issue> issues, String field, BigDecimal amount) {
        Predicate<BigDecimal> tooPrecise = a -> a.stripTrailingZeros().scale() > 2;
        if (amount == null) {
            issues.add(Issue.of(field, "validation.required"));
        } else if (amount.signum() <= 0 || amount.compareTo(new BigDecimal("999999999999")) > 0 || tooPrecise.test(
                amount)) {
            issues.add(Issue.of(field, "funding.amount.invalid"));
        }
    }

    private static String allFormats() {
        return String.join(", ", java.util.Arrays.stream(FileFormat.values()).map(FileFormat::extension).toList());
    }
}
