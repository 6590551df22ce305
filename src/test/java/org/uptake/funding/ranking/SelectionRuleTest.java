package org.uptake.funding.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.uptake.funding.application.ApplicationStatus;
import org.uptake.funding.call.Criterion;
import org.uptake.funding.ranking.RankingRule.Ranking;
import org.uptake.funding.ranking.SelectionRule.Outcome;
import org.uptake.funding.ranking.SelectionRule.Selection;

/** Selection within the budget in strict rank order, overrides, decided applications and the reserve list. */
class SelectionRuleTest {

    static final List<Criterion> CRITERIA = List.of(RankingRuleTest.criterion("relevance", 10, 1, 5));

    static Candidate app(String name, int score, int grant) {
        return app(name, score, grant, ApplicationStatus.REVIEWED, null);
    }

    static Candidate app(String name, int score, int grant, ApplicationStatus status, String override) {
        return new Candidate(UUID.nameUUIDFromBytes(name.getBytes()), name, null, "FC1-" + name, status,
                BigDecimal.valueOf(grant), RankingRuleTest.T0, Map.of("relevance", score), false, null, override,
                override == null ? null : "because", status.isDecided() ? status.name() : null);
    }

    static Selection select(int budget, Candidate... candidates) {
        Ranking ranking = new RankingRule(CRITERIA, null).rank(List.of(candidates));
        return new SelectionRule().select(ranking, BigDecimal.valueOf(budget));
    }

    static Outcome of(Selection selection, String name) {
        return selection.of(UUID.nameUUIDFromBytes(name.getBytes()));
    }

    @Test
    void selectsInRankOrderWhileTheGrantFitsAndTheRestFormsTheReserveList() {
        Selection selection = select(70000, app("a", 10, 30000), app("b", 9, 30000), app("c", 8, 20000),
                app("d", 7, 5000), app("weak", 4, 1000));
        assertThat(of(selection, "a")).isEqualTo(new Outcome(true, null));
        assertThat(of(selection, "b")).isEqualTo(new Outcome(true, null));
        // c does not fit (60,000 + 20,000 > 70,000): strict rank order stops here, d is not pulled past it
        assertThat(of(selection, "c")).isEqualTo(new Outcome(false, 1));
        assertThat(of(selection, "d")).isEqualTo(new Outcome(false, 2));
        assertThat(of(selection, "weak")).as("below the threshold: neither").isEqualTo(new Outcome(false, null));
        assertThat(selection.used()).isEqualByComparingTo("60000");
        assertThat(selection.left()).isEqualByComparingTo("10000");
    }

    @Test
    void anExactFitIsSelected() {
        Selection selection = select(60000, app("a", 10, 30000), app("b", 9, 30000));
        assertThat(of(selection, "b").selected()).isTrue();
        assertThat(selection.left()).isEqualByComparingTo("0");
    }

    @Test
    void overridesComeFirstAndExcludedOnesTakeNoPart() {
        Selection selection = select(70000, app("a", 10, 30000, ApplicationStatus.REVIEWED, "EXCLUDE"),
                app("b", 9, 30000), app("c", 8, 30000), app("forced", 6, 30000, ApplicationStatus.REVIEWED, "SELECT"),
                app("d", 7, 10000));
        assertThat(of(selection, "a")).isEqualTo(new Outcome(false, null));
        assertThat(of(selection, "forced")).isEqualTo(new Outcome(true, null));
        assertThat(of(selection, "b")).isEqualTo(new Outcome(true, null));
        assertThat(of(selection, "c")).isEqualTo(new Outcome(false, 1));
        assertThat(of(selection, "d")).isEqualTo(new Outcome(false, 2));
        assertThat(selection.used()).isEqualByComparingTo("60000");
    }

    @Test
    void approvedApplicationsHoldTheirGrantAndRejectedOnesAreOut() {
        Selection selection = select(50000, app("a", 10, 20000, ApplicationStatus.REJECTED, null),
                app("b", 9, 30000), app("approved", 7, 30000, ApplicationStatus.APPROVED, null),
                app("c", 8, 20000));
        assertThat(of(selection, "approved").selected()).isTrue();
        assertThat(of(selection, "a")).isEqualTo(new Outcome(false, null));
        // 30,000 approved + 30,000 for b would exceed 50,000: b heads the reserve list
        assertThat(of(selection, "b")).isEqualTo(new Outcome(false, 1));
        assertThat(of(selection, "c")).isEqualTo(new Outcome(false, 2));
    }

    @Test
    void runningItAgainGivesTheSameSelection() {
        Candidate[] apps = {app("a", 10, 30000), app("b", 9, 50000), app("c", 8, 10000)};
        assertThat(select(70000, apps)).isEqualTo(select(70000, apps));
    }
}
