package org.uptake.makerspace.venue;

import java.util.Optional;

/**
 * Opening hours of one day in local time, as minutes from midnight; a close of 1440 ("24:00") is the midnight that
 * ends the day, so a venue open day and night is open 00:00-24:00 every day.
 */
public record TimeRange(int openMinute, int closeMinute) implements Comparable<TimeRange> {

    public static final int DAY = 24 * 60;

    public TimeRange {
        if (openMinute < 0 || closeMinute > DAY || closeMinute <= openMinute) {
            throw new IllegalArgumentException("not a time range: " + openMinute + "-" + closeMinute);
        }
    }

    /** "10:00" or "24:00" on the quarter hour; anything else is empty. */
    public static Optional<Integer> minuteOf(String time) {
        if (time == null || !time.strip().matches("\\d{2}:\\d{2}")) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(time.strip().substring(0, 2));
        int minutes = Integer.parseInt(time.strip().substring(3));
        int minute = hours * 60 + minutes;
        if (minutes > 59 || minute > DAY || minute % 15 != 0) {
            return Optional.empty();
        }
        return Optional.of(minute);
    }

    public String open() {
        return format(openMinute);
    }

    public String close() {
        return format(closeMinute);
    }

    public boolean overlaps(TimeRange other) {
        return openMinute < other.closeMinute && other.openMinute < closeMinute;
    }

    public int minutes() {
        return closeMinute - openMinute;
    }

    @Override
    public int compareTo(TimeRange other) {
        return Integer.compare(openMinute, other.openMinute);
    }

    @Override
    public String toString() {
        return open() + "\u2013" + close();
    }

    private static String format(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
