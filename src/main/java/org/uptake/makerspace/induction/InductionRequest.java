package org.uptake.makerspace.induction;

import java.util.UUID;

/**
 * Staff record an induction: {@code {"userId": "...", "passedOn": "2027-01-10"}}, or the person's e-mail instead
 * of the id.
 */
public record InductionRequest(UUID userId, String email, String passedOn) {
}
