package org.uptake.directory.organisation;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.directory.OrganisationType;
import org.uptake.directory.SizeClass;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Problems;
import org.uptake.platform.Problems.FieldProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations")
class OrganisationApiController {

    private final OrganisationRepository organisations;
    private final Organisations useCases;
    private final OrganisationViews views;
    private final Problems problems;

    OrganisationApiController(OrganisationRepository organisations, Organisations useCases, OrganisationViews views,
            Problems problems) {
        this.organisations = organisations;
        this.useCases = useCases;
        this.views = views;
        this.problems = problems;
    }

    record PageResponse(List<OrganisationView> items, int page, int size, long total) {
    }

    @GetMapping
    @Operation(summary = "Search organisations by name, type, region (NUTS prefix), sector (NACE section or code prefix) and size class")
    ResponseEntity<?> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) OrganisationType type,
            @RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String sector,
            @RequestParam(required = false) SizeClass sizeClass, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Locale locale) {
        if (q.length() > 100 || region.length() > 5 || sector.length() > 5) {
            return problems.respond(HttpStatus.BAD_REQUEST, "validation.tooLong");
        }
        var filter = new OrganisationRepository.Filter(q, type, region, sector, sizeClass);
        Page<Organisation> result = organisations.findAll(filter.toSpecification(),
                PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200), Sort.by("name")));
        return ResponseEntity.ok(new PageResponse(views.list(result.getContent(), locale), result.getNumber(),
                result.getSize(), result.getTotalElements()));
    }

    @PostMapping
    @Operation(summary = "Create an organisation; the caller becomes its owner; the size class is derived")
    ResponseEntity<?> create(@AuthenticationPrincipal UptakeUser user, @Valid @RequestBody OrganisationRequest request,
            Locale locale) {
        return respond(useCases.create(user, request), user, locale, true);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation; figures and street only for its members")
    ResponseEntity<?> one(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        return organisations.findById(id)
                .<ResponseEntity<?>>map(o -> ResponseEntity.ok(views.detail(o, user, locale)))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "organisation.notFound"));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an organisation's data (members and administrators); 409 when version is stale")
    ResponseEntity<?> update(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @Valid @RequestBody OrganisationRequest request, Locale locale) {
        return respond(useCases.update(user, id, request), user, locale, false);
    }

    private ResponseEntity<?> respond(Organisations.Result result, UptakeUser user, Locale locale, boolean created) {
        return switch (result) {
            case Organisations.Saved saved -> {
                OrganisationView view = views.detail(saved.organisation(), user, locale);
                yield created ? ResponseEntity.created(URI.create("/api/v1/organisations/" + view.id())).body(view)
                        : ResponseEntity.ok(view);
            }
            case Organisations.Invalid invalid -> Problems.respond(problems.invalid(invalid.violations().stream()
                    .map(v -> new FieldProblem(v.field(), problems.message(v.messageKey()))).toList()));
            case Organisations.NotFound notFound -> problems.respond(HttpStatus.NOT_FOUND, "organisation.notFound");
            case Organisations.Forbidden forbidden -> problems.respond(HttpStatus.FORBIDDEN, "problem.detail.403");
            case Organisations.Stale stale -> problems.respond(HttpStatus.CONFLICT, "organisation.stale");
        };
    }
}
