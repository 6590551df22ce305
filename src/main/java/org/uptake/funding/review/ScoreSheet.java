package org.uptake.funding.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.uptake.funding.call.Criterion;
import org.uptake.platform.Issue;

/**
 * The rule for a set of scores, for reviews and consensus alike: every criterion of the call exactly once, a whole
 * number from 0 to the criterion's maximum, and a justification a reader can follow (10 to 4,000 characters).
 */
final class ScoreSheet {

    static final int MIN_JUSTIFICATION = 10;
    static final int MAX_JUSTIFICATION = 4000;

    private ScoreSheet() {
    }

    static List<Issue> check(List<Criterion> criteria, List<ScoreInput> scores) {
        List<Issue> issues = new ArrayList<>();
        if (scores == null || scores.isEmpty()) {
            issues.add(Issue.of("scores", "funding.review.scores.required"));
            return issues;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            ScoreInput input = scores.get(i);
            String field = "scores[" + i + "]";
            if (input == null) {
                issues.add(Issue.of(field, "funding.review.scores.required"));
                continue;
            }
            Criterion criterion = criteria.stream().filter(c -> c.key().equals(input.criterion())).findFirst()
                    .orElse(null);
            if (criterion == null) {
                issues.add(Issue.of(field + ".criterion", "funding.review.criterion.unknown",
                        String.valueOf(input.criterion())));
                continue;
            }
            if (!seen.add(criterion.key())) {
                issues.add(Issue.of(field + ".criterion", "funding.review.criterion.duplicate", criterion.key()));
                continue;
            }
            if (input.score() == null || input.score() < 0 || input.score() > criterion.maxScore()) {
                issues.add(Issue.of(field + ".score", "funding.review.score.range", criterion.maxScore()));
            }
            String justification = input.justification() == null ? "" : input.justification().strip();
            if (justification.isEmpty()) {
                issues.add(Issue.of(field + ".justification", "funding.review.justification.required"));
            } else if (justification.length() < MIN_JUSTIFICATION || justification.length() > MAX_JUSTIFICATION) {
                issues.add(Issue.of(field + ".justification", "funding.review.justification.length",
                        MIN_JUSTIFICATION, MAX_JUSTIFICATION));
            }
        }
        criteria.stream().filter(c -> !seen.contains(c.key()))
                .forEach(c -> issues.add(Issue.of("scores", "funding.review.criterion.missing", c.key())));
        return issues;
    }

    static String justification(ScoreInput input) {
        return input.justification().strip();
    }
}
