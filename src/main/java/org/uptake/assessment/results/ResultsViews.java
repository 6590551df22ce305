package org.uptake.assessment.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.assessment.application.Assessments;
import org.uptake.assessment.benchmark.Benchmarks;
import org.uptake.assessment.benchmark.Benchmarks.GroupBenchmark;
import org.uptake.assessment.benchmark.EurostatIntensity;
import org.uptake.assessment.benchmark.PeerGroup;
import org.uptake.assessment.model.Assessment;
import org.uptake.assessment.questionnaire.Questionnaire;
import org.uptake.assessment.questionnaire.Questionnaire.Dimension;
import org.uptake.assessment.results.ResultsView.DimensionFigures;
import org.uptake.assessment.results.ResultsView.DimensionResult;
import org.uptake.assessment.results.ResultsView.GroupResult;
import org.uptake.assessment.results.ResultsView.IndicatorResult;
import org.uptake.assessment.results.ResultsView.QuestionResult;
import org.uptake.assessment.results.ResultsView.StageResult;
import org.uptake.assessment.scoring.Answer;
import org.uptake.assessment.scoring.ScoreCard;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;

import tools.jackson.databind.json.JsonMapper;

/** Builds the results of a submitted assessment in the reader's language. */
@Component
public class ResultsViews {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Assessments assessments;
    private final Benchmarks benchmarks;
    private final EurostatIntensity eurostat;
    private final Directory directory;
    private final MessageSource messages;

    ResultsViews(Assessments assessments, Benchmarks benchmarks, EurostatIntensity eurostat, Directory directory,
            MessageSource messages) {
        this.assessments = assessments;
        this.benchmarks = benchmarks;
        this.eurostat = eurostat;
        this.directory = directory;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public ResultsView of(Assessment assessment, Locale locale) {
        Questionnaire questionnaire = assessments.questionnaireOf(assessment);
        ScoreCard card = Assessments.scoreCard(assessment);
        OrganisationSummary organisation = directory.organisation(assessment.getOrganisationId()).orElseThrow();
        boolean counting = questionnaire.scoring() == Questionnaire.ScoringMethod.COUNT;
        List<Assessment> history = assessments.history(assessment.getOrganisationId(), assessment.getQuestionnaireKey())
                .stream().filter(a -> !a.getSubmittedAt().isAfter(assessment.getSubmittedAt())).toList();
        Optional<ScoreCard> previous = history.size() > 1
                ? Optional.of(Assessments.scoreCard(history.get(history.size() - 2))) : Optional.empty();

        List<DimensionResult> dimensions = counting ? List.of()
                : questionnaire.dimensions().stream().map(d -> dimension(questionnaire, d, card, previous, locale)).toList();
        List<IndicatorResult> indicators = counting ? indicators(questionnaire, assessments.answersOf(assessment), locale)
                : List.of();
        List<GroupResult> benchmark = benchmarks.of(assessment.getQuestionnaireKey(),
                PeerGroup.parse(assessment.getPeerGroups()), card).stream()
                .map(group -> group(group, questionnaire, card, locale)).toList();
        List<StageResult> stages = history.stream().map(a -> new StageResult(a.getStage(), a.getSubmittedAt(),
                ScoreCard.rounded(a.getOverallScore()))).toList();
        return new ResultsView(assessment.getId(), organisation.id(), organisation.name(), questionnaire.key(),
                questionnaire.title().in(locale), questionnaire.source(), counting, assessment.getStage(),
                assessment.getSubmittedAt(), ScoreCard.rounded(card.overall()),
                counting ? questionnaire.itemCount() : 100, card.level(),
                questionnaire.levels().stream().filter(l -> l.id().equals(card.level())).findFirst()
                        .map(l -> l.name().in(locale)).orElse(card.level()),
                dimensions, indicators, benchmark, stages,
                counting ? eurostat.compare(organisation.countryCode(), organisation.sizeClass()).orElse(null) : null,
                directory.regionName(organisation.countryCode()).orElse(organisation.countryCode()),
                counting ? "{}" : chart(questionnaire, history, dimensions, benchmark, locale));
    }

    private DimensionResult dimension(Questionnaire questionnaire, Dimension dimension, ScoreCard card,
            Optional<ScoreCard> previous, Locale locale) {
        double score = card.dimensions().get(dimension.id());
        Double change = previous.map(p -> ScoreCard.rounded(score - p.dimensions().get(dimension.id()))).orElse(null);
        List<QuestionResult> questions = questionnaire.questionsOf(dimension.id()).stream()
                .map(q -> new QuestionResult(q.id(), q.text().in(locale), ScoreCard.rounded(card.questions().get(q.id()))))
                .toList();
        return new DimensionResult(dimension.id(), dimension.name().in(locale), ScoreCard.rounded(score), change,
                questions);
    }

    private static List<IndicatorResult> indicators(Questionnaire questionnaire, Map<String, Answer> answers,
            Locale locale) {
        return questionnaire.questions().stream().flatMap(q -> q.items().stream())
                .map(item -> new IndicatorResult(item.text().in(locale),
                        answers.get(item.id()) instanceof Answer.Ticked ticked && ticked.ticked(), item.euShare()))
                .toList();
    }

    private GroupResult group(GroupBenchmark group, Questionnaire questionnaire, ScoreCard card, Locale locale) {
        String label = groupLabel(group, locale);
        if (!group.sufficient()) {
            return new GroupResult(label, false, null, null, null, null, null, List.of());
        }
        List<DimensionFigures> dimensions = new ArrayList<>();
        if (questionnaire.scoring() == Questionnaire.ScoringMethod.DIMENSIONS) {
            for (Dimension dimension : questionnaire.dimensions()) {
                Benchmarks.Figures figures = group.dimensions().get(dimension.id());
                if (figures != null) {
                    dimensions.add(new DimensionFigures(dimension.name().in(locale),
                            ScoreCard.rounded(card.dimensions().get(dimension.id())), figures.percentile(),
                            figures.median(), figures.p25(), figures.p75()));
                }
            }
        }
        return new GroupResult(label, true, group.count(), group.percentile(), group.median(), group.p25(), group.p75(),
                dimensions);
    }

    private String groupLabel(GroupBenchmark group, Locale locale) {
        String[] codes = group.code().split(":");
        return switch (group.kind()) {
            case ALL -> message("assessment.group.ALL", locale);
            case REGION -> message("assessment.group.REGION", locale, region(codes[0]));
            case SECTOR -> message("assessment.group.SECTOR", locale,
                    directory.sectorName(codes[0], locale).orElse(codes[0]));
            case SIZE -> message("assessment.group.SIZE", locale, message("size." + codes[0], locale));
            case REGION_SIZE -> message("assessment.group.REGION_SIZE", locale, region(codes[0]),
                    message("size." + codes[1], locale));
        };
    }

    private String region(String nutsCode) {
        return directory.regionName(nutsCode).map(name -> name + " (" + nutsCode + ")").orElse(nutsCode);
    }

    /** Radar of the dimensions (firm and median of all firms) and the overall and dimension scores per stage. */
    private String chart(Questionnaire questionnaire, List<Assessment> history, List<DimensionResult> dimensions,
            List<GroupResult> benchmark, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("dimensions", dimensions.stream().map(DimensionResult::name).toList());
        chart.put("firm", dimensions.stream().map(DimensionResult::score).toList());
        chart.put("firmLabel", message("assessment.results.chart.firm", locale));
        benchmark.stream().filter(g -> g.sufficient() && g.dimensions().size() == dimensions.size()).findFirst()
                .ifPresent(group -> {
                    chart.put("peers", group.dimensions().stream().map(DimensionFigures::median).toList());
                    chart.put("peersLabel", message("assessment.results.chart.median", locale, group.label()));
                });
        chart.put("stages", history.stream().map(Assessment::getStage).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(Map.of("name", message("assessment.results.overall", locale), "data",
                history.stream().map(a -> ScoreCard.rounded(a.getOverallScore())).toList()));
        for (Dimension dimension : questionnaire.dimensions()) {
            series.add(Map.of("name", dimension.name().in(locale), "data", history.stream()
                    .map(a -> ScoreCard.rounded(Assessments.scoreCard(a).dimensions().get(dimension.id()))).toList()));
        }
        chart.put("series", series);
        // embedded in a <script type="application/json">, which must not be closed from inside
        return JSON.writeValueAsString(chart).replace("</", "<\\/");
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
