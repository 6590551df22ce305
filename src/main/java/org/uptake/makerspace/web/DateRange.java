package org.uptake.makerspace.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** A range of local dates from query parameters ({@code from}, {@code to}, both included; date-times count by date). */
record DateRange(LocalDate from, LocalDate to) {

    /** Empty when a date cannot be read, {@code to} is before {@code from} or the range is longer than maxDays. */
    static Optional<DateRange> parse(String from, String to, LocalDate defaultFrom, int defaultDays, int maxDays) {
        try {
            LocalDate start = from == null || from.isBlank() ? defaultFrom : date(from);
            LocalDate end = to == null || to.isBlank() ? start.plusDays(defaultDays - 1) : date(to);
            if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= maxDays) {
                return Optional.empty();
            }
            return Optional.of(new DateRange(start, end));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A date, or the date of a local date-time ({@code 2027-03-02T10:00}). */
    private static LocalDate date(String value) {
        String text = value.strip();
        return text.contains("T") ? java.time.LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
    }
}
