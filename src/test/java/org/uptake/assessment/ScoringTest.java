package org.uptake.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;
import org.uptake.assessment.questionnaire.Questionnaire;
import org.uptake.assessment.questionnaire.QuestionnaireParser;
import org.uptake.assessment.scoring.Answer;
import org.uptake.assessment.scoring.Answer.Investment;
import org.uptake.assessment.scoring.Answer.Scale;
import org.uptake.assessment.scoring.Answer.Ticked;
import org.uptake.assessment.scoring.Answer.Tristate;
import org.uptake.assessment.scoring.Answer.Tristate.Choice;
import org.uptake.assessment.scoring.AnswerParser;
import org.uptake.assessment.scoring.ScoreCard;
import org.uptake.assessment.scoring.Scoring;

/** Worked examples computed by hand, one per question kind, the exclusive Q7 item and the level boundaries. */
class ScoringTest {

    static Questionnaire load(String file) throws IOException {
        return QuestionnaireParser.parse(new ClassPathResource("assessment/questionnaires/" + file)
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private final Questionnaire dma = load("dma-sme-v1.yaml");
    private final Questionnaire dii = load("dii-v3-v1.yaml");

    ScoringTest() throws IOException {
    }

    private static void tick(Map<String, Answer> answers, String... items) {
        for (String item : items) {
            answers.put(item, new Ticked(true));
        }
    }

    private static void scale(Map<String, Answer> answers, String question, int... values) {
        for (int i = 0; i < values.length; i++) {
            answers.put(question + "." + (i + 1), new Scale(values[i]));
        }
    }

    private static void tristate(Map<String, Answer> answers, Choice... choices) {
        for (int i = 0; i < choices.length; i++) {
            answers.put("Q11." + (i + 1), new Tristate(choices[i]));
        }
    }

    /** The worked example of docs: every kind once, overall 50.595... (moderately advanced). */
    private Map<String, Answer> workedExample() {
        Map<String, Answer> a = new HashMap<>();
        a.put("Q1.1", new Investment(false, true));   // 1
        a.put("Q1.2", new Investment(true, true));    // 1: invested counts, planned too is no extra
        a.put("Q1.3", new Investment(true, false));   // 0.5
        a.put("Q1.4", new Investment(true, false));   // 0.5
        a.put("Q1.5", new Investment(true, false));   // 0.5 -> 3.5 of 10 rows -> Q1 = 3.5
        tick(a, "Q2.1", "Q2.2", "Q2.3");             // 3 of 10 -> 3.0
        tick(a, "Q3.1", "Q3.2", "Q3.3", "Q3.4", "Q3.5"); // 5 of 10 -> 5.0
        scale(a, "Q4", 5, 4, 3, 2, 1, 0, 5);          // 20 of 35 -> 5.714285...
        tick(a, "Q5.1", "Q5.2", "Q5.3", "Q5.4", "Q5.5", "Q5.6", "Q5.7"); // 7 of 7 -> 10
        tick(a, "Q6.1", "Q6.2");                      // 2 of 8 -> 2.5
        tick(a, "Q7.2");                              // not collected digitally -> 0
        tick(a, "Q8.1", "Q8.2", "Q8.3");              // 3 of 6 -> 5
        scale(a, "Q9", 5, 5, 5, 5, 5);                // 25 of 25 -> 10
        tristate(a, Choice.YES, Choice.PARTIALLY, Choice.NO, Choice.YES, Choice.PARTIALLY); // 3 of 5 -> 6
        return a;
    }

    @Test
    void scoresEveryKindAsTheDefinitionSays() {
        ScoreCard card = Scoring.score(dma, workedExample());

        assertThat(card.questions()).containsEntry("Q1", 3.5).containsEntry("Q2", 3.0).containsEntry("Q3", 5.0)
                .containsEntry("Q5", 10.0).containsEntry("Q6", 2.5).containsEntry("Q7", 0.0).containsEntry("Q8", 5.0)
                .containsEntry("Q9", 10.0).containsEntry("Q10", 0.0).containsEntry("Q11", 6.0);
        assertThat(card.questions().get("Q4")).isCloseTo(200.0 / 35, within(1e-9));
        assertThat(card.dimensions()).containsEntry("strategy", 32.5).containsEntry("human", 62.5)
                .containsEntry("data", 25.0).containsEntry("automation", 100.0).containsEntry("green", 30.0);
        assertThat(card.dimensions().get("readiness")).isCloseTo((5 + 200.0 / 35) / 2 * 10, within(1e-9));
        double overall = (32.5 + (5 + 200.0 / 35) / 2 * 10 + 62.5 + 25 + 100 + 30) / 6;
        assertThat(card.overall()).isCloseTo(overall, within(1e-9)).isCloseTo(50.595, within(0.001));
        assertThat(card.level()).isEqualTo("MODERATELY_ADVANCED");
        assertThat(ScoreCard.rounded(card.overall())).isEqualTo(50.6);
    }

    @Test
    void q7CountsItsPositiveItemsOutOfSeven() {
        Map<String, Answer> answers = workedExample();
        answers.remove("Q7.2");
        tick(answers, "Q7.1", "Q7.3", "Q7.4", "Q7.5");

        assertThat(Scoring.score(dma, answers).questions().get("Q7")).isCloseTo(40.0 / 7, within(1e-9));
        assertThat(Scoring.exclusivityViolations(dma, answers)).isEmpty();
        tick(answers, "Q7.2");
        assertThat(Scoring.exclusivityViolations(dma, answers)).containsExactly("Q7");
    }

    @Test
    void scaleAndThreeWayRowsMustAllBeAnswered() {
        Map<String, Answer> answers = workedExample();
        answers.remove("Q4.3");
        answers.remove("Q11.5");

        assertThat(Scoring.missing(dma, answers)).containsExactly("Q4.3", "Q11.5");
        assertThat(Scoring.missing(dma, workedExample())).isEmpty();
    }

    @ParameterizedTest(name = "overall {0} -> {1}")
    @CsvSource({"0, BASIC", "25, BASIC", "25.0001, AVERAGE", "50, AVERAGE", "50.0001, MODERATELY_ADVANCED",
            "75, MODERATELY_ADVANCED", "75.0001, ADVANCED", "100, ADVANCED"})
    void levelBoundariesBelongToTheLowerLevel(double overall, String level) {
        assertThat(dma.levelOf(overall).id()).isEqualTo(level);
    }

    @Test
    void theLevelIsDecidedOnTheUnroundedScore() {
        Map<String, Answer> a = new HashMap<>();
        // Only Q9 = 3 of 25 -> automation 12; every other dimension 0 except strategy via Q2 (10 of 10 -> 10 -> 50):
        // overall = (50 + 0 + 0 + 0 + 12 + 0) / 6 = 10.33 -> BASIC; a second case sits just above 25.
        scale(a, "Q4", 0, 0, 0, 0, 0, 0, 0);
        scale(a, "Q9", 3, 0, 0, 0, 0);
        tristate(a, Choice.NO, Choice.NO, Choice.NO, Choice.NO, Choice.NO);
        tick(a, "Q2.1", "Q2.2", "Q2.3", "Q2.4", "Q2.5", "Q2.6", "Q2.7", "Q2.8", "Q2.9", "Q2.10");
        assertThat(Scoring.score(dma, a).overall()).isCloseTo(62.0 / 6, within(1e-9));
        // Human: Q5 all (10) and Q6 all (10) -> 100; + strategy 50 + automation 12 -> 162 / 6 = 27 -> AVERAGE
        tick(a, "Q5.1", "Q5.2", "Q5.3", "Q5.4", "Q5.5", "Q5.6", "Q5.7");
        tick(a, "Q6.1", "Q6.2", "Q6.3", "Q6.4", "Q6.5", "Q6.6", "Q6.7", "Q6.8");
        ScoreCard card = Scoring.score(dma, a);
        assertThat(card.overall()).isCloseTo(27.0, within(1e-9));
        assertThat(card.level()).isEqualTo("AVERAGE");
    }

    @Test
    void nothingAnsweredScoresZeroAndEverythingScoresHundred() {
        Map<String, Answer> none = new HashMap<>();
        scale(none, "Q4", 0, 0, 0, 0, 0, 0, 0);
        scale(none, "Q9", 0, 0, 0, 0, 0);
        tristate(none, Choice.NO, Choice.NO, Choice.NO, Choice.NO, Choice.NO);
        assertThat(Scoring.score(dma, none).overall()).isZero();
        assertThat(Scoring.score(dma, none).level()).isEqualTo("BASIC");

        Map<String, Answer> all = new HashMap<>();
        dma.questions().forEach(q -> q.scoredItems().forEach(item -> all.put(item.id(), switch (q.kind()) {
            case INVEST_MATRIX -> new Investment(false, true);
            case SCALE05 -> new Scale(5);
            case TRISTATE -> new Tristate(Choice.YES);
            default -> new Ticked(true);
        })));
        assertThat(Scoring.score(dma, all).overall()).isEqualTo(100.0);
        assertThat(Scoring.score(dma, all).level()).isEqualTo("ADVANCED");
    }

    @Test
    void theDigitalIntensityIndexCountsIndicators() {
        Map<String, Answer> answers = new HashMap<>();
        tick(answers, "staff_internet", "broadband_30", "cloud_any", "social_media_any");
        answers.put("erp", new Ticked(false));

        ScoreCard card = Scoring.score(dii, answers);

        assertThat(card.overall()).isEqualTo(4.0);
        assertThat(card.level()).isEqualTo("LOW");
        tick(answers, "crm", "erp", "ai_any");
        assertThat(Scoring.score(dii, answers).level()).isEqualTo("HIGH");
        assertThat(Scoring.score(dii, Map.of()).level()).isEqualTo("VERY_LOW");
    }

    @Test
    void theParserNamesEveryOffendingItemAndTakesNothingFromABadRequest() {
        Map<String, Object> values = new HashMap<>();
        values.put("Q2.1", true);
        values.put("Q4.1", 6);
        values.put("Q1.1", Map.of("planned", "yes"));
        values.put("Q11.1", "maybe");
        values.put("Q99.1", true);
        values.put("Q9.1", "3");

        var result = AnswerParser.parse(dma, values);

        assertThat(result).isInstanceOf(AnswerParser.Rejected.class);
        assertThat(((AnswerParser.Rejected) result).problems()).extracting(AnswerParser.ItemProblem::item)
                .containsExactlyInAnyOrder("Q4.1", "Q1.1", "Q11.1", "Q99.1", "Q9.1");

        var ok = AnswerParser.parse(dma, Map.of("Q2.1", true, "Q4.1", 5, "Q11.1", "partially",
                "Q1.1", Map.of("planned", true, "invested", false)));
        assertThat(ok).isInstanceOf(AnswerParser.Parsed.class);
        assertThat(((AnswerParser.Parsed) ok).answers().values()).extracting(Answer::encode)
                .containsExactlyInAnyOrderElementsOf(List.of("true", "5", "partially", "planned"));
    }

    @Test
    void bothShippedDefinitionsHaveTheExpectedShape() {
        assertThat(dma.dimensions()).hasSize(6);
        assertThat(dma.questions()).hasSize(11);
        assertThat(dma.itemCount()).isEqualTo(86);
        assertThat(dii.itemCount()).isEqualTo(12);
        assertThat(dma.title().in("nb")).isEqualTo("Digital modenhet for små og mellomstore bedrifter");
    }
}
