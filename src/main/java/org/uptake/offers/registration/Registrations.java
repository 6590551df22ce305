package org.uptake.offers.registration;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.Directory;
import org.uptake.identity.UptakeUser;
import org.uptake.offers.offer.Offer;
import org.uptake.offers.offer.OfferRepository;
import org.uptake.offers.offer.Organisers;
import org.uptake.offers.session.OfferSession;
import org.uptake.offers.session.OfferSessionRepository;

/**
 * Registration, waitlist, cancellation, approval and attendance. Every change to a session's registrations holds
 * the session's row lock, so the seat count is never exceeded and waitlist places are handed out in order, with
 * one node or several.
 */
@Service
public class Registrations {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final RegistrationRepository registrations;
    private final OfferSessionRepository sessions;
    private final OfferRepository offers;
    private final Organisers organisers;
    private final Directory directory;
    private final ParticipantMails mails;
    private final EntityManager entities;
    private final ConsultingSlots consulting;

    Registrations(RegistrationRepository registrations, OfferSessionRepository sessions, OfferRepository offers,
            Organisers organisers, Directory directory, ParticipantMails mails, EntityManager entities,
            ConsultingSlots consulting) {
        this.consulting = consulting;
        this.registrations = registrations;
        this.sessions = sessions;
        this.offers = offers;
        this.organisers = organisers;
        this.directory = directory;
        this.mails = mails;
        this.entities = entities;
    }

    public sealed interface Result {
    }

    /** @param waitlistPosition 1 for the first waiting, {@code null} unless waitlisted */
    public record Done(Registration registration, Long waitlistPosition) implements Result {
    }

    public record NotFound() implements Result {
    }

    /** The request cannot be carried out in the current state (closed, too late, already registered ...). */
    public record Conflict(String messageKey) implements Result {
    }

    /** One or more fields refused; {@link #field()} and {@link #messageKey()} are those of the first problem. */
    public record Invalid(List<Problem> problems) implements Result {

        public Invalid(String field, String messageKey) {
            this(List.of(new Problem(field, messageKey)));
        }

        public String field() {
            return problems.getFirst().field();
        }

        public String messageKey() {
            return problems.getFirst().messageKey();
        }
    }

    public record Problem(String field, String messageKey) {
    }

    /** @param answers to the offer's questions by question id; {@code null} for none */
    @Transactional
    public Result register(UptakeUser user, UUID sessionId, UUID organisationId, Map<String, String> answers) {
        Optional<OfferSession> locked = lockForBooking(sessionId);
        if (locked.isEmpty()) {
            return new NotFound();
        }
        OfferSession session = locked.get();
        Offer offer = offers.findById(session.getOfferId()).orElseThrow();
        if (!offer.isPublished() || session.isCancelled()) {
            return new Conflict("registration.offer.notOpen");
        }
        if (!session.registrationOpenAt(Instant.now())) {
            return new Conflict("registration.closed");
        }
        if (organisationId != null && !directory.isMember(user.id(), organisationId)) {
            return new Invalid("organisationId", "registration.organisation.notMember");
        }
        List<Problem> unanswered = Answers.check(offer.getQuestions(), answers == null ? Map.of() : answers);
        if (!unanswered.isEmpty()) {
            return new Invalid(unanswered);
        }
        String answered = Answers.json(offer.getQuestions(), answers == null ? Map.of() : answers);
        Optional<Registration> existing = registrations.findBySessionIdAndAccountId(sessionId, user.id());
        if (existing.isPresent() && existing.get().getStatus().active()) {
            return new Conflict("registration.duplicate");
        }
        if (ConsultingSlots.consulting(offer)) {
            Optional<Result> refused = consulting.refusal(session, offer, organisationId, null);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        Registration registration = existing.orElseGet(() -> new Registration(sessionId, user.id()));
        if (session.isApprovalRequired()) {
            registration.open(organisationId, answered, RegistrationStatus.PENDING, null);
        } else if (hasSeat(session)) {
            registration.open(organisationId, answered, RegistrationStatus.CONFIRMED, null);
        } else {
            registration.open(organisationId, answered, RegistrationStatus.WAITLISTED, session.nextWaitlistSeq());
        }
        registrations.saveAndFlush(registration);
        Long position = position(registration);
        mails.registered(registration, offer, session, position);
        return new Done(registration, position);
    }

    /**
     * Cancels a registration. Participants may cancel until the offer's deadline before the start, organisers at
     * any time; a freed seat goes at once to the first on the waitlist, who is told by e-mail.
     */
    @Transactional
    public Result cancel(UptakeUser user, UUID registrationId) {
        Optional<UUID> sessionId = sessionOf(registrationId);
        if (sessionId.isEmpty()) {
            return new NotFound();
        }
        OfferSession session = sessions.lockById(sessionId.get()).orElseThrow();
        Registration registration = registrations.findById(registrationId).orElseThrow();
        entities.refresh(registration);
        Offer offer = offers.findById(session.getOfferId()).orElseThrow();
        boolean organiser = organisers.canOrganise(user, offer.getProviderOrganisationId());
        if (!organiser && !registration.getAccountId().equals(user.id())) {
            return new NotFound();
        }
        if (!registration.getSessionId().equals(session.getId())) {
            return new Conflict("registration.changed"); // moved to another date while we waited for the lock
        }
        if (!registration.getStatus().active()) {
            return new Done(registration, null);
        }
        Instant deadline = session.getStartsAt().minus(Duration.ofHours(offer.getCancellationHours()));
        if (!organiser && Instant.now().isAfter(deadline)) {
            return new Conflict("registration.cancel.tooLate");
        }
        boolean heldSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
        registration.moveTo(RegistrationStatus.CANCELLED, null);
        if (heldSeat) {
            promoteFirstWaiting(session, offer);
        }
        return new Done(registration, null);
    }

    /** The organiser approves a pending registration: a seat if there is one, else the waitlist. */
    @Transactional
    public Result approve(UptakeUser user, UUID registrationId, boolean approved) {
        Optional<UUID> sessionId = sessionOf(registrationId);
        if (sessionId.isEmpty()) {
            return new NotFound();
        }
        OfferSession session = sessions.lockById(sessionId.get()).orElseThrow();
        Offer offer = offers.findById(session.getOfferId()).orElseThrow();
        if (!organisers.canOrganise(user, offer.getProviderOrganisationId())) {
            return new NotFound();
        }
        Registration registration = registrations.findById(registrationId).orElseThrow();
        entities.refresh(registration);
        if (!registration.getSessionId().equals(session.getId())) {
            return new Conflict("registration.changed");
        }
        if (registration.getStatus() != RegistrationStatus.PENDING) {
            return new Conflict("registration.notPending");
        }
        if (!approved) {
            registration.moveTo(RegistrationStatus.REJECTED, null);
        } else if (hasSeat(session)) {
            registration.moveTo(RegistrationStatus.CONFIRMED, null);
        } else {
            registration.moveTo(RegistrationStatus.WAITLISTED, session.nextWaitlistSeq());
        }
        registrations.flush();
        Long position = position(registration);
        mails.decided(registration, offer, session, position);
        return new Done(registration, position);
    }

    /**
     * The organiser moves a registration (confirmed, waitlisted or pending) to another scheduled, not yet started
     * session of the same offer (of a competence track: of the same module). There the person gets a seat if one is
     * free, else the end of the waitlist; the move counts as the organiser's approval. A seat freed in the old
     * session goes to the first waiting there. The person is told by e-mail. A consulting slot must be free (no
     * waitlist) and the firm may not hold another future slot of the offer.
     * <p>
     * Both sessions' row locks are held (all the offer's for consulting), taken in id order so that two opposite
     * moves cannot deadlock.
     */
    @Transactional
    public Result move(UptakeUser user, UUID registrationId, UUID targetSessionId) {
        Optional<UUID> sourceId = sessionOf(registrationId);
        if (sourceId.isEmpty()) {
            return new NotFound();
        }
        Offer offer = offers.findById(offerOf(sourceId.get()).orElseThrow()).orElseThrow();
        if (!organisers.canOrganise(user, offer.getProviderOrganisationId())) {
            return new NotFound();
        }
        if (targetSessionId == null) {
            return new Invalid("sessionId", "validation.required");
        }
        Optional<UUID> targetOffer = offerOf(targetSessionId);
        if (targetOffer.isEmpty()) {
            return new Invalid("sessionId", "session.notFound");
        }
        if (!targetOffer.get().equals(offer.getId())) {
            return new Conflict("registration.move.otherOffer");
        }
        if (targetSessionId.equals(sourceId.get())) {
            return new Conflict("registration.move.sameSession");
        }
        boolean slots = ConsultingSlots.consulting(offer);
        Map<UUID, OfferSession> locked = lockInOrder(slots ? sessionsOf(offer.getId())
                : List.of(sourceId.get(), targetSessionId));
        OfferSession source = locked.get(sourceId.get());
        OfferSession target = locked.get(targetSessionId);
        Registration registration = registrations.findById(registrationId).orElseThrow();
        entities.refresh(registration);
        if (!registration.getSessionId().equals(source.getId())) {
            return new Conflict("registration.changed");
        }
        if (!registration.getStatus().active()) {
            return new Conflict("registration.move.notActive");
        }
        if (registration.getAttendance() == Attendance.ATTENDED) {
            return new Conflict("registration.move.attended");
        }
        if (target.isCancelled()) {
            return new Conflict("registration.move.targetCancelled");
        }
        if (!target.getStartsAt().isAfter(Instant.now())) {
            return new Conflict("registration.move.targetStarted");
        }
        if (!Objects.equals(source.getModuleId(), target.getModuleId())) {
            return new Conflict("registration.move.otherModule");
        }
        Optional<Registration> there = registrations.findBySessionIdAndAccountId(target.getId(),
                registration.getAccountId());
        if (there.isPresent() && (there.get().getStatus().active()
                || there.get().getAttendance() == Attendance.ATTENDED)) {
            return new Conflict("registration.move.duplicate");
        }
        if (slots) {
            Optional<Result> refused = consulting.refusal(target, offer, registration.getOrganisationId(),
                    registration.getId());
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        boolean heldSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
        boolean seat = slots || hasSeat(target);
        // one row per person and session: an old cancelled or rejected row there gives way to the moved one
        there.ifPresent(old -> {
            registrations.delete(old);
            registrations.flush();
        });
        registration.transfer(target.getId(), seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED,
                seat ? null : target.nextWaitlistSeq());
        registrations.flush();
        if (heldSeat && source.getStartsAt().isAfter(Instant.now())) {
            promoteFirstWaiting(source, offer);
        }
        Long position = position(registration);
        mails.moved(registration, offer, target, position);
        return new Done(registration, position);
    }

    /** Records attendance of confirmed participants; those who attended get a certificate code. */
    @Transactional
    public Result attendance(UptakeUser user, UUID sessionId, List<UUID> registrationIds, Attendance attendance) {
        Optional<OfferSession> session = sessions.findById(sessionId);
        if (session.isEmpty() || !organisers.canOrganise(user,
                offers.findById(session.get().getOfferId()).orElseThrow().getProviderOrganisationId())) {
            return new NotFound();
        }
        if (attendance == null) {
            return new Invalid("status", "validation.required");
        }
        List<Registration> marked = registrations.findAllById(registrationIds == null ? List.of() : registrationIds);
        if (registrationIds == null || registrationIds.isEmpty() || marked.size() != registrationIds.size()
                || marked.stream().anyMatch(r -> !r.getSessionId().equals(sessionId)
                        || r.getStatus() != RegistrationStatus.CONFIRMED)) {
            return new Invalid("registrationIds", "attendance.registrations.invalid");
        }
        marked.forEach(r -> r.mark(attendance, certificateCode()));
        return new Done(marked.getFirst(), null);
    }

    /** The registration if the caller is its participant or organises its offer. */
    @Transactional(readOnly = true)
    public Optional<Registration> visible(UptakeUser user, UUID registrationId) {
        return registrations.findById(registrationId).filter(r -> r.getAccountId().equals(user.id())
                || organisers.canOrganise(user, providerOf(r.getSessionId())));
    }

    /** Confirmed participants and organisers may see how to join (the online link). */
    @Transactional(readOnly = true)
    public boolean mayJoin(UptakeUser user, OfferSession session) {
        if (user == null) {
            return false;
        }
        return registrations.findBySessionIdAndAccountId(session.getId(), user.id())
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).isPresent()
                || organisers.canOrganise(user, providerOf(session.getId()));
    }

    @Transactional(readOnly = true)
    public Long position(Registration registration) {
        return registration.getStatus() == RegistrationStatus.WAITLISTED
                ? registrations.waitlistPosition(registration.getSessionId(), registration.getWaitlistSeq()) : null;
    }

    @Transactional(readOnly = true)
    public long count(UUID sessionId, RegistrationStatus status) {
        return registrations.countBySessionIdAndStatus(sessionId, status);
    }

    @Transactional(readOnly = true)
    public long attended(UUID sessionId) {
        return registrations.countBySessionIdAndAttendance(sessionId, Attendance.ATTENDED);
    }

    @Transactional(readOnly = true)
    public List<Registration> ofSession(UUID sessionId) {
        return registrations.findBySessionIdOrderByCreatedAt(sessionId);
    }

    @Transactional(readOnly = true)
    public boolean mayOrganise(UptakeUser user, UUID sessionId) {
        return organisers.canOrganise(user, providerOf(sessionId));
    }

    UUID providerOf(UUID sessionId) {
        return offers.findById(sessions.findById(sessionId).orElseThrow().getOfferId()).orElseThrow()
                .getProviderOrganisationId();
    }

    /**
     * Ends all registrations of a cancelled session (alone or with its offer) and tells each person; those who held a
     * seat get the cancelled calendar entry. Runs in the cancelling transaction, under the session's lock.
     */
    public void cancelAllOf(Offer offer, OfferSession session) {
        for (Registration registration : registrations.findBySessionIdOrderByCreatedAt(session.getId())) {
            if (registration.getStatus().active()) {
                boolean heldSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
                registration.moveTo(RegistrationStatus.CANCELLED, null);
                mails.offerCancelled(registration, offer, session, heldSeat);
            }
        }
    }

    /**
     * After an organiser changed a session (under its lock, in the same transaction): seats that are free now go to
     * the waitlist in order, and with a new time or place everyone still registered is told, the confirmed with the
     * updated calendar entry. Those who just moved up learn the new details from their promotion mail.
     */
    void sessionChanged(Offer offer, OfferSession session, boolean dateOrPlaceChanged) {
        Set<UUID> promoted = new HashSet<>();
        for (Optional<Registration> next = promoteFirstWaitingIfSeat(session, offer); next.isPresent();
                next = promoteFirstWaitingIfSeat(session, offer)) {
            promoted.add(next.get().getId());
        }
        if (!dateOrPlaceChanged) {
            return;
        }
        for (Registration registration : registrations.findBySessionIdOrderByCreatedAt(session.getId())) {
            if (registration.getStatus().active() && !promoted.contains(registration.getId())) {
                mails.changed(registration, offer, session, position(registration));
            }
        }
    }

    private Optional<Registration> promoteFirstWaitingIfSeat(OfferSession session, Offer offer) {
        registrations.flush();
        return hasSeat(session) ? promoteFirstWaiting(session, offer) : Optional.empty();
    }

    private Optional<Registration> promoteFirstWaiting(OfferSession session, Offer offer) {
        registrations.flush();
        Optional<Registration> first = registrations.findFirstBySessionIdAndStatusOrderByWaitlistSeq(session.getId(),
                RegistrationStatus.WAITLISTED);
        first.ifPresent(next -> {
            next.moveTo(RegistrationStatus.CONFIRMED, null);
            mails.promoted(next, offer, session);
        });
        return first;
    }

    private boolean hasSeat(OfferSession session) {
        return registrations.countBySessionIdAndStatus(session.getId(), RegistrationStatus.CONFIRMED)
                < session.getCapacity();
    }

    /**
     * Locks the session for a booking. A consulting slot is booked under the locks of all the offer's sessions,
     * because a firm may hold only one of them.
     */
    private Optional<OfferSession> lockForBooking(UUID sessionId) {
        Optional<UUID> offerId = offerOf(sessionId);
        if (offerId.isEmpty()) {
            return Optional.empty();
        }
        if (offers.findById(offerId.get()).filter(ConsultingSlots::consulting).isPresent()) {
            return Optional.ofNullable(lockInOrder(sessionsOf(offerId.get())).get(sessionId));
        }
        return sessions.lockById(sessionId);
    }

    /**
     * Locks several sessions one by one in the order of their ids, the same order everywhere that takes more than
     * one, so that two such transactions cannot wait for each other.
     */
    private Map<UUID, OfferSession> lockInOrder(Collection<UUID> sessionIds) {
        Map<UUID, OfferSession> locked = new LinkedHashMap<>();
        sessionIds.stream().distinct().sorted(Comparator.comparing(UUID::toString))
                .forEach(id -> sessions.lockById(id).ifPresent(s -> locked.put(id, s)));
        return locked;
    }

    private List<UUID> sessionsOf(UUID offerId) {
        return entities.createQuery("select s.id from OfferSession s where s.offerId = :offer", UUID.class)
                .setParameter("offer", offerId).getResultList();
    }

    private Optional<UUID> offerOf(UUID sessionId) {
        return entities.createQuery("select s.offerId from OfferSession s where s.id = :id", UUID.class)
                .setParameter("id", sessionId).getResultStream().findFirst();
    }

    private Optional<UUID> sessionOf(UUID registrationId) {
        return entities.createQuery("select r.sessionId from Registration r where r.id = :id", UUID.class)
                .setParameter("id", registrationId).getResultStream().findFirst();
    }

    private static String certificateCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
