package org.uptake.makerspace.equipment;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One physical machine of an equipment entry: the thing a booking takes. Retired units keep their number. */
@Entity
@Table(name = "equipment_unit")
public class EquipmentUnit {

    @Id
    private UUID id;
    private UUID equipmentId;
    private int number;
    private String label;
    private boolean retired;

    protected EquipmentUnit() {
    }

    EquipmentUnit(UUID equipmentId, int number) {
        this.id = UUID.randomUUID();
        this.equipmentId = equipmentId;
        this.number = number;
        this.label = "#" + number;
    }

    void retire() {
        this.retired = true;
    }

    void reactivate() {
        this.retired = false;
    }

    public UUID getId() {
        return id;
    }

    public UUID getEquipmentId() {
        return equipmentId;
    }

    public int getNumber() {
        return number;
    }

    public String getLabel() {
        return label;
    }

    public boolean isRetired() {
        return retired;
    }
}
