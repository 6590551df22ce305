package org.uptake.funding.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;

/** What programme managers see of a call's applications at a glance: one row each and the count per status. */
@Service
public class CallApplications {

    private final ApplicationRepository applications;
    private final Directory directory;

    CallApplications(ApplicationRepository applications, Directory directory) {
        this.applications = applications;
        this.directory = directory;
    }

    public record Row(UUID id, String title, String acronym, String leadName, int organisations,
            ApplicationStatus status, String receiptNumber, Instant submittedAt, BigDecimal requestedGrant,
            Boolean eligible, boolean selected, String decision) {
    }

    public record Overview(List<Row> rows, Map<ApplicationStatus, Long> byStatus) {
    }

    /** Callers check that the person manages calls. Drafts count but are listed last. */
    @Transactional(readOnly = true)
    public Overview of(UUID callId) {
        List<Row> rows = applications.findByCallIdOrderByCreatedAt(callId).stream()
                .sorted((a, b) -> Boolean.compare(a.isDraft(), b.isDraft()))
                .map(a -> new Row(a.getId(), a.getTitle(), a.getAcronym(), directory.organisation(
                        a.getLeadOrganisationId()).map(OrganisationSummary::name).orElse("?"),
                        a.organisationIds().size(), a.getStatus(), a.getReceiptNumber(), a.getSubmittedAt(),
                        a.getRequestedGrant(), a.getEligible().orElse(null), a.isSelected(), a.getDecision()))
                .toList();
        Map<ApplicationStatus, Long> byStatus = new EnumMap<>(ApplicationStatus.class);
        rows.forEach(row -> byStatus.merge(row.status(), 1L, Long::sum));
        return new Overview(rows, byStatus);
    }
}
