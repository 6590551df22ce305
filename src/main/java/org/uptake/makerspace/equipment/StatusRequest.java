package org.uptake.makerspace.equipment;

/**
 * A change of status: {@code {"status": "OUT_OF_ORDER", "until": "2027-03-05", "note": "Laser tube replaced"}}.
 * {@code until} is the last day out of order (absent: until further notice); the note goes to the people whose
 * bookings are cancelled.
 */
public record StatusRequest(String status, String until, String note) {
}
