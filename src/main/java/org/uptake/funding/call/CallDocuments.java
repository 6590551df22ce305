package org.uptake.funding.call;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;

/** The files a call offers for download: programme managers add and remove them; everybody reads a public call's. */
@Service
public class CallDocuments {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final List<FileFormat> FORMATS = List.of(FileFormat.PDF, FileFormat.DOCX, FileFormat.XLSX,
            FileFormat.ODT, FileFormat.ODS);

    private final CallRepository calls;
    private final CallDocumentRepository documents;
    private final FundingPermissions permissions;
    private final Uploads uploads;
    private final AuditLog audit;

    CallDocuments(CallRepository calls, CallDocumentRepository documents, FundingPermissions permissions,
            Uploads uploads, AuditLog audit) {
        this.calls = calls;
        this.documents = documents;
        this.permissions = permissions;
        this.uploads = uploads;
        this.audit = audit;
    }

    public sealed interface Result {
    }

    public record Added(CallDocument document) implements Result {
    }

    public record Removed() implements Result {
    }

    public record Invalid(List<Issue> issues) implements Result {
    }

    public record NotFound() implements Result {
    }

    public record Forbidden() implements Result {
    }

    /** A download: the document and its bytes. */
    public record Download(CallDocument document, byte[] content) {
    }

    @Transactional
    public Result add(UptakeUser user, UUID callId, String title, String fileName, byte[] content) {
        if (calls.findById(callId).isEmpty()) {
            return new NotFound();
        }
        if (!permissions.managesCalls(user)) {
            return new Forbidden();
        }
        String cleanTitle = title == null || title.isBlank() ? Uploads.safeName(fileName) : title.strip();
        if (cleanTitle.length() > 300) {
            return new Invalid(List.of(Issue.of("title", "validation.tooLong")));
        }
        return switch (uploads.store("file", fileName, content, FORMATS, MAX_BYTES, "funding/calls/" + callId)) {
            case Uploads.Refused refused -> new Invalid(List.of(refused.issue()));
            case Uploads.Stored stored -> {
                CallDocument document = documents.save(new CallDocument(UUID.randomUUID(), callId, cleanTitle,
                        stored.file(), user.id()));
                audit.record("FUNDING_CALL_DOCUMENT_ADDED", "funding_call", callId, cleanTitle);
                yield new Added(document);
            }
        };
    }

    @Transactional
    public Result remove(UptakeUser user, UUID callId, UUID documentId) {
        Optional<CallDocument> found = documents.findById(documentId).filter(d -> d.getCallId().equals(callId));
        if (found.isEmpty()) {
            return new NotFound();
        }
        if (!permissions.managesCalls(user)) {
            return new Forbidden();
        }
        documents.delete(found.get());
        audit.record("FUNDING_CALL_DOCUMENT_REMOVED", "funding_call", callId, found.get().getTitle());
        return new Removed();
    }

    /** The files of a call the person may see (drafts: programme managers only). */
    @Transactional(readOnly = true)
    public List<CallDocument> of(UptakeUser user, UUID callId) {
        return visible(user, callId) ? documents.findByCallIdOrderByUploadedAt(callId) : List.of();
    }

    @Transactional(readOnly = true)
    public Optional<Download> download(UptakeUser user, UUID callId, UUID documentId) {
        if (!visible(user, callId)) {
            return Optional.empty();
        }
        return documents.findById(documentId).filter(d -> d.getCallId().equals(callId))
                .flatMap(d -> uploads.read(d.getStorageKey()).map(bytes -> new Download(d, bytes)));
    }

    private boolean visible(UptakeUser user, UUID callId) {
        return calls.findById(callId).map(call -> call.getStatus() != CallStatus.DRAFT
                || permissions.managesCalls(user)).orElse(false);
    }
}
