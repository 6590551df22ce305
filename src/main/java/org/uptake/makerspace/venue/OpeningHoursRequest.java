package org.uptake.makerspace.venue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.uptake.platform.Issue;

/**
 * Opening hours as clients send them, in the venue's local time:
 * <pre>{"weekly": {"TUESDAY": [{"open": "10:00", "close": "18:00"}], ...},
 *  "exceptions": [{"date": "2031-05-17", "closed": true, "note": "Constitution Day"},
 *                 {"date": "2031-12-24", "hours": [{"open": "10:00", "close": "13:00"}]}]}</pre>
 * Times are on the quarter hour; "24:00" closes at the midnight that ends the day. Days left out are closed. The
 * request replaces the weekly hours and all exceptions.
 */
public record OpeningHoursRequest(Map<String, List<Range>> weekly, List<ExceptionRequest> exceptions) {

    public OpeningHoursRequest {
        weekly = weekly == null ? Map.of() : weekly;
        exceptions = exceptions == null ? List.of() : exceptions;
    }

    public record Range(String open, String close) {
    }

    public record ExceptionRequest(String date, Boolean closed, List<Range> hours, String note) {
    }

    public sealed interface Checked {
    }

    public record Accepted(OpeningHours hours) implements Checked {
    }

    public record Refused(List<Issue> issues) implements Checked {
    }

    public Checked check() {
        List<Issue> issues = new ArrayList<>();
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        weekly.forEach((name, ranges) -> {
            DayOfWeek day = day(name);
            if (day == null) {
                issues.add(Issue.of("weekly." + name, "makerspace.hours.day.invalid"));
                return;
            }
            if (days.containsKey(day)) {
                issues.add(Issue.of("weekly." + name, "makerspace.hours.day.invalid"));
                return;
            }
            ranges(ranges, "weekly." + day.name(), issues).ifPresent(valid -> days.put(day, valid));
        });
        if (exceptions.size() > 400) {
            issues.add(Issue.of("exceptions", "makerspace.hours.exceptions.tooMany"));
        }
        List<OpeningHours.ExceptionDay> special = new ArrayList<>();
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < exceptions.size() && i < 400; i++) {
            ExceptionRequest exception = exceptions.get(i);
            String field = "exceptions[" + i + "]";
            if (exception == null) {
                issues.add(Issue.of(field, "validation.required"));
                continue;
            }
            LocalDate date = date(exception.date());
            if (date == null || !dates.add(date)) {
                issues.add(Issue.of(field + ".date", "makerspace.hours.exception.date"));
                continue;
            }
            if (exception.note() != null && exception.note().length() > 200) {
                issues.add(Issue.of(field + ".note", "validation.tooLong"));
                continue;
            }
            boolean closed = Boolean.TRUE.equals(exception.closed());
            List<Range> hours = exception.hours() == null ? List.of() : exception.hours();
            if (closed == !hours.isEmpty()) {
                issues.add(Issue.of(field, "makerspace.hours.exception.hours"));
                continue;
            }
            String note = exception.note() == null || exception.note().isBlank() ? null : exception.note().strip();
            ranges(hours, field + ".hours", issues).ifPresent(valid -> special.add(
                    new OpeningHours.ExceptionDay(date, closed, valid, note)));
        }
        return issues.isEmpty() ? new Accepted(new OpeningHours(days, special)) : new Refused(issues);
    }

    private static java.util.Optional<List<TimeRange>> ranges(List<Range> ranges, String field, List<Issue> issues) {
        if (ranges == null) {
            return java.util.Optional.of(List.of());
        }
        if (ranges.size() > 6) {
            issues.add(Issue.of(field, "makerspace.hours.tooMany"));
            return java.util.Optional.empty();
        }
        List<TimeRange> valid = new ArrayList<>();
        for (Range range : ranges) {
            var open = range == null ? java.util.Optional.<Integer>empty() : TimeRange.minuteOf(range.open());
            var close = range == null ? java.util.Optional.<Integer>empty() : TimeRange.minuteOf(range.close());
            if (open.isEmpty() || close.isEmpty() || open.get() == TimeRange.DAY) {
                issues.add(Issue.of(field, "makerspace.hours.time.invalid"));
                return java.util.Optional.empty();
            }
            if (close.get() <= open.get()) {
                issues.add(Issue.of(field, "makerspace.hours.order"));
                return java.util.Optional.empty();
            }
            TimeRange candidate = new TimeRange(open.get(), close.get());
            if (valid.stream().anyMatch(candidate::overlaps)) {
                issues.add(Issue.of(field, "makerspace.hours.overlap"));
                return java.util.Optional.empty();
            }
            valid.add(candidate);
        }
        return java.util.Optional.of(valid.stream().sorted().toList());
    }

    private static DayOfWeek day(String name) {
        try {
            return name == null ? null : DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
