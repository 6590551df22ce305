package org.uptake.funding.call;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.uptake.platform.FileStorage;
import org.uptake.platform.Issue;

/**
 * Checks an upload by what it is, not by what its name says: not empty, within the size limit, and of a content type
 * (detected from the bytes) that belongs to one of the allowed formats. Accepted files go to FileStorage.
 */
@Component
public class Uploads {

    private final FileStorage storage;

    Uploads(FileStorage storage) {
        this.storage = storage;
    }

    public sealed interface Checked {
    }

    public record Stored(StoredFile file) implements Checked {
    }

    public record Refused(Issue issue) implements Checked {
    }

    /**
     * @param field     the request field an issue names, such as {@code file}
     * @param keyPrefix where the file goes, such as {@code funding/calls/<id>}; a fresh UUID is added
     */
    public Checked store(String field, String originalName, byte[] content, List<FileFormat> formats, long maxBytes,
            String keyPrefix) {
        if (content == null || content.length == 0) {
            return new Refused(Issue.of(field, "funding.file.empty"));
        }
        if (content.length > maxBytes) {
            return new Refused(Issue.of(field, "funding.file.tooLarge", megabytes(maxBytes)));
        }
        String name = safeName(originalName);
        String detected = storage.detectType(new ByteArrayInputStream(content), name);
        Optional<FileFormat> format = formats.stream().filter(f -> f.matches(detected)).findFirst();
        if (format.isEmpty()) {
            return new Refused(Issue.of(field, "funding.file.wrongType", name,
                    String.join(", ", formats.stream().map(FileFormat::extension).toList())));
        }
        String key = keyPrefix + "/" + UUID.randomUUID();
        storage.store(key, content);
        return new Stored(new StoredFile(name, detected, content.length, sha256(content), key));
    }

    public Optional<byte[]> read(String storageKey) {
        return storage.read(storageKey);
    }

    /** The last path segment without control characters and quotes, at most 200 characters. */
    public static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (base.isEmpty()) {
            base = "file";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
    }
}
