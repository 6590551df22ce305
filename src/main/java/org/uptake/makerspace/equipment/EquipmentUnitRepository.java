package org.uptake.makerspace.equipment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EquipmentUnitRepository extends JpaRepository<EquipmentUnit, UUID> {

    /** All units, retired ones too, by number. */
    List<EquipmentUnit> findByEquipmentIdOrderByNumber(UUID equipmentId);

    /** The bookable units, by number. */
    List<EquipmentUnit> findByEquipmentIdAndRetiredFalseOrderByNumber(UUID equipmentId);

    List<EquipmentUnit> findByEquipmentIdInAndRetiredFalse(Collection<UUID> equipmentIds);
}
