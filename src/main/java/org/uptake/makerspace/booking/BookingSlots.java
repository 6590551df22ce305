package org.uptake.makerspace.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows of booking_slot: one per 15-minute slot (UTC) a booking holds, under the primary key (unit, slot start).
 * A second booking of the same time fails on that key in the database, whatever node or thread writes it; the
 * same SQL on H2 and PostgreSQL. Written in the booking's transaction (the connection JPA uses), before the booking
 * row: a request that lost the race fails on its first insert, which waits for the winner's transaction to end.
 */
@Component
class BookingSlots {

    static final Duration SLOT = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;

    BookingSlots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when another booking holds one of the slots */
    void hold(Booking booking) {
        List<Object[]> rows = new ArrayList<>();
        for (Instant slot : slots(booking.getStartsAt(), booking.getEndsAt())) {
            rows.add(new Object[] {booking.getUnitId(), OffsetDateTime.ofInstant(slot, ZoneOffset.UTC), booking.getId()});
        }
        jdbc.batchUpdate("insert into booking_slot (unit_id, slot_start, booking_id) values (?, ?, ?)", rows);
    }

    void release(UUID bookingId) {
        jdbc.update("delete from booking_slot where booking_id = ?", bookingId);
    }

    static List<Instant> slots(Instant start, Instant end) {
        if (start.getEpochSecond() % SLOT.toSeconds() != 0 || end.getEpochSecond() % SLOT.toSeconds() != 0
                || start.getNano() != 0 || end.getNano() != 0) {
            throw new IllegalArgumentException("not on the 15-minute grid: " + start + " - " + end);
        }
        List<Instant> slots = new ArrayList<>();
        for (Instant slot = start; slot.isBefore(end); slot = slot.plus(SLOT)) {
            slots.add(slot);
        }
        return slots;
    }
}
