package org.uptake.offers.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * One date of an offer: when and where, how many seats, and when registration is open. Times are instants with the
 * venue's time zone, so a session in Trondheim shows Trondheim's time to a reader in Magdeburg.
 */
@Entity
@Table(name = "offer_session")
public class OfferSession {

    public enum Status { SCHEDULED, CANCELLED }

    @Id
    private UUID id;
    private UUID offerId;
    private UUID moduleId;
    @GenericField(sortable = Sortable.YES)
    private Instant startsAt;
    private Instant endsAt;
    private String timeZone;
    private String address;
    @KeywordField
    private String nutsCode;
    private String onlineLink;
    private int capacity;
    private Instant registrationOpens;
    private Instant registrationCloses;
    private boolean approvalRequired;
    private String advisorName;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private Status status;
    /** Hands out waitlist places in order; changed only under the session's row lock. */
    private long waitlistCounter;
    /**
     * The revision as a calendar event (iCalendar SEQUENCE): raised when time, place or status change, so that
     * every calendar file of the session (mails, download, feed) carries the same number until the next change.
     */
    private int calendarSequence;
    @Version
    private Long version;

    protected OfferSession() {
    }

    OfferSession(UUID offerId, SessionRequest.Valid valid) {
        this.id = UUID.randomUUID();
        this.offerId = offerId;
        this.status = Status.SCHEDULED;
        apply(valid);
    }

    /**
     * Changes the session as the organiser asks; a new time or place raises the calendar revision.
     *
     * @return whether time or place changed (participants are to be told)
     */
    boolean change(SessionRequest.Valid valid) {
        boolean moved = changesDateOrPlace(valid);
        if (moved) {
            calendarSequence++;
        }
        apply(valid);
        return moved;
    }

    private void apply(SessionRequest.Valid valid) {
        this.moduleId = valid.moduleId();
        this.startsAt = valid.start().toInstant();
        this.endsAt = valid.end().toInstant();
        this.timeZone = valid.start().getZone().getId();
        this.address = valid.address();
        this.nutsCode = valid.nutsCode();
        this.onlineLink = valid.onlineLink();
        this.capacity = valid.capacity();
        this.registrationOpens = valid.registrationOpens();
        this.registrationCloses = valid.registrationCloses();
        this.approvalRequired = valid.approvalRequired();
        this.advisorName = valid.advisorName();
    }

    public void cancel() {
        if (status != Status.CANCELLED) {
            calendarSequence++;
        }
        this.status = Status.CANCELLED;
    }

    /** Whether the request moves the session in time or space: what participants must be told about. */
    private boolean changesDateOrPlace(SessionRequest.Valid valid) {
        return !valid.start().toInstant().equals(startsAt) || !valid.end().toInstant().equals(endsAt)
                || !valid.start().getZone().getId().equals(timeZone)
                || !Objects.equals(valid.address(), address) || !Objects.equals(valid.onlineLink(), onlineLink);
    }

    /** The next place on the waitlist; call only while holding the session's lock. */
    public long nextWaitlistSeq() {
        return ++waitlistCounter;
    }

    /** Open for registration at the instant: scheduled, inside the window, and not yet started. */
    public boolean registrationOpenAt(Instant now) {
        return status == Status.SCHEDULED && (registrationOpens == null || !now.isBefore(registrationOpens))
                && now.isBefore(registrationCloses != null ? registrationCloses : startsAt);
    }

    public ZonedDateTime start() {
        return startsAt.atZone(ZoneId.of(timeZone));
    }

    public ZonedDateTime end() {
        return endsAt.atZone(ZoneId.of(timeZone));
    }

    public double hours() {
        return java.time.Duration.between(startsAt, endsAt).toMinutes() / 60.0;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOfferId() {
        return offerId;
    }

    public UUID getModuleId() {
        return moduleId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getAddress() {
        return address;
    }

    public String getNutsCode() {
        return nutsCode;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public Instant getRegistrationOpens() {
        return registrationOpens;
    }

    public Instant getRegistrationCloses() {
        return registrationCloses;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public String getAdvisorName() {
        return advisorName;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isCancelled() {
        return status == Status.CANCELLED;
    }
}
