package org.uptake.funding.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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
    private final FundingProblems problems;

    CallApiController(Calls calls, FundingProblems problems) {
        this.calls = calls;
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
