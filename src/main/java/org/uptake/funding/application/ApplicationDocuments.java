package org.uptake.funding.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.funding.application.ApplicationResult.CallClosed;
import org.uptake.funding.application.ApplicationResult.Forbidden;
import org.uptake.funding.application.ApplicationResult.Invalid;
import org.uptake.funding.application.ApplicationResult.NotEditable;
import org.uptake.funding.application.ApplicationResult.NotFound;
import org.uptake.funding.application.ApplicationResult.Uploaded;
import org.uptake.funding.call.Call;
import org.uptake.funding.call.CallRepository;
import org.uptake.funding.call.DocumentType;
import org.uptake.funding.call.StoredFile;
import org.uptake.funding.call.Uploads;
import org.uptake.identity.UptakeUser;
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
    private final Uploads uploads;

    ApplicationDocuments(ApplicationRepository applications, ApplicationDocumentRepository documents,
            CallRepository calls, ApplicationAccess access, Uploads uploads) {
        this.applications = applications;
        this.documents = documents;
        this.calls = calls;
        this.access = access;
        this.uploads = uploads;
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
        return switch (uploads.store("file", fileName, content, type.get().formatList(), type.get().maxBytes(),
                "funding/" + applicationId)) {
            case Uploads.Refused refused -> new Invalid(List.of(refused.issue()));
            case Uploads.Stored stored -> {
                StoredFile file = stored.file();
                ApplicationDocument document = documents.save(new ApplicationDocument(UUID.randomUUID(),
                        applicationId, documentKey, file.fileName(), file.contentType(), file.sizeBytes(),
                        file.sha256(), file.storageKey(), user.id()));
                yield new Uploaded(new ApplicationView.DocumentView(document.getId(), documentKey, file.fileName(),
                        file.contentType(), file.sizeBytes(), file.sha256(), document.getUploadedAt()));
            }
        };
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
                .flatMap(d -> uploads.read(d.getStorageKey())
                        .map(bytes -> new Download(d.getFileName(), d.getContentType(), bytes)));
    }
}
