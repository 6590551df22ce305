package org.uptake.offers.registration;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/** A person's place at a session, possibly on behalf of their organisation. One row per person and session. */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    private UUID id;
    private UUID sessionId;
    private UUID accountId;
    private UUID organisationId;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;
    /** Order on the waitlist; the visible position is the number of waiting registrations up to this one. */
    private Long waitlistSeq;
    /** Answers to the offer's questions: a JSON object of question id to text. */
    private String answers;
    @Transient
    private Map<String, String> answerMap;
    @Enumerated(EnumType.STRING)
    private Attendance attendance;
    private String certificateCode;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected Registration() {
    }

    Registration(UUID sessionId, UUID accountId) {
        this.id = UUID.randomUUID();
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.createdAt = Instant.now();
    }

    /** (Re)opens the registration with the given status; a waitlisted one gets the next place. */
    void open(UUID organisationId, String answers, RegistrationStatus status, Long waitlistSeq) {
        this.organisationId = organisationId;
        this.answers = answers;
        this.answerMap = null;
        this.status = status;
        this.waitlistSeq = waitlistSeq;
        this.attendance = null;
        this.updatedAt = Instant.now();
    }

    void moveTo(RegistrationStatus status, Long waitlistSeq) {
        this.status = status;
        this.waitlistSeq = waitlistSeq;
        this.updatedAt = Instant.now();
    }

    /**
     * Moves the registration to another session of the same offer (the organiser's move): the row, its id, its
     * organisation and answers stay; the status is the one it gets there. Attendance is per session, so it starts
     * empty (a no-show may be moved to a later date).
     */
    void transfer(UUID sessionId, RegistrationStatus status, Long waitlistSeq) {
        this.sessionId = sessionId;
        this.status = status;
        this.waitlistSeq = waitlistSeq;
        this.attendance = null;
        this.updatedAt = Instant.now();
    }

    void mark(Attendance attendance, String certificateCode) {
        this.attendance = attendance;
        if (attendance == Attendance.ATTENDED && this.certificateCode == null) {
            this.certificateCode = certificateCode;
        }
        this.updatedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Long getWaitlistSeq() {
        return waitlistSeq;
    }

    /** The answers by question id, in the order of the questions when they were given. */
    public Map<String, String> getAnswers() {
        if (answerMap == null) {
            answerMap = Answers.read(answers);
        }
        return answerMap;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public String getCertificateCode() {
        return certificateCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
