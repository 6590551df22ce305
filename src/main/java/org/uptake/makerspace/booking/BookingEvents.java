package org.uptake.makerspace.booking;

import java.util.Locale;

import org.uptake.makerspace.venue.VenueView;
import org.uptake.notification.CalendarEvent;

/** A booking as a calendar event, the same in mails and downloads, so calendars update rather than duplicate it. */
final class BookingEvents {

    private BookingEvents() {
    }

    static CalendarEvent event(BookingView booking, VenueView venue, String safetyNotes, Locale locale, String link) {
        String summary = booking.equipmentName(locale) + " " + booking.unitLabel() + " \u2013 " + venue.name();
        String location = venue.address().isBlank() ? venue.name() : venue.name() + ", " + venue.address();
        return new CalendarEvent(booking.id() + "@uptake", summary, safetyNotes, booking.start(), booking.end(),
                location, link, booking.status() == BookingStatus.CANCELLED);
    }
}
