package org.uptake.funding.application;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An organisation of the consortium, the lead included, with its share of the work in percent (optional). */
@Embeddable
public record Partner(UUID organisationId, @Enumerated(EnumType.STRING) PartnerRole role, BigDecimal workShare) {
}
