package org.uptake.identity.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Language;

/** The profile page: name, language and password. Tokens and personal data have pages of their own. */
@Controller
class ProfileController {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final LocaleResolver localeResolver;

    ProfileController(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit,
            LocaleResolver localeResolver) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.localeResolver = localeResolver;
    }

    record ProfileForm(@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String displayName,
            @NotBlank(message = "{validation.required}") String locale) {
    }

    record PasswordForm(@NotBlank(message = "{validation.required}") String currentPassword,
            @NotBlank(message = "{validation.required}") String newPassword) {
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal UptakeUser user, Model model) {
        Account account = accounts.findById(user.id()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("profileForm", new ProfileForm(account.getDisplayName(), account.getLocale()));
        model.addAttribute("passwordForm", new PasswordForm("", ""));
        model.addAttribute("languages", Language.values());
        return "identity/profile";
    }

    @PostMapping("/profile")
    @Transactional
    String saveProfile(@AuthenticationPrincipal UptakeUser user, @Valid @ModelAttribute("profileForm") ProfileForm form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        Account account = accounts.findById(user.id()).orElseThrow();
        if (!errors.hasFieldErrors("locale") && Language.fromTag(form.locale()).isEmpty()) {
            errors.rejectValue("locale", "validation.language");
        }
        if (errors.hasErrors()) {
            model.addAttribute("account", account);
            model.addAttribute("passwordForm", new PasswordForm("", ""));
            model.addAttribute("languages", Language.values());
            return "identity/profile";
        }
        Language language = Language.fromTag(form.locale()).orElseThrow();
        account.changeProfile(form.displayName(), language.tag());
        localeResolver.setLocale(request, response, language.locale());
        redirect.addFlashAttribute("saved", "profile.saved");
        return "redirect:/profile";
    }

    @PostMapping("/profile/password")
    @Transactional
    String changePassword(@AuthenticationPrincipal UptakeUser user,
            @Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Account account = accounts.findById(user.id()).orElseThrow();
        if (!errors.hasFieldErrors("currentPassword")
                && !passwordEncoder.matches(form.currentPassword(), account.getPasswordHash())) {
            errors.rejectValue("currentPassword", "password.wrong");
        }
        if (!errors.hasFieldErrors("newPassword")) {
            PasswordPolicy.check(form.newPassword(), account.getEmail())
                    .ifPresent(key -> errors.rejectValue("newPassword", key));
        }
        if (errors.hasErrors()) {
            model.addAttribute("account", account);
            model.addAttribute("profileForm", new ProfileForm(account.getDisplayName(), account.getLocale()));
            model.addAttribute("languages", Language.values());
            return "identity/profile";
        }
        account.changePassword(passwordEncoder.encode(form.newPassword()));
        audit.record("PASSWORD_CHANGED", "account", account.getId(), null);
        redirect.addFlashAttribute("saved", "password.changed");
        return "redirect:/profile";
    }
}
