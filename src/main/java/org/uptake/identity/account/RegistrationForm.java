package org.uptake.identity.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person types to register, in the page and in the API ({@code POST /api/v1/accounts}). */
public record RegistrationForm(
        @NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.tooLong}")
        @Email(regexp = ".+@.+\\..+", message = "{validation.email}") String email,
        @NotBlank(message = "{validation.required}") String password,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String displayName,
        String locale) {

    /** Pasted addresses often carry spaces around them; they are no part of the address. */
    public RegistrationForm {
        email = email == null ? null : email.strip();
        displayName = displayName == null ? null : displayName.strip();
    }

    static RegistrationForm empty(String locale) {
        return new RegistrationForm("", "", "", locale);
    }
}
