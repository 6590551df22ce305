package org.uptake.funding.call;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Embeddable;

import org.uptake.platform.Language;

/** A text in English, German and Norwegian Bokmål; any of them may be missing. */
@Embeddable
public record Texts(String en, String de, String nb) {

    public static final List<String> LANGUAGES = List.of("en", "de", "nb");
    public static final Texts NONE = new Texts(null, null, null);

    /** From a map by language tag (as clients send it); blank texts count as missing, others are trimmed. */
    public static Texts of(Map<String, String> byLanguage) {
        if (byLanguage == null) {
            return NONE;
        }
        return new Texts(clean(byLanguage.get("en")), clean(byLanguage.get("de")), clean(byLanguage.get("nb")));
    }

    /** The text in the reader's language, else in the first language it has, else "". */
    public String in(Locale locale) {
        String wanted = get(Language.of(locale).tag());
        if (wanted != null) {
            return wanted;
        }
        return LANGUAGES.stream().map(this::get).filter(t -> t != null).findFirst().orElse("");
    }

    public String get(String language) {
        return switch (language) {
            case "en" -> en;
            case "de" -> de;
            case "nb" -> nb;
            default -> null;
        };
    }

    public boolean isEmpty() {
        return en == null && de == null && nb == null;
    }

    /** The longest of the texts, for length checks. */
    public int longest() {
        return LANGUAGES.stream().map(this::get).mapToInt(t -> t == null ? 0 : t.length()).max().orElse(0);
    }

    /** The languages that have a text, in the order en, de, nb. */
    public Map<String, String> asMap() {
        Map<String, String> texts = new LinkedHashMap<>();
        LANGUAGES.forEach(language -> {
            if (get(language) != null) {
                texts.put(language, get(language));
            }
        });
        return texts;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
