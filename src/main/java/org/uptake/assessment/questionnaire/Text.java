package org.uptake.assessment.questionnaire;

import java.util.Locale;
import java.util.Map;

import org.uptake.platform.Language;

/** A text of a questionnaire in several languages; English is the fallback. */
public record Text(Map<String, String> byLanguage) {

    public String in(Locale locale) {
        String text = byLanguage.get(Language.of(locale).tag());
        return text != null ? text : byLanguage.getOrDefault("en", "");
    }

    public String in(String languageTag) {
        return in(Locale.forLanguageTag(languageTag));
    }
}
