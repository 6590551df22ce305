package org.uptake.makerspace;

/**
 * What kind of machine: inductions are given per kind and venue, and usage is reported per kind. Names for people are
 * in the message bundle ({@code makerspace.kind.<NAME>}).
 */
public enum EquipmentKind {
    PRINTER_3D, LASER_CUTTER, CNC_MILL, VINYL_CUTTER, SEWING_MACHINE, EMBROIDERY_MACHINE, HEAT_PRESS,
    SOLDERING_STATION, ELECTRONICS_BENCH, VR_HEADSET, REPAIR_BENCH, OTHER
}
