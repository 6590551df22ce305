package org.uptake.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Uptake speaks. A new language is a new constant, a message bundle per module and questionnaire texts. */
public enum Language {

    EN("en", "English"),
    DE("de", "Deutsch"),
    NB("nb", "Norsk bokmål");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    /** The supported language for a tag; Norwegian ("no", "nn") is answered in Bokmål. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        if (language.equals("no") || language.equals("nn")) {
            return Optional.of(NB);
        }
        return Arrays.stream(values()).filter(l -> l.tag.equals(language)).findFirst();
    }

    /** The supported language closest to the locale, English where none matches. */
    public static Language of(Locale locale) {
        return locale == null ? EN : fromTag(locale.toLanguageTag()).orElse(EN);
    }
}
