package org.uptake.notification;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * An event for people's calendars.
 *
 * @param uid       stable across updates, so calendars replace rather than duplicate the event
 * @param cancelled true to tell calendars the event no longer takes place
 * @param sequence  the revision of the event (iCalendar {@code SEQUENCE}, 0 for the first): raise it whenever the
 *                  time, place or status changes, so that calendar apps take a later file as an update of the entry
 *                  with the same UID rather than ignore it as stale; every file of one revision carries the same number
 */
public record CalendarEvent(String uid, String summary, String description, ZonedDateTime start, ZonedDateTime end,
        String location, String url, boolean cancelled, int sequence) {

    public CalendarEvent {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
    }

    /** The first revision of an event (sequence 0). */
    public CalendarEvent(String uid, String summary, String description, ZonedDateTime start, ZonedDateTime end,
            String location, String url, boolean cancelled) {
        this(uid, summary, description, start, end, location, url, cancelled, 0);
    }

    public ZoneId zone() {
        return start.getZone();
    }
}
