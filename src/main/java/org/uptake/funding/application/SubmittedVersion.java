package org.uptake.funding.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A submitted version, frozen: the whole application as canonical JSON, and the SHA-256 of that JSON as the
 * checksum on the receipt. Later versions (revisions for conditions) never change an earlier one.
 */
@Entity
@Table(name = "funding_version")
@IdClass(SubmittedVersion.Key.class)
public class SubmittedVersion {

    @Id
    private UUID applicationId;
    @Id
    private int versionNumber;
    private String receiptNumber;
    private Instant submittedAt;
    private UUID submittedBy;
    private String checksum;
    private String content;

    protected SubmittedVersion() {
    }

    public SubmittedVersion(UUID applicationId, int versionNumber, String receiptNumber, Instant submittedAt,
            UUID submittedBy, String checksum, String content) {
        this.applicationId = applicationId;
        this.versionNumber = versionNumber;
        this.receiptNumber = receiptNumber;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.checksum = checksum;
        this.content = content;
    }

    public record Key(UUID applicationId, int versionNumber) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public UUID getSubmittedBy() {
        return submittedBy;
    }

    public String getChecksum() {
        return checksum;
    }

    public String getContent() {
        return content;
    }
}
