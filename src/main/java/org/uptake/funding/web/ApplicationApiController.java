package org.uptake.funding.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.funding.application.ApplicationDocuments;
import org.uptake.funding.application.ApplicationRequest;
import org.uptake.funding.application.ApplicationResult;
import org.uptake.funding.application.Applications;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;
import org.uptake.platform.Problems.FieldProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The applicant's side of the funding API. Another consortium's application answers 404, as if it did not exist:
 * its existence is not revealed.
 */
@RestController
@Tag(name = "Funding applications")
class ApplicationApiController {

    private final Applications applications;
    private final ApplicationDocuments documents;
    private final FundingProblems problems;

    ApplicationApiController(Applications applications, ApplicationDocuments documents, FundingProblems problems) {
        this.applications = applications;
        this.documents = documents;
        this.problems = problems;
    }

    @PostMapping("/api/v1/calls/{callId}/applications")
    @Operation(summary = "Start a draft application for the caller's organisation as lead; incomplete content is "
            + "fine, malformed content is refused")
    ResponseEntity<?> create(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID callId,
            @RequestBody ApplicationRequest request, Locale locale) {
        ApplicationResult result = applications.create(user, callId, request);
        if (result instanceof ApplicationResult.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/applications/" + done.application().id()))
                    .body(ApplicationJson.application(done.application(), locale));
        }
        return failure(result);
    }

    @GetMapping("/api/v1/calls/{callId}/applications")
    @Operation(summary = "All applications to a call with their status (programme managers)")
    ResponseEntity<?> forCall(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID callId, Locale locale) {
        ApplicationResult result = applications.forCall(user, callId);
        if (result instanceof ApplicationResult.Listed listed) {
            return ResponseEntity.ok(listed.applications().stream().map(s -> ApplicationJson.summary(s, locale))
                    .toList());
        }
        return failure(result);
    }

    @GetMapping("/api/v1/applications")
    @Operation(summary = "The applications of the consortia the caller belongs to (?mine)")
    ResponseEntity<?> mine(@AuthenticationPrincipal UptakeUser user, Locale locale) {
        return ResponseEntity.ok(applications.mine(user).stream().map(s -> ApplicationJson.summary(s, locale))
                .toList());
    }

    @GetMapping("/api/v1/applications/{id}")
    @Operation(summary = "An application (consortium members, programme managers, reviewers who accepted it)")
    ResponseEntity<?> find(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        return applications.find(user, id)
                .<ResponseEntity<?>>map(a -> ResponseEntity.ok(ApplicationJson.application(a, locale)))
                .orElseGet(this::notFound);
    }

    @PutMapping("/api/v1/applications/{id}")
    @Operation(summary = "Replace a draft's content (consortium members; also while a revision is requested); "
            + "with \"version\" the change is refused when someone saved in between")
    ResponseEntity<?> update(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody ApplicationRequest request, Locale locale) {
        ApplicationResult result = applications.update(user, id, request);
        return result instanceof ApplicationResult.Done done
                ? ResponseEntity.ok(ApplicationJson.application(done.application(), locale))
                : failure(result);
    }

    @GetMapping("/api/v1/applications/{id}/check")
    @Operation(summary = "What is still missing or wrong before submission: [{field, message}], empty when complete")
    ResponseEntity<?> check(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        ApplicationResult result = applications.check(user, id, locale);
        if (result instanceof ApplicationResult.Checked checked) {
            return ResponseEntity.ok(fields(checked.issues()));
        }
        return failure(result);
    }

    @PostMapping("/api/v1/applications/{id}/submit")
    @Operation(summary = "Submit (lead organisation members): receipt number, time and checksum of the frozen "
            + "version; 409 once the call is closed, 422 with the missing items when incomplete")
    ResponseEntity<?> submit(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        ApplicationResult result = applications.submit(user, id, locale);
        if (result instanceof ApplicationResult.Submitted submitted) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("receiptNumber", submitted.receiptNumber());
            json.put("submittedAt", submitted.submittedAt());
            json.put("checksum", submitted.checksum());
            json.put("version", submitted.version());
            return ResponseEntity.ok(json);
        }
        return failure(result);
    }

    @GetMapping("/api/v1/applications/{id}/versions")
    @Operation(summary = "The submitted versions, oldest first")
    ResponseEntity<?> versions(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        return applications.versions(user, id)
                .<ResponseEntity<?>>map(list -> ResponseEntity.ok(list.stream().map(ApplicationJson::version).toList()))
                .orElseGet(this::notFound);
    }

    @GetMapping("/api/v1/applications/{id}/versions/{number}")
    @Operation(summary = "A submitted version exactly as frozen (canonical JSON; its SHA-256 is the checksum, sent "
            + "in the X-Checksum header too)")
    ResponseEntity<?> version(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @PathVariable int number) {
        return applications.version(user, id, number).<ResponseEntity<?>>map(v -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON).header("X-Checksum", v.getChecksum())
                .header("X-Receipt-Number", v.getReceiptNumber())
                .body(v.getContent().getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "funding.application.version.notFound"));
    }

    @GetMapping("/api/v1/applications/{id}/history")
    @Operation(summary = "The status history: who, when, which status, note")
    ResponseEntity<?> history(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        return applications.find(user, id)
                .<ResponseEntity<?>>map(a -> ResponseEntity.ok(ApplicationJson.history(a)))
                .orElseGet(this::notFound);
    }

    @GetMapping({ "/api/v1/applications/{id}/receipt.pdf", "/applications/{id}/receipt.pdf" })
    @Operation(summary = "The receipt of the newest (or the given) submitted version as PDF")
    ResponseEntity<?> receipt(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) Integer version, Locale locale) {
        return applications.receipt(user, id, version, locale).<ResponseEntity<?>>map(r -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("receipt-" + r.receiptNumber() + ".pdf").build().toString())
                .body(applications.receiptPdf(r, locale)))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "funding.application.version.notFound"));
    }

    @PostMapping(path = "/api/v1/applications/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document of a type the call asks for; the type is judged by the content")
    ResponseEntity<?> upload(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String documentKey)
            throws IOException {
        ApplicationResult result = documents.upload(user, id, documentKey,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        if (result instanceof ApplicationResult.Uploaded uploaded) {
            return ResponseEntity.status(HttpStatus.CREATED).body(ApplicationJson.document(uploaded.document()));
        }
        return failure(result);
    }

    @DeleteMapping("/api/v1/applications/{id}/documents/{documentId}")
    @Operation(summary = "Remove a document from the draft (submitted versions keep it)")
    ResponseEntity<?> remove(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @PathVariable UUID documentId) {
        ApplicationResult result = documents.remove(user, id, documentId);
        return result instanceof ApplicationResult.Checked ? ResponseEntity.noContent().build() : failure(result);
    }

    @GetMapping("/api/v1/applications/{id}/documents/{documentId}")
    @Operation(summary = "Download a document")
    ResponseEntity<?> download(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @PathVariable UUID documentId) {
        return documents.download(user, id, documentId).<ResponseEntity<?>>map(d -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(d.content()))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "funding.document.notFound"));
    }

    private List<FieldProblem> fields(List<Issue> issues) {
        return issues.stream().map(i -> new FieldProblem(i.field(), problems.text(i))).toList();
    }

    private ResponseEntity<ProblemDetail> notFound() {
        return problems.respond(HttpStatus.NOT_FOUND, "funding.application.notFound");
    }

    private ResponseEntity<?> failure(ApplicationResult result) {
        return switch (result) {
            case ApplicationResult.Invalid invalid -> problems.invalid(invalid.issues());
            case ApplicationResult.Incomplete incomplete -> {
                ResponseEntity<ProblemDetail> response = problems.respond(HttpStatus.UNPROCESSABLE_CONTENT,
                        "funding.application.incomplete");
                response.getBody().setProperty("errors", fields(incomplete.issues()));
                yield response;
            }
            case ApplicationResult.NotFound notFound -> notFound();
            case ApplicationResult.Forbidden forbidden ->
                problems.respond(HttpStatus.FORBIDDEN, "funding.application.forbidden");
            case ApplicationResult.CallClosed closed ->
                problems.respond(HttpStatus.CONFLICT, "funding.application.callClosed");
            case ApplicationResult.NotEditable notEditable ->
                problems.respond(HttpStatus.CONFLICT, "funding.application.notEditable");
            case ApplicationResult.Stale stale -> problems.respond(HttpStatus.CONFLICT, "funding.application.stale");
            case ApplicationResult.Done done -> throw new IllegalStateException("not a failure");
            case ApplicationResult.Checked checked -> throw new IllegalStateException("not a failure");
            case ApplicationResult.Submitted submitted -> throw new IllegalStateException("not a failure");
            case ApplicationResult.Uploaded uploaded -> throw new IllegalStateException("not a failure");
            case ApplicationResult.Listed listed -> throw new IllegalStateException("not a failure");
        };
    }
}
