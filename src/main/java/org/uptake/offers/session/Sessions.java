package org.uptake.offers.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.Directory;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.offers.OfferKind;
import org.uptake.offers.offer.Offer;
import org.uptake.offers.offer.OfferRepository;
import org.uptake.offers.offer.OfferStatus;
import org.uptake.offers.offer.Organisers;

/** Adding and changing the sessions of an offer. */
@Service
public class Sessions {

    private final OfferSessionRepository sessions;
    private final OfferRepository offers;
    private final Organisers organisers;
    private final Directory directory;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Sessions(OfferSessionRepository sessions, OfferRepository offers, Organisers organisers, Directory directory,
            JdbcTemplate jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.sessions = sessions;
        this.offers = offers;
        this.organisers = organisers;
        this.directory = directory;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public sealed interface Result {
    }

    public record Done(OfferSession session) implements Result {
    }

    public record Invalid(List<SessionRequest.Problem> problems) implements Result {
    }

    public record NotFound() implements Result {
    }

    public record Forbidden() implements Result {
    }

    /** The session cannot be changed in its current state (cancelled, or its offer is). */
    public record Conflict(String messageKey) implements Result {
    }

    @Transactional
    public Result add(UptakeUser user, UUID offerId, SessionRequest request) {
        Optional<Offer> offer = offers.findById(offerId);
        if (offer.isEmpty()) {
            return new NotFound();
        }
        if (!organisers.canOrganise(user, offer.get().getProviderOrganisationId())) {
            return new Forbidden();
        }
        if (offer.get().getStatus() == OfferStatus.CANCELLED) {
            return new Invalid(List.of(new SessionRequest.Problem("offer", "offer.cancelled")));
        }
        SessionRequest.Checked checked = request.check();
        if (checked instanceof SessionRequest.Refused refused) {
            return new Invalid(refused.problems());
        }
        SessionRequest.Valid valid = ((SessionRequest.Accepted) checked).valid();
        Optional<SessionRequest.Problem> refused = refusal(offer.get(), valid, null);
        if (refused.isPresent()) {
            return new Invalid(List.of(refused.get()));
        }
        OfferSession session = sessions.save(new OfferSession(offerId, valid));
        offer.get().sessionsChanged();
        audit.record("SESSION_ADDED", "offer", offerId, session.getId().toString());
        return new Done(session);
    }

    /**
     * Changes a session, with the checks of {@link #add}. Runs under the session's row lock, so that the seats
     * counted are the seats taken: the capacity may not go below the confirmed registrations, and new seats go to
     * the waitlist in order. A start in the past is refused unless the start stays as it is (a running session's
     * other details may still be corrected). A new time or place raises the session's calendar revision and everyone
     * registered is told (see {@link SessionChanged}). Only organisers of the offer's provider may; to others the
     * session does not exist.
     */
    @Transactional
    public Result update(UptakeUser user, UUID sessionId, SessionRequest request) {
        Optional<Locked> locked = lock(sessionId);
        if (locked.isEmpty()) {
            return new NotFound();
        }
        OfferSession session = locked.get().session();
        Offer offer = locked.get().offer();
        if (!organisers.canOrganise(user, offer.getProviderOrganisationId())) {
            return new NotFound();
        }
        if (offer.getStatus() == OfferStatus.CANCELLED) {
            return new Conflict("offer.cancelled");
        }
        if (session.isCancelled()) {
            return new Conflict("session.cancelled");
        }
        SessionRequest.Checked checked = request.check();
        if (checked instanceof SessionRequest.Refused refused) {
            return new Invalid(refused.problems());
        }
        SessionRequest.Valid valid = ((SessionRequest.Accepted) checked).valid();
        Optional<SessionRequest.Problem> refused = refusal(offer, valid, session);
        if (refused.isPresent()) {
            return new Invalid(List.of(refused.get()));
        }
        long confirmed = count(sessionId, "status = 'CONFIRMED'");
        if (valid.capacity() < confirmed) {
            return new Invalid(List.of(new SessionRequest.Problem("capacity", "session.capacity.belowConfirmed",
                    List.of(confirmed))));
        }
        if (!Objects.equals(valid.moduleId(), session.getModuleId())
                && count(sessionId, "status in ('CONFIRMED', 'WAITLISTED', 'PENDING') or attendance is not null") > 0) {
            // attendance counts towards a module's certificate: the registrations would silently change modules
            return new Invalid(List.of(new SessionRequest.Problem("moduleId", "session.module.hasRegistrations")));
        }
        boolean dateOrPlaceChanged = session.change(valid);
        offer.sessionsChanged();
        events.publishEvent(new SessionChanged(sessionId, dateOrPlaceChanged));
        audit.record("SESSION_CHANGED", "offer", offer.getId(), sessionId.toString());
        return new Done(session);
    }

    /**
     * Cancels one session of an offer under its row lock: its registrations end and every participant is told (see
     * {@link SessionCancelled}); the offer's other sessions stay. Cancelling a cancelled session changes nothing.
     */
    @Transactional
    public Result cancel(UptakeUser user, UUID sessionId) {
        Optional<Locked> locked = lock(sessionId);
        if (locked.isEmpty()) {
            return new NotFound();
        }
        OfferSession session = locked.get().session();
        Offer offer = locked.get().offer();
        if (!organisers.canOrganise(user, offer.getProviderOrganisationId())) {
            return new NotFound();
        }
        if (session.isCancelled()) {
            return new Done(session);
        }
        session.cancel();
        offer.sessionsChanged();
        events.publishEvent(new SessionCancelled(sessionId));
        audit.record("SESSION_CANCELLED", "offer", offer.getId(), sessionId.toString());
        return new Done(session);
    }

    private record Locked(Offer offer, OfferSession session) {
    }

    /**
     * Locks the session's offer, then the session: the order of offer cancellation, which writes the offer before it
     * locks the sessions. (The offer row is written anyway when a session changes, see {@link Offer#sessionsChanged}.)
     * Both are read for the first time here, so what the locks protect is current.
     */
    private Optional<Locked> lock(UUID sessionId) {
        List<UUID> offerId = jdbc.queryForList("select offer_id from offer_session where id = ?", UUID.class,
                sessionId);
        if (offerId.isEmpty()) {
            return Optional.empty();
        }
        Offer offer = offers.lockById(offerId.getFirst()).orElseThrow();
        return sessions.lockById(sessionId).map(session -> new Locked(offer, session));
    }

    /** The session for its organisers' pages; to others it does not exist. */
    @Transactional(readOnly = true)
    public Optional<OfferSession> organised(UptakeUser user, UUID sessionId) {
        return sessions.findById(sessionId).filter(s -> user != null && offers.findById(s.getOfferId())
                .filter(o -> organisers.canOrganise(user, o.getProviderOrganisationId())).isPresent());
    }

    /**
     * The checks of a new or changed session that need the offer or the database.
     *
     * @param current the session being changed, {@code null} when adding
     */
    private Optional<SessionRequest.Problem> refusal(Offer offer, SessionRequest.Valid valid, OfferSession current) {
        if (offer.getKind() == OfferKind.CONSULTING && valid.capacity() != 1) {
            // a consulting session is a slot for one firm; a larger capacity is refused rather than changed silently
            return Optional.of(new SessionRequest.Problem("capacity", "session.capacity.consulting"));
        }
        boolean sameStart = current != null && valid.start().toInstant().equals(current.getStartsAt());
        if (!sameStart && valid.start().toInstant().isBefore(Instant.now())) {
            return Optional.of(new SessionRequest.Problem("start", "session.start.past"));
        }
        if (valid.nutsCode() != null && !directory.regionExists(valid.nutsCode())) {
            return Optional.of(new SessionRequest.Problem("nutsCode", "session.region.unknown"));
        }
        if (valid.moduleId() != null && !moduleOf(offer.getId(), valid.moduleId())) {
            return Optional.of(new SessionRequest.Problem("moduleId", "session.module.unknown"));
        }
        return Optional.empty();
    }

    /** Registrations of the session matching the condition; read under the session's lock, so they are current. */
    private long count(UUID sessionId, String condition) {
        Long found = jdbc.queryForObject("select count(*) from registration where session_id = ? and (" + condition
                + ")", Long.class, sessionId);
        return found == null ? 0 : found;
    }

    @Transactional(readOnly = true)
    public List<OfferSession> ofOffer(UUID offerId) {
        return sessions.findByOfferIdOrderByStartsAt(offerId);
    }

    @Transactional(readOnly = true)
    public Optional<OfferSession> find(UUID id) {
        return sessions.findById(id);
    }

    private boolean moduleOf(UUID offerId, UUID moduleId) {
        Integer found = jdbc.queryForObject("select count(*) from track_module where id = ? and offer_id = ?",
                Integer.class, moduleId, offerId);
        return found != null && found > 0;
    }
}
