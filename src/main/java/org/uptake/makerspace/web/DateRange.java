package org.uptake.makerspace.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** A range of local dates from query parameters ({@code from}, {@code to}, both included). */
record DateRange(LocalDate from, LocalDate to) {

    /** Empty when a date cannot be read, {@code to} is before {@code from} or the range is longer than maxDays. */
    static Optional<DateRange> parse(String from, String to, LocalDate defaultFrom, int defaultDays, int maxDays) {
        try {
            LocalDate start = from == null || from.isBlank() ? defaultFrom : LocalDate.parse(from.strip());
            LocalDate end = to == null || to.isBlank() ? start.plusDays(defaultDays - 1) : LocalDate.parse(to.strip());
            if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= maxDays) {
                return Optional.empty();
            }
            return Optional.of(new DateRange(start, end));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
