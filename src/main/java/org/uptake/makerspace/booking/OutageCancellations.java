package org.uptake.makerspace.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.uptake.makerspace.equipment.EquipmentStatus;
import org.uptake.makerspace.equipment.EquipmentView;
import org.uptake.makerspace.equipment.UnitBookings;
import org.uptake.makerspace.venue.VenueView;

/** What equipment changes need of bookings: is a unit still booked, and cancelling for an outage. */
@Component
class OutageCancellations implements UnitBookings {

    private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

    private final BookingRepository bookings;
    private final BookingSlots slots;
    private final BookingViews views;
    private final BookingMails mails;

    OutageCancellations(BookingRepository bookings, BookingSlots slots, BookingViews views, BookingMails mails) {
        this.bookings = bookings;
        this.slots = slots;
        this.views = views;
        this.mails = mails;
    }

    @Override
    public Optional<Instant> nextBooking(UUID unitId) {
        return bookings.nextActive(unitId, Instant.now());
    }

    @Override
    public int cancelForOutage(UUID equipmentId, Instant until, String note) {
        List<Booking> affected = bookings.activeStarting(equipmentId, Instant.now(), until == null ? FAR_FUTURE : until);
        if (affected.isEmpty()) {
            return 0;
        }
        EquipmentView machine = views.equipment(equipmentId);
        VenueView venue = views.venue(machine.venueId());
        for (Booking booking : affected) {
            booking.cancel(null, note);
        }
        bookings.flush();
        affected.forEach(b -> slots.release(b.getId()));
        boolean retired = machine.status() == EquipmentStatus.RETIRED;
        views.views(affected).forEach(view -> mails.cancelledForOutage(view, venue, machine, retired, note));
        return affected.size();
    }
}
