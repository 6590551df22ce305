package org.uptake.identity;

/** Platform roles. Everyone who registers is an {@link #SME_USER}; administrators grant the others. */
public enum Role {
    ADMIN,
    PROGRAMME_MANAGER,
    ADVISOR,
    TRAINER,
    VENUE_STAFF,
    REVIEWER,
    SME_USER;

    public String authority() {
        return "ROLE_" + name();
    }
}
