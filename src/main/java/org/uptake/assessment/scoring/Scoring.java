package org.uptake.assessment.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.uptake.assessment.questionnaire.Questionnaire;
import org.uptake.assessment.questionnaire.Questionnaire.Dimension;
import org.uptake.assessment.questionnaire.Questionnaire.Item;
import org.uptake.assessment.questionnaire.Questionnaire.Question;
import org.uptake.assessment.scoring.Answer.Investment;
import org.uptake.assessment.scoring.Answer.Scale;
import org.uptake.assessment.scoring.Answer.Ticked;
import org.uptake.assessment.scoring.Answer.Tristate;

/**
 * Scores answers under the rules of their questionnaire version. Pure and allocation-light: it runs on every
 * submission and in benchmarks.
 */
public final class Scoring {

    private Scoring() {
    }

    public static ScoreCard score(Questionnaire questionnaire, Map<String, Answer> answers) {
        Map<String, Double> questions = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            questions.put(question.id(), questionScore(question, answers));
        }
        if (questionnaire.scoring() == Questionnaire.ScoringMethod.COUNT) {
            double count = questionnaire.questions().stream().flatMap(q -> q.items().stream())
                    .filter(item -> answers.get(item.id()) instanceof Ticked ticked && ticked.ticked()).count();
            Map<String, Double> dimensions = new LinkedHashMap<>();
            questionnaire.dimensions().forEach(d -> dimensions.put(d.id(), count));
            return new ScoreCard(count, questionnaire.levelOf(count).id(), dimensions, questions);
        }
        Map<String, Double> dimensions = new LinkedHashMap<>();
        double sum = 0;
        for (Dimension dimension : questionnaire.dimensions()) {
            List<Question> ofDimension = questionnaire.questionsOf(dimension.id());
            double mean = ofDimension.stream().mapToDouble(q -> questions.get(q.id())).sum() / ofDimension.size();
            dimensions.put(dimension.id(), mean * 10);
            sum += mean * 10;
        }
        double overall = sum / questionnaire.dimensions().size();
        return new ScoreCard(overall, questionnaire.levelOf(overall).id(), dimensions, questions);
    }

    /** A question's score from 0 to 10. */
    static double questionScore(Question question, Map<String, Answer> answers) {
        List<Item> rows = question.scoredItems();
        return switch (question.kind()) {
            case CHECKBOX, YESNO -> {
                if (question.exclusiveItem().map(item -> ticked(answers, item)).orElse(false)) {
                    yield 0;
                }
                yield 10.0 * rows.stream().filter(item -> ticked(answers, item)).count() / rows.size();
            }
            case INVEST_MATRIX -> 10.0 * rows.stream()
                    .mapToDouble(item -> answers.get(item.id()) instanceof Investment i ? i.points() : 0).sum() / rows.size();
            case SCALE05 -> 10.0 * rows.stream()
                    .mapToInt(item -> answers.get(item.id()) instanceof Scale s ? s.value() : 0).sum() / (rows.size() * 5);
            case TRISTATE -> 10.0 * rows.stream()
                    .mapToDouble(item -> answers.get(item.id()) instanceof Tristate t ? t.choice().points : 0).sum()
                    / rows.size();
        };
    }

    /** Items that must be answered before submission and are not. */
    public static List<String> missing(Questionnaire questionnaire, Map<String, Answer> answers) {
        List<String> missing = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            if (question.kind().everyRowRequired()) {
                question.items().stream().map(Item::id).filter(id -> !answers.containsKey(id)).forEach(missing::add);
            }
        }
        return missing;
    }

    /** Questions where an exclusive item ("not collected digitally") is ticked together with others. */
    public static List<String> exclusivityViolations(Questionnaire questionnaire, Map<String, Answer> answers) {
        List<String> violations = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            question.exclusiveItem().filter(item -> ticked(answers, item))
                    .filter(item -> question.scoredItems().stream().anyMatch(other -> ticked(answers, other)))
                    .ifPresent(item -> violations.add(question.id()));
        }
        return violations;
    }

    private static boolean ticked(Map<String, Answer> answers, Item item) {
        return answers.get(item.id()) instanceof Ticked ticked && ticked.ticked();
    }
}
