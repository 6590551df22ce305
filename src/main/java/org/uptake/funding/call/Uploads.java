package org.uptake.funding.call;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.uptake.platform.FileStorage;
import org.uptake.platform.Issue;

/**
 * Checks an upload by what it is, not by what its name says: not empty, within the size limit, and of a content type
 * (detected from the bytes) that belongs to one of the allowed formats. Accepted files go to FileStorage; when the
 * caller's transaction rolls back, the stored file is deleted again, so no file outlives its record.
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
                    String.join(", ", formats.stream().map(FileFormat::extension).toList()), detected));
        }
        String key = keyPrefix + "/" + UUID.randomUUID();
        storage.store(key, content);
        deleteOnRollback(key);
        return new Stored(new StoredFile(name, detected, content.length, sha256(content), key));
    }

    public Optional<byte[]> read(String storageKey) {
        return storage.read(storageKey);
    }

    /** The name without folders, control or path characters and leading dots, at most 200 characters; never empty. */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - extension.length()) + extension;
        }
        return name.isBlank() ? "file" : name;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deleteOnRollback(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        storage.delete(key);
                    }
                }
            });
        }
    }

    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
