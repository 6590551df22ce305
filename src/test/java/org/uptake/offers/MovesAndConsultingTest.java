package org.uptake.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * Organisers move people between the dates of an offer; consulting offers are slots that take one firm each, and a
 * firm holds one upcoming slot of an offer at a time.
 */
@ApplicationTest
@AutoConfigureMockMvc
class MovesAndConsultingTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    /** A trainer who belongs to a chamber that provides offers. */
    record Provider(ApiClient api, String email, String organisationId) {
    }

    /** Someone signed in, with their address. */
    record Person(ApiClient api, String email) {
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

    /** A firm founded by the person, who thereby belongs to it. */
    private String firm(Person person) {
        var created = person.api().post("/api/v1/organisations", Map.of("name", "Tischlerei " + UUID.randomUUID(),
                "type", "SME", "nutsCode", "DEE0D", "naceCode", "16.23", "employees", 8));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("id");
    }

    private static Map<String, Object> offer(String providerId, String kind) {
        Map<String, Object> offer = new HashMap<>();
        offer.put("title", Map.of("de", "Digitale Buchhaltung im Handwerk", "en", "Digital bookkeeping for crafts"));
        offer.put("description", Map.of("de", "Belege scannen, **E-Rechnung** und Kassenbuch."));
        offer.put("kind", kind);
        offer.put("providerOrganisationId", providerId);
        offer.put("topics", List.of("data"));
        offer.put("language", "de");
        offer.put("price", 0);
        return offer;
    }

    private static Map<String, Object> session(int capacity, LocalDateTime start, int hours) {
        Map<String, Object> session = new HashMap<>();
        session.put("start", start.format(LOCAL));
        session.put("end", start.plusHours(hours).format(LOCAL));
        session.put("timeZone", "Europe/Berlin");
        session.put("capacity", capacity);
        session.put("address", "Handwerkskammer, Gareisstraße 10, 39106 Magdeburg");
        session.put("nutsCode", "DEE03");
        return session;
    }

    /** A published offer of the kind with one session per capacity, 30, 40, 50 ... days ahead. */
    private List<String> published(Provider provider, String kind, int... capacities) {
        String offerId = provider.api().post("/api/v1/offers", offer(provider.organisationId(), kind)).text("id");
        List<String> sessionIds = new ArrayList<>();
        for (int capacity : capacities) {
            var session = provider.api().post("/api/v1/offers/" + offerId + "/sessions", session(capacity,
                    LocalDateTime.now().plusDays(30 + 10L * sessionIds.size()).withHour(9).withMinute(0),
                    kind.equals("CONSULTING") ? 1 : 7));
            assertThat(session.status()).as(session.body().toString()).isEqualTo(201);
            sessionIds.add(session.text("id"));
        }
        assertThat(provider.api().post("/api/v1/offers/" + offerId + "/publish", Map.of()).status()).isEqualTo(200);
        return sessionIds;
    }

    private static JsonNode register(Person person, String sessionId, String status) {
        var response = person.api().post("/api/v1/sessions/" + sessionId + "/registrations", Map.of());
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        assertThat(response.text("status")).isEqualTo(status);
        return response.body();
    }

    private static ApiClient.Response move(ApiClient api, String registrationId, String sessionId) {
        return api.post("/api/v1/registrations/" + registrationId + "/move", Map.of("sessionId", sessionId));
    }

    private static JsonNode session(ApiClient api, String sessionId) {
        return api.get("/api/v1/sessions/" + sessionId).body();
    }

    // ---- moving people between dates

    @Test
    void aMoveIntoAFreeSeatHandsTheOldSeatToTheFirstWaitingAndMailsBoth() {
        Provider provider = provider();
        List<String> sessions = published(provider, "SEMINAR", 1, 2);
        Person moved = person();
        Person waiting = person();
        jdbc.update("update account set locale = 'de' where email = ?", moved.email());
        String registration = register(moved, sessions.get(0), "CONFIRMED").path("id").asString();
        String waitingRegistration = register(waiting, sessions.get(0), "WAITLISTED").path("id").asString();

        var response = move(provider.api(), registration, sessions.get(1));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        assertThat(response.text("id")).as("the same registration, now for the other date").isEqualTo(registration);
        assertThat(response.text("sessionId")).isEqualTo(sessions.get(1));
        assertThat(response.text("status")).isEqualTo("CONFIRMED");
        assertThat(response.body().path("waitlistPosition").isNull()).isTrue();

        assertThat(waiting.api().get("/api/v1/registrations/" + waitingRegistration).text("status"))
                .as("the freed seat went to the first waiting").isEqualTo("CONFIRMED");
        JsonNode first = session(provider.api(), sessions.get(0));
        assertThat(first.path("confirmed").asInt()).isEqualTo(1);
        assertThat(first.path("waitlisted").asInt()).isZero();
        assertThat(session(provider.api(), sessions.get(1)).path("confirmed").asInt()).isEqualTo(1);
        assertThat(moved.api().get("/api/v1/registrations/" + registration).text("sessionId"))
                .isEqualTo(sessions.get(1));

        TestMailServer.ReceivedMail mail = TestMailServer.awaitMailTo(moved.email(),
                "Neuer Termin: Digitale Buchhaltung im Handwerk");
        assertThat(mail.text()).contains("umgebucht", "Gareisstra\u00dfe 10");
        assertThat(mail.attachment("session.ics").text()).contains("BEGIN:VEVENT", "UID:" + sessions.get(1) + "@uptake");
        assertThat(TestMailServer.awaitMailTo(waiting.email(), "A place is free for you: Digital bookkeeping for crafts")
                .attachment("session.ics").text()).contains("UID:" + sessions.get(0) + "@uptake");
    }

    @Test
    void aMoveIntoAFullSessionPutsThePersonAtTheEndOfItsWaitlist() {
        Provider provider = provider();
        List<String> sessions = published(provider, "SEMINAR", 2, 1);
        Person moved = person();
        register(person(), sessions.get(1), "CONFIRMED");
        register(person(), sessions.get(1), "WAITLISTED");
        String registration = register(moved, sessions.get(0), "CONFIRMED").path("id").asString();

        var response = move(provider.api(), registration, sessions.get(1));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        assertThat(response.text("status")).isEqualTo("WAITLISTED");
        assertThat(response.body().path("waitlistPosition").asInt()).isEqualTo(2);
        JsonNode full = session(provider.api(), sessions.get(1));
        assertThat(full.path("confirmed").asInt()).as("the capacity holds").isEqualTo(1);
        assertThat(full.path("waitlisted").asInt()).isEqualTo(2);
        assertThat(session(provider.api(), sessions.get(0)).path("confirmed").asInt()).isZero();
        assertThat(TestMailServer.awaitMailTo(moved.email(), "New date, on the waitlist: Digital bookkeeping for crafts")
                .text()).contains("number 2");
    }

    @Test
    void aPendingRegistrationMovedByTheOrganiserCountsAsApproved() {
        Provider provider = provider();
        String offerId = provider.api().post("/api/v1/offers", offer(provider.organisationId(), "WORKSHOP"))
                .text("id");
        Map<String, Object> approval = session(5, LocalDateTime.now().plusDays(20), 3);
        approval.put("approvalRequired", true);
        String source = provider.api().post("/api/v1/offers/" + offerId + "/sessions", approval).text("id");
        String target = provider.api().post("/api/v1/offers/" + offerId + "/sessions",
                session(5, LocalDateTime.now().plusDays(25), 3)).text("id");
        provider.api().post("/api/v1/offers/" + offerId + "/publish", Map.of());
        String registration = register(person(), source, "PENDING").path("id").asString();

        assertThat(move(provider.api(), registration, target).text("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void movesToAnotherOfferOrAnUnsuitableDateAreRefusedAndChangeNothing() {
        Provider provider = provider();
        List<String> sessions = published(provider, "SEMINAR", 3, 3, 3);
        String otherOffer = published(provider, "SEMINAR", 3).getFirst();
        Person person = person();
        String registration = register(person, sessions.get(0), "CONFIRMED").path("id").asString();
        register(person, sessions.get(1), "CONFIRMED");
        jdbc.update("update offer_session set status = 'CANCELLED' where id = ?", UUID.fromString(sessions.get(2)));
        ApiClient organiser = provider.api().language("de");

        var other = move(organiser, registration, otherOffer);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.text("detail")).contains("desselben Angebots");
        assertThat(move(organiser, registration, sessions.get(0)).status()).as("the same date").isEqualTo(409);
        var cancelled = move(organiser, registration, sessions.get(2));
        assertThat(cancelled.status()).isEqualTo(409);
        assertThat(cancelled.text("detail")).contains("abgesagt");
        var duplicate = move(organiser, registration, sessions.get(1));
        assertThat(duplicate.status()).as("already registered there").isEqualTo(409);
        assertThat(duplicate.text("detail")).contains("bereits angemeldet");
        assertThat(move(organiser, registration, UUID.randomUUID().toString()).status()).as("no such date")
                .isEqualTo(400);

        JsonNode unchanged = person.api().get("/api/v1/registrations/" + registration).body();
        assertThat(unchanged.path("sessionId").asString()).isEqualTo(sessions.get(0));
        assertThat(unchanged.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(session(organiser, sessions.get(1)).path("confirmed").asInt()).isEqualTo(1);
        assertThat(session(organiser, otherOffer).path("confirmed").asInt()).isZero();
    }

    @Test
    void onlyOrganisersOfTheOffersProviderMovePeople() {
        Provider provider = provider();
        List<String> sessions = published(provider, "SEMINAR", 3, 3);
        Person person = person();
        String registration = register(person, sessions.get(0), "CONFIRMED").path("id").asString();

        assertThat(move(person.api(), registration, sessions.get(1)).status()).as("the participant").isEqualTo(404);
        assertThat(move(provider().api(), registration, sessions.get(1)).status()).as("another provider's trainer")
                .isEqualTo(404);
        assertThat(move(provider.api(), UUID.randomUUID().toString(), sessions.get(1)).status()).isEqualTo(404);
        assertThat(person.api().get("/api/v1/registrations/" + registration).text("sessionId"))
                .isEqualTo(sessions.get(0));
    }

    @Test
    void theOrganiserMovesSomeoneFromTheParticipantList() throws Exception {
        Provider provider = provider();
        List<String> sessions = published(provider, "SEMINAR", 3, 3);
        String registration = register(person(), sessions.get(0), "CONFIRMED").path("id").asString();
        UptakeUser organiser = UptakeUser.of(accounts.findByEmail(provider.email()).orElseThrow());

        mvc.perform(get("/offers/sessions/{id}/participants", sessions.get(0)).with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"move-form-" + registration + "\"")))
                .andExpect(content().string(containsString("value=\"" + sessions.get(1) + "\"")))
                .andExpect(content().string(containsString("3 seats free")));
        mvc.perform(post("/offers/registrations/{id}/move", registration).with(user(organiser)).with(csrf())
                        .param("target", sessions.get(1)).param("session", sessions.get(0)))
                .andExpect(redirectedUrl("/offers/sessions/" + sessions.get(0) + "/participants"))
                .andExpect(flash().attribute("saved", "registration.page.moved.CONFIRMED"));
        mvc.perform(post("/offers/registrations/{id}/move", registration).with(user(organiser)).with(csrf())
                        .param("target", sessions.get(1)).param("session", sessions.get(1)))
                .andExpect(flash().attribute("problem", "registration.move.sameSession"));
        UptakeUser stranger = UptakeUser.of(accounts.findByEmail(person().email()).orElseThrow());
        mvc.perform(post("/offers/registrations/{id}/move", registration).with(user(stranger)).with(csrf())
                        .param("target", sessions.get(0)).param("session", sessions.get(1)))
                .andExpect(status().isNotFound());
    }

    // ---- consulting: one firm per slot

    @Test
    void consultingSlotsTakeOneFirmAndAFirmHoldsOneUpcomingSlot() {
        Provider provider = provider();
        String offerId = provider.api().post("/api/v1/offers", offer(provider.organisationId(), "CONSULTING"))
                .text("id");
        var tooLarge = provider.api().language("de").post("/api/v1/offers/" + offerId + "/sessions",
                session(3, LocalDateTime.now().plusDays(10), 1));
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body().path("errors").findValuesAsString("field")).containsExactly("capacity");
        assertThat(tooLarge.body().path("errors").toString()).contains("genau einen Betrieb");
        List<String> slots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slots.add(provider.api().post("/api/v1/offers/" + offerId + "/sessions",
                    session(1, LocalDateTime.now().plusDays(10 + i), 1)).text("id"));
        }
        provider.api().post("/api/v1/offers/" + offerId + "/publish", Map.of());

        Person owner = person();
        String firm = firm(owner);
        var alone = owner.api().post("/api/v1/sessions/" + slots.get(0) + "/registrations", Map.of());
        assertThat(alone.status()).as("a slot is booked for a firm").isEqualTo(400);
        assertThat(alone.body().path("errors").findValuesAsString("field")).containsExactly("organisationId");
        var booked = owner.api().post("/api/v1/sessions/" + slots.get(0) + "/registrations",
                Map.of("organisationId", firm));
        assertThat(booked.status()).isEqualTo(201);
        assertThat(booked.text("status")).isEqualTo("CONFIRMED");

        Person other = person();
        String otherFirm = firm(other);
        var taken = other.api().language("nb").post("/api/v1/sessions/" + slots.get(0) + "/registrations",
                Map.of("organisationId", otherFirm));
        assertThat(taken.status()).as("the slot is taken").isEqualTo(409);
        assertThat(taken.text("detail")).contains("nettopp tatt");
        assertThat(jdbc.queryForObject("select count(*) from registration where session_id = ?", Integer.class,
                UUID.fromString(slots.get(0)))).as("nothing saved, no waitlist").isEqualTo(1);

        Person colleague = person();
        jdbc.update("insert into membership (id, organisation_id, account_id, role, created_at) "
                + "select ?, ?, id, 'MEMBER', current_timestamp from account where email = ?", UUID.randomUUID(),
                UUID.fromString(firm), colleague.email());
        var second = colleague.api().post("/api/v1/sessions/" + slots.get(1) + "/registrations",
                Map.of("organisationId", firm));
        assertThat(second.status()).as("the firm already has a slot of this offer").isEqualTo(409);
        assertThat(second.text("detail")).contains("already has an appointment");
        assertThat(owner.api().post("/api/v1/sessions/" + slots.get(1) + "/registrations",
                Map.of("organisationId", firm)).status()).isEqualTo(409);
        assertThat(other.api().post("/api/v1/sessions/" + slots.get(1) + "/registrations",
                Map.of("organisationId", firm)).status()).as("not a member of that firm").isEqualTo(400);

        String otherBooking = other.api().post("/api/v1/sessions/" + slots.get(1) + "/registrations",
                Map.of("organisationId", otherFirm)).text("id");
        assertThat(move(provider.api(), booked.text("id"), slots.get(1)).status()).as("a taken slot").isEqualTo(409);
        assertThat(move(provider.api(), booked.text("id"), slots.get(2)).text("sessionId")).isEqualTo(slots.get(2));

        assertThat(other.api().delete("/api/v1/registrations/" + otherBooking).status()).isEqualTo(200);
        assertThat(colleague.api().post("/api/v1/sessions/" + slots.get(1) + "/registrations",
                Map.of("organisationId", otherFirm)).status()).as("not the colleague's firm").isEqualTo(400);
        owner.api().delete("/api/v1/registrations/" + booked.text("id"));
        assertThat(colleague.api().post("/api/v1/sessions/" + slots.get(1) + "/registrations",
                Map.of("organisationId", firm)).status()).as("after cancelling, the firm may book again").isEqualTo(201);
    }

    @Test
    void tenFirmsRacingForOneSlotGetExactlyOneBooking() throws Exception {
        Provider provider = provider();
        String slot = published(provider, "CONSULTING", 1).getFirst();
        List<Person> people = new ArrayList<>();
        List<String> firms = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Person person = person();
            people.add(person);
            firms.add(firm(person));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> responses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Person person = people.get(i);
            String firm = firms.get(i);
            Callable<ApiClient.Response> book = () -> {
                start.await();
                return person.api().post("/api/v1/sessions/" + slot + "/registrations", Map.of("organisationId", firm));
            };
            responses.add(pool.submit(book));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<ApiClient.Response> response : responses) {
            statuses.add(response.get().status());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
        assertThat(jdbc.queryForObject("select count(*) from registration where session_id = ?", Integer.class,
                UUID.fromString(slot))).isEqualTo(1);
    }

    @Test
    void membersOfOneFirmRacingForDifferentSlotsGetOneOfThem() throws Exception {
        Provider provider = provider();
        List<String> slots = published(provider, "CONSULTING", 1, 1, 1, 1, 1, 1);
        Person owner = person();
        String firm = firm(owner);
        List<Person> members = new ArrayList<>(List.of(owner));
        for (int i = 1; i < slots.size(); i++) {
            Person member = person();
            jdbc.update("insert into membership (id, organisation_id, account_id, role, created_at) "
                    + "select ?, ?, id, 'MEMBER', current_timestamp from account where email = ?", UUID.randomUUID(),
                    UUID.fromString(firm), member.email());
            members.add(member);
        }
        ExecutorService pool = Executors.newFixedThreadPool(slots.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> responses = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Person member = members.get(i);
            String slot = slots.get(i);
            Callable<Integer> book = () -> {
                start.await();
                return member.api().post("/api/v1/sessions/" + slot + "/registrations", Map.of("organisationId", firm))
                        .status();
            };
            responses.add(pool.submit(book));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> response : responses) {
            statuses.add(response.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).as("one upcoming slot per firm").hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(slots.size() - 1);
        assertThat(jdbc.queryForObject("select count(*) from registration where organisation_id = ?", Integer.class,
                UUID.fromString(firm))).isEqualTo(1);
    }

    @Test
    void theOfferPageShowsFreeSlotsByDayAndTakenOnesWithoutTheFirm() throws Exception {
        Provider provider = provider();
        List<String> slots = published(provider, "CONSULTING", 1, 1);
        String offerId = jdbc.queryForObject("select offer_id from offer_session where id = ?", UUID.class,
                UUID.fromString(slots.get(0))).toString();
        Person owner = person();
        String firm = firm(owner);
        String firmName = jdbc.queryForObject("select name from organisation where id = ?", String.class,
                UUID.fromString(firm));
        UptakeUser booker = UptakeUser.of(accounts.findByEmail(owner.email()).orElseThrow());

        mvc.perform(get("/offers/{id}", offerId).with(user(booker)))
                .andExpect(content().string(containsString("name=\"slot\" value=\"" + slots.get(0) + "\"")))
                .andExpect(content().string(containsString("name=\"slot\" value=\"" + slots.get(1) + "\"")))
                .andExpect(content().string(containsString("09:00\u201310:00 \u00b7 Book")));
        mvc.perform(post("/offers/{id}/book", offerId).with(user(booker)).with(csrf()).param("slot", slots.get(0)))
                .andExpect(flash().attribute("problem", "consulting.organisation.required"));
        mvc.perform(post("/offers/{id}/book", offerId).with(user(booker)).with(csrf()).param("slot", slots.get(0))
                        .param("organisation", firm))
                .andExpect(redirectedUrl("/offers/" + offerId))
                .andExpect(flash().attribute("saved", "registration.page.CONFIRMED"));

        Person other = person();
        firm(other);
        UptakeUser visitor = UptakeUser.of(accounts.findByEmail(other.email()).orElseThrow());
        mvc.perform(get("/offers/{id}", offerId).with(user(visitor)))
                .andExpect(content().string(not(containsString("name=\"slot\" value=\"" + slots.get(0) + "\""))))
                .andExpect(content().string(containsString("name=\"slot\" value=\"" + slots.get(1) + "\"")))
                .andExpect(content().string(containsString("09:00\u201310:00 \u00b7 taken")))
                .andExpect(content().string(not(containsString(firmName))));
        mvc.perform(get("/offers/{id}", offerId).with(user(booker)))
                .andExpect(content().string(containsString("my-registration")))
                .andExpect(content().string(containsString("\u00b7 your appointment")));
        mvc.perform(post("/offers/{id}/book", offerId).with(user(visitor)).with(csrf()).param("slot", slots.get(0)))
                .andExpect(flash().attribute("problem", "consulting.organisation.required"));
    }
}
