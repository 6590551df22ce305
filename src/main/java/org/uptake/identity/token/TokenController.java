package org.uptake.identity.token;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.identity.UptakeUser;

/** Lists, creates and revokes the signed-in person's API tokens. */
@Controller
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/profile/tokens")
    String list(@AuthenticationPrincipal UptakeUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user.id()));
        return "identity/tokens";
    }

    @PostMapping("/profile/tokens")
    String create(@AuthenticationPrincipal UptakeUser user, @RequestParam(defaultValue = "") @Size(max = 100) String name,
            RedirectAttributes redirect) {
        String label = name.length() > 100 ? name.substring(0, 100) : name;
        redirect.addFlashAttribute("newToken", tokens.issue(user.id(), label).secret());
        return "redirect:/profile/tokens";
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", tokens.revoke(user.id(), id) ? "token.revoked" : "token.notFound");
        return "redirect:/profile/tokens";
    }
}
