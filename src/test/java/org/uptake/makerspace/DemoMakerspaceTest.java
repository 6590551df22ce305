package org.uptake.makerspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.uptake.ApiClient;

import tools.jackson.databind.JsonNode;

/**
 * The demo profile: the two libraries of Trøndelag run maker spaces with realistic equipment, opening hours
 * Tuesday to Saturday, closed on 17 May, inductions and a month of bookings around today; it runs once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DemoMakerspaceTest {

    private static final String DEMO_VENUES = "select v.id from venue v join organisation o on o.id = v.organisation_id "
            + "where o.type = 'LIBRARY' and o.nuts_code = 'NO060' and o.name in ('Trondheim folkebibliotek \u2013 "
            + "Hovedbiblioteket', 'Steinkjer bibliotek')";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<ApplicationRunner> runners;

    @Test
    void bothLibrariesRunAMakerSpaceWithRealisticEquipmentAndHours() {
        assertThat(count("select count(*) from (" + DEMO_VENUES + ") v")).isEqualTo(2);
        assertThat(jdbc.queryForList("select distinct e.kind from equipment e where e.venue_id in (" + DEMO_VENUES + ")",
                String.class)).contains("PRINTER_3D", "LASER_CUTTER", "SEWING_MACHINE", "EMBROIDERY_MACHINE",
                "SOLDERING_STATION", "VINYL_CUTTER", "VR_HEADSET", "REPAIR_BENCH");
        assertThat(count("select count(*) from equipment e where e.venue_id in (" + DEMO_VENUES + ") and e.kind = "
                + "'PRINTER_3D' and e.quantity = 2 and e.induction_required and e.induction_valid_days = 365"))
                .isEqualTo(2);
        assertThat(count("select count(*) from equipment_unit u join equipment e on e.id = u.equipment_id where "
                + "e.venue_id in (" + DEMO_VENUES + ") and e.kind = 'SEWING_MACHINE'")).isEqualTo(3 + 2);
        assertThat(jdbc.queryForList("select distinct day_of_week from venue_opening_hours where venue_id in ("
                + DEMO_VENUES + ") order by day_of_week", Integer.class)).as("Tuesday to Saturday")
                .containsExactly(2, 3, 4, 5, 6);
        assertThat(count("select count(*) from venue_exception where venue_id in (" + DEMO_VENUES + ") and closed and "
                + "extract(month from exception_date) = 5 and extract(day from exception_date) = 17")).isEqualTo(2);
        assertThat(count("select count(*) from equipment where venue_id in (" + DEMO_VENUES + ") and status = "
                + "'OUT_OF_ORDER'")).isEqualTo(1);
    }

    @Test
    void inductionsAndAMonthOfBookingsAroundToday() {
        assertThat(count("select count(*) from induction where venue_id in (" + DEMO_VENUES + ")")).isEqualTo(8);
        String bookings = "select count(*) from booking where venue_id in (" + DEMO_VENUES + ") and ";
        assertThat(count(bookings + "status = 'ATTENDED' and ends_at < current_timestamp")).isGreaterThan(20);
        assertThat(count(bookings + "status = 'NO_SHOW' and ends_at < current_timestamp")).isPositive();
        assertThat(count(bookings + "status = 'ACTIVE' and starts_at > current_timestamp")).isGreaterThan(10);
        assertThat(count(bookings + "status = 'CANCELLED' and cancel_reason is not null")).isPositive();
        assertThat(count(bookings + "starts_at < current_timestamp - interval '10' day")).isPositive();
        assertThat(count(bookings + "starts_at > current_timestamp + interval '7' day")).isPositive();
        assertThat(count("select count(*) from booking b where b.venue_id in (" + DEMO_VENUES + ") and b.status <> "
                + "'CANCELLED' and (select count(*) from booking_slot s where s.booking_id = b.id) * 15 * 60 <> "
                + "extract(epoch from (b.ends_at - b.starts_at))")).as("every booking holds its slots").isZero();

        ApiClient librarian = new ApiClient(port);
        librarian.signIn("librarian@uptake.demo", "demo-password-2027");
        String venue = librarian.get("/api/v1/venues").body().findParents("name").stream()
                .filter(v -> v.path("organisationName").asString().startsWith("Trondheim folkebibliotek"))
                .map(v -> v.path("id").asString()).findFirst().orElseThrow();
        JsonNode usage = librarian.get("/api/v1/venues/" + venue + "/usage").body();
        assertThat(usage.path("total").path("bookings").asInt()).isPositive();
        assertThat(usage.path("total").path("utilisation").asDouble()).isBetween(0.01, 1.0);
        assertThat(librarian.get("/api/v1/venues/" + venue + "/bookings").body().size()).isPositive();
    }

    @Test
    void runsOnce() throws Exception {
        int venues = count("select count(*) from venue");
        for (ApplicationRunner runner : runners) {
            if (runner.getClass().getName().contains("DemoMakerspace")) {
                runner.run(new DefaultApplicationArguments());
            }
        }
        assertThat(count("select count(*) from venue")).isEqualTo(venues);
    }

    private int count(String sql) {
        Integer count = jdbc.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }
}
