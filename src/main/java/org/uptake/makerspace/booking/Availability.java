package org.uptake.makerspace.booking;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.uptake.makerspace.equipment.EquipmentView.UnitView;

/**
 * When a machine's units are free, slot by slot inside the opening hours of the local dates {@code from} to
 * {@code to}. A slot runs from one point of the venue's slot grid to the next; on the night of a clock change its
 * local times may skip or repeat, its real length stays the slot length.
 *
 * @param units the bookable units; each slot has one state per unit, in this order
 */
public record Availability(UUID equipmentId, ZoneId zone, int slotMinutes, LocalDate from, LocalDate to,
        List<UnitView> units, List<Slot> slots) {

    public enum State {
        FREE, TAKEN,
        /** Started already. */
        PAST,
        /** The machine is out of order or retired that day. */
        UNAVAILABLE
    }

    /** @param free how many units are free */
    public record Slot(ZonedDateTime start, ZonedDateTime end, List<State> states, int free) {
    }
}
