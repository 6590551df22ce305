package org.uptake.funding.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.directory.OrganisationType;
import org.uptake.funding.call.Call;
import org.uptake.funding.call.DocumentType;
import org.uptake.funding.call.Section;
import org.uptake.platform.Issue;

/**
 * The pre-submission check: everything an application still lacks or gets wrong against its call. An empty list
 * means it may be submitted. Used for the check panel and again inside the submission.
 */
final class Completeness {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Completeness() {
    }

    static List<Issue> check(Application application, Call call, List<ApplicationDocument> documents,
            Directory directory, Locale locale) {
        List<Issue> issues = new ArrayList<>();
        if (blank(application.getTitle())) {
            issues.add(Issue.of("title", "funding.check.title"));
        }
        if (blank(application.getSummary())) {
            issues.add(Issue.of("summary", "funding.check.summary"));
        }
        for (Section section : call.getSections()) {
            if (section.required() && blank(application.getSectionTexts().get(section.key()))) {
                issues.add(Issue.of("sections." + section.key(), "funding.check.section", section.title().in(locale)));
            }
        }
        consortium(issues, application, call, directory);
        budget(issues, application, call);
        Set<String> uploaded = documents.stream().map(ApplicationDocument::getDocumentKey).collect(Collectors.toSet());
        for (DocumentType type : call.getDocumentTypes()) {
            if (type.required() && !uploaded.contains(type.key())) {
                issues.add(Issue.of("documents." + type.key(), "funding.check.document", type.name().in(locale)));
            }
        }
        if (application.getProjectStart() == null) {
            issues.add(Issue.of("projectStart", "funding.check.projectStart"));
        }
        if (application.getProjectEnd() == null) {
            issues.add(Issue.of("projectEnd", "funding.check.projectEnd"));
        } else if (application.getProjectStart() != null
                && !application.getProjectEnd().isAfter(application.getProjectStart())) {
            issues.add(Issue.of("projectEnd", "funding.application.dates.order"));
        }
        return issues;
    }

    private static void consortium(List<Issue> issues, Application application, Call call, Directory directory) {
        List<UUID> organisations = application.organisationIds();
        if (organisations.size() < call.getMinPartners()) {
            issues.add(Issue.of("partners", "funding.check.minPartners", call.getMinPartners(),
                    organisations.size()));
        }
        Set<OrganisationType> eligible = call.applicantTypes();
        boolean sme = false;
        for (UUID id : organisations) {
            Optional<OrganisationSummary> found = directory.organisation(id);
            if (found.isEmpty()) {
                issues.add(Issue.of("partners", "funding.application.organisation.unknown", id));
                continue;
            }
            OrganisationSummary organisation = found.get();
            sme |= organisation.type() == OrganisationType.SME;
            if (!eligible.contains(organisation.type())) {
                issues.add(Issue.of("partners", "funding.check.type", organisation.name(), organisation.type()));
            }
            if (!call.coversRegion(organisation.nutsCode())) {
                issues.add(Issue.of("partners", "funding.check.region", organisation.name(),
                        String.valueOf(organisation.nutsCode())));
            }
        }
        if (call.isRequiresSme() && !sme) {
            issues.add(Issue.of("partners", "funding.check.sme"));
        }
    }

    private static void budget(List<Issue> issues, Application application, Call call) {
        BigDecimal total = application.totalBudget();
        if (application.getBudget().isEmpty() || total.signum() == 0) {
            issues.add(Issue.of("budget", "funding.check.budget"));
        }
        BigDecimal grant = application.getRequestedGrant();
        if (grant == null) {
            issues.add(Issue.of("requestedGrant", "funding.check.requestedGrant"));
            return;
        }
        BigDecimal own = application.getOwnContribution() == null ? BigDecimal.ZERO
                : application.getOwnContribution();
        if (grant.add(own).compareTo(total) != 0) {
            issues.add(Issue.of("ownContribution", "funding.check.sum", grant.add(own).setScale(2),
                    total.setScale(2)));
        }
        if (total.signum() > 0 && grant.multiply(HUNDRED).compareTo(call.getMaxFundingRatePercent()
                .multiply(total)) > 0) {
            issues.add(Issue.of("requestedGrant", "funding.check.rate", rate(grant, total),
                    call.getMaxFundingRatePercent().stripTrailingZeros().toPlainString()));
        }
        if (grant.compareTo(call.getMaxGrant()) > 0) {
            issues.add(Issue.of("requestedGrant", "funding.check.maxGrant", call.getMaxGrant().setScale(2)));
        }
    }

    /** The funding rate in percent with two decimals, for messages and pages. */
    static String rate(BigDecimal grant, BigDecimal total) {
        if (grant == null || total == null || total.signum() == 0) {
            return "";
        }
        return grant.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
