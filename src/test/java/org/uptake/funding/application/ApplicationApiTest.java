package org.uptake.funding.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.funding.application.ApplicationFixtures.PDF;
import static org.uptake.funding.application.ApplicationFixtures.PNG;
import static org.uptake.funding.application.ApplicationFixtures.complete;
import static org.uptake.funding.application.ApplicationFixtures.draft;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.TestMailServer;
import org.uptake.funding.FundingFixtures;
import org.uptake.funding.FundingFixtures.Applicant;
import org.uptake.funding.FundingFixtures.Person;

/** The applicant's side through the API contract: drafts, checks, uploads, submission with receipt, versions. */
@ApplicationTest
class ApplicationApiTest {

    static final LocalDateTime FAR = LocalDateTime.of(2099, 2, 17, 23, 59, 59);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aConsortiumPreparesChecksAndSubmitsAndGetsAReceiptByMailWithAPdf() throws Exception {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        Person manager = fixtures.manager();
        String callId = fixtures.publishedCall(manager, FAR);
        int callNumber = manager.api().get("/api/v1/calls/" + callId).body().path("number").asInt();
        Applicant lead = fixtures.applicant("SME", "DEA36");
        Applicant partner = fixtures.applicant("UNIVERSITY", "DEA32");

        var draft = lead.api().post("/api/v1/calls/" + callId + "/applications",
                Map.of("title", "Smart workshop", "leadOrganisationId", lead.organisationId()));
        assertThat(draft.status()).as(draft.body().toString()).isEqualTo(201);
        String id = draft.text("id");
        assertThat(draft.text("status")).isEqualTo("DRAFT");

        var missing = lead.api().get("/api/v1/applications/" + id + "/check");
        assertThat(missing.status()).isEqualTo(200);
        List<String> fields = missing.body().valueStream().map(i -> i.path("field").asString()).toList();
        assertThat(fields).contains("summary", "sections.objectives", "partners", "budget", "requestedGrant",
                "documents.letters", "projectStart");
        assertThat(missing.body().toString()).contains("The summary is missing.");

        var saved = lead.api().put("/api/v1/applications/" + id,
                complete("Smart workshop", lead.organisationId(), partner.organisationId()));
        assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
        assertThat(saved.body().path("totalBudget").decimalValue()).isEqualByComparingTo("36500");
        assertThat(saved.body().path("budget").valueStream()
                .filter(l -> l.path("category").asString().equals("OFFICE_ADMINISTRATION"))
                .map(l -> l.path("amount").decimalValue().stripTrailingZeros().toPlainString()).toList())
                .as("15 % of each partner's staff costs").containsExactlyInAnyOrder("3000", "1500");
        assertThat(saved.text("fundingRatePercent")).isEqualTo("80");

        var upload = lead.api().postFile("/api/v1/applications/" + id + "/documents",
                Map.of("documentKey", "letters"), "file", "../../Letters of intent.pdf", PDF);
        assertThat(upload.status()).as(upload.body().toString()).isEqualTo(201);
        assertThat(upload.text("fileName")).isEqualTo("Letters of intent.pdf");
        assertThat(upload.text("contentType")).isEqualTo("application/pdf");
        String documentId = upload.text("id");

        assertThat(partner.api().get("/api/v1/applications/" + id + "/check").body().size())
                .as("complete: the partner sees an empty check list").isZero();
        assertThat(partner.api().post("/api/v1/applications/" + id + "/submit", Map.of()).status())
                .as("only the lead organisation submits").isEqualTo(403);

        var submitted = lead.api().post("/api/v1/applications/" + id + "/submit", Map.of());
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        assertThat(submitted.text("receiptNumber")).isEqualTo("FC" + callNumber + "-0001");
        assertThat(submitted.text("checksum")).hasSize(64);
        assertThat(submitted.body().path("version").asInt()).isEqualTo(1);

        var frozen = lead.api().getBytes("/api/v1/applications/" + id + "/versions/1");
        assertThat(frozen.status()).isEqualTo(200);
        assertThat(ApplicationFixtures.sha256(frozen.bytes())).isEqualTo(submitted.text("checksum"));
        assertThat(new String(frozen.bytes())).contains("\"fileName\":\"Letters of intent.pdf\"")
                .contains(ApplicationFixtures.sha256(PDF)).contains("\"receiptNumber\":\"FC" + callNumber + "-0001\"");

        var read = partner.api().get("/api/v1/applications/" + id);
        assertThat(read.text("status")).isEqualTo("SUBMITTED");
        assertThat(read.text("receiptNumber")).isEqualTo(submitted.text("receiptNumber"));
        var history = lead.api().get("/api/v1/applications/" + id + "/history");
        assertThat(history.body().valueStream().map(h -> h.path("status").asString()).toList())
                .containsExactly("DRAFT", "SUBMITTED");
        assertThat(history.body().get(1).path("changedByName").asString()).isNotBlank();

        TestMailServer.ReceivedMail mail = TestMailServer.awaitMailTo(lead.email(),
                "Receipt FC" + callNumber + "-0001: Smart workshop");
        assertThat(mail.text()).contains(submitted.text("checksum"));
        TestMailServer.Attachment pdf = mail.attachment("receipt-FC" + callNumber + "-0001.pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.content(), 0, 5)).isEqualTo("%PDF-");
        var receipt = lead.api().getBytes("/api/v1/applications/" + id + "/receipt.pdf");
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.contentType()).isEqualTo("application/pdf");

        assertThat(lead.api().put("/api/v1/applications/" + id, complete("Changed", lead.organisationId(),
                partner.organisationId())).status()).as("frozen after submission").isEqualTo(409);
        assertThat(lead.api().post("/api/v1/applications/" + id + "/submit", Map.of()).status()).isEqualTo(409);
        assertThat(lead.api().delete("/api/v1/applications/" + id + "/documents/" + documentId).status())
                .isEqualTo(409);
        var download = partner.api().getBytes("/api/v1/applications/" + id + "/documents/" + documentId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(PDF);

        assertThat(lead.api().get("/api/v1/applications").body().valueStream()
                .map(a -> a.path("id").asString()).toList()).contains(id);
        assertThat(manager.api().get("/api/v1/calls/" + callId + "/applications").body().valueStream()
                .map(a -> a.path("status").asString()).toList()).containsExactly("SUBMITTED");
        assertThat(lead.api().get("/api/v1/calls/" + callId + "/applications").status()).isEqualTo(403);
    }

    @Test
    void anotherConsortiumCannotReadOrChangeTheApplication() {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        String callId = fixtures.publishedCall(fixtures.manager(), FAR);
        Applicant lead = fixtures.applicant("SME", "DEA36");
        Applicant partner = fixtures.applicant("MUNICIPALITY", "DEA36");
        String id = draft(lead.api(), callId, complete("Secret plan", lead.organisationId(),
                partner.organisationId()));
        Applicant stranger = fixtures.applicant("SME", "DEA32");
        Person reviewer = fixtures.reviewer();
        for (ApiClient other : List.of(stranger.api(), reviewer.api())) {
            var read = other.language("de").get("/api/v1/applications/" + id);
            assertThat(read.status()).as("its existence is not revealed").isEqualTo(404);
            assertThat(read.body().toString()).contains("nicht für Sie freigegeben").doesNotContain("Secret plan");
            assertThat(other.get("/api/v1/applications/" + id + "/check").status()).isEqualTo(404);
            assertThat(other.getBytes("/api/v1/applications/" + id + "/versions/1").status()).isEqualTo(404);
            assertThat(other.put("/api/v1/applications/" + id, complete("Hijacked", lead.organisationId(), null))
                    .status()).isEqualTo(404);
            assertThat(other.post("/api/v1/applications/" + id + "/submit", Map.of()).status()).isEqualTo(404);
        }
        assertThat(stranger.api().post("/api/v1/calls/" + callId + "/applications",
                Map.of("title", "Not mine", "leadOrganisationId", lead.organisationId())).status())
                .as("nobody applies in another organisation's name").isEqualTo(403);
        jdbc.update("insert into funding_assignment (application_id, reviewer_id, lead, state, assigned_at) "
                + "values (?::uuid, ?::uuid, false, 'ACCEPTED', current_timestamp)", id, reviewer.id());
        assertThat(reviewer.api().get("/api/v1/applications/" + id).text("title"))
                .as("an assigned reviewer who accepted reads it").isEqualTo("Secret plan");
        assertThat(lead.api().get("/api/v1/applications/" + id).text("title")).isEqualTo("Secret plan");
    }

    @Test
    void malformedDraftsAreRefusedFieldByFieldAndChangeNothing() {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        String callId = fixtures.publishedCall(fixtures.manager(), FAR);
        Applicant lead = fixtures.applicant("SME", "DEA36");
        Applicant partner = fixtures.applicant("UNIVERSITY", "DEA32");
        String id = draft(lead.api(), callId, complete("Well formed", lead.organisationId(),
                partner.organisationId()));
        String before = lead.api().get("/api/v1/applications/" + id).body().toString();
        int applications = count("funding_application");

        Map<String, Object> bad = complete("Badly formed", lead.organisationId(), partner.organisationId());
        bad.put("partners", List.of(Map.of("organisationId", partner.organisationId(), "workShare", 120),
                Map.of("organisationId", partner.organisationId()),
                Map.of("organisationId", "00000000-0000-0000-0000-000000000001")));
        bad.put("budget", List.of(Map.of("organisationId", lead.organisationId(), "category", "STAFF",
                "amount", "-5"), Map.of("organisationId", lead.organisationId(), "category", "TRAVEL",
                "amount", "10.005"), Map.of("organisationId", lead.organisationId(), "category", "CATERING",
                "amount", 10), Map.of("organisationId", partner.organisationId(), "category", "STAFF",
                "amount", 1000), Map.of("organisationId", partner.organisationId(), "category",
                "OFFICE_ADMINISTRATION", "amount", 200)));
        bad.put("sections", Map.of("poetry", "Roses", "objectives", "x".repeat(5001)));
        var refused = lead.api().language("de").put("/api/v1/applications/" + id, bad);
        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = refused.body().path("errors").valueStream().map(e -> e.path("field").asString())
                .toList();
        assertThat(fields).contains("partners[0].workShare", "partners[1].organisationId",
                "partners[2].organisationId", "budget[0].amount", "budget[1].amount", "budget[2].category",
                "budget", "sections.poetry", "sections.objectives");
        assertThat(refused.body().toString()).contains("15 % der Personalkosten").contains("150,00")
                .contains("höchstens zwei Nachkommastellen");
        lead.api().language("en");
        assertThat(lead.api().get("/api/v1/applications/" + id).body().toString()).isEqualTo(before);

        var created = lead.api().post("/api/v1/calls/" + callId + "/applications", bad);
        assertThat(created.status()).isEqualTo(400);
        assertThat(count("funding_application")).isEqualTo(applications);
    }

    @Test
    void incompleteOrIneligibleApplicationsAreNotSubmittedAndNothingChanges() {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        String callId = fixtures.publishedCall(fixtures.manager(), FAR);
        Applicant lead = fixtures.applicant("SME", "DEA36");
        Applicant partner = fixtures.applicant("UNIVERSITY", "DEA32");
        Applicant library = fixtures.applicant("CHAMBER", "DEA36");
        Applicant norwegian = fixtures.applicant("SME", "NO060");

        record Case(String name, Map<String, Object> body, String field, String message) {
        }
        List<Case> cases = new ArrayList<>();
        Map<String, Object> notAddingUp = complete("Sum", lead.organisationId(), partner.organisationId());
        notAddingUp.put("ownContribution", "7000.00");
        cases.add(new Case("budget not adding up", notAddingUp, "ownContribution",
                "Requested grant and own contribution (36,200.00) must add up to the total budget (36,500.00)."));
        Map<String, Object> rate = complete("Rate", lead.organisationId(), partner.organisationId());
        rate.put("requestedGrant", "30000.00");
        rate.put("ownContribution", "6500.00");
        cases.add(new Case("rate above maximum", rate, "requestedGrant",
                "The funding rate of 82.19 % is above the call's maximum of 80 %."));
        cases.add(new Case("ineligible type", complete("Type", lead.organisationId(), library.organisationId()),
                "partners", "is of type CHAMBER, which this call does not fund."));
        cases.add(new Case("ineligible region", complete("Region", lead.organisationId(),
                norwegian.organisationId()), "partners", "is located in NO060, outside the call's regions."));
        cases.add(new Case("consortium below minimum", complete("Alone", lead.organisationId(), null), "partners",
                "The call asks for at least 2 organisations in the consortium (the lead included); there are 1."));

        for (Case c : cases) {
            String id = draft(lead.api(), callId, c.body());
            int versions = count("funding_version");
            int changes = count("funding_status_change");
            var check = lead.api().get("/api/v1/applications/" + id + "/check");
            assertThat(check.body().valueStream().map(i -> i.path("field").asString() + ": "
                    + i.path("message").asString()).toList()).as(c.name())
                    .anyMatch(line -> line.startsWith(c.field() + ": ") && line.contains(c.message()));
            var submit = lead.api().post("/api/v1/applications/" + id + "/submit", Map.of());
            assertThat(submit.status()).as(c.name()).isEqualTo(422);
            assertThat(submit.body().path("errors").toString()).as(c.name()).contains(c.message());
            assertThat(lead.api().get("/api/v1/applications/" + id).text("status")).isEqualTo("DRAFT");
            assertThat(count("funding_version")).as(c.name()).isEqualTo(versions);
            assertThat(count("funding_status_change")).as(c.name()).isEqualTo(changes);
        }
        var german = lead.api().language("nb").get("/api/v1/applications/" + draft(lead.api(), callId,
                complete("Alene", lead.organisationId(), null)) + "/check");
        assertThat(german.body().toString()).contains("Utlysningen krever minst 2 organisasjoner");
    }

    @Test
    void uploadsAreCheckedByContentSizeAndEmptinessAndChangeNothingWhenRefused() {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        String callId = fixtures.publishedCall(fixtures.manager(), FAR);
        Applicant lead = fixtures.applicant("SME", "DEA36");
        String id = draft(lead.api(), callId, complete("Files", lead.organisationId(), null));
        int documents = count("funding_document");

        var png = lead.api().postFile("/api/v1/applications/" + id + "/documents", Map.of("documentKey", "letters"),
                "file", "letters.pdf", PNG);
        assertThat(png.status()).isEqualTo(400);
        assertThat(png.body().toString()).contains("recognised as image/png").contains("(pdf)");
        byte[] big = new byte[2_000_001];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        var oversized = lead.api().language("de").postFile("/api/v1/applications/" + id + "/documents",
                Map.of("documentKey", "letters"), "file", "big.pdf", big);
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.body().toString()).contains("größer als die erlaubten 2 MB");
        lead.api().language("en");
        var empty = lead.api().postFile("/api/v1/applications/" + id + "/documents",
                Map.of("documentKey", "letters"), "file", "empty.pdf", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().toString()).contains("The file is empty.");
        var unknown = lead.api().postFile("/api/v1/applications/" + id + "/documents",
                Map.of("documentKey", "selfie"), "file", "me.pdf", PDF);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(count("funding_document")).isEqualTo(documents);

        String documentId = lead.api().get("/api/v1/applications/" + id).body().path("documents").get(0)
                .path("id").asString();
        assertThat(lead.api().delete("/api/v1/applications/" + id + "/documents/" + documentId).status())
                .isEqualTo(204);
        assertThat(lead.api().get("/api/v1/applications/" + id + "/check").body().toString())
                .contains("documents.letters");
    }

    @Test
    void aSubmissionAfterTheDeadlineIsRefusedWith409AndNothingIsSaved() throws Exception {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        LocalDateTime deadline = LocalDateTime.now(FundingFixtures.BERLIN).plusSeconds(4)
                .truncatedTo(ChronoUnit.SECONDS);
        String callId = fixtures.publishedCall(fixtures.manager(), deadline);
        Applicant lead = fixtures.applicant("SME", "DEA36");
        Applicant partner = fixtures.applicant("UNIVERSITY", "DEA32");
        String id = draft(lead.api(), callId, complete("Late", lead.organisationId(), partner.organisationId()));
        assertThat(lead.api().get("/api/v1/applications/" + id + "/check").body().size()).isZero();
        int versions = count("funding_version");
        int changes = count("funding_status_change");
        while (!LocalDateTime.now(FundingFixtures.BERLIN).isAfter(deadline.plusSeconds(1))) {
            Thread.sleep(100);
        }
        var late = lead.api().language("de").post("/api/v1/applications/" + id + "/submit", Map.of());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().path("detail").asString()).contains("Der Aufruf ist geschlossen");
        assertThat(lead.api().get("/api/v1/applications/" + id).text("status")).isEqualTo("DRAFT");
        assertThat(count("funding_version")).isEqualTo(versions);
        assertThat(count("funding_status_change")).isEqualTo(changes);
        assertThat(jdbc.queryForObject("select count(*) from funding_receipt_counter where call_id = ?::uuid",
                Integer.class, callId)).isZero();
        assertThat(lead.api().put("/api/v1/applications/" + id, complete("Later", lead.organisationId(),
                partner.organisationId())).status()).as("drafts close with the call").isEqualTo(409);
    }

    @Test
    void aRevisionUnderConditionsIsANewVersionAndTheFirstStaysFrozen() {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        String callId = fixtures.publishedCall(fixtures.manager(), FAR);
        Applicant lead = fixtures.applicant("SME", "DEA36");
        Applicant partner = fixtures.applicant("UNIVERSITY", "DEA32");
        String id = draft(lead.api(), callId, complete("Conditions", lead.organisationId(),
                partner.organisationId()));
        var first = lead.api().post("/api/v1/applications/" + id + "/submit", Map.of());
        assertThat(first.status()).isEqualTo(200);
        byte[] version1 = lead.api().getBytes("/api/v1/applications/" + id + "/versions/1").bytes();

        // the decision with conditions is stream C's; here it is set directly
        jdbc.update("update funding_application set status = 'APPROVED_WITH_CONDITIONS' where id = ?::uuid", id);
        Map<String, Object> revised = complete("Conditions (revised)", lead.organisationId(),
                partner.organisationId());
        revised.put("requestedGrant", "28000.00");
        revised.put("ownContribution", "8500.00");
        var edited = partner.api().put("/api/v1/applications/" + id, revised);
        assertThat(edited.status()).as(edited.body().toString()).isEqualTo(200);
        var second = lead.api().post("/api/v1/applications/" + id + "/submit", Map.of());
        assertThat(second.status()).as(second.body().toString()).isEqualTo(200);
        assertThat(second.body().path("version").asInt()).isEqualTo(2);
        assertThat(second.text("receiptNumber")).isNotEqualTo(first.text("receiptNumber"));
        assertThat(lead.api().get("/api/v1/applications/" + id).text("status")).isEqualTo("REVISION_SUBMITTED");

        var again = lead.api().getBytes("/api/v1/applications/" + id + "/versions/1");
        assertThat(again.bytes()).isEqualTo(version1);
        assertThat(ApplicationFixtures.sha256(again.bytes())).isEqualTo(first.text("checksum"));
        assertThat(new String(again.bytes())).contains("\"requestedGrant\":\"29200.00\"");
        assertThat(new String(lead.api().getBytes("/api/v1/applications/" + id + "/versions/2").bytes()))
                .contains("\"requestedGrant\":\"28000.00\"");
        assertThat(lead.api().get("/api/v1/applications/" + id + "/versions").body().valueStream()
                .map(v -> v.path("checksum").asString()).toList())
                .containsExactly(first.text("checksum"), second.text("checksum"));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
