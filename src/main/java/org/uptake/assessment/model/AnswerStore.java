package org.uptake.assessment.model;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.uptake.assessment.questionnaire.Questionnaire;
import org.uptake.assessment.questionnaire.Questionnaire.Question;
import org.uptake.assessment.scoring.Answer;
import org.uptake.assessment.scoring.AnswerParser;

/**
 * Answers, one row per item, so that two tabs saving different items of one draft both keep their work; for the
 * same item the last save wins. Callers hold the assessment's lock.
 */
@Repository
public class AnswerStore {

    private final JdbcTemplate jdbc;

    AnswerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Answer> load(UUID assessmentId, Questionnaire questionnaire) {
        Map<String, Question> questionOf = questionnaire.questionOfItem();
        Map<String, Answer> answers = new HashMap<>();
        jdbc.query("select item_id, answer from assessment_answer where assessment_id = ?", row -> {
            Question question = questionOf.get(row.getString(1));
            if (question != null) {
                answers.put(row.getString(1), AnswerParser.decode(question, row.getString(2)));
            }
        }, assessmentId);
        return answers;
    }

    /** Merges answers into the stored ones; a {@code null} answer removes the item's answer. */
    public void merge(UUID assessmentId, Map<String, Answer> answers) {
        Timestamp now = Timestamp.from(Instant.now());
        answers.forEach((item, answer) -> {
            if (answer == null) {
                jdbc.update("delete from assessment_answer where assessment_id = ? and item_id = ?", assessmentId, item);
            } else if (jdbc.update("update assessment_answer set answer = ?, updated_at = ? where assessment_id = ? "
                    + "and item_id = ?", answer.encode(), now, assessmentId, item) == 0) {
                jdbc.update("insert into assessment_answer (assessment_id, item_id, answer, updated_at) values (?, ?, ?, ?)",
                        assessmentId, item, answer.encode(), now);
            }
        });
    }

    public void copy(UUID from, UUID to) {
        jdbc.update("insert into assessment_answer (assessment_id, item_id, answer, updated_at) "
                + "select ?, item_id, answer, updated_at from assessment_answer where assessment_id = ?", to, from);
    }
}
