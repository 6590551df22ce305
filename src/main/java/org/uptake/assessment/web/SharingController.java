package org.uptake.assessment.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.assessment.application.AdvisorSharing;
import org.uptake.assessment.application.AdvisorView;
import org.uptake.assessment.application.AdvisorView.SharedFirm;
import org.uptake.assessment.questionnaire.QuestionnaireCatalog;
import org.uptake.directory.Directory;
import org.uptake.identity.Role;
import org.uptake.identity.UptakeUser;

/** A firm chooses the advisor organisations that see its assessments; advisors see the firms that share. */
@Controller
class SharingController {

    private final AdvisorSharing sharing;
    private final AdvisorView advisorView;
    private final Directory directory;
    private final QuestionnaireCatalog catalog;

    SharingController(AdvisorSharing sharing, AdvisorView advisorView, Directory directory,
            QuestionnaireCatalog catalog) {
        this.catalog = catalog;
        this.sharing = sharing;
        this.advisorView = advisorView;
        this.directory = directory;
    }

    @GetMapping("/assessments/sharing/{organisationId}")
    String sharing(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID organisationId, Model model) {
        model.addAttribute("advisors", sharing.advisorsOf(user, organisationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("organisation", directory.organisation(organisationId).orElseThrow());
        model.addAttribute("candidates", sharing.candidates(organisationId));
        return "assessment/sharing";
    }

    @PostMapping("/assessments/sharing/{organisationId}")
    String grant(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID organisationId,
            @RequestParam(required = false) UUID advisor, RedirectAttributes redirect) {
        return outcome(sharing.grant(user, organisationId, advisor), "assessment.share.granted", organisationId,
                redirect);
    }

    @PostMapping("/assessments/sharing/{organisationId}/{advisor}/revoke")
    String revoke(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID organisationId,
            @PathVariable UUID advisor, RedirectAttributes redirect) {
        return outcome(sharing.revoke(user, organisationId, advisor), "assessment.share.revoked", organisationId,
                redirect);
    }

    /** Shared firms, filtered by name, questionnaire and level, sorted by a column. */
    @GetMapping("/advisor/firms")
    String firms(@AuthenticationPrincipal UptakeUser user, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String questionnaire, @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String direction,
            Locale locale, Model model) {
        if (!user.hasRole(Role.ADVISOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        String search = q.strip().toLowerCase(Locale.ROOT);
        List<SharedFirm> all = advisorView.firms(user);
        List<SharedFirm> shown = all.stream()
                .filter(f -> search.isEmpty() || f.name().toLowerCase(Locale.ROOT).contains(search))
                .filter(f -> questionnaire.isEmpty() || questionnaire.equals(f.questionnaire()))
                .filter(f -> level.isEmpty() || level.equals(f.level()))
                .sorted("desc".equals(direction) ? order(sort).reversed() : order(sort)).toList();
        model.addAttribute("firms", shown);
        model.addAttribute("total", all.size());
        model.addAttribute("questionnaires", all.stream().map(SharedFirm::questionnaire)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList());
        model.addAttribute("levels", all.stream().map(SharedFirm::level).filter(java.util.Objects::nonNull).distinct()
                .sorted().toList());
        Map<String, String> levelNames = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        catalog.currentVersions().forEach(qn -> {
            titles.put(qn.key(), qn.title().in(locale));
            qn.levels().forEach(l -> levelNames.put(l.id(), l.name().in(locale)));
        });
        model.addAttribute("levelNames", levelNames);
        model.addAttribute("titles", titles);
        model.addAttribute("q", q);
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("level", level);
        model.addAttribute("sort", sort);
        model.addAttribute("direction", direction);
        return "assessment/advisor-firms";
    }

    private static Comparator<SharedFirm> order(String column) {
        Comparator<SharedFirm> byName = Comparator.comparing(SharedFirm::name, String.CASE_INSENSITIVE_ORDER);
        return switch (column) {
            case "score" -> Comparator.comparing(SharedFirm::overall, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(byName);
            case "stage" -> Comparator.comparing(SharedFirm::stage, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(byName);
            case "date" -> Comparator.comparing(SharedFirm::submittedAt,
                    Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(byName);
            default -> byName;
        };
    }

    private static String outcome(AdvisorSharing.Outcome outcome, String doneMessage, UUID organisationId,
            RedirectAttributes redirect) {
        switch (outcome) {
            case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case UNKNOWN_ADVISOR -> redirect.addFlashAttribute("problem", "assessment.share.unknownAdvisor");
            case DONE -> redirect.addFlashAttribute("saved", doneMessage);
        }
        return "redirect:/assessments/sharing/" + organisationId;
    }
}
