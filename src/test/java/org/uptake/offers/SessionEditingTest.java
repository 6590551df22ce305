package org.uptake.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.TestMailServer;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;

import tools.jackson.databind.JsonNode;

/**
 * Organisers change and cancel single dates of an offer: seats hold, the waitlist moves up into new seats, and
 * participants learn of a new time or place with a calendar file that updates the entry they already have.
 */
@ApplicationTest
@AutoConfigureMockMvc
class SessionEditingTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String TITLE = "Digital bookkeeping for crafts";
    private static final String ADDRESS = "Handwerkskammer, Gareisstraße 10, 39106 Magdeburg";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    record Provider(ApiClient api, String email, String organisationId) {

        UptakeUser user(Accounts accounts) {
            return UptakeUser.of(accounts.findByEmail(email).orElseThrow());
        }
    }

    record Person(ApiClient api, String email) {
    }

    /** An offer's id and its sessions' ids. */
    record Published(String offerId, List<String> sessionIds) {

        String session(int index) {
            return sessionIds.get(index);
        }
    }

    private Provider provider() {
        ApiClient api = new ApiClient(port);
        String email = api.signUp();
        jdbc.update("insert into account_role (account_id, role) select id, 'TRAINER' from account where email = ?",
                email);
        api.signIn(email, ApiClient.PASSWORD);
        String organisation = api.post("/api/v1/organisations", Map.of("name", "Kammer " + UUID.randomUUID(),
                "type", "CHAMBER", "nutsCode", "DEE0D", "naceCode", "94.11", "employees", 40)).text("id");
        return new Provider(api, email, organisation);
    }

    private Person person() {
        ApiClient api = new ApiClient(port);
        return new Person(api, api.signUp());
    }

    private static Map<String, Object> offer(String providerId, String kind) {
        Map<String, Object> offer = new HashMap<>();
        offer.put("title", Map.of("de", "Digitale Buchhaltung im Handwerk", "en", TITLE));
        offer.put("description", Map.of("de", "Belege scannen, **E-Rechnung** und Kassenbuch."));
        offer.put("kind", kind);
        offer.put("providerOrganisationId", providerId);
        offer.put("topics", List.of("data"));
        offer.put("language", "de");
        offer.put("price", 0);
        return offer;
    }

    private static Map<String, Object> session(int capacity, LocalDateTime start) {
        Map<String, Object> session = new HashMap<>();
        session.put("start", start.format(LOCAL));
        session.put("end", start.plusHours(3).format(LOCAL));
        session.put("timeZone", "Europe/Berlin");
        session.put("capacity", capacity);
        session.put("address", ADDRESS);
        session.put("nutsCode", "DEE03");
        return session;
    }

    private static LocalDateTime day(int daysAhead) {
        return LocalDateTime.now().plusDays(daysAhead).withHour(9).withMinute(0).truncatedTo(ChronoUnit.MINUTES);
    }

    /** A published offer of the kind with one session per capacity, 30, 40, 50 ... days ahead. */
    private Published published(Provider provider, String kind, int... capacities) {
        String offerId = provider.api().post("/api/v1/offers", offer(provider.organisationId(), kind)).text("id");
        List<String> sessionIds = new ArrayList<>();
        for (int capacity : capacities) {
            var session = provider.api().post("/api/v1/offers/" + offerId + "/sessions",
                    session(capacity, day(30 + 10 * sessionIds.size())));
            assertThat(session.status()).as(session.body().toString()).isEqualTo(201);
            sessionIds.add(session.text("id"));
        }
        assertThat(provider.api().post("/api/v1/offers/" + offerId + "/publish", Map.of()).status()).isEqualTo(200);
        return new Published(offerId, sessionIds);
    }

    private static String register(Person person, String sessionId, String status) {
        var response = person.api().post("/api/v1/sessions/" + sessionId + "/registrations", Map.of());
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        assertThat(response.text("status")).isEqualTo(status);
        return response.text("id");
    }

    private static String statusOf(Person person, String registrationId) {
        return person.api().get("/api/v1/registrations/" + registrationId).text("status");
    }

    /** The session as it is now, as the body of a change (the API answers with local times). */
    private static Map<String, Object> asRequest(ApiClient api, String sessionId) {
        JsonNode json = api.get("/api/v1/sessions/" + sessionId).body();
        Map<String, Object> request = new HashMap<>();
        request.put("start", json.path("start").asString());
        request.put("end", json.path("end").asString());
        request.put("timeZone", json.path("timeZone").asString());
        request.put("capacity", json.path("capacity").asInt());
        request.put("address", json.path("address").asString());
        request.put("nutsCode", json.path("nutsCode").asString());
        return request;
    }

    /** A property of the file's event (not of its time zone definitions, which have a DTSTART of their own). */
    private static String icsValue(String ics, String property) {
        String event = ics.substring(ics.indexOf("BEGIN:VEVENT"));
        Matcher matcher = Pattern.compile("(?m)^" + property + "(?:;[^:\\r\\n]*)?:(.*?)\\r?$").matcher(event);
        assertThat(matcher.find()).as(property + " in\n" + ics).isTrue();
        return matcher.group(1);
    }

    private Instant updatedAt(String offerId) {
        return jdbc.queryForObject("select updated_at from offer where id = ?", Timestamp.class,
                UUID.fromString(offerId)).toInstant();
    }

    // ---- capacity

    @Test
    void theCapacityCannotGoBelowTheConfirmedAndARefusedChangeChangesNothing() {
        Provider provider = provider();
        String sessionId = published(provider, "SEMINAR", 3).session(0);
        register(person(), sessionId, "CONFIRMED");
        register(person(), sessionId, "CONFIRMED");
        Map<String, Object> change = asRequest(provider.api(), sessionId);
        change.put("capacity", 1);
        change.put("address", "Somewhere else entirely");

        var refused = provider.api().language("de").put("/api/v1/sessions/" + sessionId, change);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactly("capacity");
        assertThat(refused.body().path("errors").findValuesAsString("message").getFirst())
                .contains("2 Personen haben einen best\u00e4tigten Platz");
        JsonNode unchanged = provider.api().get("/api/v1/sessions/" + sessionId).body();
        assertThat(unchanged.path("capacity").asInt()).isEqualTo(3);
        assertThat(unchanged.path("address").asString()).isEqualTo(ADDRESS);
        assertThat(jdbc.queryForObject("select calendar_sequence from offer_session where id = ?", Integer.class,
                UUID.fromString(sessionId))).isZero();

        change.put("capacity", 2);
        change.put("address", ADDRESS);
        var exactlyFull = provider.api().put("/api/v1/sessions/" + sessionId, change);
        assertThat(exactlyFull.status()).as("as many seats as confirmed is fine").isEqualTo(200);
        assertThat(exactlyFull.body().path("capacity").asInt()).isEqualTo(2);
        assertThat(exactlyFull.body().path("freeSeats").asInt()).isZero();
    }

    @Test
    void raisingTheCapacityGivesTheNewSeatsToTheWaitingInOrder() {
        Provider provider = provider();
        String sessionId = published(provider, "SEMINAR", 1).session(0);
        register(person(), sessionId, "CONFIRMED");
        Person first = person();
        Person second = person();
        Person third = person();
        String firstRegistration = register(first, sessionId, "WAITLISTED");
        String secondRegistration = register(second, sessionId, "WAITLISTED");
        String thirdRegistration = register(third, sessionId, "WAITLISTED");
        Map<String, Object> change = asRequest(provider.api(), sessionId);
        change.put("capacity", 3);

        var changed = provider.api().put("/api/v1/sessions/" + sessionId, change);

        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.text("id")).isEqualTo(sessionId);
        assertThat(changed.body().path("capacity").asInt()).isEqualTo(3);
        assertThat(changed.body().path("confirmed").asInt()).isEqualTo(3);
        assertThat(changed.body().path("waitlisted").asInt()).isEqualTo(1);
        assertThat(statusOf(first, firstRegistration)).isEqualTo("CONFIRMED");
        assertThat(statusOf(second, secondRegistration)).isEqualTo("CONFIRMED");
        JsonNode stillWaiting = third.api().get("/api/v1/registrations/" + thirdRegistration).body();
        assertThat(stillWaiting.path("status").asString()).isEqualTo("WAITLISTED");
        assertThat(stillWaiting.path("waitlistPosition").asInt()).isEqualTo(1);
        TestMailServer.ReceivedMail promoted = TestMailServer.awaitMailTo(first.email(),
                "A place is free for you: " + TITLE);
        assertThat(promoted.attachment("session.ics").text()).contains("UID:" + sessionId + "@uptake");
        TestMailServer.awaitMailTo(second.email(), "A place is free for you: " + TITLE);
    }

    @Test
    void aConsultingSlotKeepsItsCapacityOfOne() {
        Provider provider = provider();
        String slot = published(provider, "CONSULTING", 1).session(0);
        Map<String, Object> change = asRequest(provider.api(), slot);
        change.put("capacity", 2);

        var refused = provider.api().put("/api/v1/sessions/" + slot, change);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactly("capacity");
        assertThat(provider.api().get("/api/v1/sessions/" + slot).body().path("capacity").asInt()).isEqualTo(1);
    }

    // ---- a new time or place

    @Test
    void aNewTimeIsMailedToEveryoneRegisteredAndTheCalendarFileUpdatesTheEntry() {
        Provider provider = provider();
        Published offer = published(provider, "SEMINAR", 1);
        String sessionId = offer.session(0);
        Person confirmed = person();
        Person waiting = person();
        jdbc.update("update account set locale = 'de' where email = ?", confirmed.email());
        register(confirmed, sessionId, "CONFIRMED");
        register(waiting, sessionId, "WAITLISTED");
        String before = TestMailServer.awaitMailTo(confirmed.email(), "Best\u00e4tigt: Digitale Buchhaltung im Handwerk")
                .attachment("session.ics").text();
        String uid = icsValue(before, "UID");
        int sequenceBefore = Integer.parseInt(icsValue(before, "SEQUENCE"));
        Instant updatedBefore = updatedAt(offer.offerId());

        // not a new time or place: nobody is told
        Map<String, Object> advisor = asRequest(provider.api(), sessionId);
        advisor.put("advisorName", "Jana Kowalski");
        assertThat(provider.api().put("/api/v1/sessions/" + sessionId, advisor).status()).isEqualTo(200);

        LocalDateTime later = day(31).withHour(13);
        Map<String, Object> change = asRequest(provider.api(), sessionId);
        change.put("start", later.format(LOCAL));
        change.put("end", later.plusHours(4).format(LOCAL));
        var changed = provider.api().put("/api/v1/sessions/" + sessionId, change);

        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.text("start")).startsWith(later.format(LOCAL));
        assertThat(changed.body()).isEqualTo(provider.api().get("/api/v1/sessions/" + sessionId).body());
        TestMailServer.ReceivedMail mail = TestMailServer.awaitMailTo(confirmed.email(),
                "Termin ge\u00e4ndert: Digitale Buchhaltung im Handwerk");
        assertThat(mail.text()).contains("Ihr Platz bleibt best\u00e4tigt", "13:00");
        String after = mail.attachment("session.ics").text();
        assertThat(icsValue(after, "UID")).as("the same calendar entry").isEqualTo(uid);
        assertThat(Integer.parseInt(icsValue(after, "SEQUENCE"))).as("a later revision of it")
                .isGreaterThan(sequenceBefore);
        assertThat(icsValue(after, "DTSTART")).isEqualTo(later.format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")));
        assertThat(icsValue(after, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(TestMailServer.mailsTo(confirmed.email())).as("the advisor's name alone was not mailed")
                .filteredOn(m -> m.subject().startsWith("Termin ge\u00e4ndert")).hasSize(1);

        TestMailServer.ReceivedMail toWaiting = TestMailServer.awaitMailTo(waiting.email(), "Date changed: " + TITLE);
        assertThat(toWaiting.text()).contains("not confirmed yet");
        assertThat(toWaiting.attachments()).as("no calendar entry without a seat").isEmpty();

        var download = provider.api().getBytes("/api/v1/sessions/" + sessionId + "/calendar.ics");
        String downloaded = new String(download.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(icsValue(downloaded, "UID")).isEqualTo(uid);
        assertThat(icsValue(downloaded, "SEQUENCE")).as("the download is the same revision")
                .isEqualTo(icsValue(after, "SEQUENCE"));

        assertThat(updatedAt(offer.offerId())).as("the catalogue reindexes the offer").isAfter(updatedBefore);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SESSION_CHANGED' "
                + "and subject_id = ?", Integer.class, offer.offerId())).isEqualTo(2);
    }

    @Test
    void aRunningSessionKeepsItsStartButAStartInThePastIsRefused() {
        Provider provider = provider();
        String sessionId = published(provider, "SEMINAR", 5).session(0);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDateTime started = LocalDateTime.now(berlin).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        jdbc.update("update offer_session set starts_at = ?, ends_at = ? where id = ?",
                Timestamp.from(started.atZone(berlin).toInstant()),
                Timestamp.from(started.plusHours(3).atZone(berlin).toInstant()), UUID.fromString(sessionId));

        Map<String, Object> fix = asRequest(provider.api(), sessionId);
        fix.put("address", "Handwerkskammer, Raum 2.14");
        var fixed = provider.api().put("/api/v1/sessions/" + sessionId, fix);
        assertThat(fixed.status()).as(fixed.body().toString()).isEqualTo(200);
        assertThat(fixed.text("address")).isEqualTo("Handwerkskammer, Raum 2.14");

        Map<String, Object> earlier = asRequest(provider.api(), sessionId);
        earlier.put("start", started.minusHours(1).format(LOCAL));
        var refused = provider.api().put("/api/v1/sessions/" + sessionId, earlier);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactly("start");
    }

    @Test
    void badChangesAreRefusedWithEveryProblemNamed() {
        Provider provider = provider();
        String sessionId = published(provider, "SEMINAR", 5).session(0);
        Map<String, Object> bad = asRequest(provider.api(), sessionId);
        bad.put("capacity", 0);
        bad.put("timeZone", "Mars/Olympus");

        var refused = provider.api().language("nb").put("/api/v1/sessions/" + sessionId, bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field")).contains("capacity", "timeZone");
        assertThat(provider.api().get("/api/v1/sessions/" + sessionId).body().path("capacity").asInt()).isEqualTo(5);
    }

    @Test
    void onlyOrganisersOfTheProviderChangeOrCancelADate() {
        Provider provider = provider();
        String sessionId = published(provider, "SEMINAR", 5).session(0);
        Person participant = person();
        register(participant, sessionId, "CONFIRMED");
        Map<String, Object> change = asRequest(provider.api(), sessionId);
        change.put("capacity", 50);

        assertThat(participant.api().put("/api/v1/sessions/" + sessionId, change).status()).isEqualTo(404);
        ApiClient otherTrainer = provider().api();
        assertThat(otherTrainer.put("/api/v1/sessions/" + sessionId, change).status()).isEqualTo(404);
        assertThat(otherTrainer.post("/api/v1/sessions/" + sessionId + "/cancel", Map.of()).status()).isEqualTo(404);
        assertThat(participant.api().post("/api/v1/sessions/" + sessionId + "/cancel", Map.of()).status())
                .isEqualTo(404);
        assertThat(provider.api().put("/api/v1/sessions/" + UUID.randomUUID(), change).status()).isEqualTo(404);

        JsonNode unchanged = provider.api().get("/api/v1/sessions/" + sessionId).body();
        assertThat(unchanged.path("capacity").asInt()).isEqualTo(5);
        assertThat(unchanged.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(unchanged.path("confirmed").asInt()).isEqualTo(1);
    }

    // ---- cancelling one date

    @Test
    void cancellingOneDateEndsItsRegistrationsAndTellsThePeopleButLeavesTheOtherDates() {
        Provider provider = provider();
        Published offer = published(provider, "SEMINAR", 1, 3);
        Person confirmed = person();
        Person waiting = person();
        Person elsewhere = person();
        String confirmedRegistration = register(confirmed, offer.session(0), "CONFIRMED");
        String waitingRegistration = register(waiting, offer.session(0), "WAITLISTED");
        String otherRegistration = register(elsewhere, offer.session(1), "CONFIRMED");
        Instant updatedBefore = updatedAt(offer.offerId());

        var cancelled = provider.api().post("/api/v1/sessions/" + offer.session(0) + "/cancel", Map.of());

        assertThat(cancelled.status()).as(cancelled.body().toString()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(statusOf(confirmed, confirmedRegistration)).isEqualTo("CANCELLED");
        assertThat(statusOf(waiting, waitingRegistration)).isEqualTo("CANCELLED");
        TestMailServer.ReceivedMail mail = TestMailServer.awaitMailTo(confirmed.email(), "Cancelled: " + TITLE);
        String ics = mail.attachment("session.ics").text();
        assertThat(icsValue(ics, "UID")).isEqualTo(offer.session(0) + "@uptake");
        assertThat(icsValue(ics, "STATUS")).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(icsValue(ics, "SEQUENCE"))).isPositive();
        assertThat(TestMailServer.awaitMailTo(waiting.email(), "Cancelled: " + TITLE).attachments()).isEmpty();
        assertThat(updatedAt(offer.offerId())).isAfter(updatedBefore);

        assertThat(statusOf(elsewhere, otherRegistration)).as("the other date stays").isEqualTo("CONFIRMED");
        JsonNode all = provider.api().get("/api/v1/offers/" + offer.offerId()).body();
        assertThat(all.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(all.path("sessions").findValuesAsString("status")).containsExactly("CANCELLED", "SCHEDULED");
        assertThat(person().api().post("/api/v1/sessions/" + offer.session(0) + "/registrations", Map.of()).status())
                .as("a cancelled date takes no registrations").isEqualTo(409);
        assertThat(provider.api().put("/api/v1/sessions/" + offer.session(0),
                session(5, day(60))).status()).as("nor changes").isEqualTo(409);
        assertThat(provider.api().post("/api/v1/sessions/" + offer.session(0) + "/cancel", Map.of()).status())
                .as("cancelling again changes nothing").isEqualTo(200);
        assertThat(TestMailServer.mailsTo(confirmed.email())).filteredOn(m -> m.subject().startsWith("Cancelled"))
                .hasSize(1);
    }

    @Test
    void changingADateWhileTheOfferIsCancelledEndsWithOneOfThemFirstAndNeverAnError() throws Exception {
        Provider provider = provider();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                Published offer = published(provider, "SEMINAR", 2, 2);
                register(person(), offer.session(0), "CONFIRMED");
                Map<String, Object> change = asRequest(provider.api(), offer.session(0));
                change.put("address", "Raum " + round);
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                var edit = pool.submit(() -> {
                    start.await();
                    return provider.api().put("/api/v1/sessions/" + offer.session(0), change).status();
                });
                var cancel = pool.submit(() -> {
                    start.await();
                    return provider.api().post("/api/v1/offers/" + offer.offerId() + "/cancel", Map.of()).status();
                });
                start.countDown();
                assertThat(cancel.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
                assertThat(edit.get(60, java.util.concurrent.TimeUnit.SECONDS)).as("changed before, or refused after")
                        .isIn(200, 409);
                assertThat(provider.api().get("/api/v1/sessions/" + offer.session(0)).text("status"))
                        .isEqualTo("CANCELLED");
            }
        } finally {
            pool.shutdown();
        }
    }

    // ---- pages

    @Test
    void theOrganiserChangesADateThroughTheFilledInFormAndCancelsAnotherAfterConfirming() throws Exception {
        Provider provider = provider();
        Published offer = published(provider, "SEMINAR", 4, 4);
        register(person(), offer.session(0), "CONFIRMED");
        register(person(), offer.session(0), "CONFIRMED");
        UptakeUser organiser = provider.user(accounts);
        String start = day(30).format(LOCAL);

        mvc.perform(get("/offers/organise").with(user(organiser)))
                .andExpect(content().string(containsString("/offers/sessions/" + offer.session(0) + "/edit")))
                .andExpect(content().string(containsString("/offers/sessions/" + offer.session(1) + "/cancel")));
        mvc.perform(get("/offers/sessions/{id}/participants", offer.session(0)).with(user(organiser)))
                .andExpect(content().string(containsString("/offers/sessions/" + offer.session(0) + "/edit")));
        mvc.perform(get("/offers/sessions/{id}/edit", offer.session(0)).with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/offers/sessions/" + offer.session(0) + "/edit\"")))
                .andExpect(content().string(containsString("value=\"" + start + "\"")))
                .andExpect(content().string(containsString("value=\"4\"")))
                .andExpect(content().string(containsString("Gareisstra\u00dfe 10")));

        mvc.perform(post("/offers/sessions/{id}/edit", offer.session(0)).with(user(organiser)).with(csrf())
                        .param("start", start).param("end", day(30).plusHours(3).format(LOCAL))
                        .param("timeZone", "Europe/Berlin").param("capacity", "1").param("address", "Raum 3")
                        .param("nutsCode", "DEE03"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"capacity-error\"")))
                .andExpect(content().string(containsString("2 people hold a confirmed seat")))
                .andExpect(content().string(containsString("value=\"Raum 3\"")));
        assertThat(provider.api().get("/api/v1/sessions/" + offer.session(0)).text("address")).isEqualTo(ADDRESS);

        mvc.perform(post("/offers/sessions/{id}/edit", offer.session(0)).with(user(organiser)).with(csrf())
                        .param("start", start).param("end", day(30).plusHours(3).format(LOCAL))
                        .param("timeZone", "Europe/Berlin").param("capacity", "6").param("address", "Raum 3")
                        .param("nutsCode", "DEE03"))
                .andExpect(redirectedUrl("/offers/" + offer.offerId()))
                .andExpect(flash().attribute("saved", "offers.sessionSaved"));
        JsonNode changed = provider.api().get("/api/v1/sessions/" + offer.session(0)).body();
        assertThat(changed.path("capacity").asInt()).isEqualTo(6);
        assertThat(changed.path("address").asString()).isEqualTo("Raum 3");

        UptakeUser stranger = UptakeUser.of(accounts.findByEmail(person().email()).orElseThrow());
        mvc.perform(get("/offers/sessions/{id}/edit", offer.session(0)).with(user(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/offers/sessions/{id}/cancel", offer.session(1)).with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(get("/offers/sessions/{id}/cancel", offer.session(1)).with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Yes, cancel this date")));
        assertThat(provider.api().get("/api/v1/sessions/" + offer.session(1)).text("status"))
                .as("asking changes nothing").isEqualTo("SCHEDULED");
        mvc.perform(post("/offers/sessions/{id}/cancel", offer.session(1)).with(user(organiser)).with(csrf()))
                .andExpect(redirectedUrl("/offers/" + offer.offerId()))
                .andExpect(flash().attribute("saved", "offers.sessionCancelledByOrganiser"));
        assertThat(provider.api().get("/api/v1/sessions/" + offer.session(1)).text("status")).isEqualTo("CANCELLED");
        assertThat(provider.api().get("/api/v1/sessions/" + offer.session(0)).text("status")).isEqualTo("SCHEDULED");
    }

    // ---- the kind of an offer

    @Test
    void anOfferWithActiveRegistrationsCannotBecomeConsultingOrStopBeingIt() {
        Provider provider = provider();
        Published seminar = published(provider, "SEMINAR", 5);
        Person person = person();
        String registration = register(person, seminar.session(0), "CONFIRMED");
        Map<String, Object> toConsulting = offer(provider.organisationId(), "CONSULTING");

        var refused = provider.api().language("de").put("/api/v1/offers/" + seminar.offerId(), toConsulting);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactly("kind");
        assertThat(refused.body().path("errors").toString()).contains("aktive Anmeldungen");
        assertThat(provider.api().get("/api/v1/offers/" + seminar.offerId()).text("kind")).isEqualTo("SEMINAR");

        Map<String, Object> sameKind = offer(provider.organisationId(), "SEMINAR");
        sameKind.put("title", Map.of("en", "Bookkeeping, renamed"));
        assertThat(provider.api().put("/api/v1/offers/" + seminar.offerId(), sameKind).status())
                .as("other changes are fine").isEqualTo(200);
        Map<String, Object> toWorkshop = offer(provider.organisationId(), "WORKSHOP");
        assertThat(provider.api().put("/api/v1/offers/" + seminar.offerId(), toWorkshop).status())
                .as("kinds with the same rules").isEqualTo(200);

        assertThat(person.api().delete("/api/v1/registrations/" + registration).status()).isEqualTo(200);
        assertThat(provider.api().put("/api/v1/offers/" + seminar.offerId(), toConsulting).status())
                .as("without active registrations").isEqualTo(200);

        Published consulting = published(provider, "CONSULTING", 1);
        Person owner = person();
        String firm = owner.api().post("/api/v1/organisations", Map.of("name", "Tischlerei " + UUID.randomUUID(),
                "type", "SME", "nutsCode", "DEE0D", "naceCode", "16.23", "employees", 8)).text("id");
        assertThat(owner.api().post("/api/v1/sessions/" + consulting.session(0) + "/registrations",
                Map.of("organisationId", firm)).status()).isEqualTo(201);
        var back = provider.api().put("/api/v1/offers/" + consulting.offerId(),
                offer(provider.organisationId(), "SEMINAR"));
        assertThat(back.status()).isEqualTo(400);
        assertThat(back.body().path("errors").findValuesAsString("field")).containsExactly("kind");
    }
}
