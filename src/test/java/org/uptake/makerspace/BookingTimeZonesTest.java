package org.uptake.makerspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.makerspace.Makerspaces.machine;
import static org.uptake.makerspace.Makerspaces.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.makerspace.Makerspaces.Staff;

import tools.jackson.databind.JsonNode;

/**
 * Clock changes in Oslo, at a venue open day and night: the night in March is an hour short, the one in October an
 * hour long. Bookings are in local time; their length, slots and the figures are real time.
 */
@ApplicationTest
class BookingTimeZonesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Makerspaces makerspaces;
    Staff staff;
    String venue;

    @BeforeEach
    void setUp() {
        makerspaces = new Makerspaces(port, jdbc);
        staff = makerspaces.library();
        venue = makerspaces.venue(staff, rules(60, 60, 600, 365, 10, 0), Makerspaces.alwaysOpen());
    }

    /** The next last Sunday of the month that is at least two days away (always within a year). */
    static LocalDate nextLastSunday(Month month) {
        LocalDate today = LocalDate.now(Makerspaces.OSLO);
        LocalDate day = LocalDate.of(today.getYear(), month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        return day.isAfter(today.plusDays(1)) ? day
                : LocalDate.of(today.getYear() + 1, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }

    @Test
    void aBookingOverTheSpringNightIsTwoRealHoursAndTheMissingHourCannotBeBooked() {
        LocalDate night = nextLastSunday(Month.MARCH);
        String printer = makerspaces.equipment(staff, venue, machine("PRINTER_3D", 1, false, null));
        ApiClient person = makerspaces.person().api();
        String path = "/api/v1/equipment/" + printer + "/bookings";

        var booked = person.post(path, Map.of("start", night + "T01:00", "end", night + "T04:00"));

        assertThat(booked.status()).as(booked.body().toString()).isEqualTo(201);
        assertThat(booked.body().path("minutes").asInt()).as("01:00-04:00 on the clock, 2 hours in reality")
                .isEqualTo(120);
        assertThat(booked.text("startOffset")).isEqualTo("+01:00");
        assertThat(booked.text("endOffset")).isEqualTo("+02:00");
        assertThat(booked.text("startsAt")).isEqualTo(night + "T00:00:00Z");
        assertThat(booked.text("endsAt")).isEqualTo(night + "T02:00:00Z");
        assertThat(makerspaces.slotRows(booked.text("id"))).isEqualTo(8);

        var missing = person.post(path, Map.of("start", night + "T02:30", "end", night + "T05:00"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().path("errors").get(0).path("field").asString()).isEqualTo("start");
        assertThat(missing.body().path("errors").get(0).path("message").asString())
                .startsWith("There is no 02:30 on ").contains("in Europe/Oslo: that night the clocks go forward from "
                        + "02:00 to 03:00. Choose another time.");
        var german = person.language("de").post(path, Map.of("start", night + "T05:00", "end", night + "T02:30"));
        assertThat(german.body().path("errors").toString()).contains("gibt es in Europe/Oslo kein 02:30",
                "von 02:00 auf 03:00 vorgestellt");

        JsonNode slots = person.get("/api/v1/equipment/" + printer + "/availability?from=" + night + "&to=" + night)
                .body().path("slots");
        assertThat(slots.size()).as("a day of 23 hours").isEqualTo(23);
        assertThat(slots.get(1).path("start").asString()).isEqualTo(night + "T01:00");
        assertThat(slots.get(1).path("end").asString()).isEqualTo(night + "T03:00");
        assertThat(slots.get(1).path("units").toString()).isEqualTo("[\"TAKEN\"]");
        assertThat(slots.findValuesAsString("start")).doesNotContain(night + "T02:00");

        JsonNode usage = staff.api().get("/api/v1/venues/" + venue + "/usage?from=" + night + "&to=" + night).body();
        assertThat(usage.path("total").path("openHours").asDouble()).isEqualTo(23.0);
        assertThat(usage.path("total").path("bookedHours").asDouble()).isEqualTo(2.0);
    }

    @Test
    void theRepeatedAutumnHourMeansSummerTimeUnlessTheOffsetSaysOtherwise() {
        LocalDate night = nextLastSunday(Month.OCTOBER);
        String printer = makerspaces.equipment(staff, venue, machine("PRINTER_3D", 1, false, null));
        String cutter = makerspaces.equipment(staff, venue, machine("VINYL_CUTTER", 1, false, null));
        ApiClient person = makerspaces.person().api();

        var whole = person.post("/api/v1/equipment/" + printer + "/bookings",
                Map.of("start", night + "T01:00", "end", night + "T04:00"));
        assertThat(whole.status()).as(whole.body().toString()).isEqualTo(201);
        assertThat(whole.body().path("minutes").asInt()).as("01:00-04:00 on the clock, 4 hours in reality")
                .isEqualTo(240);
        assertThat(makerspaces.slotRows(whole.text("id"))).isEqualTo(16);

        String path = "/api/v1/equipment/" + cutter + "/bookings";
        var first = person.post(path, Map.of("start", night + "T02:00", "end", night + "T02:00+01:00"));
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        assertThat(first.text("startsAt")).as("02:00 without offset is the first one, summer time")
                .isEqualTo(night + "T00:00:00Z");
        assertThat(first.body().path("minutes").asInt()).isEqualTo(60);
        var second = person.post(path, Map.of("start", night + "T02:00+01:00", "end", night + "T03:00"));
        assertThat(second.status()).as(second.body().toString()).isEqualTo(201);
        assertThat(second.text("startsAt")).isEqualTo(night + "T01:00:00Z");
        assertThat(second.text("startOffset")).isEqualTo("+01:00");
        var overlapping = person.post(path, Map.of("start", night + "T02:00", "end", night + "T03:00"));
        assertThat(overlapping.status()).isEqualTo(409);

        var wrongOffset = person.post(path, Map.of("start", night + "T05:00+02:00", "end", night + "T06:00"));
        assertThat(wrongOffset.status()).isEqualTo(400);
        assertThat(wrongOffset.body().path("errors").toString()).contains("The offset +02:00 does not apply");

        JsonNode slots = person.get("/api/v1/equipment/" + cutter + "/availability?from=" + night + "&to=" + night)
                .body().path("slots");
        assertThat(slots.size()).as("a day of 25 hours").isEqualTo(25);
        List<String> twoOClock = java.util.stream.StreamSupport.stream(slots.spliterator(), false)
                .filter(s -> s.path("start").asString().equals(night + "T02:00"))
                .map(s -> s.path("startOffset").asString()).toList();
        assertThat(twoOClock).containsExactly("+02:00", "+01:00");

        JsonNode usage = staff.api().get("/api/v1/venues/" + venue + "/usage?from=" + night + "&to=" + night).body();
        assertThat(usage.path("total").path("openHours").asDouble()).isEqualTo(25.0);
    }
}
