package org.uptake.offers.session;

import java.util.UUID;

/**
 * An organiser changed a session; published inside the changing transaction, under the session's row lock, so the
 * registration side fills new seats from the waitlist and tells the participants before the lock is released.
 *
 * @param dateOrPlaceChanged start, end, time zone, address or online link changed: everyone registered is told
 */
public record SessionChanged(UUID sessionId, boolean dateOrPlaceChanged) {
}
