package org.uptake.offers.registration;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.identity.AccountView;
import org.uptake.identity.Accounts;
import org.uptake.notification.Calendars;
import org.uptake.notification.Mailer;
import org.uptake.notification.OutgoingMail;
import org.uptake.offers.offer.Offer;
import org.uptake.offers.session.OfferSession;
import org.uptake.offers.session.SessionEvents;

/** The e-mails participants get, in their own language; confirmations carry the session as a calendar file. */
@Component
class ParticipantMails {

    private final Mailer mailer;
    private final Calendars calendars;
    private final Accounts accounts;
    private final MessageSource messages;
    private final String baseUrl;

    ParticipantMails(Mailer mailer, Calendars calendars, Accounts accounts, MessageSource messages,
            @Value("${uptake.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.calendars = calendars;
        this.accounts = accounts;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    void registered(Registration registration, Offer offer, OfferSession session, Long position) {
        switch (registration.getStatus()) {
            case CONFIRMED -> send(registration, offer, session, "mail.registration.confirmed", true, null);
            case WAITLISTED -> send(registration, offer, session, "mail.registration.waitlisted", false, position);
            case PENDING -> send(registration, offer, session, "mail.registration.pending", false, null);
            default -> { }
        }
    }

    void decided(Registration registration, Offer offer, OfferSession session, Long position) {
        switch (registration.getStatus()) {
            case REJECTED -> send(registration, offer, session, "mail.registration.rejected", false, null);
            default -> registered(registration, offer, session, position);
        }
    }

    void promoted(Registration registration, Offer offer, OfferSession session) {
        send(registration, offer, session, "mail.registration.promoted", true, null);
    }

    /**
     * The organiser moved the registration to another session: the new date and place, and with a seat the new
     * session as calendar file (a place on the waitlist gets none, as on registering).
     */
    void moved(Registration registration, Offer offer, OfferSession session, Long position) {
        if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
            send(registration, offer, session, "mail.registration.moved.confirmed", true, null);
        } else {
            send(registration, offer, session, "mail.registration.moved.waitlisted", false, position);
        }
    }

    /**
     * The session (alone or with its offer) was cancelled; who held a seat, and so has the session in their calendar,
     * gets it back as cancelled (same UID, higher SEQUENCE, STATUS:CANCELLED), which removes or marks the entry.
     */
    void offerCancelled(Registration registration, Offer offer, OfferSession session, boolean heldSeat) {
        send(registration, offer, session, "mail.registration.offerCancelled", heldSeat, null);
    }

    /**
     * The organiser changed the session's time or place: the new details, and for the confirmed the updated calendar
     * entry (same UID, higher SEQUENCE), so that calendar apps move the entry they have.
     */
    void changed(Registration registration, Offer offer, OfferSession session, Long position) {
        if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
            send(registration, offer, session, "mail.registration.changed.confirmed", true, null);
        } else {
            send(registration, offer, session, "mail.registration.changed.notConfirmed", false, position);
        }
    }

    /** The reminder before the start; the dedupe key makes it at most one per registration, whatever runs it. */
    void reminder(Registration registration, Offer offer, OfferSession session) {
        send(registration, offer, session, "mail.registration.reminder", true, null, "reminder:" + registration.getId());
    }

    private void send(Registration registration, Offer offer, OfferSession session, String key, boolean withCalendar,
            Long position) {
        send(registration, offer, session, key, withCalendar, position, null);
    }

    private void send(Registration registration, Offer offer, OfferSession session, String key, boolean withCalendar,
            Long position, String dedupeKey) {
        AccountView person = accounts.findById(registration.getAccountId()).orElse(null);
        if (person == null || person.erased()) {
            return;
        }
        Locale locale = Locale.forLanguageTag(person.locale());
        String title = offer.title(locale);
        String when = session.start().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)) + " (" + session.getTimeZone() + ")";
        String where = session.getAddress() != null ? session.getAddress()
                : messages.getMessage("mail.registration.online", null, locale);
        String link = baseUrl + "/offers/" + offer.getId();
        // {0} name, {1} offer, {2} when, {3} where, {4} link, {5} waitlist position
        Object[] arguments = {person.displayName(), title, when, where, link, position == null ? "" : position.toString()};
        String subject = messages.getMessage(key + ".subject", arguments, locale);
        String text = messages.getMessage(key + ".text", arguments, locale);
        OutgoingMail mail = OutgoingMail.of(person.email(), subject, text);
        if (withCalendar) {
            mail = mail.with(new OutgoingMail.Attachment("session.ics", "text/calendar",
                    calendars.event(SessionEvents.event(offer, session, locale, link)).getBytes(StandardCharsets.UTF_8)));
        }
        mailer.queue(dedupeKey == null ? mail : mail.once(dedupeKey));
    }
}
