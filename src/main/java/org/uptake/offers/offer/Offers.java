package org.uptake.offers.offer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.Directory;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.offers.OfferCancelled;
import org.uptake.offers.OfferKind;

/** The use cases of an offer: create, change, publish and cancel. */
@Service
public class Offers {

    private final OfferRepository offers;
    private final Organisers organisers;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    Offers(OfferRepository offers, Organisers organisers, Directory directory, ApplicationEventPublisher events,
            AuditLog audit, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.offers = offers;
        this.organisers = organisers;
        this.directory = directory;
        this.events = events;
        this.audit = audit;
    }

    public sealed interface Result {
    }

    public record Done(Offer offer) implements Result {
    }

    public record Invalid(List<OfferRules.Problem> problems) implements Result {
    }

    /** Unknown, or the caller does not organise for its provider. */
    public record NotFound() implements Result {
    }

    public record Forbidden() implements Result {
    }

    public record WrongStatus(String messageKey) implements Result {
    }

    @Transactional
    public Result create(UptakeUser user, OfferRequest request) {
        List<OfferRules.Problem> problems = OfferRules.check(request);
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        if (directory.organisation(request.providerOrganisationId()).isEmpty()) {
            return new Invalid(List.of(new OfferRules.Problem("providerOrganisationId", "offer.provider.unknown")));
        }
        if (!organisers.canOrganise(user, request.providerOrganisationId())) {
            return new Forbidden();
        }
        Offer offer = offers.save(new Offer(request.providerOrganisationId(), user.id(), request));
        audit.record("OFFER_CREATED", "offer", offer.getId(), offer.getKind().name());
        return new Done(offer);
    }

    @Transactional
    public Result update(UptakeUser user, UUID id, OfferRequest request) {
        // locked before any of its sessions (see hasActiveRegistrations), the order of every place that locks both
        Optional<Offer> found = offers.lockById(id);
        if (found.isEmpty()) {
            return new NotFound();
        }
        if (!organisers.canOrganise(user, found.get().getProviderOrganisationId())) {
            return new Forbidden();
        }
        // The provider stays: moving an offer to another organisation is not an edit.
        OfferRequest sameProvider = new OfferRequest(request.title(), request.description(), request.kind(),
                found.get().getProviderOrganisationId(), request.topics(), request.targetSections(),
                request.sizeClasses(), request.language(), request.price(), request.currency(), request.fundingNote(),
                request.cancellationHours(), request.industry(), request.questions());
        List<OfferRules.Problem> problems = OfferRules.check(sameProvider);
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        if (found.get().getStatus() == OfferStatus.CANCELLED) {
            return new WrongStatus("offer.cancelled");
        }
        if (consultingChanges(found.get(), sameProvider) && hasActiveRegistrations(id)) {
            // consulting slots follow other rules (one firm, no waitlist): registrations made under one set of rules
            // would silently fall under the other
            return new Invalid(List.of(new OfferRules.Problem("kind", "offer.kind.consultingHasRegistrations")));
        }
        found.get().apply(sameProvider);
        audit.record("OFFER_CHANGED", "offer", id, null);
        return new Done(found.get());
    }

    @Transactional
    public Result publish(UptakeUser user, UUID id) {
        return organised(user, id).map(offer -> {
            if (offer.getStatus() == OfferStatus.CANCELLED) {
                return (Result) new WrongStatus("offer.cancelled");
            }
            offer.publish();
            audit.record("OFFER_PUBLISHED", "offer", id, null);
            return (Result) new Done(offer);
        }).orElseGet(() -> denied(id));
    }

    /** Cancels the offer; its registrations are cancelled and the participants told (see {@link OfferCancelled}). */
    @Transactional
    public Result cancel(UptakeUser user, UUID id) {
        // the offer's row first, then its sessions' (OfferCancellation): a session being changed meanwhile is read
        // as committed
        Optional<Offer> locked = offers.lockById(id)
                .filter(o -> organisers.canOrganise(user, o.getProviderOrganisationId()));
        return locked.map(offer -> {
            if (offer.getStatus() == OfferStatus.CANCELLED) {
                return (Result) new Done(offer);
            }
            offer.cancel();
            events.publishEvent(new OfferCancelled(id));
            audit.record("OFFER_CANCELLED", "offer", id, null);
            return (Result) new Done(offer);
        }).orElseGet(() -> denied(id));
    }

    private static boolean consultingChanges(Offer offer, OfferRequest request) {
        return request.kind() != null
                && (offer.getKind() == OfferKind.CONSULTING) != (request.kind() == OfferKind.CONSULTING);
    }

    /**
     * Whether any session of the offer has a confirmed, waitlisted or pending registration. Takes the row locks of
     * all the offer's sessions first (after the offer's), one by one in the order of their ids as strings (the order
     * of every place that locks several sessions), so that no registration slips in before the kind changes.
     */
    private boolean hasActiveRegistrations(UUID offerId) {
        jdbc.queryForList("select id from offer_session where offer_id = ?", UUID.class, offerId).stream()
                .sorted(java.util.Comparator.comparing(UUID::toString))
                .forEach(session -> jdbc.queryForList("select id from offer_session where id = ? for update",
                        UUID.class, session));
        Long active = jdbc.queryForObject("select count(*) from registration r join offer_session s on s.id = "
                + "r.session_id where s.offer_id = ? and r.status in ('CONFIRMED', 'WAITLISTED', 'PENDING')",
                Long.class, offerId);
        return active != null && active > 0;
    }

    /** An offer the public may see, or its organisers. */
    @Transactional(readOnly = true)
    public Optional<Offer> visible(UptakeUser user, UUID id) {
        return offers.findById(id).filter(o -> o.getStatus() != OfferStatus.DRAFT
                || organisers.canOrganise(user, o.getProviderOrganisationId()));
    }

    public boolean canOrganise(UptakeUser user, Offer offer) {
        return organisers.canOrganise(user, offer.getProviderOrganisationId());
    }

    private Optional<Offer> organised(UptakeUser user, UUID id) {
        return offers.findById(id).filter(o -> organisers.canOrganise(user, o.getProviderOrganisationId()));
    }

    private Result denied(UUID id) {
        return offers.existsById(id) ? new Forbidden() : new NotFound();
    }
}
