package org.uptake.funding.call;

/** A file accepted and stored: its safe name, the media type detected from its bytes, size, SHA-256 and key. */
public record StoredFile(String fileName, String contentType, long sizeBytes, String sha256, String storageKey) {
}
