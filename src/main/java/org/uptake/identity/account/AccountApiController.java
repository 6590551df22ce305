package org.uptake.identity.account;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.identity.AccountView;
import org.uptake.platform.Language;
import org.uptake.platform.Problems;
import org.uptake.platform.Problems.FieldProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts")
class AccountApiController {

    private final Registration registration;
    private final Problems problems;

    AccountApiController(Registration registration, Problems problems) {
        this.registration = registration;
        this.problems = problems;
    }

    @PostMapping
    @Operation(summary = "Register an account (role SME_USER); 409 when the e-mail is registered already")
    ResponseEntity<?> register(@Valid @RequestBody RegistrationForm form) {
        String locale = form.locale() == null ? Language.of(LocaleContextHolder.getLocale()).tag() : form.locale();
        if (form.locale() != null && Language.fromTag(form.locale()).isEmpty()) {
            return Problems.respond(problems.invalid(java.util.List.of(
                    new FieldProblem("locale", problems.message("validation.language")))));
        }
        return switch (registration.register(form.email(), form.password(), form.displayName(), locale)) {
            case Registration.Registered registered -> ResponseEntity
                    .created(URI.create("/api/v1/accounts/" + registered.account().id()))
                    .body(AccountResponse.of(registered.account()));
            case Registration.EmailTaken taken -> problems.respond(HttpStatus.CONFLICT, "account.emailTaken");
            case Registration.PasswordRejected rejected -> Problems.respond(problems.invalid(java.util.List.of(
                    new FieldProblem("password", problems.message(rejected.messageKey())))));
        };
    }

    record AccountResponse(String id, String email, String displayName, String locale, java.util.Set<String> roles) {
        static AccountResponse of(AccountView view) {
            return new AccountResponse(view.id().toString(), view.email(), view.displayName(), view.locale(),
                    view.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        }
    }
}
