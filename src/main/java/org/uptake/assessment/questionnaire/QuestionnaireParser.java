package org.uptake.assessment.questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HexFormat;

import org.uptake.assessment.questionnaire.Questionnaire.Dimension;
import org.uptake.assessment.questionnaire.Questionnaire.Item;
import org.uptake.assessment.questionnaire.Questionnaire.Level;
import org.uptake.assessment.questionnaire.Questionnaire.Question;
import org.uptake.assessment.questionnaire.Questionnaire.ScoringMethod;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads a questionnaire definition and refuses one that is inconsistent, so a bad file stops the start. */
public final class QuestionnaireParser {

    private static final List<String> LANGUAGES = List.of("en", "de", "nb");

    private QuestionnaireParser() {
    }

    @SuppressWarnings("unchecked")
    public static Questionnaire parse(String yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        String key = string(root, "key");
        int version = ((Number) root.get("version")).intValue();
        List<Level> levels = list(root, "levels").stream()
                .map(level -> new Level(string(level, "id"), ((Number) level.get("max")).doubleValue(), text(level)))
                .toList();
        List<Dimension> dimensions = list(root, "dimensions").stream()
                .map(dimension -> new Dimension(string(dimension, "id"), text(dimension))).toList();
        List<Question> questions = list(root, "questions").stream().map(question -> new Question(
                string(question, "id"), string(question, "dimension"), QuestionKind.of(string(question, "kind")),
                text((Map<String, Object>) question.get("text")),
                list(question, "items").stream().map(item -> new Item(string(item, "id"), text(item),
                        Boolean.TRUE.equals(item.get("exclusive_negative")),
                        item.get("eu27_2023") instanceof Number share ? share.doubleValue() : null)).toList()))
                .toList();
        Questionnaire questionnaire = new Questionnaire(key, version, checksum(yaml),
                ScoringMethod.valueOf(string(root, "scoring").toUpperCase(Locale.ROOT)),
                text((Map<String, Object>) root.get("title")), (String) root.get("source"), levels, dimensions, questions);
        check(questionnaire);
        return questionnaire;
    }

    public static String checksum(String yaml) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(Questionnaire q) {
        Set<String> dimensionIds = new HashSet<>();
        q.dimensions().forEach(d -> require(dimensionIds.add(d.id()), q, "duplicate dimension " + d.id()));
        Set<String> ids = new HashSet<>();
        for (Question question : q.questions()) {
            require(dimensionIds.contains(question.dimension()), q, question.id() + " has unknown dimension");
            require(ids.add(question.id()), q, "duplicate question " + question.id());
            require(!question.items().isEmpty(), q, question.id() + " has no items");
            require(question.items().stream().filter(Item::exclusive).count() <= 1, q,
                    question.id() + " has more than one exclusive item");
            question.items().forEach(item -> require(ids.add(item.id()), q, "duplicate item " + item.id()));
        }
        q.dimensions().forEach(d -> require(!q.questionsOf(d.id()).isEmpty(), q, d.id() + " has no questions"));
        require(!q.levels().isEmpty(), q, "no levels");
    }

    private static void require(boolean condition, Questionnaire q, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("Questionnaire " + q.key() + " v" + q.version() + ": " + problem);
        }
    }

    private static Text text(Map<String, Object> node) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            if (node != null && node.get(language) != null) {
                texts.put(language, String.valueOf(node.get(language)).strip());
            }
        }
        return new Text(texts);
    }

    private static String string(Map<String, Object> node, String field) {
        Object value = node.get(field);
        if (value == null) {
            throw new IllegalArgumentException("Questionnaire definition lacks '" + field + "'");
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> node, String field) {
        Object value = node.get(field);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
