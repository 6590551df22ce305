package org.uptake.funding.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.uptake.directory.OrganisationType;
import org.uptake.funding.call.DocumentType;
import org.uptake.funding.call.Section;
import org.uptake.funding.call.Texts;

/**
 * An application as its readers see it, with what its call asks for, read inside the transaction.
 *
 * @param editable   the reader may change it now (consortium member, draft or revision requested)
 * @param submittable the reader belongs to the lead organisation and the application can be submitted now
 */
public record ApplicationView(UUID id, UUID callId, int callNumber, Texts callTitle, String currency,
        BigDecimal maxFundingRatePercent, BigDecimal maxGrant, int minPartners, Instant deadline, String timeZone,
        List<Section> callSections, List<DocumentType> callDocuments, ApplicationStatus status, String title,
        String acronym, String summary, UUID leadOrganisationId, List<PartnerView> partners,
        List<BudgetLine> budget, Map<String, String> sections, BigDecimal requestedGrant,
        BigDecimal ownContribution, BigDecimal totalBudget, String fundingRatePercent, LocalDate projectStart,
        LocalDate projectEnd, String receiptNumber, Instant submittedAt, int currentVersion,
        List<DocumentView> documents, List<HistoryView> history, long version, boolean editable,
        boolean submittable, Instant createdAt, Instant updatedAt) {

    public record PartnerView(UUID organisationId, String name, OrganisationType type, String nutsCode,
            PartnerRole role, BigDecimal workShare) {
    }

    public record DocumentView(UUID id, String documentKey, String fileName, String contentType, long sizeBytes,
            String sha256, Instant uploadedAt) {
    }

    public record HistoryView(ApplicationStatus status, Instant changedAt, UUID changedBy, String changedByName,
            String note) {
    }

    /** The amount of one partner in one category, or null. */
    public BigDecimal amount(UUID organisationId, BudgetCategory category) {
        return budget.stream().filter(l -> l.organisationId().equals(organisationId) && l.category() == category)
                .map(BudgetLine::amount).findFirst().orElse(null);
    }

    public BigDecimal partnerTotal(UUID organisationId) {
        return budget.stream().filter(l -> l.organisationId().equals(organisationId)).map(BudgetLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal categoryTotal(BudgetCategory category) {
        return budget.stream().filter(l -> l.category() == category).map(BudgetLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<DocumentView> documentsOf(String key) {
        return documents.stream().filter(d -> d.documentKey().equals(key)).toList();
    }

    public boolean isRevision() {
        return status == ApplicationStatus.APPROVED_WITH_CONDITIONS;
    }
}
