package org.uptake.makerspace.booking;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uptake.identity.AccountErased;
import org.uptake.identity.PersonalDataContributor;
import org.uptake.makerspace.induction.InductionRepository;

/**
 * A person's bookings and inductions in their data export; when the account is erased (in the erasing transaction)
 * their bookings still to come are cancelled, freeing the time, and their inductions deleted. Past bookings stay
 * for the usage figures, tied to the erased (anonymous) account.
 */
@Component
class PeopleInBookings implements PersonalDataContributor {

    private final BookingRepository bookings;
    private final BookingSlots slots;
    private final InductionRepository inductions;

    PeopleInBookings(BookingRepository bookings, BookingSlots slots, InductionRepository inductions) {
        this.bookings = bookings;
        this.slots = slots;
        this.inductions = inductions;
    }

    @EventListener
    void on(AccountErased event) {
        List<Booking> coming = bookings.upcoming(event.accountId(), Instant.now());
        coming.forEach(b -> b.cancel(event.accountId(), null));
        bookings.flush();
        coming.forEach(b -> slots.release(b.getId()));
        inductions.deleteByAccount(event.accountId());
    }

    @Override
    public String section() {
        return "makerspace";
    }

    @Override
    public Object export(UUID accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("bookings", bookings.findByAccountIdOrderByStartsAtDesc(accountId).stream().map(b -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", b.getId());
            row.put("venueId", b.getVenueId());
            row.put("equipmentId", b.getEquipmentId());
            row.put("start", b.start().toOffsetDateTime().toString());
            row.put("end", b.end().toOffsetDateTime().toString());
            row.put("status", b.getStatus().name());
            row.put("note", b.getNote());
            row.put("cancelReason", b.getCancelReason());
            return row;
        }).toList());
        data.put("inductions", inductions.findByAccountIdOrderByPassedOnDesc(accountId).stream().map(i -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("venueId", i.getVenueId());
            row.put("kind", i.getKind().name());
            row.put("passedOn", i.getPassedOn().toString());
            row.put("validUntil", i.getValidUntil() == null ? null : i.getValidUntil().toString());
            return row;
        }).toList());
        return data;
    }
}
