package org.uptake.funding.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.funding.call.Call;
import org.uptake.funding.call.Uploads;

import tools.jackson.databind.json.JsonMapper;

/**
 * The frozen form of a submitted version: canonical JSON (keys sorted, amounts as strings with two decimals, lists
 * in a fixed order, no insignificant white space) so that the same content always gives the same bytes and checksum.
 */
final class VersionContent {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VersionContent() {
    }

    /** The content without its receipt number: prepared before the receipt counter is locked. */
    static Map<String, Object> of(Application application, Call call, List<ApplicationDocument> documents,
            Directory directory, int versionNumber, Instant submittedAt) {
        Map<String, Object> root = new TreeMap<>();
        root.put("applicationId", application.getId().toString());
        root.put("callId", call.getId().toString());
        root.put("callNumber", call.getNumber());
        root.put("currency", call.getCurrency());
        root.put("version", versionNumber);
        root.put("submittedAt", submittedAt.toString());
        root.put("title", application.getTitle());
        root.put("acronym", application.getAcronym());
        root.put("summary", application.getSummary());
        root.put("leadOrganisationId", application.getLeadOrganisationId().toString());
        List<Object> partners = new ArrayList<>();
        for (Partner partner : application.getPartners()) {
            Map<String, Object> p = new TreeMap<>();
            OrganisationSummary organisation = directory.organisation(partner.organisationId()).orElse(null);
            p.put("organisationId", partner.organisationId().toString());
            p.put("name", organisation == null ? null : organisation.name());
            p.put("type", organisation == null ? null : organisation.type().name());
            p.put("nutsCode", organisation == null ? null : organisation.nutsCode());
            p.put("role", partner.role().name());
            p.put("workShare", amount(partner.workShare()));
            partners.add(p);
        }
        root.put("partners", partners);
        root.put("budget", application.getBudget().stream()
                .sorted(Comparator.comparing((BudgetLine l) -> l.organisationId().toString())
                        .thenComparing(l -> l.category().name()))
                .map(l -> (Object) new TreeMap<>(Map.of("organisationId", l.organisationId().toString(), "category",
                        l.category().name(), "amount", amount(l.amount())))).toList());
        root.put("totalBudget", amount(application.totalBudget()));
        root.put("requestedGrant", amount(application.getRequestedGrant()));
        root.put("ownContribution", amount(application.getOwnContribution()));
        root.put("sections", new TreeMap<>(application.getSectionTexts()));
        root.put("projectStart", application.getProjectStart() == null ? null
                : application.getProjectStart().toString());
        root.put("projectEnd", application.getProjectEnd() == null ? null : application.getProjectEnd().toString());
        root.put("documents", documents.stream()
                .sorted(Comparator.comparing(ApplicationDocument::getDocumentKey)
                        .thenComparing(d -> d.getId().toString()))
                .map(d -> (Object) new TreeMap<>(Map.of("id", d.getId().toString(), "documentKey",
                        d.getDocumentKey(), "fileName", d.getFileName(), "contentType", d.getContentType(),
                        "sizeBytes", d.getSizeBytes(), "sha256", d.getSha256()))).toList());
        return root;
    }

    static String json(Map<String, Object> content, String receiptNumber) {
        Map<String, Object> root = new TreeMap<>(content);
        root.put("receiptNumber", receiptNumber);
        return JSON.writeValueAsString(root);
    }

    static String sha256(String content) {
        return Uploads.sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString();
    }
}
