package org.uptake.funding.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApplicationTest;
import org.uptake.funding.FundingFixtures.Person;
import org.uptake.funding.application.ApplicationRepository;

/**
 * Reviews through the API contract: the declaration opens the application, every criterion is scored with a
 * justification, other reviewers' scores stay hidden until one's own review is in, and the consensus closes it.
 */
@ApplicationTest
class ReviewApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationRepository applications;

    ReviewFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ReviewFixtures(port, jdbc, applications);
    }

    /** A call with two reviewers per application, one application in review with a lead and a second reviewer. */
    record InReview(Person manager, String call, String application, Person lead, Person second) {
    }

    private InReview inReview() {
        Person manager = fixtures.funding.manager();
        String call = fixtures.call(manager, 2);
        String id = fixtures.eligible(manager, call, fixtures.organisation(), fixtures.organisation());
        Person lead = fixtures.funding.reviewer();
        Person second = fixtures.funding.reviewer();
        fixtures.assign(manager, call, id, lead, true);
        fixtures.assign(manager, call, id, second, false);
        return new InReview(manager, call, id, lead, second);
    }

    private String reviews(String id) {
        return "/api/v1/applications/" + id + "/reviews";
    }

    @Test
    void badReviewsAreRefusedFieldByFieldInTheReviewersLanguageAndChangeNothing() {
        InReview review = inReview();
        String id = review.application();
        Person reviewer = review.second();
        Map<String, Object> aboveMax = new HashMap<>(ReviewFixtures.review(6, 3));
        var refused = reviewer.api().language("nb").post(reviews(id), aboveMax);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("scores[0].score");
        assertThat(refused.body().toString()).contains("fra 0 til 5");

        var noJustification = reviewer.api().language("en").post(reviews(id), Map.of("conflictOfInterest", false,
                "scores", List.of(ReviewFixtures.score("relevance", 4, "  "),
                        ReviewFixtures.score("quality", 3, "Too short"))));
        assertThat(noJustification.status()).isEqualTo(400);
        assertThat(noJustification.body().path("errors").valueStream().map(e -> e.path("field").asString())
                .toList()).containsExactly("scores[0].justification", "scores[1].justification");
        assertThat(noJustification.body().toString()).contains("Justify the score", "between 10 and 4,000");

        var missing = reviewer.api().post(reviews(id), Map.of("conflictOfInterest", false, "scores",
                List.of(ReviewFixtures.score("relevance", 4, "Addresses the region's small firms directly."),
                        ReviewFixtures.score("relevance", 4, "Addresses the region's small firms directly."),
                        ReviewFixtures.score("beauty", 4, "Lovely layout throughout the document."))));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().toString()).contains("scored twice", "no criterion \\\"beauty\\\"",
                "The criterion \\\"quality\\\" has no score");

        var undeclared = reviewer.api().post(reviews(id), Map.of("scores", ReviewFixtures.review(4, 3).get("scores")));
        assertThat(undeclared.status()).isEqualTo(400);
        assertThat(undeclared.body().path("errors").get(0).path("field").asString()).isEqualTo("conflictOfInterest");

        Person stranger = fixtures.funding.reviewer();
        var notAssigned = stranger.api().post(reviews(id), ReviewFixtures.review(4, 3));
        assertThat(notAssigned.status()).isEqualTo(403);
        assertThat(notAssigned.body().path("detail").asString()).contains("not assigned");

        assertThat(fixtures.count("funding_score", id)).isZero();
        assertThat(jdbc.queryForObject("select state from funding_assignment where application_id = ? and "
                + "reviewer_id = ?", String.class, UUID.fromString(id), UUID.fromString(reviewer.id())))
                .as("a refused review is no declaration either").isEqualTo("ASSIGNED");

        var accepted = reviewer.api().post(reviews(id), ReviewFixtures.review(4, 3));
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        assertThat(accepted.text("state")).isEqualTo("SUBMITTED");
        assertThat(accepted.text("declaredAt")).isNotBlank();
        assertThat(fixtures.count("funding_score", id)).isEqualTo(2);
        var twice = reviewer.api().post(reviews(id), ReviewFixtures.review(1, 1));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select score from funding_score where application_id = ? and reviewer_id = ?"
                + " and criterion_key = 'relevance'", Integer.class, UUID.fromString(id),
                UUID.fromString(reviewer.id()))).isEqualTo(4);
    }

    @Test
    void aReviewerOfTheConsortiumCannotReviewItsApplicationEvenIfAssignedBeforeJoining() {
        Person manager = fixtures.funding.manager();
        String call = fixtures.call(manager, 2);
        Person reviewer = fixtures.funding.reviewer();
        String ownOrganisation = fixtures.organisationOf(reviewer);
        String id = fixtures.eligible(manager, call, fixtures.organisation(), fixtures.organisation());
        fixtures.assign(manager, call, id, reviewer, true);
        // the reviewer's firm joins the consortium after the assignment
        jdbc.update("insert into funding_partner (application_id, organisation_id, position, role) values (?, ?, 2, "
                + "'PARTNER')", UUID.fromString(id), UUID.fromString(ownOrganisation));

        var refused = reviewer.api().post(reviews(id), ReviewFixtures.review(5, 5));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("detail").asString()).contains("You belong to an organisation of this "
                + "consortium");
        var declaration = reviewer.api().post("/api/v1/applications/" + id + "/declaration",
                Map.of("conflictOfInterest", false));
        assertThat(declaration.status()).isEqualTo(403);
        assertThat(fixtures.count("funding_score", id)).isZero();
        assertThat(jdbc.queryForObject("select state from funding_assignment where application_id = ?",
                String.class, UUID.fromString(id))).isEqualTo("ASSIGNED");
    }

    @Test
    void anotherReviewersScoresStayHiddenUntilOnesOwnReviewIsSubmitted() {
        InReview review = inReview();
        String id = review.application();
        assertThat(review.second().api().post("/api/v1/applications/" + id + "/declaration",
                Map.of("conflictOfInterest", false)).text("state")).isEqualTo("ACCEPTED");
        assertThat(review.lead().api().post(reviews(id), ReviewFixtures.review(5, 4)).status()).isEqualTo(200);

        var before = review.second().api().get(reviews(id));
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body().path("reviews")).isEmpty();
        assertThat(before.body().path("othersHidden").asBoolean()).isTrue();
        assertThat(before.body().toString()).doesNotContain("Addresses the region", review.lead().id());

        assertThat(review.second().api().post(reviews(id), ReviewFixtures.review(3, 2)).status()).isEqualTo(200);
        var after = review.second().api().get(reviews(id));
        assertThat(after.body().path("othersHidden").asBoolean()).isFalse();
        assertThat(after.body().path("reviews")).hasSize(2);
        assertThat(review.manager().api().get(reviews(id)).body().path("reviews")).hasSize(2);
        assertThat(fixtures.funding.reviewer().api().get(reviews(id)).status()).isEqualTo(403);
    }

    @Test
    void theLeadSetsTheConsensusOnceAllReviewsAreInAndTheApplicationIsReviewed() {
        InReview review = inReview();
        String id = review.application();
        Map<String, Object> consensus = Map.of("scores", List.of(
                ReviewFixtures.score("relevance", 4, "Both reviewers agree it fits the call well."),
                ReviewFixtures.score("quality", 3, "Milestones are clear; the risk plan is thin.")));
        assertThat(review.lead().api().post(reviews(id), ReviewFixtures.review(5, 4)).status()).isEqualTo(200);

        var early = review.lead().api().put("/api/v1/applications/" + id + "/consensus", consensus);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().path("detail").asString()).contains("1 reviewer(s)");
        var notLead = review.second().api().put("/api/v1/applications/" + id + "/consensus", consensus);
        assertThat(notLead.status()).isEqualTo(403);
        assertThat(fixtures.count("funding_consensus", id)).isZero();

        assertThat(review.second().api().post(reviews(id), ReviewFixtures.review(3, 2)).status()).isEqualTo(200);
        var badConsensus = review.lead().api().put("/api/v1/applications/" + id + "/consensus",
                Map.of("scores", List.of(ReviewFixtures.score("relevance", 9, "Way above anything else here."))));
        assertThat(badConsensus.status()).isEqualTo(400);
        assertThat(fixtures.count("funding_consensus", id)).isZero();

        var set = review.lead().api().put("/api/v1/applications/" + id + "/consensus", consensus);
        assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
        assertThat(set.body()).hasSize(2);
        assertThat(fixtures.status(id)).isEqualTo("REVIEWED");
        assertThat(fixtures.history(id)).endsWith("IN_REVIEW", "REVIEWED");
        assertThat(fixtures.count("funding_consensus", id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'FUNDING_CONSENSUS_SET' "
                + "and subject_id = ?", Integer.class, id)).isEqualTo(1);
        var visible = review.lead().api().get(reviews(id));
        assertThat(visible.body().path("consensus")).hasSize(2);
        assertThat(visible.body().path("reviews")).hasSize(2);
    }

    @Test
    void aManagerMaySetTheConsensusOnceOneReviewIsIn() {
        InReview review = inReview();
        String id = review.application();
        Map<String, Object> consensus = Map.of("scores", List.of(
                ReviewFixtures.score("relevance", 4, "The second reviewer stopped answering; one review."),
                ReviewFixtures.score("quality", 3, "The work plan is realistic, the budget is tight.")));
        var none = review.manager().api().put("/api/v1/applications/" + id + "/consensus", consensus);
        assertThat(none.status()).isEqualTo(409);
        assertThat(review.lead().api().post(reviews(id), ReviewFixtures.review(4, 3)).status()).isEqualTo(200);
        var set = review.manager().api().put("/api/v1/applications/" + id + "/consensus", consensus);
        assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
        assertThat(fixtures.status(id)).isEqualTo("REVIEWED");
        assertThat(review.second().api().post(reviews(id), ReviewFixtures.review(4, 3)).status())
                .as("the review is closed").isEqualTo(409);
    }

    @Test
    void withOneReviewerPerApplicationTheReviewStandsAsTheConsensus() {
        Person manager = fixtures.funding.manager();
        String call = fixtures.call(manager, 1);
        String id = fixtures.eligible(manager, call, fixtures.organisation(), fixtures.organisation());
        Person reviewer = fixtures.funding.reviewer();
        var run = manager.api().post("/api/v1/calls/" + call + "/assignments", Map.of("mode", "AUTO",
                "reviewerUserIds", List.of(reviewer.id())));
        assertThat(run.body().path("assignments").get(0).path("lead").asBoolean()).isTrue();
        var early = reviewer.api().post("/api/v1/applications/" + id + "/consensus/from-review", Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat(reviewer.api().post(reviews(id), ReviewFixtures.review(5, 2)).status()).isEqualTo(200);

        var stands = reviewer.api().post("/api/v1/applications/" + id + "/consensus/from-review", Map.of());
        assertThat(stands.status()).as(stands.body().toString()).isEqualTo(200);
        assertThat(stands.body().valueStream().map(s -> s.path("score").asInt()).toList())
                .containsExactlyInAnyOrder(5, 2);
        assertThat(fixtures.status(id)).isEqualTo("REVIEWED");

        InReview two = inReview();
        assertThat(two.lead().api().post(reviews(two.application()), ReviewFixtures.review(5, 2)).status())
                .isEqualTo(200);
        var notSingle = two.manager().api().post("/api/v1/applications/" + two.application()
                + "/consensus/from-review", Map.of());
        assertThat(notSingle.status()).isEqualTo(409);
    }

    @Test
    void whenTheLeadDeclinesTheRemainingReviewerLeadsAndMaySetTheConsensus() {
        InReview review = inReview();
        String id = review.application();
        var declined = review.lead().api().post(reviews(id), Map.of("conflictOfInterest", true,
                "reason", "I advised the lead applicant last year."));
        assertThat(declined.status()).as(declined.body().toString()).isEqualTo(200);
        assertThat(declined.text("state")).isEqualTo("DECLINED");
        assertThat(declined.body().path("lead").asBoolean()).isFalse();
        assertThat(review.second().api().post(reviews(id), ReviewFixtures.review(4, 3)).status()).isEqualTo(200);
        var set = review.second().api().put("/api/v1/applications/" + id + "/consensus", Map.of("scores", List.of(
                ReviewFixtures.score("relevance", 4, "One review after the lead declined."),
                ReviewFixtures.score("quality", 3, "One review after the lead declined."))));
        assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
        assertThat(fixtures.status(id)).isEqualTo("REVIEWED");
    }
}
