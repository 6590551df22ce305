package org.uptake.offers.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.offers.offer.OfferRepository;
import org.uptake.offers.session.OfferSession;
import org.uptake.offers.session.OfferSessionRepository;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminds confirmed participants a configurable time before a session starts. One node runs it at a time
 * (ShedLock), and the mail's dedupe key makes it at most one reminder per registration even across runs.
 */
@Component
public class Reminders {

    private final OfferSessionRepository sessions;
    private final OfferRepository offers;
    private final RegistrationRepository registrations;
    private final ParticipantMails mails;
    private final Duration before;

    Reminders(OfferSessionRepository sessions, OfferRepository offers, RegistrationRepository registrations,
            ParticipantMails mails, @Value("${uptake.offers.reminder-before:24h}") Duration before) {
        this.sessions = sessions;
        this.offers = offers;
        this.registrations = registrations;
        this.mails = mails;
        this.before = before;
    }

    @Scheduled(fixedDelayString = "${uptake.offers.reminder-interval:5m}", initialDelayString = "${uptake.offers.reminder-interval:5m}")
    @SchedulerLock(name = "offers-reminders", lockAtMostFor = "PT10M")
    @Transactional
    public void remind() {
        Instant now = Instant.now();
        List<OfferSession> soon = sessions.findByStatusAndStartsAtBetween(OfferSession.Status.SCHEDULED, now,
                now.plus(before));
        for (OfferSession session : soon) {
            var offer = offers.findById(session.getOfferId()).orElseThrow();
            if (!offer.isPublished()) {
                continue;
            }
            registrations.findBySessionIdInAndStatus(List.of(session.getId()), RegistrationStatus.CONFIRMED)
                    .forEach(registration -> mails.reminder(registration, offer, session));
        }
    }
}
