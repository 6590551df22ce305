package org.uptake.funding.application;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What one partner plans to spend in one cost category. */
@Embeddable
public record BudgetLine(UUID organisationId, @Enumerated(EnumType.STRING) BudgetCategory category,
        BigDecimal amount) {
}
