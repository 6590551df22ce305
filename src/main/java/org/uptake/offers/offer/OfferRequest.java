package org.uptake.offers.offer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.uptake.offers.OfferKind;

/**
 * An offer as clients send it (API and form). Absent lists are empty, absent price is free, absent currency EUR,
 * absent cancellation deadline 24 hours before the start, absent questions none.
 */
public record OfferRequest(Map<String, String> title, Map<String, String> description, OfferKind kind,
        UUID providerOrganisationId, List<String> topics, List<String> targetSections, List<String> sizeClasses,
        String language, BigDecimal price, String currency, String fundingNote, Integer cancellationHours,
        String industry, List<OfferQuestion> questions) {

    public OfferRequest {
        title = title == null ? Map.of() : title;
        description = description == null ? Map.of() : description;
        topics = topics == null ? List.of() : topics;
        targetSections = targetSections == null ? List.of() : targetSections;
        sizeClasses = sizeClasses == null ? List.of() : sizeClasses;
        price = price == null ? BigDecimal.ZERO : price;
        currency = currency == null || currency.isBlank() ? "EUR" : currency;
        cancellationHours = cancellationHours == null ? 24 : cancellationHours;
        questions = questions == null ? List.of() : questions;
    }

    /** An offer that asks no questions at registration. */
    public OfferRequest(Map<String, String> title, Map<String, String> description, OfferKind kind,
            UUID providerOrganisationId, List<String> topics, List<String> targetSections, List<String> sizeClasses,
            String language, BigDecimal price, String currency, String fundingNote, Integer cancellationHours,
            String industry) {
        this(title, description, kind, providerOrganisationId, topics, targetSections, sizeClasses, language, price,
                currency, fundingNote, cancellationHours, industry, null);
    }
}
