package org.uptake.makerspace.venue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When a venue is open: hours per weekday in local time, and exceptions for single days (closed, or other hours).
 * Turned into instants day by day with the venue's zone rules, so the night of a clock change is open exactly as
 * long as the clocks say: a venue open 00:00-24:00 is open 23 real hours on the last Sunday of March in Oslo and
 * 25 in October. A local opening time that does not exist (inside the spring gap) moves forward by the gap; one that
 * exists twice (autumn) means the earlier one.
 */
public final class OpeningHours {

    /** A day unlike the week: closed, or open at other hours; the note says why ("17 May", "Christmas"). */
    public record ExceptionDay(LocalDate date, boolean closed, List<TimeRange> hours, String note) {

        public ExceptionDay {
            hours = closed ? List.of() : List.copyOf(hours.stream().sorted().toList());
        }
    }

    /** An open stretch of time; touching stretches (24:00 and 00:00 of the next day) are merged. */
    public record Interval(Instant start, Instant end) {

        public Duration duration() {
            return Duration.between(start, end);
        }

        public boolean contains(Instant from, Instant to) {
            return !from.isBefore(start) && !to.isAfter(end);
        }
    }

    private final Map<DayOfWeek, List<TimeRange>> weekly;
    private final NavigableMap<LocalDate, ExceptionDay> exceptions;

    public OpeningHours(Map<DayOfWeek, List<TimeRange>> weekly, Collection<ExceptionDay> exceptions) {
        EnumMap<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, List.copyOf(weekly.getOrDefault(day, List.of()).stream().sorted().toList()));
        }
        this.weekly = Collections.unmodifiableMap(days);
        TreeMap<LocalDate, ExceptionDay> byDate = new TreeMap<>();
        exceptions.forEach(e -> byDate.put(e.date(), e));
        this.exceptions = Collections.unmodifiableNavigableMap(byDate);
    }

    public static OpeningHours closed() {
        return new OpeningHours(Map.of(), List.of());
    }

    /** Every weekday, Monday first, with its hours (empty when closed). */
    public Map<DayOfWeek, List<TimeRange>> weekly() {
        return weekly;
    }

    /** The exceptions by date. */
    public List<ExceptionDay> exceptions() {
        return List.copyOf(exceptions.values());
    }

    /** The exceptions from a date on, such as the closures still to come. */
    public List<ExceptionDay> exceptionsFrom(LocalDate date) {
        return List.copyOf(exceptions.tailMap(date, true).values());
    }

    public Optional<ExceptionDay> exceptionOn(LocalDate date) {
        return Optional.ofNullable(exceptions.get(date));
    }

    /** The hours of a date: its exception's, else its weekday's; empty when closed. */
    public List<TimeRange> on(LocalDate date) {
        ExceptionDay exception = exceptions.get(date);
        return exception != null ? exception.hours() : weekly.get(date.getDayOfWeek());
    }

    public boolean isOpenOn(LocalDate date) {
        return !on(date).isEmpty();
    }

    /** The open stretches of the local dates {@code from} to {@code to} (both included), merged where they touch. */
    public List<Interval> intervals(LocalDate from, LocalDate to, ZoneId zone) {
        List<Interval> merged = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (TimeRange range : on(date)) {
                Instant start = instant(date, range.openMinute(), zone);
                Instant end = instant(date, range.closeMinute(), zone);
                if (!end.isAfter(start)) {
                    continue;
                }
                Interval last = merged.isEmpty() ? null : merged.getLast();
                if (last != null && !start.isAfter(last.end())) {
                    merged.set(merged.size() - 1, new Interval(last.start(), end.isAfter(last.end()) ? end : last.end()));
                } else {
                    merged.add(new Interval(start, end));
                }
            }
        }
        return merged;
    }

    /** True when the venue is open without a break from {@code start} to {@code end}. */
    public boolean covers(Instant start, Instant end, ZoneId zone) {
        LocalDate first = start.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = end.atZone(zone).toLocalDate();
        return intervals(first, last, zone).stream().anyMatch(interval -> interval.contains(start, end));
    }

    /** How long the venue is open on the local dates {@code from} to {@code to} (both included), in real time. */
    public Duration openTime(LocalDate from, LocalDate to, ZoneId zone) {
        return intervals(from, to, zone).stream().map(Interval::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /** A local date and minute of the day as an instant: forward over a gap, the earlier of two in an overlap. */
    public static Instant instant(LocalDate date, int minute, ZoneId zone) {
        return ZonedDateTime.ofLocal(date.atStartOfDay().plusMinutes(minute), zone, null).toInstant();
    }
}
