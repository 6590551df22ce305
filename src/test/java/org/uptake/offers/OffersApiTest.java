package org.uptake.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.TestMailServer;

import tools.jackson.databind.JsonNode;

/** The offers API: who may create, bad input, registration with capacity and waitlist, cancellation, attendance. */
@ApplicationTest
class OffersApiTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** A trainer who belongs to a chamber that provides offers. */
    record Provider(ApiClient api, String organisationId) {
    }

    private Provider provider() {
        ApiClient api = new ApiClient(port);
        String email = api.signUp();
        jdbc.update("insert into account_role (account_id, role) select id, 'TRAINER' from account where email = ?",
                email);
        api.signIn(email, ApiClient.PASSWORD);
        String organisation = api.post("/api/v1/organisations", Map.of("name", "Kammer " + UUID.randomUUID(),
                "type", "CHAMBER", "nutsCode", "DEE0D", "naceCode", "94.11", "employees", 40)).text("id");
        return new Provider(api, organisation);
    }

    private static Map<String, Object> offer(String providerId) {
        Map<String, Object> offer = new HashMap<>();
        offer.put("title", Map.of("de", "Digitale Buchhaltung im Handwerk", "en", "Digital bookkeeping for crafts"));
        offer.put("description", Map.of("de", "Belege scannen, **E-Rechnung** und Kassenbuch."));
        offer.put("kind", "SEMINAR");
        offer.put("providerOrganisationId", providerId);
        offer.put("topics", List.of("data", "E-Rechnung"));
        offer.put("language", "de");
        offer.put("price", 0);
        return offer;
    }

    private static Map<String, Object> session(int capacity, LocalDateTime start) {
        Map<String, Object> session = new HashMap<>();
        session.put("start", start.format(LOCAL));
        session.put("end", start.plusHours(7).format(LOCAL));
        session.put("timeZone", "Europe/Berlin");
        session.put("capacity", capacity);
        session.put("address", "Handwerkskammer, Gareisstraße 10, 39106 Magdeburg");
        session.put("nutsCode", "DEE03");
        return session;
    }

    /** A published offer with one session of the given capacity, starting in 30 days. */
    private String publishedSession(Provider provider, int capacity) {
        String offerId = provider.api().post("/api/v1/offers", offer(provider.organisationId())).text("id");
        var session = provider.api().post("/api/v1/offers/" + offerId + "/sessions",
                session(capacity, LocalDateTime.now().plusDays(30).withHour(9).withMinute(0)));
        assertThat(session.status()).as(session.body().toString()).isEqualTo(201);
        assertThat(provider.api().post("/api/v1/offers/" + offerId + "/publish", Map.of()).status()).isEqualTo(200);
        return session.text("id");
    }

    private ApiClient participant() {
        ApiClient api = new ApiClient(port);
        api.signUp();
        return api;
    }

    @Test
    void onlyOrganisersOfTheProviderCreateAndChangeOffers() {
        Provider provider = provider();
        ApiClient member = new ApiClient(port);
        member.signUp();
        assertThat(member.post("/api/v1/offers", offer(provider.organisationId())).status())
                .as("not a member of the provider").isEqualTo(403);

        var created = provider.api().post("/api/v1/offers", offer(provider.organisationId()));
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.body().path("status").asString()).isEqualTo("DRAFT");

        Provider other = provider();
        Map<String, Object> hijack = offer(other.organisationId());
        hijack.put("title", Map.of("en", "Changed by someone else"));
        assertThat(other.api().put("/api/v1/offers/" + id, hijack).status()).isEqualTo(403);
        assertThat(new ApiClient(port).get("/api/v1/offers/" + id).status()).as("drafts are not public").isEqualTo(404);
        assertThat(provider.api().get("/api/v1/offers/" + id).body().path("title").path("en").asString())
                .isEqualTo("Digital bookkeeping for crafts");
    }

    @Test
    void badOffersAndSessionsAreRefusedWithEveryProblemNamed() {
        Provider provider = provider();
        Map<String, Object> bad = offer(provider.organisationId());
        bad.put("title", Map.of("fr", "Comptabilité"));
        bad.put("price", -5);
        bad.put("targetSections", List.of("Z"));
        var refused = provider.api().post("/api/v1/offers", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field"))
                .contains("title", "price", "targetSections");

        String offerId = provider.api().post("/api/v1/offers", offer(provider.organisationId())).text("id");
        LocalDateTime start = LocalDateTime.now().plusDays(10);
        Map<String, Object> backwards = session(0, start);
        backwards.put("end", start.minusHours(1).format(LOCAL));
        backwards.put("timeZone", "Mars/Olympus");
        var sessionRefused = provider.api().language("de").post("/api/v1/offers/" + offerId + "/sessions", backwards);
        assertThat(sessionRefused.status()).isEqualTo(400);
        assertThat(sessionRefused.body().path("errors").findValuesAsString("field")).contains("capacity", "timeZone");
        assertThat(sessionRefused.body().path("errors").toString()).contains("Platzzahl");
        assertThat(provider.api().get("/api/v1/offers/" + offerId).body().path("sessions").size()).isZero();
    }

    @Test
    void fullSessionsWaitlistAndAFreedSeatGoesToTheFirstWaiting() {
        String sessionId = publishedSession(provider(), 2);
        List<ApiClient> people = List.of(participant(), participant(), participant(), participant());
        List<JsonNode> registered = new ArrayList<>();
        for (ApiClient person : people) {
            var response = person.post("/api/v1/sessions/" + sessionId + "/registrations", Map.of());
            assertThat(response.status()).isEqualTo(201);
            registered.add(response.body());
        }
        assertThat(registered.stream().map(r -> r.path("status").asString()).toList())
                .containsExactly("CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED");
        assertThat(registered.get(3).path("waitlistPosition").asInt()).isEqualTo(2);
        assertThat(people.get(0).post("/api/v1/sessions/" + sessionId + "/registrations", Map.of()).status())
                .as("no second registration of the same person").isEqualTo(409);

        assertThat(people.get(1).delete("/api/v1/registrations/" + registered.get(1).path("id").asString()).status())
                .isEqualTo(200);

        assertThat(people.get(2).get("/api/v1/registrations/" + registered.get(2).path("id").asString()).body()
                .path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(people.get(3).get("/api/v1/registrations/" + registered.get(3).path("id").asString()).body()
                .path("waitlistPosition").asInt()).isEqualTo(1);
        JsonNode session = people.get(3).get("/api/v1/sessions/" + sessionId).body();
        assertThat(session.path("capacity").asInt()).isEqualTo(2);
        assertThat(session.path("confirmed").asInt()).isEqualTo(2);
        assertThat(session.path("waitlisted").asInt()).isEqualTo(1);
    }

    @Test
    void confirmationsCarryTheCalendarAndAFreedSeatIsMailedToWhoMovesUp() {
        String sessionId = publishedSession(provider(), 1);
        ApiClient first = new ApiClient(port);
        String firstEmail = first.signUp();
        ApiClient second = new ApiClient(port);
        String secondEmail = second.signUp();
        String firstRegistration = first.post("/api/v1/sessions/" + sessionId + "/registrations", Map.of()).text("id");
        second.post("/api/v1/sessions/" + sessionId + "/registrations", Map.of());

        TestMailServer.ReceivedMail confirmation = TestMailServer.awaitMailTo(firstEmail);
        assertThat(confirmation.subject()).isEqualTo("Confirmed: Digital bookkeeping for crafts");
        assertThat(confirmation.text()).contains("Handwerkskammer, Gareisstraße 10");
        assertThat(confirmation.attachment("session.ics").text()).contains("BEGIN:VEVENT", "TZID=Europe/Berlin",
                "UID:" + sessionId + "@uptake");
        assertThat(TestMailServer.awaitMailTo(secondEmail).subject()).startsWith("On the waitlist");

        first.delete("/api/v1/registrations/" + firstRegistration);
        TestMailServer.ReceivedMail promoted = TestMailServer.awaitMailTo(secondEmail, "A place is free for you: "
                + "Digital bookkeeping for crafts");
        assertThat(promoted.attachment("session.ics").text()).contains("BEGIN:VEVENT");
    }

    @Autowired
    org.uptake.offers.registration.Reminders reminders;

    @Test
    void participantsAreRemindedOnceBeforeTheStart() {
        Provider provider = provider();
        String offerId = provider.api().post("/api/v1/offers", offer(provider.organisationId())).text("id");
        String sessionId = provider.api().post("/api/v1/offers/" + offerId + "/sessions",
                session(5, LocalDateTime.now().plusHours(10))).text("id");
        provider.api().post("/api/v1/offers/" + offerId + "/publish", Map.of());
        ApiClient person = new ApiClient(port);
        String email = person.signUp();
        String registration = person.post("/api/v1/sessions/" + sessionId + "/registrations", Map.of()).text("id");

        reminders.remind();
        reminders.remind();

        assertThat(TestMailServer.awaitMailTo(email, "Reminder: Digital bookkeeping for crafts").text())
                .contains("please cancel");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedupe_key = ?", Integer.class,
                "reminder:" + registration)).isEqualTo(1);
    }

    @Test
    void concurrentRegistrationsNeverExceedTheCapacityAndWaitlistWithoutGaps() throws Exception {
        String sessionId = publishedSession(provider(), 20);
        List<ApiClient> people = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            people.add(participant());
        }
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<ApiClient.Response>> responses = new ArrayList<>();
        for (ApiClient person : people) {
            Callable<ApiClient.Response> register = () -> person.post("/api/v1/sessions/" + sessionId + "/registrations",
                    Map.of());
            responses.add(pool.submit(register));
        }
        List<JsonNode> bodies = new ArrayList<>();
        for (Future<ApiClient.Response> response : responses) {
            assertThat(response.get().status()).as(response.get().body().toString()).isEqualTo(201);
            bodies.add(response.get().body());
        }
        pool.shutdown();

        assertThat(bodies.stream().filter(b -> b.path("status").asString().equals("CONFIRMED")).count()).isEqualTo(20);
        assertThat(bodies.stream().filter(b -> b.path("status").asString().equals("WAITLISTED"))
                .map(b -> b.path("waitlistPosition").asInt()).sorted().toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
        assertThat(jdbc.queryForObject("select count(*) from registration where session_id = ? and status = 'CONFIRMED'",
                Integer.class, UUID.fromString(sessionId))).isEqualTo(20);
    }

    @Test
    void closedCancelledAndLateRequestsAreRefusedAndChangeNothing() {
        Provider provider = provider();
        String offerId = provider.api().post("/api/v1/offers", offer(provider.organisationId())).text("id");
        String sessionId = provider.api().post("/api/v1/offers/" + offerId + "/sessions",
                session(5, LocalDateTime.now().plusHours(10))).text("id");
        ApiClient person = participant();
        assertThat(person.post("/api/v1/sessions/" + sessionId + "/registrations", Map.of()).status())
                .as("not yet published").isEqualTo(409);

        provider.api().post("/api/v1/offers/" + offerId + "/publish", Map.of());
        var registered = person.post("/api/v1/sessions/" + sessionId + "/registrations", Map.of());
        assertThat(registered.body().path("status").asString()).isEqualTo("CONFIRMED");
        var late = person.language("nb").delete("/api/v1/registrations/" + registered.text("id"));
        assertThat(late.status()).as("the default deadline is 24 hours before the start").isEqualTo(409);
        assertThat(late.body().path("detail").asString()).contains("avbestilling");

        assertThat(provider.api().post("/api/v1/offers/" + offerId + "/cancel", Map.of()).status()).isEqualTo(200);
        assertThat(person.get("/api/v1/registrations/" + registered.text("id")).body().path("status").asString())
                .isEqualTo("CANCELLED");
        assertThat(participant().post("/api/v1/sessions/" + sessionId + "/registrations", Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void organisersSeeRegistrationsAndRecordAttendance() throws Exception {
        Provider provider = provider();
        String sessionId = publishedSession(provider, 3);
        ApiClient person = participant();
        String registration = person.post("/api/v1/sessions/" + sessionId + "/registrations", Map.of()).text("id");

        assertThat(person.get("/api/v1/sessions/" + sessionId + "/registrations").status()).isEqualTo(404);
        JsonNode list = provider.api().get("/api/v1/sessions/" + sessionId + "/registrations").body();
        assertThat(list.findValuesAsString("id")).containsExactly(registration);

        assertThat(provider.api().post("/api/v1/sessions/" + sessionId + "/attendance",
                Map.of("registrationIds", List.of(UUID.randomUUID().toString()), "status", "ATTENDED")).status())
                .isEqualTo(400);
        assertThat(provider.api().post("/api/v1/sessions/" + sessionId + "/attendance",
                Map.of("registrationIds", List.of(registration), "status", "ATTENDED")).status()).isEqualTo(204);
        assertThat(person.get("/api/v1/registrations/" + registration).body().path("attendance").asString())
                .isEqualTo("ATTENDED");

        var certificate = person.language("de").getBytes("/api/v1/registrations/" + registration + "/certificate.pdf");
        assertThat(certificate.status()).isEqualTo(200);
        String text = textOf(certificate.bytes());
        assertThat(text).contains("Teilnahmebescheinigung", "Test User", "Digitale Buchhaltung im Handwerk", "7,0");
        String code = text.replaceAll("(?s).*Bescheinigung ([A-Z0-9]{12})\\..*", "$1");
        assertThat(code).hasSize(12);
        assertThat(participant().getBytes("/api/v1/registrations/" + registration + "/certificate.pdf").status())
                .as("someone else's certificate").isEqualTo(404);
    }

    @Test
    void aCompetenceTrackIsCompleteWhenEveryRequiredModuleWasAttended() throws Exception {
        Provider provider = provider();
        Map<String, Object> track = offer(provider.organisationId());
        track.put("kind", "COMPETENCE_TRACK");
        track.put("title", Map.of("nb", "Industri 4.0-løpet"));
        track.put("industry", "Prosessindustri");
        String trackId = provider.api().post("/api/v1/offers", track).text("id");
        String first = provider.api().post("/api/v1/offers/" + trackId + "/modules",
                Map.of("title", "Sensorer og data")).text("id");
        String second = provider.api().post("/api/v1/offers/" + trackId + "/modules",
                Map.of("title", "Digital tvilling")).text("id");
        provider.api().post("/api/v1/offers/" + trackId + "/modules", Map.of("title", "Studietur", "required", false));
        List<String> sessionIds = new ArrayList<>();
        for (String module : List.of(first, second)) {
            Map<String, Object> session = session(10, LocalDateTime.now().plusDays(20 + sessionIds.size() * 30));
            session.put("moduleId", module);
            sessionIds.add(provider.api().post("/api/v1/offers/" + trackId + "/sessions", session).text("id"));
        }
        provider.api().post("/api/v1/offers/" + trackId + "/publish", Map.of());
        String seminar = provider.api().post("/api/v1/offers", offer(provider.organisationId())).text("id");
        assertThat(provider.api().post("/api/v1/offers/" + seminar + "/modules", Map.of("title", "x")).status())
                .as("only tracks have modules").isEqualTo(400);

        ApiClient person = participant();
        List<String> registrations = sessionIds.stream().map(id -> person.post("/api/v1/sessions/" + id
                + "/registrations", Map.of()).text("id")).toList();
        provider.api().post("/api/v1/sessions/" + sessionIds.get(0) + "/attendance",
                Map.of("registrationIds", List.of(registrations.get(0)), "status", "ATTENDED"));

        JsonNode progress = person.get("/api/v1/offers/" + trackId + "/progress").body();
        assertThat(progress.path("modules").findValuesAsString("title"))
                .containsExactly("Sensorer og data", "Digital tvilling", "Studietur");
        assertThat(progress.path("modules").get(0).path("attended").asBoolean()).isTrue();
        assertThat(progress.path("modules").get(1).path("registered").asBoolean()).isTrue();
        assertThat(progress.path("complete").asBoolean()).isFalse();
        assertThat(person.getBytes("/api/v1/offers/" + trackId + "/certificate.pdf").status()).isEqualTo(404);

        provider.api().post("/api/v1/sessions/" + sessionIds.get(1) + "/attendance",
                Map.of("registrationIds", List.of(registrations.get(1)), "status", "ATTENDED"));
        assertThat(person.get("/api/v1/offers/" + trackId + "/progress").body().path("complete").asBoolean())
                .as("the optional module is not needed").isTrue();
        var certificate = person.language("nb").getBytes("/api/v1/offers/" + trackId + "/certificate.pdf");
        assertThat(certificate.status()).isEqualTo(200);
        assertThat(textOf(certificate.bytes())).contains("Bevis for kompetanseløp", "Industri 4.0-løpet",
                "Sensorer og data", "Digital tvilling");
    }

    @Test
    void anOfferAsksQuestionsThatKeepTheirIdsWhenItChanges() {
        Provider provider = provider();
        Map<String, Object> offer = offer(provider.organisationId());
        offer.put("questions", List.of(
                Map.of("label", Map.of("de", "Welche Buchhaltungssoftware nutzen Sie?", "en", "Which bookkeeping software do you use?"),
                        "required", true),
                Map.of("label", Map.of("en", "Dietary needs"))));
        var created = provider.api().post("/api/v1/offers", offer);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.text("id");

        JsonNode questions = provider.api().get("/api/v1/offers/" + id).body().path("questions");
        assertThat(questions.size()).isEqualTo(2);
        String software = questions.get(0).path("id").asString();
        String diet = questions.get(1).path("id").asString();
        assertThat(software).isNotBlank().isNotEqualTo(diet);
        assertThat(questions.get(0).path("label").path("de").asString()).isEqualTo("Welche Buchhaltungssoftware nutzen Sie?");
        assertThat(questions.get(0).path("required").asBoolean()).isTrue();
        assertThat(questions.get(1).path("required").asBoolean()).as("not required unless said").isFalse();

        offer.put("questions", List.of(
                Map.of("id", software, "label", Map.of("de", "Welche Software nutzen Sie?"), "required", true),
                Map.of("id", UUID.randomUUID().toString(), "label", Map.of("nb", "Hvor mange ansatte?"))));
        var changed = provider.api().put("/api/v1/offers/" + id, offer);
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        JsonNode after = provider.api().get("/api/v1/offers/" + id).body().path("questions");
        assertThat(after.findValuesAsString("id")).hasSize(2).startsWith(software).doesNotContain(diet);
        assertThat(after.get(0).path("label").path("de").asString()).isEqualTo("Welche Software nutzen Sie?");
        assertThat(after.get(0).path("label").has("en")).as("the label is replaced, not merged").isFalse();
    }

    @Test
    void badQuestionsAreRefusedWithTheQuestionNamed() {
        Provider provider = provider();
        Map<String, Object> offer = offer(provider.organisationId());
        offer.put("questions", List.of(Map.of("label", Map.of("de", " ")), Map.of("label", Map.of("de", "x".repeat(301))),
                Map.of("label", Map.of("fr", "Quoi ?")), Map.of("label", Map.of("en", "x".repeat(300)))));
        var refused = provider.api().language("de").post("/api/v1/offers", offer);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field"))
                .containsExactly("questions[0].label", "questions[1].label", "questions[2].label");
        assertThat(refused.body().path("errors").get(1).path("message").asString()).contains("300 Zeichen");

        List<Map<String, Object>> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(Map.of("label", Map.of("en", "Question " + i)));
        }
        offer.put("questions", eleven);
        var tooMany = provider.api().post("/api/v1/offers", offer);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body().path("errors").findValuesAsString("field")).containsExactly("questions");
        assertThat(jdbc.queryForObject("select count(*) from offer where provider_organisation_id = ?", Integer.class,
                UUID.fromString(provider.organisationId()))).isZero();
    }

    @Test
    void registrationsAnswerTheRequiredQuestionsAndOrganisersSeeTheAnswers() {
        Provider provider = provider();
        Map<String, Object> offer = offer(provider.organisationId());
        offer.put("questions", List.of(
                Map.of("label", Map.of("de", "Welche Software nutzen Sie?", "en", "Which software do you use?"),
                        "required", true),
                Map.of("label", Map.of("en", "Anything else?"))));
        String offerId = provider.api().post("/api/v1/offers", offer).text("id");
        String sessionId = provider.api().post("/api/v1/offers/" + offerId + "/sessions",
                session(5, LocalDateTime.now().plusDays(30).withHour(9).withMinute(0))).text("id");
        provider.api().post("/api/v1/offers/" + offerId + "/publish", Map.of());
        JsonNode questions = provider.api().get("/api/v1/offers/" + offerId).body().path("questions");
        String software = questions.get(0).path("id").asString();
        String other = questions.get(1).path("id").asString();
        ApiClient person = participant();
        String registrations = "/api/v1/sessions/" + sessionId + "/registrations";

        var unanswered = person.language("de").post(registrations, Map.of("answers", Map.of(software, "  ",
                other, "Vegetarisch")));
        assertThat(unanswered.status()).isEqualTo(400);
        assertThat(unanswered.body().path("errors").findValuesAsString("field")).containsExactly("answers." + software);
        assertThat(unanswered.body().path("errors").get(0).path("message").asString())
                .isEqualTo("Bitte beantworten Sie diese Frage.");
        assertThat(person.post(registrations, Map.of()).status()).as("no answers at all").isEqualTo(400);
        var unknown = person.post(registrations, Map.of("answers", Map.of(software, "DATEV", "no-such-question", "x")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("errors").findValuesAsString("field")).containsExactly("answers.no-such-question");
        var tooLong = person.language("en").post(registrations, Map.of("answers", Map.of(software, "x".repeat(1001))));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().path("errors").get(0).path("message").asString()).contains("1000 characters");
        assertThat(jdbc.queryForObject("select count(*) from registration where session_id = ?", Integer.class,
                UUID.fromString(sessionId))).as("nothing saved while refused").isZero();

        var registered = person.post(registrations, Map.of("answers", Map.of(software, " DATEV Unternehmen online ")));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        assertThat(registered.body().path("answers").path(software).asString()).isEqualTo("DATEV Unternehmen online");
        assertThat(registered.body().path("answers").has(other)).as("unanswered optional question").isFalse();

        JsonNode list = provider.api().get(registrations).body();
        assertThat(list.get(0).path("answers").path(software).asString()).isEqualTo("DATEV Unternehmen online");
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
