package org.uptake.assessment.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One run of a questionnaire by an organisation at a stage (T0 before support, T1, T2 ... after). A draft collects
 * answers; submission freezes it with its scores.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    public enum Status { DRAFT, SUBMITTED }

    @Id
    private UUID id;
    private UUID organisationId;
    private String questionnaireKey;
    private int questionnaireVersion;
    private String stage;
    @Enumerated(EnumType.STRING)
    private Status status;
    private UUID createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private Double overallScore;
    private String level;
    /** Dimension and question scores at full precision, as JSON. */
    private String scores;
    /** The peer groups this assessment was counted in when submitted, so it can be taken out again exactly. */
    private String peerGroups;
    @Version
    private Long version;

    protected Assessment() {
    }

    public Assessment(UUID organisationId, String questionnaireKey, int questionnaireVersion, String stage,
            UUID createdBy) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.questionnaireKey = questionnaireKey;
        this.questionnaireVersion = questionnaireVersion;
        this.stage = stage;
        this.status = Status.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public void touched() {
        this.updatedAt = Instant.now();
    }

    public void submit(double overall, String level, String scoresJson, String peerGroups) {
        this.peerGroups = peerGroups;
        this.status = Status.SUBMITTED;
        this.submittedAt = Instant.now();
        this.updatedAt = submittedAt;
        this.overallScore = overall;
        this.level = level;
        this.scores = scoresJson;
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public String getQuestionnaireKey() {
        return questionnaireKey;
    }

    public int getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public String getStage() {
        return stage;
    }

    public Status getStatus() {
        return status;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Double getOverallScore() {
        return overallScore;
    }

    public String getLevel() {
        return level;
    }

    public String getScores() {
        return scores;
    }

    public String getPeerGroups() {
        return peerGroups;
    }
}
