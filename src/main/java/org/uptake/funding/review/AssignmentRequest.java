package org.uptake.funding.review;

import java.util.List;
import java.util.UUID;

/**
 * {@code {"mode":"AUTO"}} (optionally limited to a pool of reviewers by {@code reviewerUserIds}) or a list of
 * assignments made by hand.
 */
public record AssignmentRequest(String mode, List<UUID> reviewerUserIds, List<Item> assignments) {

    public record Item(UUID applicationId, UUID reviewerUserId, Boolean lead) {
    }

    public boolean isAuto() {
        return mode != null && mode.strip().equalsIgnoreCase("AUTO");
    }
}
