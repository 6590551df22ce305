package org.uptake.offers.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.directory.SizeClass;
import org.uptake.identity.UptakeUser;
import org.uptake.offers.OfferKind;
import org.uptake.offers.offer.Offer;
import org.uptake.offers.offer.OfferRepository;
import org.uptake.offers.offer.OfferRules;
import org.uptake.offers.offer.Offers;
import org.uptake.offers.offer.Organisers;
import org.uptake.offers.registration.RegistrationStatus;
import org.uptake.offers.registration.Registrations;
import org.uptake.offers.session.OfferSession;
import org.uptake.offers.session.SessionRequest;
import org.uptake.offers.session.Sessions;

/**
 * The organiser's side: a dashboard of their providers' offers with fill rate, waitlist and attendance per session,
 * and the forms to create and change offers and add sessions.
 */
@Controller
class OrganiserController {

    private final Offers offers;
    private final OfferRepository offerRepository;
    private final Sessions sessions;
    private final Registrations registrations;
    private final Organisers organisers;
    private final Directory directory;
    private final MessageSource messages;
    private final Audience audience;

    OrganiserController(Offers offers, OfferRepository offerRepository, Sessions sessions, Registrations registrations,
            Organisers organisers, Directory directory, MessageSource messages, Audience audience) {
        this.audience = audience;
        this.offers = offers;
        this.offerRepository = offerRepository;
        this.sessions = sessions;
        this.registrations = registrations;
        this.organisers = organisers;
        this.directory = directory;
        this.messages = messages;
    }

    /** A session's numbers: seats taken, waitlist, attendance. */
    record SessionFigures(OfferSession session, long confirmed, long waitlisted, long pending, long attended) {

        public long fillPercent() {
            return Math.round(100.0 * confirmed / session.getCapacity());
        }

        public Long attendancePercent() {
            return confirmed == 0 || attended == 0 ? null : Math.round(100.0 * attended / confirmed);
        }
    }

    record OfferFigures(Offer offer, String provider, List<SessionFigures> sessions) {
    }

    @GetMapping("/offers/organise")
    String dashboard(@AuthenticationPrincipal UptakeUser user, Model model) {
        if (user == null) {
            return "redirect:/login";
        }
        List<OrganisationSummary> providers = providers(user);
        List<OfferFigures> figures = offerRepository.findByProviderOrganisationIdInOrderByUpdatedAtDesc(
                providers.stream().map(OrganisationSummary::id).toList()).stream()
                .map(offer -> new OfferFigures(offer, providers.stream()
                        .filter(p -> p.id().equals(offer.getProviderOrganisationId())).findFirst()
                        .map(OrganisationSummary::name).orElse(""),
                        sessions.ofOffer(offer.getId()).stream().map(s -> new SessionFigures(s,
                                registrations.count(s.getId(), RegistrationStatus.CONFIRMED),
                                registrations.count(s.getId(), RegistrationStatus.WAITLISTED),
                                registrations.count(s.getId(), RegistrationStatus.PENDING),
                                registrations.attended(s.getId()))).toList()))
                .toList();
        model.addAttribute("offers", figures);
        model.addAttribute("providers", providers);
        return "offers/organise";
    }

    @GetMapping("/offers/new")
    String newOffer(@AuthenticationPrincipal UptakeUser user, Model model) {
        if (user == null) {
            return "redirect:/login";
        }
        List<OrganisationSummary> providers = providers(user);
        return form(model, OfferForm.empty(providers.isEmpty() ? null : providers.getFirst().id()), null, Map.of(),
                providers);
    }

    @PostMapping("/offers/new")
    String create(@AuthenticationPrincipal UptakeUser user, @ModelAttribute("form") OfferForm form, Locale locale,
            Model model, RedirectAttributes redirect) {
        return outcome(offers.create(user, form.toRequest()), user, form, null, locale, model, redirect);
    }

    @GetMapping("/offers/{id}/edit")
    String edit(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Model model) {
        Offer offer = organised(user, id);
        return form(model, OfferForm.of(offer), id, Map.of(), providers(user));
    }

    @PostMapping("/offers/{id}/edit")
    String update(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @ModelAttribute("form") OfferForm form, Locale locale, Model model, RedirectAttributes redirect) {
        organised(user, id);
        return outcome(offers.update(user, id, form.toRequest()), user, form, id, locale, model, redirect);
    }

    @PostMapping("/offers/{id}/publish")
    String publish(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        organised(user, id);
        flash(offers.publish(user, id), "offers.published", redirect);
        return "redirect:/offers/" + id;
    }

    @PostMapping("/offers/{id}/cancel")
    String cancel(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        organised(user, id);
        flash(offers.cancel(user, id), "offers.cancelledByOrganiser", redirect);
        return "redirect:/offers/" + id;
    }

    @GetMapping("/offers/{id}/sessions/new")
    String newSession(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Model model) {
        Offer offer = organised(user, id);
        return sessionForm(model, offer, null, new SessionRequest(null, null, offer.getDeliveryLanguage().equals("nb")
                ? "Europe/Oslo" : "Europe/Berlin", offer.getKind() == OfferKind.CONSULTING ? 1 : 20, null, null, null, null, null, false, null, null), Map.of());
    }

    @PostMapping("/offers/{id}/sessions/new")
    String addSession(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @ModelAttribute("form") SessionRequest form, Locale locale, Model model, RedirectAttributes redirect) {
        Offer offer = organised(user, id);
        return switch (sessions.add(user, id, form)) {
            case Sessions.Done done -> {
                redirect.addFlashAttribute("saved", "offers.sessionAdded");
                yield "redirect:/offers/" + id;
            }
            case Sessions.Invalid invalid -> sessionForm(model, offer, null, form, errors(invalid, locale));
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    /** The form of {@link #newSession} filled in with the session as it is. */
    @GetMapping("/offers/sessions/{id}/edit")
    String editSession(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Model model,
            RedirectAttributes redirect) {
        OfferSession session = organisedSession(user, id);
        Offer offer = offerRepository.findById(session.getOfferId()).orElseThrow();
        if (session.isCancelled()) {
            redirect.addFlashAttribute("problem", "session.cancelled");
            return "redirect:/offers/" + offer.getId();
        }
        return sessionForm(model, offer, session, SessionRequest.of(session), Map.of());
    }

    @PostMapping("/offers/sessions/{id}/edit")
    String updateSession(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @ModelAttribute("form") SessionRequest form, Locale locale, Model model, RedirectAttributes redirect) {
        OfferSession session = organisedSession(user, id);
        Offer offer = offerRepository.findById(session.getOfferId()).orElseThrow();
        return switch (sessions.update(user, id, form)) {
            case Sessions.Done done -> {
                redirect.addFlashAttribute("saved", "offers.sessionSaved");
                yield "redirect:/offers/" + offer.getId();
            }
            case Sessions.Invalid invalid -> sessionForm(model, offer, session, form, errors(invalid, locale));
            case Sessions.Conflict conflict -> {
                redirect.addFlashAttribute("problem", conflict.messageKey());
                yield "redirect:/offers/" + offer.getId();
            }
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    /** Cancelling a date asks first: the page says how many registrations end. */
    @GetMapping("/offers/sessions/{id}/cancel")
    String confirmCancelSession(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Model model) {
        OfferSession session = organisedSession(user, id);
        model.addAttribute("offer", offerRepository.findById(session.getOfferId()).orElseThrow());
        model.addAttribute("offerSession", session);
        model.addAttribute("active", registrations.count(id, RegistrationStatus.CONFIRMED)
                + registrations.count(id, RegistrationStatus.WAITLISTED)
                + registrations.count(id, RegistrationStatus.PENDING));
        return "offers/session-cancel";
    }

    @PostMapping("/offers/sessions/{id}/cancel")
    String cancelSession(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        OfferSession session = organisedSession(user, id);
        if (!(sessions.cancel(user, id) instanceof Sessions.Done)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("saved", "offers.sessionCancelledByOrganiser");
        return "redirect:/offers/" + session.getOfferId();
    }

    /** The problems under the fields they belong to, several of one field joined. */
    private Map<String, String> errors(Sessions.Invalid invalid, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        invalid.problems().forEach(p -> errors.merge(p.field(),
                messages.getMessage(p.messageKey(), p.arguments().toArray(), locale), (a, b) -> a + " " + b));
        return errors;
    }

    private String outcome(Offers.Result result, UptakeUser user, OfferForm form, UUID id, Locale locale, Model model,
            RedirectAttributes redirect) {
        return switch (result) {
            case Offers.Done done -> {
                redirect.addFlashAttribute("saved", id == null ? "offers.created" : "offers.saved");
                yield "redirect:/offers/" + done.offer().getId();
            }
            case Offers.Invalid invalid -> {
                Map<String, String> errors = new LinkedHashMap<>();
                invalid.problems().forEach(p -> errors.merge(formField(p.field()),
                        messages.getMessage(p.messageKey(), null, locale), (a, b) -> a + " " + b));
                yield form(model, form, id, errors, providers(user));
            }
            case Offers.WrongStatus wrong -> {
                redirect.addFlashAttribute("problem", wrong.messageKey());
                yield "redirect:/offers/" + id;
            }
            default -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        };
    }

    /** Where the form shows a problem of the request. */
    private static String formField(String requestField) {
        return switch (requestField) {
            case "title" -> "titleDe";
            case "description" -> "descriptionDe";
            case "providerOrganisationId" -> "provider";
            case "topics" -> "tags";
            default -> requestField;
        };
    }

    private String form(Model model, OfferForm form, UUID id, Map<String, String> errors,
            List<OrganisationSummary> providers) {
        model.addAttribute("form", form);
        model.addAttribute("offerId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("providers", providers);
        model.addAttribute("kinds", OfferKind.values());
        model.addAttribute("dimensions", OfferRules.DIMENSIONS);
        model.addAttribute("sections", audience.sections(LocaleContextHolder.getLocale()));
        model.addAttribute("sizes", SizeClass.values());
        return "offers/offer-form";
    }

    /** @param session the session being changed, {@code null} for a new one */
    private String sessionForm(Model model, Offer offer, OfferSession session, SessionRequest form,
            Map<String, String> errors) {
        List<String> zones = new java.util.ArrayList<>(List.of("Europe/Berlin", "Europe/Oslo", "Europe/Amsterdam",
                "Europe/Brussels", "Europe/Copenhagen", "Europe/Stockholm", "Europe/Helsinki", "Europe/London",
                "Europe/Lisbon", "Europe/Madrid", "Europe/Paris", "Europe/Rome", "Europe/Vienna", "Europe/Warsaw",
                "Europe/Athens"));
        if (form.timeZone() != null && !form.timeZone().isBlank() && !zones.contains(form.timeZone())) {
            zones.addFirst(form.timeZone()); // a zone set through the API stays selectable, so saving keeps it
        }
        model.addAttribute("offer", offer);
        model.addAttribute("offerSession", session);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("zones", zones);
        return "offers/session-form";
    }

    private OfferSession organisedSession(UptakeUser user, UUID id) {
        return sessions.organised(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void flash(Offers.Result result, String doneKey, RedirectAttributes redirect) {
        switch (result) {
            case Offers.Done done -> redirect.addFlashAttribute("saved", doneKey);
            case Offers.WrongStatus wrong -> redirect.addFlashAttribute("problem", wrong.messageKey());
            default -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** The providers the person organises for; signing in comes first. */
    private List<OrganisationSummary> providers(UptakeUser user) {
        if (user == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return directory.affiliations(user.id()).stream().map(Directory.Affiliation::organisation)
                .filter(o -> organisers.canOrganise(user, o.id())).toList();
    }

    private Offer organised(UptakeUser user, UUID id) {
        return offerRepository.findById(id).filter(o -> organisers.canOrganise(user, o.getProviderOrganisationId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
