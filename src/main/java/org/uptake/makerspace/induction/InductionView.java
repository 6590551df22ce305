package org.uptake.makerspace.induction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.uptake.makerspace.EquipmentKind;

/**
 * An induction as pages and the API show it.
 *
 * @param validUntil the last day it is valid; {@code null}: it does not expire
 */
public record InductionView(UUID id, UUID accountId, String personName, UUID venueId, EquipmentKind kind,
        UUID equipmentId, LocalDate passedOn, LocalDate validUntil, UUID recordedBy, Instant recordedAt) {

    public boolean validOn(LocalDate date) {
        return !passedOn.isAfter(date) && (validUntil == null || !validUntil.isBefore(date));
    }
}
