package org.uptake.funding.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.funding.call.CallRepository;
import org.uptake.funding.call.Criterion;
import org.uptake.funding.call.FundingPermissions;
import org.uptake.funding.ranking.RankingRule.NotRanked;

/**
 * The applications of a call with their scores as a spreadsheet (programme managers): ranked ones in rank order,
 * then those not ranked. One row each: receipt, title, lead, consortium size, requested grant, status, consensus per
 * criterion, weighted score, thresholds, rank, selected, reserve rank, decision.
 */
@Service
public class ApplicationsExport {

    private final CallRepository calls;
    private final Rankings rankings;
    private final CandidateQueries queries;
    private final Directory directory;
    private final FundingPermissions permissions;
    private final MessageSource messages;

    ApplicationsExport(CallRepository calls, Rankings rankings, CandidateQueries queries, Directory directory,
            FundingPermissions permissions, MessageSource messages) {
        this.calls = calls;
        this.rankings = rankings;
        this.queries = queries;
        this.directory = directory;
        this.permissions = permissions;
        this.messages = messages;
    }

    /** {@code Done<byte[]>}: the XLSX file. */
    @Transactional(readOnly = true)
    public RankingResult xlsx(org.uptake.identity.UptakeUser user, UUID callId, Locale locale) {
        if (!permissions.managesCalls(user)) {
            return new RankingResult.Forbidden();
        }
        var call = calls.findById(callId);
        if (call.isEmpty()) {
            return new RankingResult.NotFound("funding.call.notFound");
        }
        RankingView view = rankings.view(call.get());
        Map<UUID, Integer> sizes = queries.consortiumSizes(callId);
        Map<UUID, UUID> leads = queries.leads(callId);
        Map<UUID, String> names = new HashMap<>();
        List<String> header = new ArrayList<>();
        for (String key : List.of("receipt", "title", "acronym", "lead", "organisations", "requestedGrant", "status")) {
            header.add(text("funding.export.column." + key, locale));
        }
        for (Criterion criterion : view.criteria()) {
            header.add(criterion.name().in(locale).isEmpty() ? criterion.key() : criterion.name().in(locale));
        }
        for (String key : List.of("weightedScore", "passesThresholds", "rank", "selected", "reserveRank",
                "override", "decision")) {
            header.add(text("funding.export.column." + key, locale));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (RankingView.Row row : view.rows()) {
            List<Object> values = start(row.candidate(), sizes, leads, names, locale);
            for (Criterion criterion : view.criteria()) {
                values.add(row.candidate().consensus().get(criterion.key()));
            }
            values.add(row.ranked().weightedScore());
            values.add(text(row.ranked().passesThresholds() ? "funding.export.yes" : "funding.export.no", locale));
            values.add(row.ranked().rank());
            values.add(text(row.selected() ? "funding.export.yes" : "funding.export.no", locale));
            values.add(row.reserveRank());
            values.add(row.candidate().override());
            values.add(row.candidate().decision() == null ? null
                    : text("funding.decision.name." + row.candidate().decision(), locale));
            rows.add(values);
        }
        for (NotRanked notRanked : view.notRanked()) {
            List<Object> values = start(notRanked.candidate(), sizes, leads, names, locale);
            for (Criterion criterion : view.criteria()) {
                values.add(notRanked.candidate().consensus().get(criterion.key()));
            }
            values.add(null);
            values.add(null);
            values.add(text("funding.ranking.notRanked." + notRanked.reason().name(), locale));
            values.add(null);
            values.add(null);
            values.add(null);
            values.add(notRanked.candidate().decision() == null ? null
                    : text("funding.decision.name." + notRanked.candidate().decision(), locale));
            rows.add(values);
        }
        return new RankingResult.Done<>(SpreadsheetCells.xlsx(text("funding.export.sheet", locale), header, rows));
    }

    private List<Object> start(Candidate candidate, Map<UUID, Integer> sizes, Map<UUID, UUID> leads,
            Map<UUID, String> names, Locale locale) {
        List<Object> values = new ArrayList<>();
        values.add(candidate.receiptNumber());
        values.add(candidate.title());
        values.add(candidate.acronym());
        UUID lead = leads.get(candidate.id());
        values.add(lead == null ? null : names.computeIfAbsent(lead,
                id -> directory.organisation(id).map(OrganisationSummary::name).orElse("")));
        values.add(sizes.getOrDefault(candidate.id(), 1));
        values.add(candidate.requestedGrant());
        values.add(text("funding.ranking.status." + candidate.status().name(), locale));
        return values;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
