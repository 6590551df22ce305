package org.uptake.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats stored instants (UTC) for people, in their language and the platform's time zone. Templates call it as
 * {@code ${@dates.dateTime(instant)}}; venues and calls with a zone of their own pass it explicitly.
 */
@Component("dates")
public class Dates {

    private final ZoneId defaultZone;

    Dates(@Value("${uptake.time-zone:Europe/Berlin}") String defaultZone) {
        this.defaultZone = ZoneId.of(defaultZone);
    }

    public String dateTime(Instant instant) {
        return dateTime(instant, defaultZone);
    }

    public String dateTime(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).format(instant.atZone(zone));
    }

    /** In a place's own time zone, such as a venue's ({@code Europe/Oslo}). */
    public String dateTime(Instant instant, String zoneId) {
        return dateTime(instant, ZoneId.of(zoneId));
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale())
                .format(instant.atZone(defaultZone));
    }
}
