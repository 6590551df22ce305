package org.uptake.offers.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.uptake.offers.offer.OfferQuestion;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers to an offer's questions, keyed by question id and kept on the registration as a JSON object. Every
 * required question needs a non-blank answer, an answer may be 1000 characters long, and only the offer's own
 * questions can be answered.
 */
final class Answers {

    static final int MAX_LENGTH = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };

    private Answers() {
    }

    /** What is wrong with the answers; each problem names its field as {@code answers.<question id>}. */
    static List<Registrations.Problem> check(List<OfferQuestion> questions, Map<String, String> answers) {
        List<Registrations.Problem> problems = new ArrayList<>();
        answers.keySet().stream().filter(id -> questions.stream().noneMatch(q -> q.id().equals(id)))
                .forEach(id -> problems.add(new Registrations.Problem("answers." + id, "registration.answer.unknown")));
        for (OfferQuestion question : questions) {
            String answer = normalized(answers.get(question.id()));
            if (answer != null && answer.length() > MAX_LENGTH) {
                problems.add(new Registrations.Problem("answers." + question.id(), "registration.answer.tooLong"));
            } else if (question.required() && (answer == null || answer.isBlank())) {
                problems.add(new Registrations.Problem("answers." + question.id(), "registration.answer.required"));
            }
        }
        return problems;
    }

    /** The non-blank answers in the order of the questions, as stored; null when there are none. */
    static String json(List<OfferQuestion> questions, Map<String, String> answers) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (OfferQuestion question : questions) {
            String answer = normalized(answers.get(question.id()));
            if (answer != null && !answer.isBlank()) {
                kept.put(question.id(), answer);
            }
        }
        return kept.isEmpty() ? null : JSON.writeValueAsString(kept);
    }

    /** Stripped, with browsers' CRLF line breaks as LF, so that 1000 characters in a text area are 1000 here too. */
    private static String normalized(String answer) {
        return answer == null ? null : answer.replace("\r\n", "\n").strip();
    }

    /** The stored answers; text that is not a JSON object (the free text of early registrations) reads as none. */
    static Map<String, String> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, MAP);
        } catch (JacksonException notAnObject) {
            return Map.of();
        }
    }
}
