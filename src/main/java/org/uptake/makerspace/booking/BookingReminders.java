package org.uptake.makerspace.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminds people of their bookings {@code uptake.makerspace.reminder-before} (default 24 hours) before the start.
 * One node runs it at a time (ShedLock), and the mail's dedupe key makes it at most one reminder per booking.
 */
@Component
public class BookingReminders {

    private final BookingRepository bookings;
    private final BookingViews views;
    private final BookingMails mails;
    private final Duration before;

    BookingReminders(BookingRepository bookings, BookingViews views, BookingMails mails,
            @Value("${uptake.makerspace.reminder-before:24h}") Duration before) {
        this.bookings = bookings;
        this.views = views;
        this.mails = mails;
        this.before = before;
    }

    @Scheduled(fixedDelayString = "${uptake.makerspace.reminder-interval:5m}",
            initialDelayString = "${uptake.makerspace.reminder-interval:5m}")
    @SchedulerLock(name = "makerspace-reminders", lockAtMostFor = "PT10M")
    @Transactional
    public void remind() {
        Instant now = Instant.now();
        List<Booking> soon = bookings.activeStartingBetween(now, now.plus(before));
        for (BookingView booking : views.views(soon)) {
            mails.reminder(booking, views.venue(booking.venueId()), views.equipment(booking.equipmentId()));
        }
    }
}
