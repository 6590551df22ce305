package org.uptake.funding.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An uploaded file of an application; its bytes are in the platform's FileStorage under {@code storageKey}. Replacing
 * or removing a file of a submitted application only marks it removed, so that earlier versions keep their files.
 */
@Entity
@Table(name = "funding_document")
public class ApplicationDocument {

    @Id
    private UUID id;
    private UUID applicationId;
    private String documentKey;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String storageKey;
    private UUID uploadedBy;
    private Instant uploadedAt;
    private boolean removed;

    protected ApplicationDocument() {
    }

    public ApplicationDocument(UUID id, UUID applicationId, String documentKey, String fileName, String contentType,
            long sizeBytes, String sha256, String storageKey, UUID uploadedBy) {
        this.id = id;
        this.applicationId = applicationId;
        this.documentKey = documentKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    public void remove() {
        this.removed = true;
    }

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public String getDocumentKey() {
        return documentKey;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public UUID getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public boolean isRemoved() {
        return removed;
    }
}
