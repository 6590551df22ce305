package org.uptake.offers.session;

import java.util.Locale;

import org.uptake.notification.CalendarEvent;
import org.uptake.offers.offer.Offer;

/**
 * A session as a calendar event, the same in mails, downloads and feeds so calendars update rather than duplicate:
 * the UID is the session's id, the SEQUENCE its {@link OfferSession#getCalendarSequence() calendar revision}.
 */
public final class SessionEvents {

    private SessionEvents() {
    }

    public static CalendarEvent event(Offer offer, OfferSession session, Locale locale, String link) {
        String location = session.getAddress() != null ? session.getAddress() : link;
        return new CalendarEvent(session.getId() + "@uptake", offer.title(locale), offer.description(locale),
                session.start(), session.end(), location, link, session.isCancelled(),
                session.getCalendarSequence());
    }
}
