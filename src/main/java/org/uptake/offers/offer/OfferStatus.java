package org.uptake.offers.offer;

/** Only published offers are in the catalogue and take registrations. */
public enum OfferStatus {
    DRAFT, PUBLISHED, CANCELLED
}
