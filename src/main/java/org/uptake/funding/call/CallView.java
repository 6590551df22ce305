package org.uptake.funding.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.uptake.directory.OrganisationType;

/** A call as pages and the API show it, read at {@code now}: {@code status} is the effective status. */
public record CallView(UUID id, int number, UUID programmeId, Texts title, Texts text, String currency,
        BigDecimal totalBudget, BigDecimal maxFundingRatePercent, BigDecimal maxGrant,
        Set<OrganisationType> eligibleApplicantTypes, List<String> eligibleRegions, int minPartners,
        boolean requiresSme, LocalDateTime opensAt, LocalDateTime deadline, ZoneId zone, Instant opensAtInstant,
        Instant deadlineInstant, int reviewersPerApplication, BigDecimal overallThreshold,
        List<Criterion> criteria, List<DocumentType> documentTypes, List<Section> sections,
        List<EligibilityItem> eligibilityItems, CallStatus status, Instant createdAt, Instant publishedAt,
        Instant decidedAt) {

    static CallView of(Call call, Instant now) {
        return new CallView(call.getId(), call.getNumber(), call.getProgrammeId(), call.getTitle(), call.getText(),
                call.getCurrency(), call.getTotalBudget(), call.getMaxFundingRatePercent(), call.getMaxGrant(),
                call.applicantTypes(), call.regions(), call.getMinPartners(), call.isRequiresSme(),
                call.localOpensAt(), call.localDeadline(), call.zone(), call.getOpensAt(), call.getDeadline(),
                call.getReviewersPerApplication(), call.getOverallThreshold(), call.getCriteria(),
                call.getDocumentTypes(), call.getSections(), call.getEligibilityItems(), call.status(now),
                call.getCreatedAt(), call.getPublishedAt(), call.getDecidedAt());
    }

    public boolean isPublic() {
        return status != CallStatus.DRAFT;
    }
}
