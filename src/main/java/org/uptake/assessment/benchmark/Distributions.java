package org.uptake.assessment.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored score distributions per questionnaire, peer group and metric (overall and each dimension). Updated in
 * the submitting transaction under a row lock, so concurrent submissions on any node never lose a count.
 */
@Repository
class Distributions {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;

    Distributions(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Adds ({@code delta} 1) or removes ({@code delta} -1) one firm's scores in each group. */
    void count(String questionnaire, List<PeerGroup> groups, Map<String, Double> metrics, int delta) {
        for (PeerGroup group : groups) {
            for (Map.Entry<String, Double> metric : metrics.entrySet()) {
                ensureRow(questionnaire, group.key(), metric.getKey());
                Histogram histogram = jdbc.queryForObject("select counts, total from benchmark_distribution "
                                + "where questionnaire_key = ? and peer_group = ? and metric = ? for update",
                        (row, n) -> Histogram.decode(row.getBytes(1), row.getInt(2)), questionnaire, group.key(),
                        metric.getKey());
                histogram.add(metric.getValue(), delta);
                jdbc.update("update benchmark_distribution set counts = ?, total = ? where questionnaire_key = ? "
                        + "and peer_group = ? and metric = ?", histogram.encode(), histogram.total(), questionnaire,
                        group.key(), metric.getKey());
            }
        }
    }

    /** Distributions of the groups, keyed by group key and then metric. */
    Map<String, Map<String, Histogram>> read(String questionnaire, List<PeerGroup> groups) {
        Map<String, Map<String, Histogram>> result = new HashMap<>();
        String placeholders = String.join(",", groups.stream().map(g -> "?").toList());
        Object[] args = new Object[groups.size() + 1];
        args[0] = questionnaire;
        for (int i = 0; i < groups.size(); i++) {
            args[i + 1] = groups.get(i).key();
        }
        jdbc.query("select peer_group, metric, counts, total from benchmark_distribution where questionnaire_key = ? "
                + "and peer_group in (" + placeholders + ")", row -> {
                    result.computeIfAbsent(row.getString(1), key -> new HashMap<>())
                            .put(row.getString(2), Histogram.decode(row.getBytes(3), row.getInt(4)));
                }, args);
        return result;
    }

    /** Creates the row in a transaction of its own: a concurrent creator on another node just wins. */
    private void ensureRow(String questionnaire, String group, String metric) {
        Integer present = jdbc.queryForObject("select count(*) from benchmark_distribution where questionnaire_key = ? "
                + "and peer_group = ? and metric = ?", Integer.class, questionnaire, group, metric);
        if (present != null && present > 0) {
            return;
        }
        try {
            separate.executeWithoutResult(status -> jdbc.update("insert into benchmark_distribution "
                    + "(questionnaire_key, peer_group, metric, total, counts) values (?, ?, ?, 0, ?)",
                    questionnaire, group, metric, new Histogram().encode()));
        } catch (DuplicateKeyException createdMeanwhile) {
            // another submission created it first; the row lock that follows orders both updates
        }
    }
}
