package org.uptake.notification.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.internet.InternetAddress;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.uptake.notification.CalendarEvent;
import org.uptake.notification.Calendars;
import org.uptake.notification.outbox.MailSettings;

/**
 * iCalendar files written with ical4j. Times keep the event's own zone (a session in Trondheim shows as 18:00
 * Europe/Oslo in any calendar), with the zone's definition included so that no client has to guess it; events in UTC
 * or a bare offset are written in UTC. The organizer is the platform's sender address, which iTIP requires for
 * {@code METHOD:PUBLISH}.
 */
@Component
class IcalCalendars implements Calendars {

    private static final String PRODUCT = "-//Uptake//EN";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final InternetAddress organizer;

    @Autowired
    IcalCalendars(MailSettings settings) {
        this(settings.fromAddress());
    }

    IcalCalendars(InternetAddress organizer) {
        this.organizer = organizer;
    }

    @Override
    public String event(CalendarEvent event) {
        Calendar calendar = calendar();
        calendar.add(ImmutableMethod.PUBLISH);
        return write(withEvents(calendar, List.of(event)));
    }

    @Override
    public String feed(String name, List<CalendarEvent> events) {
        Calendar calendar = calendar();
        // Apple, Google and Outlook show X-WR-CALNAME as the name of a subscribed calendar.
        calendar.add(new XProperty("X-WR-CALNAME", name));
        return write(withEvents(calendar, events));
    }

    private static Calendar calendar() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        return calendar;
    }

    /** Each zone's definition first, then the events; a zone ical4j does not know makes its events UTC. */
    private Calendar withEvents(Calendar calendar, List<CalendarEvent> events) {
        Map<ZoneId, Optional<VTimeZone>> definitions = new LinkedHashMap<>();
        for (CalendarEvent event : events) {
            if (named(event.zone())) {
                definitions.computeIfAbsent(event.zone(), this::definition);
            }
        }
        definitions.values().forEach(definition -> definition.ifPresent(calendar::add));
        Instant stamp = Instant.now();
        for (CalendarEvent event : events) {
            boolean zoned = definitions.getOrDefault(event.zone(), Optional.empty()).isPresent();
            calendar.add(vevent(event, zoned, stamp));
        }
        return calendar;
    }

    private VEvent vevent(CalendarEvent event, boolean zoned, Instant stamp) {
        Temporal start = zoned ? event.start() : event.start().toInstant();
        Temporal end = zoned ? event.end().withZoneSameInstant(event.zone()) : event.end().toInstant();
        VEvent vevent = new VEvent(start, end, event.summary());
        vevent.replace(new DtStamp(stamp));
        vevent.add(new Uid(event.uid()));
        // always written, also 0: calendars compare it with the copy they hold to tell an update from a stale file
        vevent.add(new Sequence(event.sequence()));
        Organizer organizerProperty = new Organizer(URI.create("mailto:" + organizer.getAddress()));
        if (StringUtils.hasText(organizer.getPersonal())) {
            organizerProperty.add(new Cn(organizer.getPersonal()));
        }
        vevent.add(organizerProperty);
        if (StringUtils.hasText(event.description())) {
            vevent.add(new Description(event.description()));
        }
        if (StringUtils.hasText(event.location())) {
            vevent.add(new Location(event.location()));
        }
        if (StringUtils.hasText(event.url())) {
            vevent.add(new Url(URI.create(event.url())));
        }
        vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return vevent;
    }

    /** A region such as Europe/Berlin, not UTC or a bare offset (those are written in UTC). */
    private static boolean named(ZoneId zone) {
        return !(zone.normalized() instanceof ZoneOffset);
    }

    /**
     * The zone's VTIMEZONE from ical4j's copy of the tz database. The tz database makes zones with the same rules
     * links of one another (Europe/Oslo of Europe/Berlin), so the definition found may carry another name; it is
     * renamed to the zone the event names, which is what its DTSTART and DTEND refer to.
     */
    private Optional<VTimeZone> definition(ZoneId zone) {
        TimeZone known;
        synchronized (zones) {
            known = zones.getTimeZone(zone.getId());
        }
        if (known == null) {
            return Optional.empty();
        }
        VTimeZone definition = known.getVTimeZone().copy();
        definition.replace(new TzId(zone.getId()));
        definition.removeAll(Property.TZURL, "X-LIC-LOCATION");
        return Optional.of(definition);
    }

    /** Not validated here (the tests do): a questionable field must not stop a confirmation mail. */
    private static String write(Calendar calendar) {
        return Folding.fold(calendar.toString());
    }
}
