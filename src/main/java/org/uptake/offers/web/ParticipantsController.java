package org.uptake.offers.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.directory.Directory;
import org.uptake.identity.AccountView;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;
import org.uptake.offers.export.ParticipantExport;
import org.uptake.offers.offer.Offer;
import org.uptake.offers.offer.OfferQuestion;
import org.uptake.offers.offer.OfferRepository;
import org.uptake.offers.registration.Attendance;
import org.uptake.offers.registration.Registration;
import org.uptake.offers.registration.RegistrationStatus;
import org.uptake.offers.registration.Registrations;
import org.uptake.offers.session.OfferSession;
import org.uptake.offers.session.Sessions;

/**
 * The organiser's list of a session's participants: approve or reject, and check people in on the day (search by
 * name, tick and mark; works on a phone).
 */
@Controller
class ParticipantsController {

    private final Sessions sessions;
    private final Registrations registrations;
    private final OfferRepository offers;
    private final Accounts accounts;
    private final Directory directory;
    private final MessageSource messages;

    ParticipantsController(Sessions sessions, Registrations registrations, OfferRepository offers, Accounts accounts,
            Directory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
        this.sessions = sessions;
        this.registrations = registrations;
        this.offers = offers;
        this.accounts = accounts;
    }

    record Participant(Registration registration, AccountView person, Long position) {

        /** Active and not yet attended: the organiser may move it to another date. */
        public boolean movable() {
            return registration.getStatus().active()
                    && registration.getAttendance() != Attendance.ATTENDED;
        }
    }

    /** A date a registration can be moved to, with its free seats. */
    record MoveTarget(OfferSession session, long freeSeats) {
    }

    @GetMapping("/offers/sessions/{id}/participants")
    String participants(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String q, Locale locale, Model model) {
        OfferSession session = organised(user, id);
        List<Registration> all = registrations.ofSession(id);
        Map<UUID, AccountView> people = accounts.findAll(all.stream().map(Registration::getAccountId).toList());
        String search = q.strip().toLowerCase(Locale.ROOT);
        List<Participant> shown = all.stream()
                .map(r -> new Participant(r, people.get(r.getAccountId()), registrations.position(r)))
                .filter(p -> p.person() != null && (search.isEmpty()
                        || p.person().displayName().toLowerCase(Locale.ROOT).contains(search)
                        || p.person().email().toLowerCase(Locale.ROOT).contains(search)))
                .toList();
        Offer offer = offers.findById(session.getOfferId()).orElseThrow();
        model.addAttribute("offer", offer);
        model.addAttribute("questions", offer.getQuestions());
        model.addAttribute("offerSession", session);
        model.addAttribute("participants", shown);
        model.addAttribute("q", q);
        model.addAttribute("moveTargets", moveTargets(offer, session));
        model.addAttribute("counts", Map.of(
                "confirmed", all.stream().filter(r -> r.getStatus().name().equals("CONFIRMED")).count(),
                "waitlisted", all.stream().filter(r -> r.getStatus().name().equals("WAITLISTED")).count(),
                "attended", all.stream().filter(r -> r.getAttendance() == Attendance.ATTENDED).count()));
        return "offers/participants";
    }

    /** The participant list for the organiser's spreadsheet: CSV or XLSX. */
    @GetMapping({"/offers/sessions/{id}/participants.csv", "/offers/sessions/{id}/participants.xlsx"})
    ResponseEntity<byte[]> export(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            jakarta.servlet.http.HttpServletRequest request, Locale locale) {
        OfferSession session = organised(user, id);
        List<Registration> all = registrations.ofSession(id);
        Map<UUID, AccountView> people = accounts.findAll(all.stream().map(Registration::getAccountId).toList());
        List<OfferQuestion> questions = offers.findById(session.getOfferId()).orElseThrow().getQuestions();
        // one column per question of the offer, after the fixed ones
        List<String> header = Stream.concat(Stream.of("name", "email", "organisation", "status", "position",
                "attendance", "registeredAt").map(c -> messages.getMessage("export." + c, null, locale)),
                questions.stream().map(q -> q.label(locale))).toList();
        List<List<String>> rows = all.stream().filter(r -> people.containsKey(r.getAccountId())).map(r -> Stream.concat(
                Stream.of(people.get(r.getAccountId()).displayName(), people.get(r.getAccountId()).email(),
                r.getOrganisationId() == null ? "" : directory.organisation(r.getOrganisationId()).map(o -> o.name())
                        .orElse(""),
                r.getStatus().name(), String.valueOf(java.util.Objects.requireNonNullElse(registrations.position(r), "")),
                r.getAttendance() == null ? "" : r.getAttendance().name(), r.getCreatedAt().toString()),
                questions.stream().map(q -> r.getAnswers().getOrDefault(q.id(), ""))).toList()).toList();
        boolean excel = request.getRequestURI().endsWith(".xlsx");
        String name = "participants-" + session.start().toLocalDate() + (excel ? ".xlsx" : ".csv");
        return ResponseEntity.ok()
                .contentType(excel ? MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        : MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(excel ? ParticipantExport.xlsx(session.start().toLocalDate().toString(), header, rows)
                        : ParticipantExport.csv(header, rows));
    }

    @PostMapping("/offers/sessions/{id}/attendance")
    String attendance(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(name = "registration", required = false) List<UUID> marked,
            @RequestParam Attendance status, @RequestParam(defaultValue = "") String q, RedirectAttributes redirect) {
        organised(user, id);
        switch (registrations.attendance(user, id, marked, status)) {
            case Registrations.Done done -> redirect.addFlashAttribute("saved", "attendance.saved");
            case Registrations.Invalid invalid -> redirect.addFlashAttribute("problem", invalid.messageKey());
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addAttribute("q", q);
        return "redirect:/offers/sessions/" + id + "/participants";
    }

    @PostMapping("/offers/registrations/{id}/decision")
    String decide(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, @RequestParam boolean approve,
            @RequestParam UUID session, RedirectAttributes redirect) {
        switch (registrations.approve(user, id, approve)) {
            case Registrations.Done done -> redirect.addFlashAttribute("saved",
                    approve ? "registration.page.approved" : "registration.page.rejected");
            case Registrations.Conflict conflict -> redirect.addFlashAttribute("problem", conflict.messageKey());
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/offers/sessions/" + session + "/participants";
    }

    /** The organiser moves a registration to another date of the offer; the list of the old date shows the result. */
    @PostMapping("/offers/registrations/{id}/move")
    String move(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) UUID target, @RequestParam UUID session, RedirectAttributes redirect) {
        switch (registrations.move(user, id, target)) {
            case Registrations.Done done -> redirect.addFlashAttribute("saved",
                    "registration.page.moved." + done.registration().getStatus());
            case Registrations.Conflict conflict -> redirect.addFlashAttribute("problem", conflict.messageKey());
            case Registrations.Invalid invalid -> redirect.addFlashAttribute("problem", invalid.messageKey());
            case Registrations.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/offers/sessions/" + session + "/participants";
    }

    /**
     * The other dates of the offer a registration of this one can move to: scheduled, not yet started, of the same
     * module; of a consulting offer only free slots (they have no waitlist).
     */
    private List<MoveTarget> moveTargets(Offer offer, OfferSession from) {
        java.time.Instant now = java.time.Instant.now();
        boolean consulting = offer.getKind() == org.uptake.offers.OfferKind.CONSULTING;
        return sessions.ofOffer(offer.getId()).stream()
                .filter(s -> !s.getId().equals(from.getId()) && !s.isCancelled() && s.getStartsAt().isAfter(now)
                        && java.util.Objects.equals(s.getModuleId(), from.getModuleId()))
                .map(s -> {
                    long confirmed = registrations.count(s.getId(), RegistrationStatus.CONFIRMED);
                    if (consulting) { // a slot with any active registration is taken
                        return new MoveTarget(s, confirmed + registrations.count(s.getId(), RegistrationStatus.PENDING)
                                + registrations.count(s.getId(), RegistrationStatus.WAITLISTED) == 0 ? 1 : 0);
                    }
                    return new MoveTarget(s, Math.max(0, s.getCapacity() - confirmed));
                })
                .filter(t -> !consulting || t.freeSeats() > 0)
                .toList();
    }

    private OfferSession organised(UptakeUser user, UUID sessionId) {
        return sessions.find(sessionId).filter(s -> user != null && registrations.mayOrganise(user, s.getId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
