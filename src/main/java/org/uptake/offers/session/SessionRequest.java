package org.uptake.offers.session;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A session as clients send it: local date-times ({@code 2027-03-01T09:00}) in the venue's time zone, so that
 * organisers write what the poster says.
 */
public record SessionRequest(String start, String end, String timeZone, Integer capacity, String address,
        String nutsCode, String onlineLink, String registrationOpens, String registrationCloses,
        Boolean approvalRequired, String advisorName, UUID moduleId) {

    /** The session as a request that would leave it as it is: the form to change it starts filled in with this. */
    public static SessionRequest of(OfferSession session) {
        ZoneId zone = ZoneId.of(session.getTimeZone());
        return new SessionRequest(local(session.getStartsAt(), zone), local(session.getEndsAt(), zone),
                session.getTimeZone(), session.getCapacity(), session.getAddress(), session.getNutsCode(),
                session.getOnlineLink(), local(session.getRegistrationOpens(), zone),
                local(session.getRegistrationCloses(), zone), session.isApprovalRequired(), session.getAdvisorName(),
                session.getModuleId());
    }

    private static String local(Instant instant, ZoneId zone) {
        // 2027-03-01T09:00, with seconds only if the session has them, as a datetime-local field shows it
        return instant == null ? null
                : instant.atZone(zone).toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** A checked request with its times resolved. */
    public record Valid(ZonedDateTime start, ZonedDateTime end, int capacity, String address, String nutsCode,
            String onlineLink, Instant registrationOpens, Instant registrationCloses, boolean approvalRequired,
            String advisorName, UUID moduleId) {
    }

    /** @param arguments for the message, such as a number it names */
    public record Problem(String field, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public Problem(String field, String messageKey) {
            this(field, messageKey, List.of());
        }
    }

    public sealed interface Checked {
    }

    public record Accepted(Valid valid) implements Checked {
    }

    public record Refused(List<Problem> problems) implements Checked {
    }

    /** Checks everything that does not need the database (the region is checked by the caller). */
    public Checked check() {
        List<Problem> problems = new ArrayList<>();
        ZoneId zone = zone(problems);
        ZonedDateTime from = time(start, "start", zone, problems, true);
        ZonedDateTime to = time(end, "end", zone, problems, true);
        ZonedDateTime opens = time(registrationOpens, "registrationOpens", zone, problems, false);
        ZonedDateTime closes = time(registrationCloses, "registrationCloses", zone, problems, false);
        if (from != null && to != null && !to.isAfter(from)) {
            problems.add(new Problem("end", "session.end.beforeStart"));
        }
        if (capacity == null) {
            problems.add(new Problem("capacity", "validation.required"));
        } else if (capacity < 1 || capacity > 10_000) {
            problems.add(new Problem("capacity", "session.capacity.invalid"));
        }
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            problems.add(new Problem("registrationCloses", "session.closes.beforeOpens"));
        }
        if (closes != null && from != null && closes.isAfter(from)) {
            problems.add(new Problem("registrationCloses", "session.closes.afterStart"));
        }
        tooLong(problems, "address", address, 300);
        tooLong(problems, "advisorName", advisorName, 200);
        tooLong(problems, "onlineLink", onlineLink, 500);
        if (onlineLink != null && !onlineLink.isBlank() && !onlineLink.matches("https://\\S+")) {
            problems.add(new Problem("onlineLink", "session.onlineLink.invalid"));
        }
        if (blank(address) && blank(onlineLink)) {
            problems.add(new Problem("address", "session.place.required"));
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        return new Accepted(new Valid(from, to, capacity, strip(address),
                blank(nutsCode) ? null : nutsCode.strip().toUpperCase(java.util.Locale.ROOT), strip(onlineLink),
                opens == null ? null : opens.toInstant(), closes == null ? null : closes.toInstant(),
                Boolean.TRUE.equals(approvalRequired), strip(advisorName), moduleId));
    }

    private ZoneId zone(List<Problem> problems) {
        if (blank(timeZone)) {
            problems.add(new Problem("timeZone", "validation.required"));
            return null;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            problems.add(new Problem("timeZone", "session.timeZone.invalid"));
            return null;
        }
    }

    private static ZonedDateTime time(String value, String field, ZoneId zone, List<Problem> problems,
            boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(new Problem(field, "validation.required"));
            }
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(value.strip());
            return zone == null ? null : local.atZone(zone);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "session.time.invalid"));
            return null;
        }
    }

    private static void tooLong(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "validation.tooLong"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }
}
