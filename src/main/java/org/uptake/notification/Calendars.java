package org.uptake.notification;

import java.util.List;

/** iCalendar (RFC 5545) files: one event as an invitation, or a feed of several. */
public interface Calendars {

    /** A calendar with one event, as sent with a confirmation ({@code METHOD:PUBLISH}). */
    String event(CalendarEvent event);

    /** A calendar of several events, such as a person's feed of their registrations. */
    String feed(String name, List<CalendarEvent> events);
}
