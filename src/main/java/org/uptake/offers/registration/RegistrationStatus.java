package org.uptake.offers.registration;

/** PENDING waits for the organiser's approval and holds no seat; only CONFIRMED ones hold a seat. */
public enum RegistrationStatus {
    PENDING, CONFIRMED, WAITLISTED, CANCELLED, REJECTED;

    public boolean active() {
        return this == PENDING || this == CONFIRMED || this == WAITLISTED;
    }
}
