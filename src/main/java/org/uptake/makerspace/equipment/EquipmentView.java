package org.uptake.makerspace.equipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.uptake.makerspace.EquipmentKind;
import org.uptake.makerspace.venue.Localized;

/**
 * Equipment as pages and the API show it.
 *
 * @param units            the bookable units by number (retired ones left out); their count is the quantity
 * @param status           as set by staff; {@link #statusOn} says whether an out-of-order date has passed
 * @param outOfOrderUntil  the last day out of order, {@code null} for "until further notice" or when not out of order
 * @param inductionOfferId a WORKSHOP offer (offers module) where the induction is given, if staff linked one
 */
public record EquipmentView(UUID id, UUID venueId, EquipmentKind kind, Map<String, String> name,
        Map<String, String> description, Map<String, String> safetyNotes, int quantity, List<UnitView> units,
        EquipmentStatus status, LocalDate outOfOrderUntil, String statusNote, boolean inductionRequired,
        Integer inductionValidDays, UUID inductionOfferId, List<MaterialView> materials, Instant updatedAt) {

    public record UnitView(UUID id, int number, String label) {
    }

    public record MaterialView(String name, String unit, BigDecimal price, String currency) {
    }

    public String name(Locale locale) {
        return Localized.pick(name, locale);
    }

    public String description(Locale locale) {
        return Localized.pick(description, locale);
    }

    public String safetyNotes(Locale locale) {
        return Localized.pick(safetyNotes, locale);
    }

    /** The status on a day (in the venue's zone): out of order until a past date is available again. */
    public EquipmentStatus statusOn(LocalDate date) {
        if (status == EquipmentStatus.OUT_OF_ORDER && outOfOrderUntil != null && outOfOrderUntil.isBefore(date)) {
            return EquipmentStatus.AVAILABLE;
        }
        return status;
    }

    /** The view of an equipment entity and its units (retired ones are left out). */
    public static EquipmentView of(Equipment equipment, List<EquipmentUnit> units) {
        return new EquipmentView(equipment.getId(), equipment.getVenueId(), equipment.getKind(), equipment.names(),
                equipment.descriptions(), equipment.safetyNotes(), equipment.getQuantity(),
                units.stream().filter(u -> !u.isRetired()).map(u -> new UnitView(u.getId(), u.getNumber(),
                        u.getLabel())).toList(),
                equipment.getStatus(), equipment.getOutOfOrderUntil(), equipment.getStatusNote(),
                equipment.isInductionRequired(), equipment.getInductionValidDays(), equipment.getInductionOfferId(),
                equipment.getMaterials().stream().map(m -> new MaterialView(m.getName(), m.getUnit(),
                        BigDecimal.valueOf(m.getPriceCents(), 2), m.getCurrency())).toList(),
                equipment.getUpdatedAt());
    }
}
