package org.uptake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void norwegianVariantsAreAnsweredInBokmal() {
        assertThat(Language.fromTag("no")).contains(Language.NB);
        assertThat(Language.fromTag("nn-NO")).contains(Language.NB);
        assertThat(Language.fromTag("nb_NO")).contains(Language.NB);
    }

    @Test
    void regionalVariantsMatchTheirLanguage() {
        assertThat(Language.of(Locale.forLanguageTag("de-AT"))).isEqualTo(Language.DE);
        assertThat(Language.of(Locale.UK)).isEqualTo(Language.EN);
    }

    @Test
    void unsupportedLanguagesFallBackToEnglish() {
        assertThat(Language.fromTag("fr")).isEmpty();
        assertThat(Language.of(Locale.FRENCH)).isEqualTo(Language.EN);
        assertThat(Language.fromTag("")).isEmpty();
    }
}
