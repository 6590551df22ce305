package org.uptake.makerspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.uptake.makerspace.venue.OpeningHours;
import org.uptake.makerspace.venue.OpeningHoursRequest;
import org.uptake.makerspace.venue.TimeRange;

/** Opening hours as instants: weekdays, exceptions, midnight and the clock changes of Oslo. */
class OpeningHoursTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static OpeningHours hours(Map<String, List<OpeningHoursRequest.Range>> weekly,
            List<OpeningHoursRequest.ExceptionRequest> exceptions) {
        var checked = new OpeningHoursRequest(weekly, exceptions).check();
        assertThat(checked).isInstanceOf(OpeningHoursRequest.Accepted.class);
        return ((OpeningHoursRequest.Accepted) checked).hours();
    }

    @Test
    void aDayAndNightVenueIsOpenAsLongAsTheClocksSay() {
        var all = new java.util.LinkedHashMap<String, List<OpeningHoursRequest.Range>>();
        for (DayOfWeek day : DayOfWeek.values()) {
            all.put(day.name(), List.of(new OpeningHoursRequest.Range("00:00", "24:00")));
        }
        OpeningHours hours = hours(all, List.of());
        LocalDate spring = LocalDate.of(2027, 3, 28);
        LocalDate autumn = LocalDate.of(2027, 10, 31);
        assertThat(hours.openTime(spring, spring, OSLO)).isEqualTo(Duration.ofHours(23));
        assertThat(hours.openTime(autumn, autumn, OSLO)).isEqualTo(Duration.ofHours(25));
        assertThat(hours.intervals(spring.minusDays(1), spring.plusDays(1), OSLO)).as("one stretch").hasSize(1);
        assertThat(hours.covers(Instant.parse("2027-03-27T22:00:00Z"), Instant.parse("2027-03-28T03:00:00Z"), OSLO))
                .as("over midnight and the clock change").isTrue();
    }

    @Test
    void exceptionsReplaceTheWeekAndGapsAreGaps() {
        OpeningHours hours = hours(Map.of("TUESDAY", List.of(new OpeningHoursRequest.Range("10:00", "14:00"),
                        new OpeningHoursRequest.Range("15:00", "19:00"))),
                List.of(new OpeningHoursRequest.ExceptionRequest("2027-05-18", null,
                        List.of(new OpeningHoursRequest.Range("10:00", "12:00")), "Day after the holiday"),
                        new OpeningHoursRequest.ExceptionRequest("2027-05-25", true, null, null)));
        assertThat(hours.on(LocalDate.of(2027, 5, 11))).containsExactly(new TimeRange(600, 840),
                new TimeRange(900, 1140));
        assertThat(hours.on(LocalDate.of(2027, 5, 18))).containsExactly(new TimeRange(600, 720));
        assertThat(hours.isOpenOn(LocalDate.of(2027, 5, 25))).isFalse();
        assertThat(hours.isOpenOn(LocalDate.of(2027, 5, 12))).as("Wednesday").isFalse();
        Instant tuesdayTwo = LocalDate.of(2027, 5, 11).atTime(13, 0).atZone(OSLO).toInstant();
        assertThat(hours.covers(tuesdayTwo, tuesdayTwo.plusSeconds(3600), OSLO)).isTrue();
        assertThat(hours.covers(tuesdayTwo, tuesdayTwo.plusSeconds(7200), OSLO)).as("over the lunch break").isFalse();
        assertThat(hours.openTime(LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 25), OSLO))
                .isEqualTo(Duration.ofHours(8 + 2));
    }

    @Test
    void badHoursAreRefusedWithTheirField() {
        var refused = new OpeningHoursRequest(Map.of("MONDAY", List.of(new OpeningHoursRequest.Range("18:00", "10:00")),
                "FUNDAY", List.of(), "TUESDAY", List.of(new OpeningHoursRequest.Range("10:07", "12:00"))),
                List.of(new OpeningHoursRequest.ExceptionRequest("2027-13-01", true, null, null),
                        new OpeningHoursRequest.ExceptionRequest("2027-05-17", false, List.of(), null))).check();
        assertThat(refused).isInstanceOf(OpeningHoursRequest.Refused.class);
        assertThat(((OpeningHoursRequest.Refused) refused).issues()).extracting(i -> i.field() + " " + i.messageKey())
                .containsExactlyInAnyOrder("weekly.MONDAY makerspace.hours.order", "weekly.FUNDAY makerspace.hours.day.invalid",
                        "weekly.TUESDAY makerspace.hours.time.invalid", "exceptions[0].date makerspace.hours.exception.date",
                        "exceptions[1] makerspace.hours.exception.hours");
    }
}
