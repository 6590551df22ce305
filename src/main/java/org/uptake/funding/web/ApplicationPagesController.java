package org.uptake.funding.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.funding.application.ApplicationDocuments;
import org.uptake.funding.application.ApplicationRequest;
import org.uptake.funding.application.ApplicationRequest.BudgetRequest;
import org.uptake.funding.application.ApplicationRequest.PartnerRequest;
import org.uptake.funding.application.ApplicationResult;
import org.uptake.funding.application.ApplicationView;
import org.uptake.funding.application.Applications;
import org.uptake.funding.application.BudgetCategory;
import org.uptake.funding.application.PartnerRole;
import org.uptake.funding.call.CallView;
import org.uptake.funding.call.Calls;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;

/**
 * The applicant's pages: apply to a call, my applications, the application form with budget, uploads, the check
 * panel and the submission, then the read-only view with receipt, versions and where the application stands.
 * Everything works without JavaScript; each action asks the same services (and permissions) as the API.
 */
@Controller
class ApplicationPagesController {

    /** The categories entered by hand; office and administration is computed. */
    static final List<BudgetCategory> ENTERED = List.copyOf(EnumSet.complementOf(
            EnumSet.of(BudgetCategory.OFFICE_ADMINISTRATION)));

    private final Applications applications;
    private final ApplicationDocuments documents;
    private final Calls calls;
    private final Directory directory;
    private final FundingProblems problems;

    ApplicationPagesController(Applications applications, ApplicationDocuments documents, Calls calls,
            Directory directory, FundingProblems problems) {
        this.applications = applications;
        this.documents = documents;
        this.calls = calls;
        this.directory = directory;
        this.problems = problems;
    }

    @GetMapping("/calls/{callId}/apply")
    String apply(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID callId, Model model) {
        CallView call = calls.find(user, callId).orElseThrow(ApplicationPagesController::notFound);
        model.addAttribute("call", call);
        model.addAttribute("organisations", directory.affiliations(user.id()).stream()
                .map(Directory.Affiliation::organisation).toList());
        return "funding/application/apply";
    }

    @PostMapping("/calls/{callId}/apply")
    String create(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID callId,
            @RequestParam(required = false) UUID organisationId, @RequestParam(required = false) String title,
            Model model) {
        ApplicationResult result = applications.create(user, callId, new ApplicationRequest(title, null, null,
                organisationId, List.of(), List.of(), null, null, Map.of(), null, null, null));
        if (result instanceof ApplicationResult.Done done) {
            return "redirect:/applications/" + done.application().id();
        }
        model.addAttribute("errors", messages(result));
        return apply(user, callId, model);
    }

    @GetMapping("/applications")
    String mine(@AuthenticationPrincipal UptakeUser user, Model model) {
        model.addAttribute("applications", applications.mine(user));
        return "funding/application/mine";
    }

    @GetMapping("/applications/{id}")
    String show(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale, Model model) {
        ApplicationView application = applications.find(user, id).orElseThrow(ApplicationPagesController::notFound);
        model.addAttribute("a", application);
        model.addAttribute("categories", ENTERED);
        model.addAttribute("flatRate", BudgetCategory.OFFICE_ADMINISTRATION);
        if (application.editable()) {
            ApplicationResult check = applications.check(user, id, locale);
            model.addAttribute("missing", check instanceof ApplicationResult.Checked checked
                    ? checked.issues().stream().map(problems::text).toList() : List.of());
            model.addAttribute("candidates", candidates(user, application));
        }
        applications.versions(user, id).ifPresent(v -> model.addAttribute("versions", v));
        return "funding/application/application";
    }

    @PostMapping("/applications/{id}")
    String save(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form, Locale locale, Model model) {
        ApplicationView current = applications.find(user, id).orElseThrow(ApplicationPagesController::notFound);
        List<Issue> unreadable = new ArrayList<>();
        ApplicationRequest request = fromForm(current, form, unreadable);
        ApplicationResult result = unreadable.isEmpty() ? applications.update(user, id, request)
                : new ApplicationResult.Invalid(unreadable);
        if (result instanceof ApplicationResult.Done) {
            return "redirect:/applications/" + id + "?saved";
        }
        model.addAttribute("errors", messages(result));
        return show(user, id, locale, model);
    }

    @PostMapping("/applications/{id}/partners")
    String addPartner(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) UUID organisationId, Locale locale, Model model) {
        ApplicationView current = applications.find(user, id).orElseThrow(ApplicationPagesController::notFound);
        List<PartnerRequest> partners = new ArrayList<>(partners(current));
        partners.add(new PartnerRequest(organisationId, PartnerRole.PARTNER.name(), null));
        return change(user, id, with(current, partners, budget(current)), locale, model);
    }

    @PostMapping("/applications/{id}/partners/{organisationId}/remove")
    String removePartner(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @PathVariable UUID organisationId, Locale locale, Model model) {
        ApplicationView current = applications.find(user, id).orElseThrow(ApplicationPagesController::notFound);
        List<PartnerRequest> partners = partners(current).stream()
                .filter(p -> !p.organisationId().equals(organisationId)).toList();
        List<BudgetRequest> budget = budget(current).stream()
                .filter(b -> !b.organisationId().equals(organisationId)).toList();
        return change(user, id, with(current, partners, budget), locale, model);
    }

    @PostMapping("/applications/{id}/documents")
    String upload(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) String documentKey, @RequestParam(required = false) MultipartFile file,
            Locale locale, Model model) throws IOException {
        ApplicationResult result = documents.upload(user, id, documentKey,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        if (result instanceof ApplicationResult.Uploaded) {
            return "redirect:/applications/" + id + "?uploaded#documents";
        }
        model.addAttribute("errors", messages(result));
        return show(user, id, locale, model);
    }

    @PostMapping("/applications/{id}/documents/{documentId}/remove")
    String removeDocument(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @PathVariable UUID documentId, Locale locale, Model model) {
        ApplicationResult result = documents.remove(user, id, documentId);
        if (result instanceof ApplicationResult.Checked) {
            return "redirect:/applications/" + id + "#documents";
        }
        model.addAttribute("errors", messages(result));
        return show(user, id, locale, model);
    }

    @GetMapping("/applications/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @PathVariable UUID documentId) {
        ApplicationDocuments.Download file = documents.download(user, id, documentId)
                .orElseThrow(ApplicationPagesController::notFound);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    @PostMapping("/applications/{id}/submit")
    String submit(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) String confirm, Locale locale, Model model) {
        if (!"yes".equals(confirm)) {
            model.addAttribute("errors", List.of(problems.text(Issue.of("confirm", "funding.page.confirmMissing"))));
            return show(user, id, locale, model);
        }
        ApplicationResult result = applications.submit(user, id, locale);
        if (result instanceof ApplicationResult.Submitted) {
            return "redirect:/applications/" + id + "?submitted";
        }
        model.addAttribute("errors", messages(result));
        return show(user, id, locale, model);
    }

    @GetMapping("/applications/{id}/versions/{number}")
    String version(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, @PathVariable int number,
            Model model) {
        ApplicationView application = applications.find(user, id).orElseThrow(ApplicationPagesController::notFound);
        model.addAttribute("a", application);
        model.addAttribute("v", applications.version(user, id, number).orElseThrow(
                ApplicationPagesController::notFound));
        return "funding/application/version";
    }

    private String change(UptakeUser user, UUID id, ApplicationRequest request, Locale locale, Model model) {
        ApplicationResult result = applications.update(user, id, request);
        if (result instanceof ApplicationResult.Done) {
            return "redirect:/applications/" + id + "#partners";
        }
        model.addAttribute("errors", messages(result));
        return show(user, id, locale, model);
    }

    /** Organisations that may join: of the call's eligible types and not in the consortium yet. */
    private List<OrganisationSummary> candidates(UptakeUser user, ApplicationView application) {
        Optional<CallView> call = calls.find(user, application.callId());
        if (call.isEmpty()) {
            return List.of();
        }
        List<UUID> members = application.partners().stream().map(ApplicationView.PartnerView::organisationId)
                .toList();
        return directory.organisationsOfTypes(call.get().eligibleApplicantTypes()).stream()
                .filter(o -> !members.contains(o.id())).toList();
    }

    private List<String> messages(ApplicationResult result) {
        return switch (result) {
            case ApplicationResult.Invalid invalid -> invalid.issues().stream().map(problems::text).toList();
            case ApplicationResult.Incomplete incomplete -> incomplete.issues().stream().map(problems::text)
                    .toList();
            case ApplicationResult.CallClosed closed -> List.of(text("funding.application.callClosed"));
            case ApplicationResult.NotEditable notEditable -> List.of(text("funding.application.notEditable"));
            case ApplicationResult.Stale stale -> List.of(text("funding.application.stale"));
            case ApplicationResult.Forbidden forbidden -> List.of(text("funding.application.forbidden"));
            case ApplicationResult.NotFound notFound -> throw notFound();
            default -> List.of();
        };
    }

    private String text(String key) {
        return problems.text(Issue.of(null, key));
    }

    private static ApplicationRequest fromForm(ApplicationView current, MultiValueMap<String, String> form,
            List<Issue> unreadable) {
        List<PartnerRequest> partners = new ArrayList<>();
        for (ApplicationView.PartnerView p : current.partners()) {
            BigDecimal share = decimal(form, "share." + p.organisationId(), unreadable);
            partners.add(new PartnerRequest(p.organisationId(), p.role().name(), share));
        }
        List<BudgetRequest> budget = new ArrayList<>();
        for (ApplicationView.PartnerView p : current.partners()) {
            for (BudgetCategory category : ENTERED) {
                BigDecimal amount = decimal(form, "budget." + p.organisationId() + "." + category, unreadable);
                if (amount != null) {
                    budget.add(new BudgetRequest(p.organisationId(), category.name(), amount));
                }
            }
        }
        Map<String, String> sections = new LinkedHashMap<>();
        current.callSections().forEach(s -> sections.put(s.key(), form.getFirst("section." + s.key())));
        String version = form.getFirst("version");
        return new ApplicationRequest(form.getFirst("title"), form.getFirst("acronym"), form.getFirst("summary"),
                current.leadOrganisationId(), partners, budget, decimal(form, "requestedGrant", unreadable),
                decimal(form, "ownContribution", unreadable), sections, date(form, "projectStart", unreadable),
                date(form, "projectEnd", unreadable),
                version == null || !version.matches("\\d{1,18}") ? null : Long.valueOf(version));
    }

    private static ApplicationRequest with(ApplicationView a, List<PartnerRequest> partners,
            List<BudgetRequest> budget) {
        return new ApplicationRequest(a.title(), a.acronym(), a.summary(), a.leadOrganisationId(), partners, budget,
                a.requestedGrant(), a.ownContribution(), a.sections(), a.projectStart(), a.projectEnd(), null);
    }

    private static List<PartnerRequest> partners(ApplicationView a) {
        return a.partners().stream().map(p -> new PartnerRequest(p.organisationId(), p.role().name(),
                p.workShare())).toList();
    }

    private static List<BudgetRequest> budget(ApplicationView a) {
        return a.budget().stream().filter(l -> !l.category().isFlatRate())
                .map(l -> new BudgetRequest(l.organisationId(), l.category().name(), l.amount())).toList();
    }

    /** A number as people type it: "1234.5", "1234,50" or "1.234,50"; blank is none. */
    static BigDecimal decimal(MultiValueMap<String, String> form, String field, List<Issue> unreadable) {
        String value = form.getFirst(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        String cleaned = value.strip().replace(" ", "").replace("\u00a0", "");
        if (cleaned.contains(",")) {
            cleaned = cleaned.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            unreadable.add(Issue.of(field, "funding.page.number.invalid", value));
            return null;
        }
    }

    private static LocalDate date(MultiValueMap<String, String> form, String field, List<Issue> unreadable) {
        String value = form.getFirst(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            unreadable.add(Issue.of(field, "funding.page.date.invalid", value));
            return null;
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
}
