package org.uptake.notification.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.internet.InternetAddress;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.uptake.notification.CalendarEvent;

/** The iCalendar files, parsed back with ical4j and validated by it. */
class CalendarsTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final IcalCalendars calendars = new IcalCalendars(organizer());

    private static InternetAddress organizer() {
        try {
            return new InternetAddress("Uptake <noreply@uptake.local>", true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CalendarEvent workshop(ZonedDateTime start, boolean cancelled) {
        return new CalendarEvent("session-42@uptake.example", "Workshop: 3D printing, first steps",
                "Bring a sketch; we print it.\nCoffee from 17:45.", start, start.plusHours(2),
                "Trondheim folkebibliotek, Peter Egges plass 1", "https://uptake.example/offers/42", cancelled);
    }

    @Test
    void anEventIsAPublishedCalendarWithOneEventInTheZoneOfItsVenue() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2027, 3, 10, 18, 0, 0, 0, OSLO);

        String ics = calendars.event(workshop(start, false));
        Calendar calendar = parse(ics);

        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Uptake//EN");
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.getFirst();
        assertThat(value(event, Property.UID)).isEqualTo("session-42@uptake.example");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Workshop: 3D printing, first steps");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("Bring a sketch; we print it.\nCoffee from 17:45.");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Trondheim folkebibliotek, Peter Egges plass 1");
        assertThat(value(event, Property.URL)).isEqualTo("https://uptake.example/offers/42");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:noreply@uptake.local");
        assertThat(event.getProperty(Property.DTSTAMP)).isPresent();

        DateProperty<?> dtStart = event.getRequiredProperty(Property.DTSTART);
        DateProperty<?> dtEnd = event.getRequiredProperty(Property.DTEND);
        assertThat(tzid(dtStart)).isEqualTo("Europe/Oslo");
        assertThat(dtStart.getValue()).isEqualTo("20270310T180000");
        assertThat(instant(dtStart)).isEqualTo(start.toInstant());
        assertThat(tzid(dtEnd)).isEqualTo("Europe/Oslo");
        assertThat(dtEnd.getValue()).isEqualTo("20270310T200000");
        assertThat(instant(dtEnd)).isEqualTo(start.plusHours(2).toInstant());
        assertThat(timeZoneIds(calendar)).containsExactly("Europe/Oslo");
    }

    @Test
    void summerTimeComesFromTheIncludedZoneDefinition() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2027, 7, 1, 10, 0, 0, 0, BERLIN);

        Calendar calendar = parse(calendars.event(workshop(start, false)));

        DateProperty<?> dtStart = calendar.<VEvent>getComponents("VEVENT").getFirst()
                .getRequiredProperty(Property.DTSTART);
        assertThat(dtStart.getValue()).isEqualTo("20270701T100000");
        assertThat(instant(dtStart)).isEqualTo(Instant.parse("2027-07-01T08:00:00Z"));
    }

    @Test
    void aCancelledEventSaysSo() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2027, 3, 10, 18, 0, 0, 0, OSLO);

        Calendar calendar = parse(calendars.event(workshop(start, true)));

        assertThat(calendar.validate().hasErrors()).isFalse();
        VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.UID)).isEqualTo("session-42@uptake.example");
    }

    @Test
    void aLaterRevisionKeepsTheUidAndRaisesTheSequenceSoCalendarsUpdateTheEntry() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2027, 3, 10, 18, 0, 0, 0, OSLO);
        CalendarEvent first = workshop(start, false);
        CalendarEvent moved = new CalendarEvent(first.uid(), first.summary(), first.description(), start.plusDays(1),
                start.plusDays(1).plusHours(2), first.location(), first.url(), false, 2);

        VEvent before = parse(calendars.event(first)).<VEvent>getComponents("VEVENT").getFirst();
        Calendar calendar = parse(calendars.event(moved));

        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        VEvent after = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(value(before, Property.SEQUENCE)).as("the first revision says 0").isEqualTo("0");
        assertThat(value(after, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID));
        assertThat(((DateProperty<?>) after.getRequiredProperty(Property.DTSTART)).getValue())
                .isEqualTo("20270311T180000");
    }

    @Test
    void aFeedHasItsNameAndEveryEventWithTheZonesTheyNeed() throws Exception {
        CalendarEvent oslo = workshop(ZonedDateTime.of(2027, 3, 10, 18, 0, 0, 0, OSLO), false);
        CalendarEvent berlin = new CalendarEvent("consulting-7@uptake.example", "Consulting hour", null,
                ZonedDateTime.of(2027, 11, 2, 9, 30, 0, 0, BERLIN), ZonedDateTime.of(2027, 11, 2, 10, 30, 0, 0, BERLIN),
                null, null, false);
        CalendarEvent online = new CalendarEvent("webinar-3@uptake.example", "Webinar", "Online",
                ZonedDateTime.of(2027, 5, 4, 12, 0, 0, 0, ZoneOffset.UTC),
                ZonedDateTime.of(2027, 5, 4, 13, 0, 0, 0, ZoneOffset.UTC), null, null, false);
        CalendarEvent second = workshop(ZonedDateTime.of(2027, 4, 14, 18, 0, 0, 0, OSLO), true);

        String ics = calendars.feed("Uptake: my registrations, Trøndelag", List.of(oslo, berlin, online, second));
        Calendar calendar = parse(ics);

        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Uptake: my registrations, Trøndelag");
        assertThat(calendar.getProperty(Property.METHOD)).isEmpty();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(event -> value(event, Property.UID)).containsExactly(
                "session-42@uptake.example", "consulting-7@uptake.example", "webinar-3@uptake.example",
                "session-42@uptake.example");
        assertThat(timeZoneIds(calendar)).containsExactlyInAnyOrder("Europe/Oslo", "Europe/Berlin");

        VEvent consulting = events.get(1);
        assertThat(consulting.getProperty(Property.DESCRIPTION)).isEmpty();
        assertThat(consulting.getProperty(Property.LOCATION)).isEmpty();
        assertThat(consulting.getProperty(Property.URL)).isEmpty();
        assertThat(instant(consulting.getRequiredProperty(Property.DTSTART)))
                .isEqualTo(Instant.parse("2027-11-02T08:30:00Z"));

        DateProperty<?> webinarStart = events.get(2).getRequiredProperty(Property.DTSTART);
        assertThat(webinarStart.getParameter("TZID")).isEmpty();
        assertThat(webinarStart.getValue()).isEqualTo("20270504T120000Z");

        // every TZID in the file names a VTIMEZONE of the file
        Set<String> referenced = events.stream()
                .flatMap(event -> event.getProperties(Property.DTSTART, Property.DTEND).stream())
                .map(property -> property.getParameter("TZID"))
                .flatMap(java.util.Optional::stream)
                .map(parameter -> ((net.fortuna.ical4j.model.Parameter) parameter).getValue())
                .collect(Collectors.toSet());
        assertThat(timeZoneIds(calendar)).containsAll(referenced);
    }

    @Test
    void linesAreFoldedAndEndWithCrLf() {
        String longText = "A long description. ".repeat(20) + "Æ, Ø and Å are two bytes each in UTF-8.";
        CalendarEvent event = new CalendarEvent("long@uptake.example", "Long", longText,
                ZonedDateTime.of(2027, 3, 10, 18, 0, 0, 0, OSLO), ZonedDateTime.of(2027, 3, 10, 19, 0, 0, 0, OSLO),
                null, null, false);

        String ics = calendars.event(event);

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(value(parseUnchecked(ics).<VEvent>getComponents("VEVENT").getFirst(), Property.DESCRIPTION))
                .isEqualTo(longText);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static Calendar parseUnchecked(String ics) {
        try {
            return parse(ics);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String tzid(DateProperty<?> property) {
        return property.getParameter("TZID").map(p -> ((net.fortuna.ical4j.model.Parameter) p).getValue())
                .orElse(null);
    }

    private static Instant instant(DateProperty<?> property) {
        Temporal date = property.getDate();
        return Instant.from(date);
    }

    private static List<String> timeZoneIds(Calendar calendar) {
        return calendar.<VTimeZone>getComponents("VTIMEZONE").stream()
                .map(zone -> zone.getProperty(Property.TZID).map(Property::getValue).orElseThrow()).toList();
    }
}
