package org.uptake.funding.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.uptake.funding.call.Texts;

/** One line of a list of applications. */
public record ApplicationSummary(UUID id, UUID callId, Texts callTitle, String title, String acronym,
        UUID leadOrganisationId, String leadOrganisation, int organisations, ApplicationStatus status, String receiptNumber,
        Instant submittedAt, int currentVersion, BigDecimal requestedGrant, BigDecimal totalBudget,
        Instant updatedAt) {
}
