package org.uptake.funding.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationType;
import org.uptake.funding.application.ApplicationResult;
import org.uptake.funding.application.ApplicationStatus;
import org.uptake.funding.application.ApplicationSummary;
import org.uptake.funding.application.Applications;
import org.uptake.funding.call.CallDocuments;
import org.uptake.funding.call.CallStatus;
import org.uptake.funding.call.CallView;
import org.uptake.funding.call.Calls;
import org.uptake.funding.call.FileFormat;
import org.uptake.funding.call.FundingPermissions;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;
import org.uptake.platform.Markdown;

/** The pages of calls: the public list and call page, and the call editor of programme managers. */
@Controller
class CallPagesController {

    static final List<String> TIME_ZONES = List.of("Europe/Berlin", "Europe/Oslo", "Europe/Amsterdam",
            "Europe/Brussels", "Europe/Copenhagen", "Europe/Stockholm", "Europe/Vienna", "Europe/Warsaw",
            "Europe/Helsinki", "Europe/Lisbon", "Europe/Dublin", "Europe/London");

    private final Calls calls;
    private final CallDocuments documents;
    private final FundingPermissions permissions;
    private final Directory directory;
    private final FundingProblems problems;
    private final MessageSource messages;
    private final Markdown markdown;
    private final Applications applications;

    CallPagesController(Calls calls, CallDocuments documents, FundingPermissions permissions, Directory directory,
            FundingProblems problems, MessageSource messages, Markdown markdown, Applications applications) {
        this.markdown = markdown;
        this.applications = applications;
        this.calls = calls;
        this.documents = documents;
        this.permissions = permissions;
        this.directory = directory;
        this.problems = problems;
        this.messages = messages;
    }

    /** A call in the list: its title in the reader's language and what is left of its time. */
    record CallRow(CallView call, String title, String remaining) {
    }

    @GetMapping("/calls")
    String list(@AuthenticationPrincipal UptakeUser user, Model model, Locale locale) {
        Instant now = Instant.now();
        List<CallRow> rows = calls.list(user, null).stream()
                .map(call -> new CallRow(call, call.title().in(locale), remaining(call, now, locale))).toList();
        model.addAttribute("open", rows.stream().filter(r -> r.call().status() == CallStatus.PUBLISHED).toList());
        model.addAttribute("drafts", rows.stream().filter(r -> r.call().status() == CallStatus.DRAFT).toList());
        model.addAttribute("past", rows.stream().filter(r -> r.call().status() == CallStatus.CLOSED
                || r.call().status() == CallStatus.DECIDED).toList());
        model.addAttribute("manager", permissions.managesCalls(user));
        model.addAttribute("signedIn", user != null);
        return "funding/calls";
    }

    @GetMapping("/calls/{id}")
    String call(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Model model, Locale locale) {
        CallView call = visible(user, id);
        Instant now = Instant.now();
        model.addAttribute("call", call);
        model.addAttribute("callTitle", call.title().in(locale));
        model.addAttribute("textHtml", markdown.html(call.text().in(locale)));
        model.addAttribute("remaining", remaining(call, now, locale));
        model.addAttribute("applicantTypes", call.eligibleApplicantTypes().stream()
                .map(type -> messages.getMessage("organisation.type." + type.name(), null, type.name(), locale))
                .toList());
        model.addAttribute("regions", call.eligibleRegions().stream()
                .map(code -> directory.regionName(code).map(name -> name + " (" + code + ")").orElse(code)).toList());
        model.addAttribute("documents", documents.of(user, id));
        model.addAttribute("manager", permissions.managesCalls(user));
        model.addAttribute("signedIn", user != null);
        model.addAttribute("open", call.status() == CallStatus.PUBLISHED && !now.isBefore(call.opensAtInstant()));
        return "funding/call";
    }

    @GetMapping("/calls/{id}/applications")
    String applications(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Model model, Locale locale) {
        manager(user);
        CallView call = visible(user, id);
        model.addAttribute("call", call);
        model.addAttribute("callTitle", call.title().in(locale));
        if (!(applications.forCall(user, id) instanceof ApplicationResult.Listed listed)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        // drafts count in the status summary but are listed last
        model.addAttribute("rows", listed.applications().stream()
                .sorted(Comparator.comparing(a -> a.status() == ApplicationStatus.DRAFT)).toList());
        model.addAttribute("byStatus", listed.applications().stream().collect(Collectors.groupingBy(
                ApplicationSummary::status, () -> new EnumMap<>(ApplicationStatus.class), Collectors.counting())));
        return "funding/call-applications";
    }

    @GetMapping("/calls/new")
    String newCall(@AuthenticationPrincipal UptakeUser user, Model model) {
        manager(user);
        return form(model, null, CallForm.blank(), List.of());
    }

    @PostMapping("/calls/new")
    String create(@AuthenticationPrincipal UptakeUser user, @ModelAttribute("form") CallForm form, Model model,
            RedirectAttributes redirect) {
        manager(user);
        List<Issue> issues = new ArrayList<>();
        var request = form.toRequest(issues);
        if (!issues.isEmpty()) {
            return form(model, null, form, issues);
        }
        return switch (calls.create(user, request)) {
            case Calls.Done done -> {
                redirect.addFlashAttribute("notice", problems.message("funding.page.callSaved"));
                yield "redirect:/calls/" + done.call().id();
            }
            case Calls.Invalid invalid -> form(model, null, form, invalid.issues());
            default -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        };
    }

    @GetMapping("/calls/{id}/edit")
    String edit(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Model model) {
        manager(user);
        CallView call = visible(user, id);
        return form(model, call, CallForm.of(call), List.of());
    }

    @PostMapping("/calls/{id}/edit")
    String update(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @ModelAttribute("form") CallForm form, Model model, RedirectAttributes redirect) {
        manager(user);
        CallView call = visible(user, id);
        List<Issue> issues = new ArrayList<>();
        var request = form.toRequest(issues);
        if (!issues.isEmpty()) {
            return form(model, call, form, issues);
        }
        return switch (calls.update(user, id, request)) {
            case Calls.Done done -> {
                redirect.addFlashAttribute("notice", problems.message("funding.page.callSaved"));
                yield "redirect:/calls/" + id;
            }
            case Calls.Invalid invalid -> form(model, call, form, invalid.issues());
            case Calls.NotDraft notDraft -> form(model, call, form, List.of(Issue.of(null, "funding.call.notDraft")));
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    @PostMapping("/calls/{id}/publish")
    String publish(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        manager(user);
        switch (calls.publish(user, id)) {
            case Calls.Done done -> redirect.addFlashAttribute("notice", problems.message("funding.page.published"));
            case Calls.Invalid invalid -> redirect.addFlashAttribute("refused",
                    invalid.issues().stream().map(problems::text).toList());
            case Calls.NotDraft notDraft -> redirect.addFlashAttribute("refused",
                    List.of(problems.message("funding.call.notDraft")));
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/calls/" + id;
    }

    @PostMapping("/calls/{id}/documents")
    String addDocument(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) String title, @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        manager(user);
        switch (documents.add(user, id, title, file.getOriginalFilename(), file.getBytes())) {
            case CallDocuments.Added added -> redirect.addFlashAttribute("notice",
                    problems.message("funding.page.documentAdded", added.document().getTitle()));
            case CallDocuments.Invalid invalid -> redirect.addFlashAttribute("refused",
                    invalid.issues().stream().map(problems::text).toList());
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/calls/" + id + "#documents";
    }

    @PostMapping("/calls/{id}/documents/{documentId}/delete")
    String removeDocument(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @PathVariable UUID documentId, RedirectAttributes redirect) {
        manager(user);
        if (documents.remove(user, id, documentId) instanceof CallDocuments.Removed) {
            redirect.addFlashAttribute("notice", problems.message("funding.page.documentRemoved"));
        }
        return "redirect:/calls/" + id + "#documents";
    }

    private String form(Model model, CallView call, CallForm form, List<Issue> issues) {
        form.padRows();
        model.addAttribute("call", call);
        model.addAttribute("form", form);
        model.addAttribute("applicantTypes", OrganisationType.values());
        model.addAttribute("formats", FileFormat.values());
        model.addAttribute("timeZones", TIME_ZONES.contains(form.getTimeZone()) ? TIME_ZONES
                : concat(TIME_ZONES, form.getTimeZone()));
        model.addAttribute("issues", issues.stream().map(problems::text).toList());
        Map<String, String> byField = new LinkedHashMap<>();
        issues.forEach(i -> byField.putIfAbsent(i.field() == null ? "" : i.field(), problems.text(i)));
        model.addAttribute("errors", byField);
        return "funding/call-form";
    }

    private CallView visible(UptakeUser user, UUID id) {
        return calls.find(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void manager(UptakeUser user) {
        if (!permissions.managesCalls(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** "12 days and 4 hours left", "3 hours and 5 minutes left", "opens on ...", or "" once closed. */
    String remaining(CallView call, Instant now, Locale locale) {
        if (call.status() == CallStatus.DRAFT || call.status() == CallStatus.PUBLISHED) {
            if (now.isBefore(call.opensAtInstant())) {
                return messages.getMessage("funding.remaining.opens", new Object[] {
                        call.opensAt().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)) },
                        locale);
            }
            Duration left = Duration.between(now, call.deadlineInstant()).plusSeconds(1);
            if (left.isNegative() || left.isZero()) {
                return "";
            }
            if (left.toDays() > 0) {
                return messages.getMessage("funding.remaining.days", new Object[] { left.toDays(),
                        left.toHoursPart() }, locale);
            }
            return messages.getMessage("funding.remaining.hours", new Object[] { left.toHours(),
                    left.toMinutesPart() }, locale);
        }
        return "";
    }

    private static List<String> concat(List<String> zones, String zone) {
        List<String> all = new ArrayList<>(zones);
        if (zone != null && !zone.isBlank()) {
            all.add(zone);
        }
        return all;
    }
}
