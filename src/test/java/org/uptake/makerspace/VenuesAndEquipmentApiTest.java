package org.uptake.makerspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.makerspace.Makerspaces.libraryHours;
import static org.uptake.makerspace.Makerspaces.machine;
import static org.uptake.makerspace.Makerspaces.next;
import static org.uptake.makerspace.Makerspaces.rules;
import static org.uptake.makerspace.Makerspaces.slot;
import static org.uptake.makerspace.Makerspaces.venueBody;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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

import tools.jackson.databind.JsonNode;

/**
 * Venues, opening hours and equipment through the API: staff of the host organisation manage them, nobody else;
 * bad input is refused field by field and changes nothing; quantity is units; out of order cancels and tells.
 */
@ApplicationTest
class VenuesAndEquipmentApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Makerspaces makerspaces;

    @BeforeEach
    void setUp() {
        makerspaces = new Makerspaces(port, jdbc);
    }

    @Test
    void staffCreateAVenueEveryoneSeesIt() {
        Staff staff = makerspaces.library();
        Map<String, Object> body = venueBody(staff.organisationId(), Map.of("slotMinutes", 60));
        var created = staff.api().post("/api/v1/venues", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.headers().get("location").getFirst()).endsWith("/api/v1/venues/" + id);
        assertThat(created.body().path("rules").path("slotMinutes").asInt()).isEqualTo(60);
        assertThat(created.body().path("rules").path("minBookingMinutes").asInt()).as("follows the slot").isEqualTo(60);
        assertThat(created.body().path("rules").path("maxBookingMinutes").asInt()).isEqualTo(240);
        assertThat(created.body().path("regionName").asString()).isEqualTo("Tr\u00f8ndelag");
        assertThat(created.body().path("openingHours").path("weekly").size()).as("closed until hours are set").isZero();

        LocalDate closure = LocalDate.now(Makerspaces.OSLO).plusMonths(2).withDayOfMonth(17);
        var hours = staff.api().put("/api/v1/venues/" + id + "/opening-hours", libraryHours(closure));
        assertThat(hours.status()).isEqualTo(200);
        assertThat(hours.body().path("weekly").path("TUESDAY").get(0).path("open").asString()).isEqualTo("10:00");
        assertThat(hours.body().path("exceptions").get(0).path("note").asString()).isEqualTo("Grunnlovsdag");

        ApiClient visitor = new ApiClient(port);
        assertThat(visitor.get("/api/v1/venues").body().findValuesAsString("id")).contains(id);
        JsonNode venue = visitor.get("/api/v1/venues/" + id).body();
        assertThat(venue.path("name").asString()).isEqualTo(body.get("name"));
        assertThat(venue.path("timeZone").asString()).isEqualTo("Europe/Oslo");
        assertThat(venue.path("openingHours").path("weekly").path("SATURDAY").get(0).path("close").asString())
                .isEqualTo("16:00");
        assertThat(venue.path("openingHours").path("weekly").has("MONDAY")).isFalse();
        assertThat(venue.path("equipment").size()).isZero();
        assertThat(visitor.get("/api/v1/venues?organisationId=" + staff.organisationId()).body()
                .findValuesAsString("id")).containsExactly(id);
        assertThat(visitor.get("/api/v1/venues/" + UUID.randomUUID()).status()).isEqualTo(404);

        Map<String, Object> changed = new HashMap<>(body);
        changed.put("name", "Folkeverkstedet p\u00e5 Hovedbiblioteket");
        changed.put("rules", Map.of("maxActiveBookings", 5));
        var updated = staff.api().put("/api/v1/venues/" + id, changed);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().path("rules").path("maxActiveBookings").asInt()).isEqualTo(5);
        assertThat(updated.body().path("rules").path("slotMinutes").asInt()).as("kept").isEqualTo(60);
        assertThat(updated.body().path("openingHours").path("weekly").size()).as("kept").isEqualTo(5);
    }

    @Test
    void onlyStaffOfTheHostManageItsVenueAndEquipment() {
        Staff staff = makerspaces.library();
        String venue = makerspaces.venue(staff, rules(30, 30, 240, 60, 3, 24), libraryHours(null));
        String printer = makerspaces.equipment(staff, venue, machine("PRINTER_3D", 1, false, null));

        Person stranger = makerspaces.person();
        var refused = stranger.api().post("/api/v1/venues", venueBody(staff.organisationId(), null));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("detail")).isEqualTo(
                "Only staff of the organisation that hosts this maker space may do this.");

        Staff other = makerspaces.library();
        ApiClient otherLibrary = other.api().language("de");
        var hijack = otherLibrary.put("/api/v1/equipment/" + printer, machine("LASER_CUTTER", 4, true, 30));
        assertThat(hijack.status()).isEqualTo(403);
        assertThat(hijack.text("detail")).startsWith("Nur Mitarbeitende der Organisation");
        assertThat(otherLibrary.post("/api/v1/venues/" + venue + "/equipment", machine("VR_HEADSET", 1, false, null))
                .status()).isEqualTo(403);
        assertThat(otherLibrary.put("/api/v1/equipment/" + printer + "/status", Map.of("status", "RETIRED")).status())
                .isEqualTo(403);
        assertThat(otherLibrary.put("/api/v1/venues/" + venue + "/opening-hours", Makerspaces.alwaysOpen()).status())
                .isEqualTo(403);
        assertThat(otherLibrary.put("/api/v1/venues/" + venue, venueBody(other.organisationId(), null)).status())
                .isEqualTo(403);
        assertThat(otherLibrary.get("/api/v1/venues/" + venue + "/bookings").status()).isEqualTo(403);
        assertThat(otherLibrary.get("/api/v1/venues/" + venue + "/usage").status()).isEqualTo(403);
        JsonNode unchanged = new ApiClient(port).get("/api/v1/equipment/" + printer).body();
        assertThat(unchanged.path("kind").asString()).isEqualTo("PRINTER_3D");
        assertThat(unchanged.path("status").asString()).isEqualTo("AVAILABLE");
        assertThat(unchanged.path("units").size()).isEqualTo(1);
        assertThat(new ApiClient(port).get("/api/v1/venues/" + venue + "/equipment").body().size()).isEqualTo(1);
        assertThat(new ApiClient(port).get("/api/v1/venues/" + venue).body().path("openingHours").path("weekly")
                .has("MONDAY")).isFalse();

        // A member of the library counts as staff with the platform role VENUE_STAFF (a librarian), not without.
        Person member = makerspaces.person();
        jdbc.update("insert into membership (id, organisation_id, account_id, role, created_at) values (?, ?, ?, "
                + "'MEMBER', ?)", UUID.randomUUID(), UUID.fromString(staff.organisationId()),
                UUID.fromString(member.id()), java.sql.Timestamp.from(Instant.now()));
        assertThat(member.api().put("/api/v1/equipment/" + printer + "/status", Map.of("status", "AVAILABLE"))
                .status()).isEqualTo(403);
        jdbc.update("insert into account_role (account_id, role) values (?, 'VENUE_STAFF')", UUID.fromString(member.id()));
        member.api().signIn(member.email(), ApiClient.PASSWORD);
        assertThat(member.api().put("/api/v1/equipment/" + printer + "/status", Map.of("status", "AVAILABLE"))
                .status()).isEqualTo(200);
        assertThat(member.api().get("/api/v1/venues/" + venue + "/bookings").status()).isEqualTo(200);
    }

    @Test
    void badVenuesAndHoursAreRefusedFieldByFieldAndChangeNothing() {
        Staff staff = makerspaces.library();
        Map<String, Object> bad = venueBody(staff.organisationId(), Map.of("slotMinutes", 20, "horizonDays", 0));
        bad.put("name", " ");
        bad.put("timeZone", "Mars/Olympus");
        bad.put("nutsCode", "NO0");
        bad.put("contactEmail", "not an address");
        var refused = staff.api().language("nb").post("/api/v1/venues", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name",
                "timeZone", "nutsCode", "contactEmail", "rules.slotMinutes", "rules.horizonDays");
        assertThat(refused.body().path("errors").toString()).contains("Oppgi en tidssone som Europe/Oslo");
        Map<String, Object> unknownRegion = venueBody(staff.organisationId(), null);
        unknownRegion.put("nutsCode", "XX999");
        assertThat(staff.api().post("/api/v1/venues", unknownRegion).body().path("errors").findValuesAsString("field"))
                .containsExactly("nutsCode");
        Map<String, Object> noHost = venueBody(UUID.randomUUID().toString(), null);
        assertThat(staff.api().post("/api/v1/venues", noHost).status()).isEqualTo(400);
        assertThat(makerspaces.count("select count(*) from venue where organisation_id = ?",
                UUID.fromString(staff.organisationId()))).isZero();

        String venue = makerspaces.venue(staff, rules(30, 30, 240, 60, 3, 24), libraryHours(null));
        var badHours = staff.api().language("en").put("/api/v1/venues/" + venue + "/opening-hours", Map.of(
                "weekly", Map.of("MONDAY", List.of(Map.of("open", "18:00", "close", "10:00")),
                        "TUESDAY", List.of(Map.of("open", "10:00", "close", "14:00"), Map.of("open", "13:00", "close", "15:00"))),
                "exceptions", List.of(Map.of("date", "17 May", "closed", true))));
        assertThat(badHours.status()).isEqualTo(400);
        assertThat(badHours.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "weekly.MONDAY", "weekly.TUESDAY", "exceptions[0].date");
        assertThat(badHours.body().path("errors").toString()).contains("The closing time must be after the opening time.",
                "The opening hours of one day overlap.");
        assertThat(makerspaces.count("select count(*) from venue_opening_hours where venue_id = ?",
                UUID.fromString(venue))).as("unchanged").isEqualTo(5);
    }

    @Test
    void equipmentIsAddedWithItsUnitsAndBadEquipmentIsRefused() {
        Staff staff = makerspaces.library();
        String venue = makerspaces.venue(staff, rules(30, 30, 240, 60, 3, 24), libraryHours(null));
        Map<String, Object> printers = machine("PRINTER_3D", 2, true, 365);
        printers.put("description", Map.of("en", "Prusa MK4, 25x21x22 cm", "nb", "Prusa MK4, 25x21x22 cm"));
        printers.put("materials", List.of(Map.of("name", "PLA filament", "unit", "100 g", "price", 20, "currency", "NOK")));
        UUID workshop = UUID.randomUUID();
        printers.put("inductionOfferId", workshop.toString());
        var created = staff.api().post("/api/v1/venues/" + venue + "/equipment", printers);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.text("id")).isNotBlank();
        assertThat(created.body().path("units").findValuesAsString("label")).containsExactly("#1", "#2");
        assertThat(created.body().path("inductionValidDays").asInt()).isEqualTo(365);
        assertThat(created.text("inductionOfferId")).isEqualTo(workshop.toString());
        assertThat(created.body().path("materials").get(0).path("price").decimalValue())
                .isEqualByComparingTo("20.00");
        JsonNode norwegian = new ApiClient(port).language("nb").get("/api/v1/equipment/" + created.text("id")).body();
        assertThat(norwegian.path("kindName").asString()).isEqualTo("3D-printer");
        assertThat(norwegian.path("displayName").asString()).isEqualTo("Test-printer_3d");

        for (int quantity : List.of(-1, 0, 51)) {
            Map<String, Object> bad = machine("SEWING_MACHINE", quantity, false, null);
            var refused = staff.api().language("de").post("/api/v1/venues/" + venue + "/equipment", bad);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("quantity");
            assertThat(refused.body().path("errors").get(0).path("message").asString())
                    .isEqualTo("Die Anzahl muss eine ganze Zahl von 1 bis 50 sein.");
        }
        Map<String, Object> bad = machine("TIME_MACHINE", 1, false, -3);
        bad.put("name", Map.of("fr", "Machine"));
        bad.put("materials", List.of(Map.of("name", "Vinyl", "price", -2)));
        var refused = staff.api().post("/api/v1/venues/" + venue + "/equipment", bad);
        assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "kind",
                "inductionValidDays", "materials[0]");
        assertThat(makerspaces.count("select count(*) from equipment where venue_id = ?", UUID.fromString(venue)))
                .isEqualTo(1);
        var negative = staff.api().put("/api/v1/equipment/" + created.text("id"), machine("PRINTER_3D", -2, true, 365));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(makerspaces.count("select count(*) from equipment_unit where equipment_id = ? and not retired",
                UUID.fromString(created.text("id")))).isEqualTo(2);
    }

    @Test
    void quantityIsUnitsAndABookedUnitIsNotRetired() {
        Staff staff = makerspaces.library();
        String venue = makerspaces.venue(staff, rules(30, 30, 240, 60, 3, 24), libraryHours(null));
        String sewing = makerspaces.equipment(staff, venue, machine("SEWING_MACHINE", 2, false, null));

        var three = staff.api().put("/api/v1/equipment/" + sewing, machine("SEWING_MACHINE", 3, false, null));
        assertThat(three.status()).isEqualTo(200);
        assertThat(three.body().path("units").findValuesAsString("label")).containsExactly("#1", "#2", "#3");
        String third = three.body().path("units").get(2).path("id").asString();

        Person person = makerspaces.person();
        LocalDate tuesday = next(DayOfWeek.TUESDAY, 3);
        Map<String, Object> onThird = new HashMap<>(slot(tuesday, "10:00", "12:00"));
        onThird.put("unitId", third);
        String booking = person.api().post("/api/v1/equipment/" + sewing + "/bookings", onThird).text("id");

        var blocked = staff.api().put("/api/v1/equipment/" + sewing, machine("SEWING_MACHINE", 2, false, null));
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.text("detail")).startsWith("Machine #3 is booked from ").contains("10:00",
                "Cancel its bookings first");
        assertThat(new ApiClient(port).get("/api/v1/equipment/" + sewing).body().path("quantity").asInt()).isEqualTo(3);

        assertThat(person.api().delete("/api/v1/bookings/" + booking).status()).isEqualTo(200);
        var two = staff.api().put("/api/v1/equipment/" + sewing, machine("SEWING_MACHINE", 2, false, null));
        assertThat(two.status()).isEqualTo(200);
        assertThat(two.body().path("units").findValuesAsString("label")).containsExactly("#1", "#2");
        var again = staff.api().put("/api/v1/equipment/" + sewing, machine("SEWING_MACHINE", 4, false, null));
        assertThat(again.body().path("units").findValuesAsString("label")).containsExactly("#1", "#2", "#3", "#4");
        assertThat(again.body().path("units").get(2).path("id").asString()).as("#3 comes back").isEqualTo(third);
    }

    @Test
    void outOfOrderCancelsTheBookingsInTheOutageAndTellsEachPersonInTheirLanguage() {
        Staff staff = makerspaces.library();
        String venue = makerspaces.venue(staff, rules(30, 30, 240, 60, 3, 24), libraryHours(null));
        Map<String, Object> laserBody = machine("LASER_CUTTER", 2, false, null);
        laserBody.put("name", Map.of("en", "Laser cutter Epilog", "nb", "Laserkutter Epilog", "de", "Lasercutter Epilog"));
        String laser = makerspaces.equipment(staff, venue, laserBody);
        Person kari = makerspaces.person("nb");
        Person jonas = makerspaces.person("de");
        Person ada = makerspaces.person();
        LocalDate wednesday = next(DayOfWeek.WEDNESDAY, 3);
        String path = "/api/v1/equipment/" + laser + "/bookings";
        String kariBooking = kari.api().post(path, slot(wednesday, "10:00", "12:00")).text("id");
        String jonasBooking = jonas.api().post(path, slot(wednesday, "11:00", "13:00")).text("id");
        String adaBooking = ada.api().post(path, slot(wednesday.plusDays(7), "10:00", "12:00")).text("id");

        var broken = staff.api().put("/api/v1/equipment/" + laser + "/status", Map.of("status", "OUT_OF_ORDER",
                "until", wednesday.plusDays(2).toString(), "note", "Laserr\u00f8ret byttes"));
        assertThat(broken.status()).as(broken.body().toString()).isEqualTo(200);
        assertThat(broken.body().path("cancelledBookings").asInt()).isEqualTo(2);
        assertThat(broken.text("statusToday")).isEqualTo("OUT_OF_ORDER");
        assertThat(broken.text("outOfOrderUntil")).isEqualTo(wednesday.plusDays(2).toString());

        TestMailServer.ReceivedMail norwegian = TestMailServer.awaitMailTo(kari.email(),
                "Ute av drift, booking avbestilt: Laserkutter Epilog #1");
        assertThat(norwegian.text()).contains("Beskjed fra de ansatte: Laserr\u00f8ret byttes");
        assertThat(norwegian.attachment("booking.ics").text()).contains("STATUS:CANCELLED");
        assertThat(TestMailServer.awaitMailTo(jonas.email(), "Au\u00dfer Betrieb, Buchung storniert: Lasercutter Epilog #2")
                .text()).contains("Hinweis des Teams: Laserr\u00f8ret byttes");
        assertThat(ada.api().get("/api/v1/bookings/" + adaBooking).text("status")).isEqualTo("ACTIVE");
        assertThat(kari.api().get("/api/v1/bookings/" + kariBooking).text("status")).isEqualTo("CANCELLED");
        assertThat(makerspaces.slotRows(kariBooking) + makerspaces.slotRows(jonasBooking)).isZero();

        assertThat(staff.api().put("/api/v1/equipment/" + laser + "/status", Map.of("status", "OUT_OF_ORDER",
                "until", "2001-01-01")).status()).as("not in the past").isEqualTo(400);
        assertThat(staff.api().put("/api/v1/equipment/" + laser + "/status", Map.of("status", "BROKEN")).status())
                .isEqualTo(400);
        assertThat(staff.api().put("/api/v1/equipment/" + laser + "/status", Map.of("status", "AVAILABLE"))
                .text("statusToday")).isEqualTo("AVAILABLE");
    }
}
