package org.uptake.identity.privacy;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.identity.UptakeUser;

/** "My data": download everything as JSON, or erase the account. */
@Controller
class PrivacyController {

    private final PersonalData personalData;

    PrivacyController(PersonalData personalData) {
        this.personalData = personalData;
    }

    @GetMapping("/profile/privacy")
    String page() {
        return "identity/privacy";
    }

    @GetMapping(value = "/profile/privacy/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal UptakeUser user) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"uptake-my-data.json\"")
                .body(personalData.export(user.id()));
    }

    @PostMapping("/profile/privacy/erase")
    String erase(@AuthenticationPrincipal UptakeUser user, @RequestParam(defaultValue = "") String password,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!personalData.erase(user.id(), password)) {
            redirect.addFlashAttribute("problem", "password.wrong");
            return "redirect:/profile/privacy";
        }
        new SecurityContextLogoutHandler().logout(request, response, null);
        return "redirect:/?erased";
    }
}
