package org.uptake.offers.session;

import java.util.UUID;

/**
 * An organiser cancelled one session of an offer; published inside the cancelling transaction, under the session's
 * row lock, so its registrations end and the participants are told in the same transaction.
 */
public record SessionCancelled(UUID sessionId) {
}
