package org.uptake.funding.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.uptake.directory.Directory;
import org.uptake.funding.call.Call;
import org.uptake.funding.call.Section;
import org.uptake.platform.Issue;

/**
 * What a draft must be to be saved: not complete, but well-formed. Amounts are not negative and have at most two
 * decimals, categories and section keys are known, organisations exist and appear once, work shares lie within 0 and
 * 100 percent, texts fit their limits. Office and administration lines are computed from staff costs.
 */
final class DraftRules {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DraftRules() {
    }

    /** The content of a draft, ready to be stored. */
    record Draft(String title, String acronym, String summary, UUID leadOrganisationId, List<Partner> partners,
            List<BudgetLine> budget, Map<String, String> sections, BigDecimal requestedGrant,
            BigDecimal ownContribution, LocalDate projectStart, LocalDate projectEnd) {
    }

    sealed interface Checked {
    }

    record Accepted(Draft draft) implements Checked {
    }

    record Refused(List<Issue> issues) implements Checked {
    }

    static Checked check(ApplicationRequest request, UUID lead, Call call, Directory directory) {
        List<Issue> issues = new ArrayList<>();
        String title = text(issues, "title", request.title(), 300);
        String acronym = text(issues, "acronym", request.acronym(), 40);
        String summary = text(issues, "summary", request.summary(), 4000);
        if (directory.organisation(lead).isEmpty()) {
            issues.add(Issue.of("leadOrganisationId", "funding.application.organisation.unknown", lead));
        }
        List<Partner> partners = new ArrayList<>();
        partners.add(new Partner(lead, PartnerRole.LEAD, leadShare(request)));
        Set<UUID> members = new HashSet<>(Set.of(lead));
        for (int i = 0; i < request.partners().size(); i++) {
            ApplicationRequest.PartnerRequest partner = request.partners().get(i);
            String field = "partners[" + i + "]";
            if (partner == null || partner.organisationId() == null) {
                issues.add(Issue.of(field + ".organisationId", "validation.required"));
                continue;
            }
            if (partner.role() != null && !partner.role().equals(PartnerRole.PARTNER.name())
                    && !(partner.role().equals(PartnerRole.LEAD.name()) && partner.organisationId().equals(lead))) {
                issues.add(Issue.of(field + ".role", "funding.application.role.invalid"));
            }
            if (partner.workShare() != null && !share(partner.workShare())) {
                issues.add(Issue.of(field + ".workShare", "funding.application.workShare.invalid"));
            }
            if (partner.organisationId().equals(lead)) {
                continue; // the lead may be listed with its work share; it is in the consortium anyway
            }
            if (!members.add(partner.organisationId())) {
                issues.add(Issue.of(field + ".organisationId", "funding.application.partner.duplicate"));
            } else if (directory.organisation(partner.organisationId()).isEmpty()) {
                issues.add(Issue.of(field + ".organisationId", "funding.application.organisation.unknown",
                        partner.organisationId()));
            } else {
                partners.add(new Partner(partner.organisationId(), PartnerRole.PARTNER, partner.workShare()));
            }
        }
        List<BudgetLine> budget = budget(issues, request, members);
        Map<String, String> sections = new LinkedHashMap<>();
        request.sections().forEach((key, body) -> {
            Section section = call.section(key).orElse(null);
            if (section == null) {
                issues.add(Issue.of("sections." + key, "funding.application.section.unknown", key));
            } else if (body != null && body.length() > section.maxLength()) {
                issues.add(Issue.of("sections." + key, "funding.application.section.tooLong", section.maxLength()));
            } else if (body != null && !body.isBlank()) {
                sections.put(key, body.strip());
            }
        });
        money(issues, "requestedGrant", request.requestedGrant());
        money(issues, "ownContribution", request.ownContribution());
        if (request.projectStart() != null && request.projectEnd() != null
                && request.projectEnd().isBefore(request.projectStart())) {
            issues.add(Issue.of("projectEnd", "funding.application.dates.order"));
        }
        if (!issues.isEmpty()) {
            return new Refused(issues);
        }
        return new Accepted(new Draft(title, acronym, summary, lead, partners, budget, sections,
                request.requestedGrant(), request.ownContribution(), request.projectStart(), request.projectEnd()));
    }

    private static BigDecimal leadShare(ApplicationRequest request) {
        return request.partners().stream()
                .filter(p -> p != null && request.leadOrganisationId() != null
                        && request.leadOrganisationId().equals(p.organisationId()))
                .map(ApplicationRequest.PartnerRequest::workShare).filter(s -> s != null && share(s)).findFirst()
                .orElse(null);
    }

    private static List<BudgetLine> budget(List<Issue> issues, ApplicationRequest request, Set<UUID> members) {
        Map<String, BudgetLine> lines = new LinkedHashMap<>();
        Map<UUID, BigDecimal> sentFlatRate = new HashMap<>();
        for (int i = 0; i < request.budget().size(); i++) {
            ApplicationRequest.BudgetRequest line = request.budget().get(i);
            String field = "budget[" + i + "]";
            if (line == null) {
                continue;
            }
            BudgetCategory category = category(line.category());
            boolean fine = true;
            if (line.organisationId() == null) {
                issues.add(Issue.of(field + ".organisationId", "validation.required"));
                fine = false;
            } else if (!members.contains(line.organisationId())) {
                issues.add(Issue.of(field + ".organisationId", "funding.application.budget.notInConsortium"));
                fine = false;
            }
            if (category == null) {
                issues.add(Issue.of(field + ".category", "funding.application.budget.category.unknown",
                        String.valueOf(line.category())));
                fine = false;
            }
            if (line.amount() == null) {
                issues.add(Issue.of(field + ".amount", "validation.required"));
                fine = false;
            } else if (!money(issues, field + ".amount", line.amount())) {
                fine = false;
            }
            if (!fine) {
                continue;
            }
            if (category.isFlatRate()) {
                sentFlatRate.put(line.organisationId(), line.amount());
                continue;
            }
            String key = line.organisationId() + "/" + category;
            if (lines.containsKey(key)) {
                issues.add(Issue.of(field + ".category", "funding.application.budget.duplicate"));
            } else {
                lines.put(key, new BudgetLine(line.organisationId(), category, line.amount().setScale(2)));
            }
        }
        List<BudgetLine> result = new ArrayList<>(lines.values());
        for (UUID organisation : members) {
            BigDecimal staff = lines.values().stream().filter(l -> l.organisationId().equals(organisation)
                    && l.category() == BudgetCategory.STAFF).map(BudgetLine::amount).findFirst().orElse(null);
            BigDecimal flat = staff == null ? null : BudgetCategory.flatRateOf(staff);
            BigDecimal sent = sentFlatRate.get(organisation);
            if (sent != null && (flat == null ? sent.signum() != 0 : sent.compareTo(flat) != 0)) {
                issues.add(Issue.of("budget", "funding.application.budget.flatRate",
                        flat == null ? BigDecimal.ZERO.setScale(2) : flat));
            }
            if (flat != null && flat.signum() > 0) {
                result.add(new BudgetLine(organisation, BudgetCategory.OFFICE_ADMINISTRATION, flat));
            }
        }
        return result;
    }

    static BudgetCategory category(String name) {
        if (name == null) {
            return null;
        }
        try {
            return BudgetCategory.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean share(BigDecimal share) {
        return share.signum() >= 0 && share.compareTo(HUNDRED) <= 0 && share.stripTrailingZeros().scale() <= 2;
    }

    /** True when the amount (if any) is well-formed; otherwise adds the issue. */
    private static boolean money(List<Issue> issues, String field, BigDecimal amount) {
        if (amount == null) {
            return true;
        }
        if (amount.signum() < 0) {
            issues.add(Issue.of(field, "funding.application.amount.negative"));
            return false;
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
            issues.add(Issue.of(field, "funding.application.amount.invalid"));
            return false;
        }
        return true;
    }

    private static String text(List<Issue> issues, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String cleaned = value.strip();
        if (cleaned.length() > max) {
            issues.add(Issue.of(field, "funding.application.text.tooLong", max));
        }
        return cleaned;
    }
}
