package org.uptake.identity.account;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.platform.Language;

@Controller
class RegistrationController {

    private final Registration registration;

    RegistrationController(Registration registration) {
        this.registration = registration;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("form", RegistrationForm.empty(Language.of(LocaleContextHolder.getLocale()).tag()));
        return "identity/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "identity/register";
        }
        String locale = form.locale() == null ? Language.of(LocaleContextHolder.getLocale()).tag() : form.locale();
        return switch (registration.register(form.email(), form.password(), form.displayName(), locale)) {
            case Registration.Registered registered -> {
                redirect.addFlashAttribute("registeredEmail", registered.account().email());
                yield "redirect:/login?registered";
            }
            case Registration.EmailTaken taken -> {
                errors.rejectValue("email", "account.emailTaken");
                yield "identity/register";
            }
            case Registration.PasswordRejected rejected -> {
                errors.rejectValue("password", rejected.messageKey());
                yield "identity/register";
            }
        };
    }
}
