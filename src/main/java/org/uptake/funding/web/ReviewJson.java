package org.uptake.funding.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.uptake.funding.review.Assignment;
import org.uptake.funding.review.Assignments;
import org.uptake.funding.review.ConsensusScore;
import org.uptake.funding.review.Eligibility;
import org.uptake.funding.review.Reviews;
import org.uptake.funding.review.Score;

/** The JSON shapes of eligibility, assignments, reviews and consensus. */
final class ReviewJson {

    private ReviewJson() {
    }

    static Map<String, Object> eligibility(Eligibility.Checked checked) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("applicationId", checked.application().getId());
        json.put("status", checked.application().getStatus());
        json.put("eligible", checked.application().getEligible().orElse(null));
        json.put("reason", checked.application().getEligibilityReason());
        json.put("checkedBy", checked.application().getEligibilityBy());
        json.put("checkedAt", checked.application().getEligibilityAt());
        json.put("checklist", checked.answers());
        return json;
    }

    static Map<String, Object> assignment(Assignment assignment) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("applicationId", assignment.getApplicationId());
        json.put("reviewerUserId", assignment.getReviewerId());
        json.put("lead", assignment.isLead());
        json.put("state", assignment.getState());
        json.put("assignedAt", assignment.getAssignedAt());
        json.put("declaredAt", assignment.getDeclaredAt());
        json.put("declineReason", assignment.getDeclineReason());
        json.put("submittedAt", assignment.getSubmittedAt());
        return json;
    }

    static Map<String, Object> run(Assignments.Run run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("assignments", run.made().stream().map(ReviewJson::assignment).toList());
        json.put("shortOfReviewers", run.shortOf().entrySet().stream()
                .map(e -> Map.of("applicationId", e.getKey(), "missing", e.getValue())).toList());
        return json;
    }

    static Map<String, Object> row(Assignments.Row row) {
        Map<String, Object> json = assignment(row.assignment());
        json.put("applicationTitle", row.application().getTitle());
        json.put("applicationStatus", row.application().getStatus());
        json.put("reviewerName", row.reviewerName());
        return json;
    }

    static Map<String, Object> reviews(Reviews.Visible visible) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("applicationId", visible.application().getId());
        json.put("status", visible.application().getStatus());
        json.put("own", visible.own().map(ReviewJson::assignment).orElse(null));
        json.put("othersHidden", visible.othersHidden());
        json.put("reviews", visible.reviews().stream().map(ReviewJson::review).toList());
        json.put("assignments", visible.all().stream().map(ReviewJson::assignment).toList());
        json.put("consensus", consensus(visible.consensus()));
        return json;
    }

    static Map<String, Object> review(Reviews.Review review) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reviewerUserId", review.assignment().getReviewerId());
        json.put("reviewerName", review.reviewerName());
        json.put("lead", review.assignment().isLead());
        json.put("submittedAt", review.assignment().getSubmittedAt());
        json.put("scores", review.scores().stream().map(ReviewJson::score).toList());
        return json;
    }

    static Map<String, Object> score(Score score) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("criterion", score.getCriterionKey());
        json.put("score", score.getScore());
        json.put("justification", score.getJustification());
        return json;
    }

    static List<Map<String, Object>> consensus(List<ConsensusScore> scores) {
        return scores.stream().map(score -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("criterion", score.getCriterionKey());
            json.put("score", score.getScore());
            json.put("justification", score.getJustification());
            json.put("setBy", score.getSetBy());
            json.put("setAt", score.getSetAt());
            return json;
        }).toList();
    }
}
