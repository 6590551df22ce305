package org.uptake.funding.review;

/** A score on one criterion as a client sends it (a review or a consensus). */
public record ScoreInput(String criterion, Integer score, String justification) {
}
