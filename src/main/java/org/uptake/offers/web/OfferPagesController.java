package org.uptake.offers.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.directory.Directory;
import org.uptake.identity.UptakeUser;
import org.uptake.offers.OfferKind;
import org.uptake.offers.catalogue.Catalogue;
import org.uptake.offers.offer.Offer;
import org.uptake.offers.offer.OfferRepository;
import org.uptake.offers.offer.OfferRules;
import org.uptake.offers.offer.Offers;
import org.uptake.offers.registration.Registration;
import org.uptake.offers.registration.RegistrationRepository;
import org.uptake.offers.registration.RegistrationStatus;
import org.uptake.offers.registration.Registrations;
import org.uptake.offers.session.OfferSession;
import org.uptake.offers.session.OfferSessionRepository;
import org.uptake.offers.session.Sessions;
import org.uptake.offers.track.TrackModule;
import org.uptake.offers.track.Tracks;
import org.uptake.platform.Markdown;

/** The catalogue, an offer with its sessions, registering in two clicks, and one's own registrations. */
@Controller
class OfferPagesController {

    private static final int PAGE_SIZE = 12;

    private final Catalogue catalogue;
    private final Offers offers;
    private final Sessions sessions;
    private final Registrations registrations;
    private final RegistrationRepository registrationRepository;
    private final OfferSessionRepository sessionRepository;
    private final OfferRepository offerRepository;
    private final Directory directory;
    private final Markdown markdown;
    private final Tracks tracks;
    private final Audience audience;

    OfferPagesController(Markdown markdown, Tracks tracks, Catalogue catalogue, Offers offers, Sessions sessions, Registrations registrations,
            RegistrationRepository registrationRepository, OfferSessionRepository sessionRepository,
            OfferRepository offerRepository, Directory directory, Audience audience) {
        this.audience = audience;
        this.markdown = markdown;
        this.tracks = tracks;
        this.catalogue = catalogue;
        this.offers = offers;
        this.sessions = sessions;
        this.registrations = registrations;
        this.registrationRepository = registrationRepository;
        this.sessionRepository = sessionRepository;
        this.offerRepository = offerRepository;
        this.directory = directory;
    }

    /** A session with its seat counts and, for a signed-in person, their own registration. */
    record SessionRow(OfferSession session, long confirmed, long waitlisted, Registration mine, Long position,
            boolean open, boolean showLink) {

        public long freeSeats() {
            return Math.max(0, session.getCapacity() - confirmed);
        }
    }

    @GetMapping("/offers")
    String catalogue(@ModelAttribute("query") Catalogue.Query query, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Catalogue.Result result = catalogue.search(query, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("items", result.items());
        model.addAttribute("total", result.total());
        model.addAttribute("page", Math.max(0, page));
        long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        model.addAttribute("pages", pages);
        // a window of page links around the current one: all 800 links of a large catalogue cost half a second
        model.addAttribute("pageWindow", java.util.stream.LongStream.rangeClosed(Math.max(0, page - 3),
                Math.min(pages - 1, Math.max(0, page) + 3)).boxed().toList());
        model.addAttribute("providers", result.items().stream().map(i -> i.offer().getProviderOrganisationId())
                .distinct().collect(Collectors.toMap(Function.identity(),
                        id -> directory.organisation(id).map(o -> o.name()).orElse(""))));
        model.addAttribute("kinds", OfferKind.values());
        model.addAttribute("sorts", Catalogue.Sort.values());
        model.addAttribute("dimensions", OfferRules.DIMENSIONS);
        return "offers/catalogue";
    }

    /** Answers to the offer's questions arrive as {@code answer-<question id>}. */
    private static final String ANSWER = "answer-";

    @GetMapping("/offers/{id}")
    String offer(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("answers", Map.of());
        model.addAttribute("answerErrors", Map.of());
        return page(user, id, locale, model);
    }

    private String page(UptakeUser user, UUID id, Locale locale, Model model) {
        Offer offer = offers.visible(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        java.time.Instant now = java.time.Instant.now();
        List<SessionRow> rows = sessions.ofOffer(id).stream().map(s -> {
            Registration mine = user == null ? null
                    : registrationRepository.findBySessionIdAndAccountId(s.getId(), user.id()).orElse(null);
            return new SessionRow(s, registrations.count(s.getId(), RegistrationStatus.CONFIRMED),
                    registrations.count(s.getId(), RegistrationStatus.WAITLISTED), mine,
                    mine == null ? null : registrations.position(mine),
                    offer.isPublished() && s.registrationOpenAt(now), registrations.mayJoin(user, s));
        }).toList();
        model.addAttribute("offer", offer);
        model.addAttribute("descriptionHtml", markdown.html(offer.description(locale)));
        model.addAttribute("dimensions", OfferRules.DIMENSIONS);
        model.addAttribute("audienceSections", audience.names(offer.getTargetSections(), locale));
        model.addAttribute("questions", offer.getQuestions());
        model.addAttribute("provider", directory.organisation(offer.getProviderOrganisationId()).orElseThrow());
        model.addAttribute("sessions", rows);
        model.addAttribute("canOrganise", offers.canOrganise(user, offer));
        model.addAttribute("modules", tracks.modules(id).stream()
                .collect(Collectors.toMap(TrackModule::getId, TrackModule::getTitle)));
        model.addAttribute("progress", user == null || offer.getKind() != OfferKind.COMPETENCE_TRACK ? null
                : tracks.progress(user.id(), id));
        model.addAttribute("affiliations", user == null ? List.of() : directory.affiliations(user.id()));
        model.addAttribute("slots", offer.getKind() != OfferKind.CONSULTING ? null : ConsultingSlotsView.of(rows,
                sessionId -> registrations.count(sessionId, RegistrationStatus.PENDING), locale, now));
        return "offers/offer";
    }

    /** Registers; refused answers bring the offer page back as filled in, with the reason under each question. */
    @PostMapping("/offers/sessions/{sessionId}/register")
    String register(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID sessionId,
            @RequestParam(required = false) UUID organisation, @RequestParam Map<String, String> params,
            Locale locale, Model model, RedirectAttributes redirect) {
        UUID offerId = sessionRepository.findById(sessionId).map(OfferSession::getOfferId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (user == null) {
            return "redirect:/login";
        }
        Map<String, String> answers = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(ANSWER)) {
                answers.put(name.substring(ANSWER.length()), value);
            }
        });
        switch (registrations.register(user, sessionId, organisation, answers)) {
            case Registrations.Done done -> redirect.addFlashAttribute("saved",
                    "registration.page." + done.registration().getStatus());
            case Registrations.Conflict conflict -> redirect.addFlashAttribute("problem", conflict.messageKey());
            case Registrations.Invalid invalid -> {
                Map<String, String> errors = new LinkedHashMap<>();
                invalid.problems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
                model.addAttribute("answeredSession", sessionId);
                model.addAttribute("answeredOrganisation", organisation);
                model.addAttribute("answers", answers);
                model.addAttribute("answerErrors", errors);
                // a problem the page cannot show under a question (not a member, a question removed meanwhile) on top
                List<String> shown = offerRepository.findById(offerId).orElseThrow().getQuestions().stream()
                        .map(q -> "answers." + q.id()).toList();
                model.addAttribute("problem", invalid.problems().stream().filter(p -> !shown.contains(p.field()))
                        .map(Registrations.Problem::messageKey).findFirst().orElse("form.hasErrors"));
                return page(user, offerId, locale, model);
            }
            case Registrations.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/offers/" + offerId;
    }

    @PostMapping("/offers/registrations/{id}/cancel")
    String cancel(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "/offers/mine") String back, RedirectAttributes redirect) {
        if (user == null) {
            return "redirect:/login";
        }
        switch (registrations.cancel(user, id)) {
            case Registrations.Done done -> redirect.addFlashAttribute("saved", "registration.page.cancelled");
            case Registrations.Conflict conflict -> redirect.addFlashAttribute("problem", conflict.messageKey());
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + (back.startsWith("/offers") ? back : "/offers/mine");
    }

    /** One's own registrations, upcoming first. */
    @GetMapping("/offers/mine")
    String mine(@AuthenticationPrincipal UptakeUser user, Model model) {
        if (user == null) {
            return "redirect:/login";
        }
        List<Registration> mine = registrationRepository.findByAccountIdOrderByCreatedAtDesc(user.id());
        Map<UUID, OfferSession> sessionsById = sessionRepository.findAllById(mine.stream()
                .map(Registration::getSessionId).toList()).stream()
                .collect(Collectors.toMap(OfferSession::getId, Function.identity()));
        Map<UUID, Offer> offersById = offerRepository.findAllById(sessionsById.values().stream()
                .map(OfferSession::getOfferId).distinct().toList()).stream()
                .collect(Collectors.toMap(Offer::getId, Function.identity()));
        model.addAttribute("registrations", mine.stream()
                .sorted(java.util.Comparator.comparing(r -> sessionsById.get(r.getSessionId()).getStartsAt())).toList());
        model.addAttribute("sessionsById", sessionsById);
        model.addAttribute("offersById", offersById);
        model.addAttribute("positions", mine.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .collect(Collectors.toMap(Registration::getId, registrations::position)));
        return "offers/mine";
    }
}
