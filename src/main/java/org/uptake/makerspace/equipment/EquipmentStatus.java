package org.uptake.makerspace.equipment;

/** Whether equipment can be booked: out of order (until a date, or until further notice) and retired cannot. */
public enum EquipmentStatus {
    AVAILABLE, OUT_OF_ORDER, RETIRED
}
