package org.uptake.funding.application;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.uptake.funding.application.ApplicationResult.CallClosed;
import org.uptake.funding.application.ApplicationResult.Forbidden;
import org.uptake.funding.application.ApplicationResult.Invalid;
import org.uptake.funding.application.ApplicationResult.NotEditable;
import org.uptake.funding.application.ApplicationResult.NotFound;
import org.uptake.funding.application.ApplicationResult.Uploaded;
import org.uptake.funding.call.Call;
import org.uptake.funding.call.CallRepository;
import org.uptake.funding.call.DocumentType;
import org.uptake.funding.call.FileFormat;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.FileStorage;
import org.uptake.platform.Issue;

/**
 * The files of an application. The type is judged by the content (Tika), never by the name; the size by the bytes
 * received. Removing a file only marks it removed: submitted versions keep pointing at it.
 */
@Service
public class ApplicationDocuments {

    private final ApplicationRepository applications;
    private final ApplicationDocumentRepository documents;
    private final CallRepository calls;
    private final ApplicationAccess access;
    private final FileStorage storage;

    ApplicationDocuments(ApplicationRepository applications, ApplicationDocumentRepository documents,
            CallRepository calls, ApplicationAccess access, FileStorage storage) {
        this.applications = applications;
        this.documents = documents;
        this.calls = calls;
        this.access = access;
        this.storage = storage;
    }

    /** A file to send back: name, type and bytes. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    @Transactional
    public ApplicationResult upload(UptakeUser user, UUID applicationId, String documentKey, String fileName,
            byte[] content) {
        Optional<Application> found = applications.findLocked(applicationId);
        if (found.isEmpty() || !access.mayRead(user, found.get())) {
            return new NotFound();
        }
        Application application = found.get();
        if (!access.inConsortium(user, application)) {
            return new Forbidden();
        }
        if (!ApplicationAccess.isOpenForChanges(application)) {
            return new NotEditable();
        }
        Call call = calls.findById(application.getCallId()).orElseThrow();
        if (application.isDraft() && !call.isOpenForDrafts(Instant.now())) {
            return new CallClosed();
        }
        Optional<DocumentType> type = documentKey == null ? Optional.empty() : call.documentType(documentKey);
        if (type.isEmpty()) {
            return new Invalid(List.of(Issue.of("documentKey", "funding.document.key.unknown",
                    String.valueOf(documentKey))));
        }
        if (content == null || content.length == 0) {
            return new Invalid(List.of(Issue.of("file", "funding.document.empty")));
        }
        if (content.length > type.get().maxBytes()) {
            return new Invalid(List.of(Issue.of("file", "funding.document.tooLarge",
                    megabytes(type.get().maxBytes()))));
        }
        String name = sanitised(fileName);
        String detected = storage.detectType(new ByteArrayInputStream(content), name);
        List<FileFormat> formats = type.get().formatList();
        if (formats.stream().noneMatch(f -> f.matches(detected))) {
            return new Invalid(List.of(Issue.of("file", "funding.document.type",
                    String.join(", ", formats.stream().map(FileFormat::extension).toList()), detected)));
        }
        UUID id = UUID.randomUUID();
        String key = "funding/" + applicationId + "/" + id;
        storage.store(key, content);
        deleteOnRollback(key);
        ApplicationDocument document = documents.save(new ApplicationDocument(id, applicationId, documentKey, name,
                detected, content.length, sha256(content), key, user.id()));
        return new Uploaded(new ApplicationView.DocumentView(id, documentKey, name, detected, content.length,
                document.getSha256(), document.getUploadedAt()));
    }

    @Transactional
    public ApplicationResult remove(UptakeUser user, UUID applicationId, UUID documentId) {
        Optional<Application> found = applications.findLocked(applicationId);
        if (found.isEmpty() || !access.mayRead(user, found.get())) {
            return new NotFound();
        }
        Optional<ApplicationDocument> document = documents.findById(documentId)
                .filter(d -> d.getApplicationId().equals(applicationId) && !d.isRemoved());
        if (document.isEmpty()) {
            return new NotFound();
        }
        if (!access.inConsortium(user, found.get())) {
            return new Forbidden();
        }
        if (!ApplicationAccess.isOpenForChanges(found.get())) {
            return new NotEditable();
        }
        document.get().remove();
        return new ApplicationResult.Checked(List.of());
    }

    /** A file of the application, also one removed since (an earlier version may name it). */
    @Transactional(readOnly = true)
    public Optional<Download> download(UptakeUser user, UUID applicationId, UUID documentId) {
        return applications.findById(applicationId).filter(a -> access.mayRead(user, a))
                .flatMap(a -> documents.findById(documentId))
                .filter(d -> d.getApplicationId().equals(applicationId))
                .flatMap(d -> storage.read(d.getStorageKey())
                        .map(bytes -> new Download(d.getFileName(), d.getContentType(), bytes)));
    }

    /** The name without folders, control or path characters, at most 200 characters; never empty. */
    static String sanitised(String fileName) {
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
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1_000_000), 1,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
