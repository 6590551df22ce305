package org.uptake.funding.application;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** What a receipt states about one submitted version, for the PDF and the mail. */
public record Receipt(UUID applicationId, int version, String receiptNumber, ZonedDateTime submittedAt,
        String checksum, String callTitle, String title, String acronym, String leadOrganisation,
        List<String> partners, BigDecimal totalBudget, BigDecimal requestedGrant, String currency,
        List<String> documents) {
}
