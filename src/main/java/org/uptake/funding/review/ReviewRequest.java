package org.uptake.funding.review;

import java.util.List;

/**
 * A reviewer's scores. {@code conflictOfInterest:false} counts as the declaration when the reviewer has not declared
 * yet; {@code true} declines the application instead (with a reason).
 */
public record ReviewRequest(Boolean conflictOfInterest, String reason, List<ScoreInput> scores) {
}
