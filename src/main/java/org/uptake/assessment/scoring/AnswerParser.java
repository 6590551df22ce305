package org.uptake.assessment.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.uptake.assessment.questionnaire.Questionnaire;
import org.uptake.assessment.questionnaire.Questionnaire.Question;

/**
 * Turns submitted values into typed answers, checking each against its item's kind. Either every value is
 * valid or none is taken: a request with one bad item changes nothing.
 */
public final class AnswerParser {

    private AnswerParser() {
    }

    public sealed interface Result {
    }

    public record Parsed(Map<String, Answer> answers) implements Result {
    }

    /** The offending items, each with the message key that explains what is wrong. */
    public record Rejected(List<ItemProblem> problems) implements Result {
    }

    public record ItemProblem(String item, String messageKey) {
    }

    /**
     * Values as JSON gives them: checkbox and yes/no items {@code true}/{@code false}; investment items
     * {@code {"planned":bool,"invested":bool}}; scale items an integer 0..5; three-way items "no", "partially" or
     * "yes". {@code null} removes an answer.
     */
    public static Result parse(Questionnaire questionnaire, Map<String, Object> values) {
        Map<String, Question> questionOf = questionnaire.questionOfItem();
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<ItemProblem> problems = new ArrayList<>();
        values.forEach((itemId, value) -> {
            Question question = questionOf.get(itemId);
            if (question == null) {
                problems.add(new ItemProblem(itemId, "assessment.answer.unknownItem"));
                return;
            }
            if (value == null) {
                answers.put(itemId, null);
                return;
            }
            Answer answer = convert(question, value);
            if (answer == null) {
                problems.add(new ItemProblem(itemId, "assessment.answer.invalid." + question.kind().name().toLowerCase(Locale.ROOT)));
            } else {
                answers.put(itemId, answer);
            }
        });
        return problems.isEmpty() ? new Parsed(answers) : new Rejected(problems);
    }

    /** Reads an answer back from its stored form. */
    public static Answer decode(Question question, String stored) {
        return switch (question.kind()) {
            case CHECKBOX, YESNO -> new Answer.Ticked(Boolean.parseBoolean(stored));
            case INVEST_MATRIX -> new Answer.Investment(stored.contains("planned"), stored.contains("invested"));
            case SCALE05 -> new Answer.Scale(Integer.parseInt(stored));
            case TRISTATE -> new Answer.Tristate(Answer.Tristate.Choice.valueOf(stored.toUpperCase(Locale.ROOT)));
        };
    }

    private static Answer convert(Question question, Object value) {
        return switch (question.kind()) {
            case CHECKBOX, YESNO -> value instanceof Boolean ticked ? new Answer.Ticked(ticked) : null;
            case INVEST_MATRIX -> value instanceof Map<?, ?> map && map.keySet().stream()
                    .allMatch(k -> k.equals("planned") || k.equals("invested"))
                    && map.values().stream().allMatch(v -> v == null || v instanceof Boolean)
                    ? new Answer.Investment(Boolean.TRUE.equals(map.get("planned")), Boolean.TRUE.equals(map.get("invested")))
                    : null;
            case SCALE05 -> value instanceof Integer number && number >= 0 && number <= 5 ? new Answer.Scale(number) : null;
            case TRISTATE -> value instanceof String choice ? tristate(choice) : null;
        };
    }

    private static Answer tristate(String choice) {
        return switch (choice) {
            case "no" -> new Answer.Tristate(Answer.Tristate.Choice.NO);
            case "partially" -> new Answer.Tristate(Answer.Tristate.Choice.PARTIALLY);
            case "yes" -> new Answer.Tristate(Answer.Tristate.Choice.YES);
            default -> null;
        };
    }
}
