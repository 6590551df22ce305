package org.uptake.funding.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.uptake.funding.application.Application;
import org.uptake.funding.call.Criterion;
import org.uptake.funding.ranking.FundedProjects.FundedProject;
import org.uptake.funding.ranking.RankingRule.NotRanked;
import org.uptake.funding.ranking.RankingView;
import org.uptake.funding.ranking.ReviewRequest;

/** The JSON shapes of ranking, selection, decisions, review requests and open data. */
final class RankingJson {

    private RankingJson() {
    }

    /** The contract's list: one object per ranked application, in rank order. */
    static List<Map<String, Object>> ranking(RankingView view) {
        return view.rows().stream().map(row -> row(view, row)).toList();
    }

    /** The ranking with the budget, for the selection run. */
    static Map<String, Object> selection(RankingView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("callId", view.callId());
        json.put("currency", view.currency());
        json.put("totalBudget", view.totalBudget());
        json.put("budgetUsed", view.budgetUsed());
        json.put("budgetLeft", view.budgetLeft());
        json.put("ranking", ranking(view));
        json.put("notRanked", view.notRanked().stream().map(RankingJson::notRanked).toList());
        return json;
    }

    static Map<String, Object> row(RankingView view, RankingView.Row row) {
        Map<String, Object> json = new LinkedHashMap<>();
        var candidate = row.candidate();
        json.put("applicationId", candidate.id());
        json.put("rank", row.ranked().rank());
        json.put("weightedScore", row.ranked().weightedScore());
        json.put("passesThresholds", row.ranked().passesThresholds());
        json.put("requestedGrant", candidate.requestedGrant());
        json.put("selected", candidate.selected());
        json.put("reserveRank", candidate.reserveRank());
        json.put("cumulativeGrant", row.cumulativeGrant());
        json.put("title", candidate.title());
        json.put("acronym", candidate.acronym());
        json.put("receiptNumber", candidate.receiptNumber());
        json.put("status", candidate.status());
        json.put("override", candidate.override());
        json.put("overrideReason", candidate.overrideReason());
        json.put("decision", candidate.decision());
        Map<String, Object> scores = new LinkedHashMap<>();
        for (Criterion criterion : view.criteria()) {
            scores.put(criterion.key(), candidate.consensus().get(criterion.key()));
        }
        json.put("scores", scores);
        json.put("failedThresholds", row.ranked().failedCriteria());
        json.put("failsOverallThreshold", row.ranked().failsOverall());
        return json;
    }

    static Map<String, Object> notRanked(NotRanked notRanked) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("applicationId", notRanked.candidate().id());
        json.put("title", notRanked.candidate().title());
        json.put("receiptNumber", notRanked.candidate().receiptNumber());
        json.put("status", notRanked.candidate().status());
        json.put("reason", notRanked.reason());
        return json;
    }

    static Map<String, Object> decision(Application application) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("applicationId", application.getId());
        json.put("status", application.getStatus());
        json.put("decision", application.getDecision());
        json.put("text", application.getDecisionText());
        json.put("decidedAt", application.getDecidedAt());
        json.put("decidedBy", application.getDecidedBy());
        json.put("selected", application.isSelected());
        json.put("override", application.getSelectionOverride());
        json.put("overrideReason", application.getOverrideReason());
        return json;
    }

    static Map<String, Object> reviewRequest(ReviewRequest request) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", request.getId());
        json.put("applicationId", request.getApplicationId());
        json.put("requestedBy", request.getRequestedBy());
        json.put("requestedAt", request.getRequestedAt());
        json.put("reason", request.getReason());
        json.put("outcome", request.getOutcome());
        json.put("answer", request.getAnswer());
        json.put("answeredBy", request.getAnsweredBy());
        json.put("answeredAt", request.getAnsweredAt());
        return json;
    }

    static Map<String, Object> fundedProject(FundedProject project) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("applicationId", project.applicationId());
        json.put("title", project.title());
        json.put("acronym", project.acronym());
        json.put("beneficiaries", project.beneficiaries().stream().map(b -> {
            Map<String, Object> beneficiary = new LinkedHashMap<>();
            beneficiary.put("organisationId", b.organisationId());
            beneficiary.put("name", b.name());
            beneficiary.put("lead", b.lead());
            return beneficiary;
        }).toList());
        json.put("nutsCode", project.nutsCode());
        json.put("region", project.regionName());
        json.put("currency", project.currency());
        json.put("grant", project.grant());
        json.put("totalBudget", project.totalBudget());
        json.put("start", project.start());
        json.put("end", project.end());
        json.put("decisionDate", project.decisionDate());
        return json;
    }
}
