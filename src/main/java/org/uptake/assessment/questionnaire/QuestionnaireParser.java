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
                text((Map<String, Object>) root.get("title")), (String) root.get("source"), levels, dimensions, questions,
                options((Map<String, Object>) root.get("scales")));
        check(questionnaire);
        return questionnaire;
    }

    /** Option labels from the definition's {@code scales}; three-way values 0 / 0.5 / 1 become no / partially / yes. */
    @SuppressWarnings("unchecked")
    private static Map<QuestionKind, List<Questionnaire.Option>> options(Map<String, Object> scales) {
        Map<QuestionKind, List<Questionnaire.Option>> options = new java.util.EnumMap<>(QuestionKind.class);
        if (scales == null) {
            return options;
        }
        if (scales.get("scale05") instanceof List<?> scale) {
            options.put(QuestionKind.SCALE05, ((List<Map<String, Object>>) scale).stream()
                    .map(o -> new Questionnaire.Option(String.valueOf(o.get("value")), text(o))).toList());
        }
        if (scales.get("tristate") instanceof List<?> tristate) {
            List<String> values = List.of("no", "partially", "yes");
            List<Map<String, Object>> rows = (List<Map<String, Object>>) tristate;
            options.put(QuestionKind.TRISTATE, java.util.stream.IntStream.range(0, rows.size())
                    .mapToObj(i -> new Questionnaire.Option(values.get(i), text(rows.get(i)))).toList());
        }
        if (scales.get("invest_matrix") instanceof Map<?, ?> matrix) {
            options.put(QuestionKind.INVEST_MATRIX, ((List<Map<String, Object>>) matrix.get("columns")).stream()
                    .map(o -> new Questionnaire.Option(String.valueOf(o.get("id")), text(o))).toList());
        }
        return options;
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
