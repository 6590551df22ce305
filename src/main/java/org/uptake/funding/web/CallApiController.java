package org.uptake.funding.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.uptake.funding.call.CallDocument;
import org.uptake.funding.call.CallDocuments;
import org.uptake.funding.call.CallRequest;
import org.uptake.funding.call.CallStatus;
import org.uptake.funding.call.Calls;
import org.uptake.identity.UptakeUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Funding calls")
class CallApiController {

    private final Calls calls;
    private final CallDocuments documents;
    private final FundingProblems problems;

    CallApiController(Calls calls, CallDocuments documents, FundingProblems problems) {
        this.calls = calls;
        this.documents = documents;
        this.problems = problems;
    }

    @PostMapping("/api/v1/calls")
    @Operation(summary = "Write a call as a draft: texts in en/de/nb, budget, funding rate, eligibility, dates in the "
            + "call's time zone, criteria, required documents, sections, eligibility checklist (programme managers)",
            description = "overallThreshold is a percentage (0-100) of the best possible weighted score, the same "
                    + "scale as the ranking's weightedScore = sum(score x weight) / sum(maxScore x weight) x 100; "
                    + "criteria thresholds are on the criterion's own score (0-maxScore).")
    ResponseEntity<?> create(@AuthenticationPrincipal UptakeUser user, @RequestBody CallRequest request,
            Locale locale) {
        Calls.Result result = calls.create(user, request);
        if (result instanceof Calls.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/calls/" + done.call().id()))
                    .body(FundingJson.call(done.call(), locale));
        }
        return failure(result);
    }

    @PutMapping("/api/v1/calls/{id}")
    @Operation(summary = "Change a draft call (programme managers)")
    ResponseEntity<?> update(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody CallRequest request, Locale locale) {
        Calls.Result result = calls.update(user, id, request);
        return result instanceof Calls.Done done ? ResponseEntity.ok(FundingJson.call(done.call(), locale))
                : failure(result);
    }

    @PostMapping("/api/v1/calls/{id}/publish")
    @Operation(summary = "Publish a draft call: it becomes public and open for applications (programme managers)")
    ResponseEntity<?> publish(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        Calls.Result result = calls.publish(user, id);
        return result instanceof Calls.Done done ? ResponseEntity.ok(FundingJson.call(done.call(), locale))
                : failure(result);
    }

    @GetMapping("/api/v1/calls")
    @Operation(summary = "Calls, newest deadline first: public ones for everybody, drafts for programme managers; "
            + "status filters (DRAFT, PUBLISHED, CLOSED, DECIDED)")
    ResponseEntity<?> list(@AuthenticationPrincipal UptakeUser user, @RequestParam(required = false) String status,
            Locale locale) {
        CallStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = CallStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return problems.respond(HttpStatus.BAD_REQUEST, "funding.call.status.unknown", status);
            }
        }
        List<Map<String, Object>> found = calls.list(user, wanted).stream().map(c -> FundingJson.call(c, locale))
                .toList();
        return ResponseEntity.ok(found);
    }

    @GetMapping("/api/v1/calls/{id}")
    @Operation(summary = "One call (drafts only for programme managers)")
    ResponseEntity<?> find(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        return calls.find(user, id).<ResponseEntity<?>>map(call -> ResponseEntity.ok(FundingJson.call(call, locale)))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "funding.call.notFound"));
    }

    @PostMapping(path = "/api/v1/calls/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a file the call offers for download: PDF, DOCX, XLSX, ODT or ODS up to 20 MB, checked by "
            + "content (programme managers)")
    ResponseEntity<?> addDocument(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam("file") MultipartFile file, @RequestParam(required = false) String title) throws IOException {
        CallDocuments.Result result = documents.add(user, id, title, file.getOriginalFilename(), file.getBytes());
        return switch (result) {
            case CallDocuments.Added added -> ResponseEntity.created(URI.create(documentPath(added.document())))
                    .body(FundingJson.callDocument(added.document()));
            case CallDocuments.Invalid invalid -> problems.invalid(invalid.issues());
            case CallDocuments.Forbidden forbidden -> problems.respond(HttpStatus.FORBIDDEN, "funding.call.forbidden");
            default -> problems.respond(HttpStatus.NOT_FOUND, "funding.call.notFound");
        };
    }

    @GetMapping("/api/v1/calls/{id}/documents")
    @Operation(summary = "The files a call offers for download")
    ResponseEntity<?> documents(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        if (calls.find(user, id).isEmpty()) {
            return problems.respond(HttpStatus.NOT_FOUND, "funding.call.notFound");
        }
        return ResponseEntity.ok(documents.of(user, id).stream().map(FundingJson::callDocument).toList());
    }

    @GetMapping({ "/api/v1/calls/{id}/documents/{documentId}", "/calls/{id}/documents/{documentId}" })
    @Operation(summary = "Download a file of a call")
    ResponseEntity<?> download(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @PathVariable UUID documentId) {
        return documents.download(user, id, documentId).<ResponseEntity<?>>map(download -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.document().getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.document().getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(download.content()))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "funding.call.document.notFound"));
    }

    @DeleteMapping("/api/v1/calls/{id}/documents/{documentId}")
    @Operation(summary = "Remove a file of a call (programme managers)")
    ResponseEntity<?> removeDocument(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @PathVariable UUID documentId) {
        return switch (documents.remove(user, id, documentId)) {
            case CallDocuments.Removed removed -> ResponseEntity.noContent().build();
            case CallDocuments.Forbidden forbidden -> problems.respond(HttpStatus.FORBIDDEN, "funding.call.forbidden");
            default -> problems.respond(HttpStatus.NOT_FOUND, "funding.call.document.notFound");
        };
    }

    static String documentPath(CallDocument document) {
        return "/calls/" + document.getCallId() + "/documents/" + document.getId();
    }

    private ResponseEntity<?> failure(Calls.Result result) {
        return switch (result) {
            case Calls.Invalid invalid -> problems.invalid(invalid.issues());
            case Calls.NotFound notFound -> problems.respond(HttpStatus.NOT_FOUND, "funding.call.notFound");
            case Calls.Forbidden forbidden -> problems.respond(HttpStatus.FORBIDDEN, "funding.call.forbidden");
            case Calls.NotDraft notDraft -> problems.respond(HttpStatus.CONFLICT, "funding.call.notDraft");
            case Calls.Done done -> throw new IllegalStateException("not a failure");
        };
    }
}
