package org.uptake.funding.application;

import java.util.UUID;

/**
 * A version was submitted and its receipt mail is due. Published inside the submission's transaction: Spring
 * Modulith stores the publication with the submission, so the mail follows every committed submission (also after a
 * crash, when outstanding publications are republished at start) and never one that rolled back.
 */
public record ReceiptRequested(UUID applicationId, int version, String email, String language) {
}
