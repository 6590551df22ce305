package org.uptake.assessment.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of a questionnaire, parsed from its YAML definition. Scoring rules belong to the definition:
 * the scoring method, each question's kind and dimension, exclusive items and the level thresholds.
 */
public record Questionnaire(String key, int version, String checksum, ScoringMethod scoring, Text title, String source,
        List<Level> levels, List<Dimension> dimensions, List<Question> questions, Map<QuestionKind, List<Option>> options) {

    /** A labelled answer option of a kind: a scale value, a three-way choice or an investment column. */
    public record Option(String value, Text label) {
    }

    public enum ScoringMethod {
        /** Question scores 0..10, dimension = mean x 10, overall = mean of dimensions (0..100). */
        DIMENSIONS,
        /** Number of items answered yes. */
        COUNT
    }

    public record Level(String id, double max, Text name) {
    }

    public record Dimension(String id, Text name) {
    }

    public record Question(String id, String dimension, QuestionKind kind, Text text, List<Item> items) {

        public List<Item> scoredItems() {
            return items.stream().filter(item -> !item.exclusive()).toList();
        }

        public Optional<Item> exclusiveItem() {
            return items.stream().filter(Item::exclusive).findFirst();
        }
    }

    /**
     * @param exclusive an item such as "data is not collected digitally": chosen alone, it makes the question score 0
     * @param euShare   for indicators, the share of EU enterprises meeting it (per cent), else {@code null}
     */
    public record Item(String id, Text text, boolean exclusive, Double euShare) {
    }

    public Map<String, Question> questionsById() {
        return questions.stream().collect(Collectors.toMap(Question::id, Function.identity()));
    }

    /** Every item with the question it belongs to. */
    public Map<String, Question> questionOfItem() {
        return questions.stream().flatMap(q -> q.items().stream().map(item -> Map.entry(item.id(), q)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public List<Question> questionsOf(String dimension) {
        return questions.stream().filter(q -> q.dimension().equals(dimension)).toList();
    }

    /** The first level whose upper bound is at least the score. */
    public Level levelOf(double score) {
        return levels.stream().filter(level -> score <= level.max()).findFirst().orElse(levels.getLast());
    }

    public int itemCount() {
        return questions.stream().mapToInt(q -> q.items().size()).sum();
    }
}
