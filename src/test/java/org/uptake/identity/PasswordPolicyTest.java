package org.uptake.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uptake.identity.account.PasswordPolicy;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
            "demo-password-2027, -",
            "Werkbank-2027-Salzwedel, -",
            "short-1, password.tooShort",
            "onlylettersherebutlong, password.tooSimple",
            "123456789012345, password.tooSimple",
            "aaaa-aaaa-aaaa-1, password.repetitive",
            "Password1234, password.wellKnown",
            "xx-sabine.hoffmann-2027, password.containsEmail"})
    void judgesPasswords(String password, String expectedKey) {
        assertThat(PasswordPolicy.check(password, "sabine.hoffmann@example.org").orElse(null)).isEqualTo(expectedKey);
    }

    @ParameterizedTest
    @CsvSource({"129"})
    void limitsLength(int length) {
        assertThat(PasswordPolicy.check("a1".repeat(length), null)).contains("password.tooLong");
    }
}
