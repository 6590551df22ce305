package org.uptake.funding.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.uptake.funding.application.ApplicationStatus;

/**
 * An application as the ranking sees it: read in one set-based query per call (no entity loading), with its
 * consensus score per criterion key and the state of the last selection run.
 */
public record Candidate(UUID id, String title, String acronym, String receiptNumber, ApplicationStatus status,
        BigDecimal requestedGrant, Instant submittedAt, Map<String, Integer> consensus, boolean selected,
        Integer reserveRank, String override, String overrideReason, String decision) {

    public Candidate {
        consensus = Map.copyOf(consensus);
    }

    public SelectionOverride selectionOverride() {
        return SelectionOverride.parse(override).orElse(null);
    }
}
