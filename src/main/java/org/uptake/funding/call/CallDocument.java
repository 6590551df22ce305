package org.uptake.funding.call;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file a call offers for download (call text, guidelines, templates); the bytes are in FileStorage. */
@Entity
@Table(name = "funding_call_document")
public class CallDocument {

    @Id
    private UUID id;
    private UUID callId;
    private String title;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String storageKey;
    private UUID uploadedBy;
    private Instant uploadedAt;

    protected CallDocument() {
    }

    CallDocument(UUID id, UUID callId, String title, StoredFile file, UUID uploadedBy) {
        this.id = id;
        this.callId = callId;
        this.title = title;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getCallId() {
        return callId;
    }

    public String getTitle() {
        return title;
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

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
