package org.uptake.offers.offer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.uptake.platform.Language;

/**
 * A question an offer asks everyone who registers, with its label in one or more languages (en, de, nb). The id is
 * given by the offer and stays when the question is changed, so answers keep pointing at it; clients send it back to
 * change a question and leave it out for a new one.
 */
public record OfferQuestion(String id, Map<String, String> label, Boolean required) {

    public OfferQuestion {
        label = label == null ? Map.of() : label;
        required = Boolean.TRUE.equals(required);
    }

    /** The label in the reader's language, else in the first language it has. */
    public String label(Locale locale) {
        String wanted = label.get(Language.of(locale).tag());
        if (wanted != null && !wanted.isBlank()) {
            return wanted;
        }
        return java.util.stream.Stream.of("en", "de", "nb").map(label::get).filter(t -> t != null && !t.isBlank())
                .findFirst().orElse("");
    }

    /** A copy with the given id, keeping the label's non-blank texts, stripped. */
    OfferQuestion withId(String newId) {
        Map<String, String> texts = new LinkedHashMap<>();
        label.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                texts.put(language, text.strip());
            }
        });
        return new OfferQuestion(newId, texts, required);
    }
}
