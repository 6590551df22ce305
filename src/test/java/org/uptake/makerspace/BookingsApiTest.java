package org.uptake.makerspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.makerspace.Makerspaces.libraryHours;
import static org.uptake.makerspace.Makerspaces.machine;
import static org.uptake.makerspace.Makerspaces.next;
import static org.uptake.makerspace.Makerspaces.rules;
import static org.uptake.makerspace.Makerspaces.slot;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.TestMailServer;
import org.uptake.makerspace.Makerspaces.Person;
import org.uptake.makerspace.Makerspaces.Staff;
import org.uptake.makerspace.booking.BookingStatus;
import org.uptake.makerspace.booking.Bookings;

import tools.jackson.databind.JsonNode;

/**
 * Booking through the API: the happy path with its mail and calendar, overlaps, the induction gate, every rule that
 * can say no (each answered in the caller's language, each leaving the database as it was), cancelling, attendance.
 */
@ApplicationTest
class BookingsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Bookings bookings;

    Makerspaces makerspaces;

    @BeforeEach
    void setUp() {
        makerspaces = new Makerspaces(port, jdbc);
    }

    /** A library's venue (Tue-Sat, slot 30, 30..240 minutes, 60 days ahead, 3 active, cancel 24 h before). */
    record Setup(Staff staff, String venueId, String printerId) {
    }

    private Setup setup(LocalDate closure) {
        Staff staff = makerspaces.library();
        String venue = makerspaces.venue(staff, rules(30, 30, 240, 60, 3, 24), libraryHours(closure));
        String printer = makerspaces.equipment(staff, venue, machine("PRINTER_3D", 2, false, null));
        return new Setup(staff, venue, printer);
    }

    @Test
    void aPersonBooksAMachineAndGetsAConfirmationWithTheCalendar() {
        Setup setup = setup(null);
        Person person = makerspaces.person();
        LocalDate tuesday = next(DayOfWeek.TUESDAY, 3);

        var booked = person.api().post("/api/v1/equipment/" + setup.printerId() + "/bookings",
                slot(tuesday, "10:00", "12:00"));

        assertThat(booked.status()).as(booked.body().toString()).isEqualTo(201);
        String id = booked.text("id");
        assertThat(booked.headers().get("location").getFirst()).endsWith("/api/v1/bookings/" + id);
        assertThat(booked.text("start")).isEqualTo(tuesday + "T10:00");
        assertThat(booked.text("end")).isEqualTo(tuesday + "T12:00");
        assertThat(booked.text("unitLabel")).isEqualTo("#1");
        assertThat(booked.body().path("minutes").asInt()).isEqualTo(120);
        assertThat(booked.text("status")).isEqualTo("ACTIVE");
        assertThat(makerspaces.slotRows(id)).as("one row per 15 minutes").isEqualTo(8);

        TestMailServer.ReceivedMail mail = TestMailServer.awaitMailTo(person.email());
        assertThat(mail.subject()).startsWith("Booked: Test printer_3d").contains(" #1 at Folkeverkstedet ");
        assertThat(mail.text()).contains("10:00\u201312:00 (Europe/Oslo)", "cancel at least 24 hours",
                "Safety: Never leave it running alone.");
        assertThat(mail.attachment("booking.ics").text()).contains("BEGIN:VEVENT", "UID:" + id + "@uptake",
                "DTSTART;TZID=Europe/Oslo:" + tuesday.toString().replace("-", "") + "T100000", "STATUS:CONFIRMED");

        var ics = person.api().getBytes("/api/v1/bookings/" + id + "/calendar.ics");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(new String(ics.bytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("UID:" + id + "@uptake");
        assertThat(person.api().get("/api/v1/bookings").body().findValuesAsString("id")).containsExactly(id);
        assertThat(makerspaces.person().api().get("/api/v1/bookings/" + id).status())
                .as("someone else's booking").isEqualTo(404);
        assertThat(setup.staff().api().get("/api/v1/bookings/" + id).status()).as("the venue's staff").isEqualTo(200);
    }

    @Test
    void overlappingBookingsOfAUnitAreRefusedAndTheSecondPrinterIsTakenFirst() {
        Setup setup = setup(null);
        LocalDate wednesday = next(DayOfWeek.WEDNESDAY, 3);
        String path = "/api/v1/equipment/" + setup.printerId() + "/bookings";
        var first = makerspaces.person().api().post(path, slot(wednesday, "10:00", "12:00"));
        var second = makerspaces.person().api().post(path, slot(wednesday, "11:00", "13:00"));
        assertThat(first.text("unitLabel")).isEqualTo("#1");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.text("unitLabel")).as("the first free unit").isEqualTo("#2");

        ApiClient third = makerspaces.person().api().language("nb");
        var refused = third.post(path, slot(wednesday, "11:30", "12:00"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).isEqualTo("Denne tiden er allerede booket. Velg en annen tid.");

        Map<String, Object> onUnit = new HashMap<>(slot(wednesday, "12:00", "13:00"));
        onUnit.put("unitId", first.text("unitId"));
        assertThat(third.post(path, onUnit).status()).as("adjacent on #1").isEqualTo(201);
        onUnit.put("unitId", second.text("unitId"));
        var unitTaken = third.language("en").post(path, onUnit);
        assertThat(unitTaken.status()).isEqualTo(409);
        assertThat(unitTaken.text("detail")).startsWith("Machine #2 is already booked at this time.");
        assertThat(makerspaces.bookings(setup.printerId())).isEqualTo(3);
    }

    @Test
    void aMachineThatNeedsAnInductionIsBookedOnlyWithAValidOne() {
        Staff staff = makerspaces.library();
        String venue = makerspaces.venue(staff, rules(30, 30, 240, 60, 3, 24), libraryHours(null));
        String laser = makerspaces.equipment(staff, venue, machine("LASER_CUTTER", 1, true, 365));
        Person person = makerspaces.person();
        LocalDate thursday = next(DayOfWeek.THURSDAY, 3);
        String path = "/api/v1/equipment/" + laser + "/bookings";

        var none = person.api().post(path, slot(thursday, "10:00", "11:00"));
        assertThat(none.status()).isEqualTo(403);
        assertThat(none.text("reason")).isEqualTo("INDUCTION_MISSING");
        assertThat(none.text("detail")).contains("needs a safety induction", "laser cutter");

        assertThat(person.api().post("/api/v1/equipment/" + laser + "/inductions",
                Map.of("userId", person.id(), "passedOn", "2020-01-01")).status())
                .as("people do not record their own inductions").isEqualTo(403);
        LocalDate today = LocalDate.now(Makerspaces.OSLO);
        LocalDate longAgo = today.minusDays(400);
        var old = staff.api().post("/api/v1/equipment/" + laser + "/inductions",
                Map.of("userId", person.id(), "passedOn", longAgo.toString()));
        assertThat(old.status()).as(old.body().toString()).isEqualTo(201);
        assertThat(old.text("validUntil")).isEqualTo(longAgo.plusDays(365).toString());

        var expired = person.api().language("de").post(path, slot(thursday, "10:00", "11:00"));
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.text("reason")).isEqualTo("INDUCTION_EXPIRED");
        assertThat(expired.text("validUntil")).isEqualTo(longAgo.plusDays(365).toString());
        assertThat(expired.text("detail")).contains("abgelaufen", longAgo.plusDays(365).format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMAN)));

        var recent = staff.api().post("/api/v1/equipment/" + laser + "/inductions",
                Map.of("email", person.email(), "passedOn", today.minusDays(3).toString()));
        assertThat(recent.status()).isEqualTo(201);
        assertThat(person.api().post(path, slot(thursday, "10:00", "11:00")).status()).isEqualTo(201);
        assertThat(person.api().get("/api/v1/inductions").body().size()).isEqualTo(2);

        assertThat(staff.api().post("/api/v1/equipment/" + laser + "/inductions",
                Map.of("userId", person.id(), "passedOn", today.plusDays(1).toString())).status())
                .as("not in the future").isEqualTo(400);
        assertThat(staff.api().post("/api/v1/equipment/" + laser + "/inductions",
                Map.of("userId", UUID.randomUUID().toString(), "passedOn", today.toString())).status())
                .isEqualTo(400);
        assertThat(makerspaces.count("select count(*) from induction where venue_id = ?", UUID.fromString(venue)))
                .isEqualTo(2);
    }

    @Test
    void anInductionThatRunsOutBeforeTheBookingDoesNotCount() {
        Staff staff = makerspaces.library();
        String venue = makerspaces.venue(staff, rules(30, 30, 240, 60, 3, 24), libraryHours(null));
        String laser = makerspaces.equipment(staff, venue, machine("LASER_CUTTER", 1, true, 30));
        Person person = makerspaces.person();
        LocalDate passed = LocalDate.now(Makerspaces.OSLO).minusDays(20);
        staff.api().post("/api/v1/equipment/" + laser + "/inductions",
                Map.of("userId", person.id(), "passedOn", passed.toString()));
        String path = "/api/v1/equipment/" + laser + "/bookings";
        var later = person.api().post(path, slot(next(DayOfWeek.TUESDAY, 14), "10:00", "11:00"));
        assertThat(later.status()).isEqualTo(403);
        assertThat(later.text("detail")).contains("valid until");
        assertThat(person.api().post(path, slot(next(DayOfWeek.TUESDAY, 2), "10:00", "11:00")).status())
                .as("still valid on that day").isEqualTo(201);
    }

    /** Each refusal names its rule, in the caller's language, and leaves no booking behind. */
    @Test
    void everyRuleSaysNoClearlyAndChangesNothing() {
        LocalDate closure = next(DayOfWeek.FRIDAY, 3);
        Staff staff = makerspaces.library();
        String venue = makerspaces.venue(staff, rules(30, 60, 180, 20, 2, 24), libraryHours(closure));
        String printer = makerspaces.equipment(staff, venue, machine("PRINTER_3D", 1, false, null));
        ApiClient person = makerspaces.person().api();
        String path = "/api/v1/equipment/" + printer + "/bookings";
        LocalDate tuesday = next(DayOfWeek.TUESDAY, 3);

        assertRule(person.post(path, slot(tuesday, "08:00", "10:00")), "OPENING_HOURS",
                "outside the opening hours", "10:00\u201318:00");
        assertRule(person.post(path, slot(tuesday, "17:00", "18:30")), "OPENING_HOURS", "outside the opening hours");
        assertRule(person.post(path, slot(closure, "10:00", "11:00")), "CLOSED_DAY", "closed on", "(Grunnlovsdag)");
        assertRule(person.post(path, slot(next(DayOfWeek.MONDAY, 3), "10:00", "11:00")), "CLOSED_DAY", "closed on");
        assertRule(person.post(path, slot(tuesday, "10:00", "10:30")), "MIN_LENGTH", "at least 60 minutes");
        assertRule(person.post(path, slot(tuesday, "10:00", "14:00")), "MAX_LENGTH", "at most 180 minutes");
        assertRule(person.post(path, slot(tuesday, "10:10", "11:10")), "SLOT_GRID", "30 minutes");
        LocalDate yesterday = LocalDate.now(Makerspaces.OSLO).minusDays(1);
        assertRule(person.post(path, slot(yesterday, "10:00", "11:00")), "PAST", "in the past");
        LocalDate far = next(DayOfWeek.TUESDAY, 25);
        assertRule(person.post(path, slot(far, "10:00", "11:00")), "HORIZON", "20 days ahead");
        var german = person.language("de").post(path, slot(tuesday, "08:00", "10:00"));
        assertThat(german.text("detail")).startsWith("Das liegt au\u00dferhalb der \u00d6ffnungszeiten");
        var norwegian = person.language("nb").post(path, slot(tuesday, "10:00", "14:00"));
        assertThat(norwegian.text("detail")).isEqualTo("En booking varer h\u00f8yst 180 minutter.");
        person.language("en");

        assertInvalid(person.post(path, slot(tuesday, "12:00", "11:00")), "end", "The end must be after the start.");
        assertInvalid(person.post(path, slot(tuesday, "11:00", "11:00")), "end", "The end must be after the start.");
        assertInvalid(person.post(path, Map.of("start", "next tuesday", "end", tuesday + "T11:00")), "start",
                "year-month-day");
        assertInvalid(person.post(path, Map.of("end", tuesday + "T11:00")), "start", "fill in");
        Map<String, Object> elsewhere = new HashMap<>(slot(tuesday, "10:00", "11:00"));
        elsewhere.put("organisationId", staff.organisationId());
        assertInvalid(person.post(path, elsewhere), "organisationId", "organisation you belong to");
        assertThat(makerspaces.bookings(printer)).isZero();

        assertThat(person.post(path, slot(tuesday, "10:00", "11:00")).status()).isEqualTo(201);
        assertThat(person.post(path, slot(tuesday, "11:00", "12:00")).status()).isEqualTo(201);
        assertRule(person.post(path, slot(tuesday, "12:00", "13:00")), "MAX_ACTIVE_BOOKINGS", "already have 2");
        assertThat(makerspaces.bookings(printer)).isEqualTo(2);
        assertThat(makerspaces.count("select count(*) from booking_slot s join booking b on b.id = s.booking_id "
                + "where b.equipment_id = ?", UUID.fromString(printer))).isEqualTo(8);
    }

    @Test
    void retiredAndBrokenMachinesCannotBeBooked() {
        Setup setup = setup(null);
        ApiClient person = makerspaces.person().api();
        LocalDate tuesday = next(DayOfWeek.TUESDAY, 3);
        LocalDate until = tuesday.plusDays(1);
        var broken = setup.staff().api().put("/api/v1/equipment/" + setup.printerId() + "/status",
                Map.of("status", "OUT_OF_ORDER", "until", until.toString(), "note", "Nozzle clogged"));
        assertThat(broken.status()).as(broken.body().toString()).isEqualTo(200);
        String path = "/api/v1/equipment/" + setup.printerId() + "/bookings";
        assertRule(person.post(path, slot(tuesday, "10:00", "11:00")), "EQUIPMENT_OUT_OF_ORDER", "out of order until");
        assertThat(person.post(path, slot(until.plusDays(1), "10:00", "11:00")).status())
                .as("after the last day out of order").isEqualTo(201);

        setup.staff().api().put("/api/v1/equipment/" + setup.printerId() + "/status", Map.of("status", "RETIRED"));
        assertRule(person.post(path, slot(until.plusDays(2), "10:00", "11:00")), "EQUIPMENT_RETIRED", "retired");
        assertThat(makerspaces.activeBookings(setup.printerId())).as("retiring cancelled the booking").isZero();
    }

    @Test
    void peopleCancelTheirOwnBookingsBeforeTheDeadlineOnly() {
        Staff staff = makerspaces.library();
        String venue = makerspaces.venue(staff, rules(30, 30, 240, 60, 3, 72), libraryHours(null));
        String printer = makerspaces.equipment(staff, venue, machine("PRINTER_3D", 1, false, null));
        Person person = makerspaces.person();
        String path = "/api/v1/equipment/" + printer + "/bookings";
        LocalDate soon = LocalDate.now(Makerspaces.OSLO).plusDays(1);
        while (soon.getDayOfWeek() == DayOfWeek.SUNDAY || soon.getDayOfWeek() == DayOfWeek.MONDAY) {
            soon = soon.plusDays(1);
        }
        String close = person.api().post(path, slot(soon, "16:00", "17:00")).text("id");
        String later = person.api().post(path, slot(next(DayOfWeek.SATURDAY, 7), "10:00", "11:00")).text("id");

        Person stranger = makerspaces.person();
        var notYours = stranger.api().delete("/api/v1/bookings/" + later);
        assertThat(notYours.status()).isEqualTo(403);
        assertThat(notYours.text("detail")).isEqualTo("You can only cancel your own bookings.");
        assertThat(stranger.api().language("de").delete("/api/v1/bookings/" + later).text("detail"))
                .isEqualTo("Sie k\u00f6nnen nur Ihre eigenen Buchungen stornieren.");
        assertThat(person.api().get("/api/v1/bookings/" + later).text("status")).isEqualTo("ACTIVE");
        assertThat(makerspaces.slotRows(later)).isEqualTo(4);

        var tooLate = person.api().language("nb").delete("/api/v1/bookings/" + close);
        assertThat(tooLate.status()).isEqualTo(422);
        assertThat(tooLate.text("rule")).isEqualTo("CANCELLATION_DEADLINE");
        assertThat(tooLate.text("detail")).contains("72 timer");
        assertThat(makerspaces.slotRows(close)).isEqualTo(4);

        var cancelled = person.api().language("en").delete("/api/v1/bookings/" + later);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(makerspaces.slotRows(later)).as("the time is free again").isZero();
        assertThat(TestMailServer.awaitMailTo(person.email(), "Cancelled: " + cancelled.text("equipmentName")
                + " #1 at " + cancelled.text("venueName")).attachment("booking.ics").text()).contains("STATUS:CANCELLED");
        assertThat(person.api().delete("/api/v1/bookings/" + later).status()).as("once").isEqualTo(409);
        assertThat(stranger.api().post(path, slot(next(DayOfWeek.SATURDAY, 7), "10:00", "11:00")).status())
                .isEqualTo(201);
    }

    @Test
    void staffCancelWithAReasonThePersonReadsInTheirLanguage() {
        Setup setup = setup(null);
        Person person = makerspaces.person("nb");
        String id = person.api().post("/api/v1/equipment/" + setup.printerId() + "/bookings",
                slot(next(DayOfWeek.FRIDAY, 3), "14:00", "16:00")).text("id");

        var noReason = setup.staff().api().delete("/api/v1/bookings/" + id);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().path("errors").findValuesAsString("field")).containsExactly("reason");
        assertThat(makerspaces.activeBookings(setup.printerId())).isEqualTo(1);

        Staff otherLibrary = makerspaces.library();
        assertThat(otherLibrary.api().delete("/api/v1/bookings/" + id + "?reason=mine").status()).isEqualTo(403);

        var cancelled = setup.staff().api().delete("/api/v1/bookings/" + id + "?reason="
                + java.net.URLEncoder.encode("Kurs i verkstedet hele dagen", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("cancelReason")).isEqualTo("Kurs i verkstedet hele dagen");
        TestMailServer.ReceivedMail mail = TestMailServer.awaitMailTo(person.email(),
                "Bookingen din er avbestilt: Test-printer_3d #1 ved " + cancelled.text("venueName"));
        assertThat(mail.text()).contains("Grunn: Kurs i verkstedet hele dagen");
        assertThat(makerspaces.slotRows(id)).isZero();
    }

    @Test
    void staffRecordNoShowsOnceABookingHasStarted() {
        Setup setup = setup(null);
        Person person = makerspaces.person();
        UUID unit = UUID.fromString(setup.staff().api().get("/api/v1/equipment/" + setup.printerId()).body()
                .path("units").get(0).path("id").asString());
        Instant start = ZonedDateTime.now(Makerspaces.OSLO).minusDays(2).withHour(10).withMinute(0).withSecond(0)
                .withNano(0).toInstant();
        String past = bookings.importBooking(unit, UUID.fromString(person.id()), start, start.plusSeconds(3600),
                BookingStatus.ACTIVE).toString();
        String future = person.api().post("/api/v1/equipment/" + setup.printerId() + "/bookings",
                slot(next(DayOfWeek.TUESDAY, 3), "10:00", "11:00")).text("id");

        assertThat(person.api().post("/api/v1/bookings/" + past + "/attendance", Map.of("status", "NO_SHOW"))
                .status()).isEqualTo(403);
        assertThat(setup.staff().api().post("/api/v1/bookings/" + future + "/attendance",
                Map.of("status", "NO_SHOW")).status()).isEqualTo(409);
        assertThat(setup.staff().api().post("/api/v1/bookings/" + past + "/attendance",
                Map.of("status", "MAYBE")).status()).isEqualTo(400);
        var recorded = setup.staff().api().post("/api/v1/bookings/" + past + "/attendance",
                Map.of("status", "NO_SHOW"));
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.text("status")).isEqualTo("NO_SHOW");
        assertThat(person.api().delete("/api/v1/bookings/" + past).status()).isEqualTo(409);
    }

    @Test
    void availabilityShowsFreeAndTakenSlotsPerUnit() {
        Setup setup = setup(null);
        LocalDate tuesday = next(DayOfWeek.TUESDAY, 3);
        makerspaces.person().api().post("/api/v1/equipment/" + setup.printerId() + "/bookings",
                slot(tuesday, "10:00", "11:00"));

        var availability = new ApiClient(port).get("/api/v1/equipment/" + setup.printerId() + "/availability?from="
                + tuesday.minusDays(1) + "&to=" + tuesday);
        assertThat(availability.status()).isEqualTo(200);
        JsonNode slots = availability.body().path("slots");
        assertThat(slots.size()).as("Monday closed, Tuesday 10-18 in half hours").isEqualTo(16);
        assertThat(slots.get(0).path("start").asString()).isEqualTo(tuesday + "T10:00");
        assertThat(slots.get(0).path("units").toString()).isEqualTo("[\"TAKEN\",\"FREE\"]");
        assertThat(slots.get(0).path("free").asInt()).isEqualTo(1);
        assertThat(slots.get(2).path("units").toString()).isEqualTo("[\"FREE\",\"FREE\"]");
        assertThat(availability.body().path("units").findValuesAsString("label")).containsExactly("#1", "#2");

        assertThat(new ApiClient(port).get("/api/v1/equipment/" + setup.printerId()
                + "/availability?from=2027-01-10&to=2027-01-01").status()).isEqualTo(400);
        assertThat(new ApiClient(port).get("/api/v1/equipment/" + setup.printerId()
                + "/availability?from=2027-01-01&to=2027-03-01").status()).isEqualTo(400);
    }

    @Test
    void bookingsAndInductionsAreInThePersonalDataAndErasureFreesTheTime() {
        Staff staff = makerspaces.library();
        String venue = makerspaces.venue(staff, rules(30, 30, 240, 60, 3, 24), libraryHours(null));
        String laser = makerspaces.equipment(staff, venue, machine("LASER_CUTTER", 1, true, 365));
        Person person = makerspaces.person();
        staff.api().post("/api/v1/equipment/" + laser + "/inductions", Map.of("userId", person.id(), "passedOn",
                LocalDate.now(Makerspaces.OSLO).toString()));
        String id = person.api().post("/api/v1/equipment/" + laser + "/bookings",
                slot(next(DayOfWeek.TUESDAY, 3), "10:00", "11:00")).text("id");

        JsonNode data = person.api().get("/api/v1/me/data").body().path("makerspace");
        assertThat(data.path("bookings").findValuesAsString("id")).containsExactly(id);
        assertThat(data.path("inductions").get(0).path("kind").asString()).isEqualTo("LASER_CUTTER");

        assertThat(person.api().post("/api/v1/me/erase", Map.of("password", ApiClient.PASSWORD)).status())
                .isEqualTo(204);
        assertThat(makerspaces.count("select count(*) from booking where id = ? and status = 'CANCELLED'",
                UUID.fromString(id))).isEqualTo(1);
        assertThat(makerspaces.slotRows(id)).isZero();
        assertThat(makerspaces.count("select count(*) from induction where account_id = ?",
                UUID.fromString(person.id()))).isZero();
    }

    @Autowired
    org.uptake.makerspace.booking.BookingReminders reminders;

    @Test
    void peopleAreRemindedOnceBeforeTheStart() {
        Staff staff = makerspaces.library();
        String venue = makerspaces.venue(staff, rules(60, 60, 240, 60, 3, 0), Makerspaces.alwaysOpen());
        String printer = makerspaces.equipment(staff, venue, machine("PRINTER_3D", 1, false, null));
        Person person = makerspaces.person();
        ZonedDateTime start = ZonedDateTime.now(Makerspaces.OSLO).plusHours(3).truncatedTo(ChronoUnit.HOURS);
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        var booked = person.api().post("/api/v1/equipment/" + printer + "/bookings", Map.of("start",
                start.format(local), "end", start.plusHours(1).format(local)));
        assertThat(booked.status()).as(booked.body().toString()).isEqualTo(201);

        reminders.remind();
        reminders.remind();

        TestMailServer.ReceivedMail reminder = TestMailServer.awaitMailTo(person.email(), "Reminder: "
                + booked.text("equipmentName") + " #1 at " + booked.text("venueName"));
        assertThat(reminder.attachment("booking.ics").text()).contains("UID:" + booked.text("id") + "@uptake");
        assertThat(makerspaces.count("select count(*) from mail_outbox where dedupe_key = ?",
                "makerspace-reminder:" + booked.text("id"))).isEqualTo(1);
    }

    private static void assertRule(ApiClient.Response response, String rule, String... texts) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(422);
        assertThat(response.text("rule")).isEqualTo(rule);
        assertThat(response.text("detail")).contains(texts);
    }

    private static void assertInvalid(ApiClient.Response response, String field, String text) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        List<String> fields = response.body().path("errors").findValuesAsString("field");
        assertThat(fields).contains(field);
        assertThat(response.body().path("errors").toString()).contains(text);
    }
}
