package org.uptake.notification;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * An event for people's calendars.
 *
 * @param uid       stable across updates, so calendars replace rather than duplicate the event
 * @param cancelled true to tell calendars the event no longer takes place
 */
public record CalendarEvent(String uid, String summary, String description, ZonedDateTime start, ZonedDateTime end,
        String location, String url, boolean cancelled) {

    public ZoneId zone() {
        return start.getZone();
    }
}
