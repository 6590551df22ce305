package org.uptake.offers.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    Sessions(OfferSessionRepository sessions, OfferRepository offers, Organisers organisers, Directory directory,
            JdbcTemplate jdbc, AuditLog audit) {
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
        if (offer.get().getKind() == OfferKind.CONSULTING && valid.capacity() != 1) {
            // a consulting session is a slot for one firm; a larger capacity is refused rather than changed silently
            return new Invalid(List.of(new SessionRequest.Problem("capacity", "session.capacity.consulting")));
        }
        if (valid.start().toInstant().isBefore(Instant.now())) {
            return new Invalid(List.of(new SessionRequest.Problem("start", "session.start.past")));
        }
        if (valid.nutsCode() != null && !directory.regionExists(valid.nutsCode())) {
            return new Invalid(List.of(new SessionRequest.Problem("nutsCode", "session.region.unknown")));
        }
        if (valid.moduleId() != null && !moduleOf(offerId, valid.moduleId())) {
            return new Invalid(List.of(new SessionRequest.Problem("moduleId", "session.module.unknown")));
        }
        OfferSession session = sessions.save(new OfferSession(offerId, valid));
        offer.get().sessionsChanged();
        audit.record("SESSION_ADDED", "offer", offerId, session.getId().toString());
        return new Done(session);
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
