package org.uptake.offers;

import java.util.UUID;

/** An organiser cancelled an offer: its registrations end and the participants are told. */
public record OfferCancelled(UUID offerId) {
}
