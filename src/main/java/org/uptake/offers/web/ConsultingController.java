package org.uptake.offers.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.identity.UptakeUser;
import org.uptake.offers.registration.Registrations;
import org.uptake.offers.session.Sessions;

/**
 * Booking a consulting slot from the offer page: one form with the firm to book for and a button per free slot, so
 * it needs no JavaScript. The rules (a firm per slot, one upcoming slot per firm) are the registration's.
 */
@Controller
class ConsultingController {

    private final Sessions sessions;
    private final Registrations registrations;

    ConsultingController(Sessions sessions, Registrations registrations) {
        this.sessions = sessions;
        this.registrations = registrations;
    }

    @PostMapping("/offers/{id}/book")
    String book(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, @RequestParam UUID slot,
            @RequestParam(required = false) UUID organisation, RedirectAttributes redirect) {
        sessions.find(slot).filter(s -> s.getOfferId().equals(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (user == null) {
            return "redirect:/login";
        }
        switch (registrations.register(user, slot, organisation, null)) {
            case Registrations.Done done -> redirect.addFlashAttribute("saved",
                    "registration.page." + done.registration().getStatus());
            case Registrations.Conflict conflict -> redirect.addFlashAttribute("problem", conflict.messageKey());
            case Registrations.Invalid invalid -> redirect.addFlashAttribute("problem", invalid.messageKey());
            case Registrations.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/offers/" + id;
    }
}
