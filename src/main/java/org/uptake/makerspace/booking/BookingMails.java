package org.uptake.makerspace.booking;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.identity.AccountView;
import org.uptake.identity.Accounts;
import org.uptake.makerspace.equipment.EquipmentView;
import org.uptake.makerspace.venue.Localized;
import org.uptake.makerspace.venue.VenueView;
import org.uptake.notification.Calendars;
import org.uptake.notification.Mailer;
import org.uptake.notification.OutgoingMail;

/**
 * The e-mails about bookings, in the booker's language (their account's), queued in the caller's transaction. A
 * confirmation and a reminder carry the booking as a calendar file; a cancellation carries it cancelled.
 */
@Component
class BookingMails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Mailer mailer;
    private final Calendars calendars;
    private final Accounts accounts;
    private final MessageSource messages;
    private final String baseUrl;

    BookingMails(Mailer mailer, Calendars calendars, Accounts accounts, MessageSource messages,
            @Value("${uptake.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.calendars = calendars;
        this.accounts = accounts;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    void confirmed(BookingView booking, VenueView venue, EquipmentView equipment) {
        send(booking, venue, equipment, "makerspace.mail.confirmed", null, null);
    }

    /** At most one reminder per booking, whichever node and run sends it (dedupe key). */
    void reminder(BookingView booking, VenueView venue, EquipmentView equipment) {
        send(booking, venue, equipment, "makerspace.mail.reminder", null, "makerspace-reminder:" + booking.id());
    }

    /** The person cancelled themselves. */
    void cancelled(BookingView booking, VenueView venue, EquipmentView equipment) {
        send(booking, venue, equipment, "makerspace.mail.cancelled", null, null);
    }

    /** Staff cancelled it, with their reason. */
    void cancelledByStaff(BookingView booking, VenueView venue, EquipmentView equipment, String reason) {
        send(booking, venue, equipment, "makerspace.mail.cancelledByStaff", reason, null);
    }

    /** The machine went out of order or was retired. */
    void cancelledForOutage(BookingView booking, VenueView venue, EquipmentView equipment, boolean retired,
            String note) {
        send(booking, venue, equipment, retired ? "makerspace.mail.retired" : "makerspace.mail.outOfOrder", note, null);
    }

    private void send(BookingView booking, VenueView venue, EquipmentView equipment, String key, String reason,
            String dedupeKey) {
        AccountView person = accounts.findById(booking.accountId()).orElse(null);
        if (person == null || person.erased()) {
            return;
        }
        Locale locale = Locale.forLanguageTag(person.locale());
        String link = baseUrl + "/makerspaces/" + venue.id();
        String machine = equipment.name(locale) + " " + booking.unitLabel();
        String why = reason == null || reason.isBlank()
                ? messages.getMessage("makerspace.mail.noReason", null, locale) : reason;
        // {0} name, {1} machine and unit, {2} venue, {3} when, {4} address, {5} link, {6} reason, {7} deadline hours
        Object[] arguments = {person.displayName(), machine, venue.name(), when(booking, locale), venue.address(), link,
                why, String.valueOf(venue.rules().cancellationHours())};
        String subject = messages.getMessage(key + ".subject", arguments, locale);
        String text = messages.getMessage(key + ".text", arguments, locale);
        String safety = equipment.safetyNotes(locale);
        if (!safety.isBlank() && booking.status() == BookingStatus.ACTIVE) {
            text = text + "\n\n" + messages.getMessage("makerspace.mail.safety", new Object[] {safety}, locale);
        }
        OutgoingMail mail = OutgoingMail.of(person.email(), subject, text)
                .with(new OutgoingMail.Attachment("booking.ics", "text/calendar", calendars.event(
                        BookingEvents.event(booking, venue, safety, locale, link)).getBytes(StandardCharsets.UTF_8)));
        mailer.queue(dedupeKey == null ? mail : mail.once(dedupeKey));
    }

    /** "2 Mar 2027 10:00–12:00 (Europe/Oslo)"; the end's date too when it is another day. */
    static String when(BookingView booking, Locale locale) {
        String end = booking.end().toLocalDate().equals(booking.start().toLocalDate()) ? booking.end().format(TIME)
                : Localized.dateTime(booking.end(), locale);
        return Localized.dateTime(booking.start(), locale) + "\u2013" + end + " (" + booking.start().getZone().getId()
                + ")";
    }
}
