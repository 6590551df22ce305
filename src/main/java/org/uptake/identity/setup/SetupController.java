package org.uptake.identity.setup;

import java.util.EnumSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.uptake.identity.Accounts;
import org.uptake.identity.Role;
import org.uptake.identity.account.PasswordPolicy;
import org.uptake.identity.account.Registration;
import org.uptake.identity.account.RegistrationForm;

/** Creates the first administrator with the one-time token from the log. Gone once an administrator exists. */
@Controller
class SetupController {

    private final FirstAdministrator firstAdministrator;
    private final Registration registration;
    private final Accounts accounts;

    SetupController(FirstAdministrator firstAdministrator, Registration registration, Accounts accounts) {
        this.firstAdministrator = firstAdministrator;
        this.registration = registration;
        this.accounts = accounts;
    }

    record SetupForm(@NotBlank(message = "{validation.required}") String token, @Valid RegistrationForm account) {
    }

    @GetMapping("/setup")
    String form(org.springframework.ui.Model model) {
        requirePending();
        model.addAttribute("form", new SetupForm("", new RegistrationForm("", "", "", "en")));
        return "identity/setup";
    }

    @PostMapping("/setup")
    synchronized String setup(@Valid @ModelAttribute("form") SetupForm form, BindingResult errors) {
        requirePending();
        if (!errors.hasFieldErrors("account.password")) {
            PasswordPolicy.check(form.account().password(), form.account().email())
                    .ifPresent(key -> errors.rejectValue("account.password", key));
        }
        if (!errors.hasFieldErrors("account.email") && accounts.findByEmail(form.account().email()).isPresent()) {
            errors.rejectValue("account.email", "account.emailTaken");
        }
        if (errors.hasErrors()) {
            return "identity/setup";
        }
        if (!firstAdministrator.consume(form.token())) {
            errors.rejectValue("token", "setup.wrongToken");
            return "identity/setup";
        }
        var result = registration.register(form.account().email(), form.account().password(),
                form.account().displayName(), form.account().locale(), EnumSet.of(Role.ADMIN));
        if (!(result instanceof Registration.Registered)) {
            errors.rejectValue("account.email", "account.emailTaken");
            firstAdministrator.ensureAdministrator();
            return "identity/setup";
        }
        return "redirect:/login?setup";
    }

    private void requirePending() {
        if (!firstAdministrator.setupPending()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
