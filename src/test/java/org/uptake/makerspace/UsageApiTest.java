package org.uptake.makerspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.makerspace.Makerspaces.libraryHours;
import static org.uptake.makerspace.Makerspaces.machine;
import static org.uptake.makerspace.Makerspaces.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.makerspace.Makerspaces.Person;
import org.uptake.makerspace.Makerspaces.Staff;
import org.uptake.makerspace.booking.BookingStatus;
import org.uptake.makerspace.booking.Bookings;

import tools.jackson.databind.JsonNode;

/** The usage figures of a venue for a past week, worked out by hand. */
@ApplicationTest
class UsageApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Bookings bookings;

    @Test
    void aWeekOfBookingsInFigures() {
        Makerspaces makerspaces = new Makerspaces(port, jdbc);
        Staff staff = makerspaces.library();
        String venue = makerspaces.venue(staff, rules(30, 30, 240, 60, 3, 24), libraryHours(null));
        String printer = makerspaces.equipment(staff, venue, machine("PRINTER_3D", 2, false, null));
        String laser = makerspaces.equipment(staff, venue, machine("LASER_CUTTER", 1, true, 365));
        Person a = makerspaces.person();
        Person b = makerspaces.person();
        Person c = makerspaces.person();
        // a past week, Monday to Sunday: open Tuesday to Friday 8 hours, Saturday 6 = 38 hours
        LocalDate monday = LocalDate.now(Makerspaces.OSLO).minusWeeks(3).with(TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY));
        UUID printer1 = unit(staff, printer, 0);
        UUID printer2 = unit(staff, printer, 1);
        UUID laser1 = unit(staff, laser, 0);
        book(printer1, a, monday.plusDays(1), 10, 12, BookingStatus.ATTENDED);
        book(printer2, b, monday.plusDays(2), 10, 13, BookingStatus.NO_SHOW);
        book(printer1, a, monday.plusDays(3), 10, 11, BookingStatus.CANCELLED);
        book(printer1, c, monday.plusDays(4), 10, 12, BookingStatus.ACTIVE);
        book(laser1, b, monday.plusDays(1), 14, 16, BookingStatus.ATTENDED);
        book(laser1, c, monday.plusDays(8), 14, 16, BookingStatus.ATTENDED);
        for (LocalDate passed : new LocalDate[] {monday.plusDays(1), monday.plusDays(5), monday.minusDays(1)}) {
            assertThat(staff.api().post("/api/v1/equipment/" + laser + "/inductions", Map.of("userId",
                    makerspaces.person().id(), "passedOn", passed.toString())).status()).isEqualTo(201);
        }

        var response = staff.api().get("/api/v1/venues/" + venue + "/usage?from=" + monday + "&to=" + monday.plusDays(6));

        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        JsonNode total = response.body().path("total");
        assertThat(total.path("bookings").asInt()).isEqualTo(4);
        assertThat(total.path("cancelled").asInt()).isEqualTo(1);
        assertThat(total.path("bookedHours").asDouble()).isEqualTo(9.0);
        assertThat(total.path("openHours").asDouble()).isEqualTo(38.0);
        assertThat(total.path("units").asInt()).isEqualTo(3);
        assertThat(total.path("openUnitHours").asDouble()).isEqualTo(114.0);
        assertThat(total.path("utilisation").asDouble()).isEqualTo(0.0789);
        assertThat(total.path("uniqueUsers").asInt()).isEqualTo(3);
        assertThat(total.path("newInductions").asInt()).isEqualTo(2);
        assertThat(total.path("attended").asInt()).isEqualTo(2);
        assertThat(total.path("noShows").asInt()).isEqualTo(1);
        assertThat(total.path("unrecorded").asInt()).isEqualTo(1);
        assertThat(total.path("noShowRate").asDouble()).isEqualTo(0.3333);

        JsonNode byKind = response.body().path("byKind");
        assertThat(byKind.findValuesAsString("kind")).containsExactly("PRINTER_3D", "LASER_CUTTER");
        JsonNode printers = byKind.get(0).path("figures");
        assertThat(printers.path("bookings").asInt()).isEqualTo(3);
        assertThat(printers.path("bookedHours").asDouble()).isEqualTo(7.0);
        assertThat(printers.path("openUnitHours").asDouble()).isEqualTo(76.0);
        assertThat(printers.path("utilisation").asDouble()).isEqualTo(0.0921);
        assertThat(printers.path("noShowRate").asDouble()).isEqualTo(0.5);
        JsonNode lasers = byKind.get(1).path("figures");
        assertThat(lasers.path("utilisation").asDouble()).isEqualTo(0.0526);
        assertThat(lasers.path("newInductions").asInt()).isEqualTo(2);
        assertThat(lasers.path("noShowRate").asDouble()).isEqualTo(0.0);
        assertThat(response.body().path("byEquipment").size()).isEqualTo(2);

        var someone = makerspaces.person().api().get("/api/v1/venues/" + venue + "/usage");
        assertThat(someone.status()).isEqualTo(403);
        assertThat(someone.text("detail")).isEqualTo("Only staff of the maker space and programme managers see its usage.");
        Person programme = makerspaces.person();
        jdbc.update("insert into account_role (account_id, role) values (?, 'PROGRAMME_MANAGER')",
                UUID.fromString(programme.id()));
        programme.api().signIn(programme.email(), ApiClient.PASSWORD);
        assertThat(programme.api().get("/api/v1/venues/" + venue + "/usage?from=" + monday + "&to="
                + monday.plusDays(6)).body().path("total").path("bookings").asInt()).isEqualTo(4);
        var badRange = staff.api().language("nb").get("/api/v1/venues/" + venue + "/usage?from=2027-02-01&to=2026-01-01");
        assertThat(badRange.status()).isEqualTo(400);
        assertThat(badRange.body().path("errors").toString()).contains("h\u00f8yst 366 dager");
    }

    private UUID unit(Staff staff, String equipmentId, int index) {
        return UUID.fromString(staff.api().get("/api/v1/equipment/" + equipmentId).body().path("units").get(index)
                .path("id").asString());
    }

    private void book(UUID unit, Person person, LocalDate day, int from, int to, BookingStatus outcome) {
        Instant start = day.atTime(from, 0).atZone(Makerspaces.OSLO).toInstant();
        Instant end = day.atTime(to, 0).atZone(Makerspaces.OSLO).toInstant();
        bookings.importBooking(unit, UUID.fromString(person.id()), start, end, outcome);
    }
}
