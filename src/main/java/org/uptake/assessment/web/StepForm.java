package org.uptake.assessment.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.uptake.assessment.questionnaire.Questionnaire.Item;
import org.uptake.assessment.questionnaire.Questionnaire.Question;

/**
 * The answers of one questionnaire page as the browser posts them: a ticked box sends {@code true}, an unticked one
 * nothing (so it counts as not ticked); investment rows send {@code Q1.1:planned} and {@code Q1.1:invested}; scale and
 * three-way rows send their value, or nothing while unanswered (which leaves a saved answer as it is).
 */
final class StepForm {

    private StepForm() {
    }

    /** The values in the form the API takes, for {@link org.uptake.assessment.scoring.AnswerParser}. */
    static Map<String, Object> values(List<Question> questions, MultiValueMap<String, String> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Question question : questions) {
            for (Item item : question.items()) {
                String id = item.id();
                switch (question.kind()) {
                    case CHECKBOX, YESNO -> values.put(id, form.containsKey(id));
                    case INVEST_MATRIX -> values.put(id, Map.of("planned", form.containsKey(id + ":planned"),
                            "invested", form.containsKey(id + ":invested")));
                    case SCALE05 -> {
                        String value = form.getFirst(id);
                        if (value != null) {
                            values.put(id, value.matches("[0-9]{1,2}") ? Integer.valueOf(value) : value);
                        }
                    }
                    case TRISTATE -> {
                        if (form.getFirst(id) != null) {
                            values.put(id, form.getFirst(id));
                        }
                    }
                }
            }
        }
        return values;
    }

    /** The posted values as the page shows answers, to show a refused page as the person filled it in. */
    static Map<String, String> shown(List<Question> questions, MultiValueMap<String, String> form) {
        Map<String, String> shown = new HashMap<>();
        values(questions, form).forEach((item, value) -> shown.put(item, value instanceof Map<?, ?> investment
                ? (Boolean.TRUE.equals(investment.get("planned")) ? "planned," : "")
                        + (Boolean.TRUE.equals(investment.get("invested")) ? "invested" : "")
                : String.valueOf(value)));
        return shown;
    }
}
