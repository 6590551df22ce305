package org.uptake.makerspace.booking;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.identity.UptakeUser;
import org.uptake.makerspace.equipment.EquipmentView;
import org.uptake.notification.Calendars;

/** A booking as an iCalendar file (.ics), for its booker and the venue's staff; the same event as in the mails. */
@Component
public class BookingCalendar {

    private final Bookings bookings;
    private final BookingViews views;
    private final Calendars calendars;
    private final String baseUrl;

    BookingCalendar(Bookings bookings, BookingViews views, Calendars calendars,
            @Value("${uptake.base-url}") String baseUrl) {
        this.bookings = bookings;
        this.views = views;
        this.calendars = calendars;
        this.baseUrl = baseUrl;
    }

    @Transactional(readOnly = true)
    public Optional<String> of(UptakeUser user, UUID bookingId, Locale locale) {
        return bookings.visible(user, bookingId).map(booking -> {
            EquipmentView machine = views.equipment(booking.equipmentId());
            return calendars.event(BookingEvents.event(booking, views.venue(booking.venueId()),
                    machine.safetyNotes(locale), locale, baseUrl + "/makerspaces/" + booking.venueId()));
        });
    }
}
