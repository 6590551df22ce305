package org.uptake.offers;

/** What kind of offer: decides how it is shown and booked (consulting slots take one firm each). */
public enum OfferKind {
    SEMINAR, WORKSHOP, EVENT, CONSULTING, WEBINAR, COMPETENCE_TRACK
}
