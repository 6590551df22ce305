package org.uptake.assessment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.uptake.assessment.model.Assessment;
import org.uptake.assessment.questionnaire.Questionnaire;
import org.uptake.assessment.scoring.Answer;
import org.uptake.assessment.scoring.ScoreCard;

/** How assessments, answers, scores and definitions look in the API. */
final class AssessmentJson {

    private AssessmentJson() {
    }

    static Object answerValue(Answer answer) {
        return switch (answer) {
            case Answer.Ticked ticked -> ticked.ticked();
            case Answer.Investment investment -> Map.of("planned", investment.planned(), "invested", investment.invested());
            case Answer.Scale scale -> scale.value();
            case Answer.Tristate tristate -> tristate.encode();
        };
    }

    static Map<String, Object> answers(Map<String, Answer> answers) {
        Map<String, Object> json = new TreeMap<>();
        answers.forEach((item, answer) -> json.put(item, answerValue(answer)));
        return json;
    }

    /** Scores rounded to one decimal; counting questionnaires answer with score and level only. */
    static Map<String, Object> scores(Questionnaire questionnaire, ScoreCard card) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (questionnaire.scoring() == Questionnaire.ScoringMethod.COUNT) {
            json.put("score", (int) card.overall());
            json.put("level", card.level());
            return json;
        }
        json.put("overall", ScoreCard.rounded(card.overall()));
        json.put("level", card.level());
        json.put("dimensions", rounded(card.dimensions()));
        json.put("questions", rounded(card.questions()));
        return json;
    }

    static Map<String, Object> assessment(Assessment a, Questionnaire questionnaire, Map<String, Answer> answers,
            ScoreCard card) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.getId());
        json.put("organisationId", a.getOrganisationId());
        json.put("questionnaire", a.getQuestionnaireKey());
        json.put("version", a.getQuestionnaireVersion());
        json.put("stage", a.getStage());
        json.put("status", a.getStatus());
        json.put("createdAt", a.getCreatedAt());
        json.put("updatedAt", a.getUpdatedAt());
        json.put("submittedAt", a.getSubmittedAt());
        json.put("answers", answers(answers));
        json.put("scores", card == null ? null : scores(questionnaire, card));
        return json;
    }

    static Map<String, Object> summary(Questionnaire q, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", q.key());
        json.put("version", q.version());
        json.put("title", q.title().in(locale));
        json.put("scoring", q.scoring());
        json.put("dimensions", q.dimensions().stream().map(d -> Map.of("id", d.id(), "name", d.name().in(locale))).toList());
        return json;
    }

    static Map<String, Object> definition(Questionnaire q, Locale locale) {
        Map<String, Object> json = summary(q, locale);
        json.put("source", q.source());
        json.put("levels", q.levels().stream().map(l -> Map.of("id", l.id(), "max", l.max(), "name", l.name().in(locale)))
                .toList());
        json.put("questions", q.questions().stream().map(question -> {
            Map<String, Object> qj = new LinkedHashMap<>();
            qj.put("id", question.id());
            qj.put("dimension", question.dimension());
            qj.put("kind", question.kind().name().toLowerCase(Locale.ROOT));
            qj.put("text", question.text().in(locale));
            qj.put("items", question.items().stream().map(item -> {
                Map<String, Object> ij = new LinkedHashMap<>();
                ij.put("id", item.id());
                ij.put("text", item.text().in(locale));
                if (item.exclusive()) {
                    ij.put("exclusive", true);
                }
                if (item.euShare() != null) {
                    ij.put("euShare", item.euShare());
                }
                return ij;
            }).toList());
            List<Questionnaire.Option> options = q.options().get(question.kind());
            if (options != null) {
                qj.put("options", options.stream().map(o -> Map.of("value", o.value(), "label", o.label().in(locale)))
                        .toList());
            }
            return qj;
        }).toList());
        return json;
    }

    private static Map<String, Double> rounded(Map<String, Double> scores) {
        Map<String, Double> json = new LinkedHashMap<>();
        scores.forEach((key, value) -> json.put(key, ScoreCard.rounded(value)));
        return json;
    }
}
