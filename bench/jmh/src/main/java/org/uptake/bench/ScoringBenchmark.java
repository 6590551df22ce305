package org.uptake.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.uptake.assessment.questionnaire.Questionnaire;
import org.uptake.assessment.questionnaire.Questionnaire.Item;
import org.uptake.assessment.questionnaire.Questionnaire.Question;
import org.uptake.assessment.questionnaire.QuestionnaireParser;
import org.uptake.assessment.scoring.Answer;
import org.uptake.assessment.scoring.AnswerParser;
import org.uptake.assessment.scoring.ScoreCard;
import org.uptake.assessment.scoring.Scoring;

/**
 * Scoring one complete dma-sme submission (v1: 6 dimensions, 11 questions, 85 scored items) with the
 * application's own code. 64 different realistic answer sets (each item positive with the firm's maturity, as in
 * the demo data and the bench generator) are cycled, so branches are not all alike.
 * <ul>
 *   <li>{@code score}: {@link Scoring#score} on typed answers: what "scoring one submission" costs;</li>
 *   <li>{@code checkAndScore}: what submit does in memory: missing items, exclusivity check, then score;</li>
 *   <li>{@code parseCheckAndScore}: the same starting from JSON-shaped values, as the answers API receives them
 *       ({@link AnswerParser#parse}).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ScoringBenchmark {

    private static final int SETS = 64;

    private Questionnaire questionnaire;
    private final List<Map<String, Answer>> typed = new ArrayList<>();
    private final List<Map<String, Object>> values = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() throws IOException {
        try (InputStream in = ScoringBenchmark.class.getClassLoader()
                .getResourceAsStream("assessment/questionnaires/dma-sme-v1.yaml")) {
            questionnaire = QuestionnaireParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Random random = new Random(2027);
        for (int i = 0; i < SETS; i++) {
            Map<String, Object> json = answers(random, 0.15 + 0.7 * random.nextDouble());
            AnswerParser.Result parsed = AnswerParser.parse(questionnaire, json);
            if (!(parsed instanceof AnswerParser.Parsed ok) || !Scoring.missing(questionnaire, ok.answers()).isEmpty()
                    || !Scoring.exclusivityViolations(questionnaire, ok.answers()).isEmpty()) {
                throw new IllegalStateException("answer set " + i + " would not be accepted: " + parsed);
            }
            values.add(json);
            typed.add(ok.answers());
        }
    }

    /** Answers as the API receives them: each item positive with probability {@code maturity}. */
    private Map<String, Object> answers(Random random, double maturity) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            for (Item item : question.scoredItems()) {
                boolean yes = random.nextDouble() < maturity;
                answers.put(item.id(), switch (question.kind()) {
                    case CHECKBOX, YESNO -> yes;
                    case INVEST_MATRIX -> Map.of("planned", random.nextDouble() < maturity + 0.1, "invested", yes);
                    case SCALE05 -> (int) Math.max(0, Math.min(5, Math.round(maturity * 5 + random.nextGaussian())));
                    case TRISTATE -> yes ? "yes" : random.nextBoolean() ? "partially" : "no";
                });
            }
        }
        return answers;
    }

    private int index() {
        int i = next;
        next = (i + 1) & (SETS - 1);
        return i;
    }

    @Benchmark
    public ScoreCard score() {
        return Scoring.score(questionnaire, typed.get(index()));
    }

    @Benchmark
    public ScoreCard checkAndScore() {
        Map<String, Answer> answers = typed.get(index());
        if (!Scoring.missing(questionnaire, answers).isEmpty()
                || !Scoring.exclusivityViolations(questionnaire, answers).isEmpty()) {
            throw new IllegalStateException();
        }
        return Scoring.score(questionnaire, answers);
    }

    @Benchmark
    public ScoreCard parseCheckAndScore() {
        AnswerParser.Parsed parsed = (AnswerParser.Parsed) AnswerParser.parse(questionnaire, values.get(index()));
        Map<String, Answer> answers = parsed.answers();
        if (!Scoring.missing(questionnaire, answers).isEmpty()
                || !Scoring.exclusivityViolations(questionnaire, answers).isEmpty()) {
            throw new IllegalStateException();
        }
        return Scoring.score(questionnaire, answers);
    }
}
