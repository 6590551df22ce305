package org.uptake.directory.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.directory.MembershipRole;
import org.uptake.directory.OrganisationType;
import org.uptake.directory.SizeClass;
import org.uptake.directory.membership.Membership;
import org.uptake.directory.membership.MembershipRepository;
import org.uptake.directory.organisation.OrganisationPermissions.Action;
import org.uptake.directory.sector.SectorRepository;
import org.uptake.identity.AccountView;
import org.uptake.identity.Accounts;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;

/** Organisation pages: list with search and filters, detail with members, create and edit. */
@Controller
class OrganisationController {

    private static final int PAGE_SIZE = 20;

    private final OrganisationRepository organisations;
    private final Organisations useCases;
    private final OrganisationViews views;
    private final OrganisationPermissions permissions;
    private final MembershipRepository memberships;
    private final SectorRepository sectors;
    private final Accounts accounts;
    private final AuditLog audit;
    private final OrganisationRules rules;

    OrganisationController(OrganisationRepository organisations, Organisations useCases, OrganisationViews views,
            OrganisationPermissions permissions, MembershipRepository memberships, SectorRepository sectors,
            Accounts accounts, AuditLog audit, OrganisationRules rules) {
        this.rules = rules;
        this.organisations = organisations;
        this.useCases = useCases;
        this.views = views;
        this.permissions = permissions;
        this.memberships = memberships;
        this.sectors = sectors;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) OrganisationType type,
            @RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String sector,
            @RequestParam(required = false) SizeClass size, @RequestParam(defaultValue = "0") int page,
            Locale locale, Model model) {
        var filter = new OrganisationRepository.Filter(limit(q, 100), type, limit(region, 5), limit(sector, 5), size);
        Page<Organisation> result = organisations.findAll(filter.toSpecification(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name")));
        model.addAttribute("organisations", result);
        model.addAttribute("rows", views.list(result.getContent(), locale));
        model.addAttribute("filter", filter);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("sizes", SizeClass.values());
        model.addAttribute("sections", sectors.findByLevelOrderByCode((short) 1));
        return "directory/organisations";
    }

    @GetMapping("/organisations/new")
    String newForm(Model model) {
        return form(model, OrganisationRequest.empty(), null);
    }

    @PostMapping("/organisations")
    String create(@AuthenticationPrincipal UptakeUser user, @Valid @ModelAttribute("form") OrganisationRequest form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return invalidForm(model, form, errors, null);
        }
        return outcome(useCases.create(user, form), errors, model, form, null, redirect);
    }

    @GetMapping("/organisations/{id}")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale, Model model) {
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("organisation", views.detail(organisation, user, locale));
        List<Membership> members = memberships.findByOrganisationIdOrderByCreatedAt(id);
        Map<UUID, AccountView> people = accounts.findAll(members.stream().map(Membership::getAccountId).toList());
        model.addAttribute("members", members);
        model.addAttribute("people", people);
        model.addAttribute("canManageMembers", permissions.can(user, Action.MANAGE_MEMBERS, id));
        model.addAttribute("roles", MembershipRole.values());
        return "directory/organisation";
    }

    @GetMapping("/organisations/{id}/edit")
    String editForm(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Model model) {
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!permissions.can(user, Action.EDIT, id)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return form(model, organisation.toRequest(), id);
    }

    @PostMapping("/organisations/{id}")
    String update(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("form") OrganisationRequest form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!permissions.can(user, Action.EDIT, id)) {
            throw new ResponseStatusException(organisations.existsById(id) ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND);
        }
        if (errors.hasErrors()) {
            return invalidForm(model, form, errors, id);
        }
        return outcome(useCases.update(user, id, form), errors, model, form, id, redirect);
    }

    @PostMapping("/organisations/{id}/members")
    @Transactional
    String addMember(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "MEMBER") MembershipRole role,
            RedirectAttributes redirect) {
        requireManager(user, id);
        var account = accounts.findByEmail(limit(email, 254)).filter(a -> !a.erased());
        if (account.isEmpty()) {
            redirect.addFlashAttribute("problem", "member.unknownAccount");
        } else if (memberships.existsByOrganisationIdAndAccountId(id, account.get().id())) {
            redirect.addFlashAttribute("problem", "member.already");
        } else {
            memberships.save(new Membership(id, account.get().id(), role, null));
            audit.record("MEMBER_ADDED", "organisation", id, account.get().email() + " " + role);
            redirect.addFlashAttribute("saved", "member.added");
        }
        return "redirect:/organisations/" + id;
    }

    @PostMapping("/organisations/{id}/members/{membershipId}/remove")
    @Transactional
    String removeMember(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @PathVariable UUID membershipId, RedirectAttributes redirect) {
        requireManager(user, id);
        Membership membership = memberships.findById(membershipId).filter(m -> m.getOrganisationId().equals(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (membership.getRole() == MembershipRole.OWNER && memberships.countByOrganisationIdAndRole(id, MembershipRole.OWNER) <= 1) {
            redirect.addFlashAttribute("problem", "member.lastOwner");
            return "redirect:/organisations/" + id;
        }
        memberships.delete(membership);
        audit.record("MEMBER_REMOVED", "organisation", id, membership.getAccountId().toString());
        redirect.addFlashAttribute("saved", "member.removed");
        return "redirect:/organisations/" + id;
    }

    private String outcome(Organisations.Result result, BindingResult errors, Model model, OrganisationRequest form,
            UUID id, RedirectAttributes redirect) {
        return switch (result) {
            case Organisations.Saved saved -> {
                redirect.addFlashAttribute("saved", id == null ? "organisation.created" : "organisation.saved");
                yield "redirect:/organisations/" + saved.organisation().getId();
            }
            case Organisations.Invalid invalid -> {
                invalid.violations().forEach(v -> errors.rejectValue(v.field(), v.messageKey()));
                yield form(model, form, id);
            }
            case Organisations.Stale stale -> {
                errors.reject("organisation.stale");
                yield form(model, form, id);
            }
            case Organisations.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case Organisations.Forbidden forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        };
    }

    /** Adds the reference-data checks to the format errors, so every problem shows at once. */
    private String invalidForm(Model model, OrganisationRequest form, BindingResult errors, UUID id) {
        if (form != null) {
            rules.check(form).stream().filter(v -> !errors.hasFieldErrors(v.field()))
                    .forEach(v -> errors.rejectValue(v.field(), v.messageKey()));
        }
        return form(model, form, id);
    }

    private String form(Model model, OrganisationRequest form, UUID id) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("organisationId", id);
        model.addAttribute("types", OrganisationType.values());
        return "directory/organisation-form";
    }

    private void requireManager(UptakeUser user, UUID id) {
        if (!organisations.existsById(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!permissions.can(user, Action.MANAGE_MEMBERS, id)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static String limit(String value, int max) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
