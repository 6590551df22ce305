package org.uptake.offers.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.uptake.offers.OfferKind;
import org.uptake.offers.offer.Offer;
import org.uptake.offers.offer.OfferQuestion;
import org.uptake.offers.offer.OfferRequest;
import org.uptake.offers.offer.OfferRules;

/**
 * The offer form: one field per language, maturity topics as boxes and free tags as a comma-separated line, target
 * sectors and size classes as boxes, and the registration questions as numbered rows ({@code questions[0].de} ...).
 * A question row left empty or marked for removal is dropped; the others keep their place and their id.
 */
public record OfferForm(UUID provider, OfferKind kind, String titleDe, String titleEn, String titleNb,
        String descriptionDe, String descriptionEn, String descriptionNb, List<String> dimensions, String tags,
        String language, BigDecimal price, String currency, String fundingNote, Integer cancellationHours,
        String industry, List<String> targetSections, List<String> sizeClasses, List<QuestionRow> questions) {

    /** Empty rows offered below the questions, as far as the maximum allows. */
    static final int EMPTY_QUESTION_ROWS = 3;

    /** One question of the form; {@code id} is empty for a new one. */
    public record QuestionRow(String id, String de, String en, String nb, Boolean required, Boolean remove) {

        boolean kept() {
            return !Boolean.TRUE.equals(remove) && !texts(en, de, nb).isEmpty();
        }

        public boolean isRequired() {
            return Boolean.TRUE.equals(required);
        }

        public boolean isNew() {
            return id == null || id.isBlank();
        }
    }

    static OfferForm empty(UUID provider) {
        return new OfferForm(provider, OfferKind.SEMINAR, null, null, null, null, null, null, List.of(), null, "de",
                BigDecimal.ZERO, "EUR", null, 24, null, List.of(), List.of(), List.of());
    }

    static OfferForm of(Offer offer) {
        List<String> topics = offer.getTopics();
        return new OfferForm(offer.getProviderOrganisationId(), offer.getKind(), offer.titles().get("de"),
                offer.titles().get("en"), offer.titles().get("nb"), offer.descriptions().get("de"),
                offer.descriptions().get("en"), offer.descriptions().get("nb"),
                topics.stream().filter(OfferRules.DIMENSIONS::contains).toList(),
                String.join(", ", topics.stream().filter(t -> !OfferRules.DIMENSIONS.contains(t)).toList()),
                offer.getDeliveryLanguage(), BigDecimal.valueOf(offer.getPriceCents(), 2), offer.getCurrency(),
                offer.getFundingNote(), offer.getCancellationHours(), offer.getIndustry(), offer.getTargetSections(),
                offer.getSizeClasses(), offer.getQuestions().stream().map(q -> new QuestionRow(q.id(),
                        q.label().get("de"), q.label().get("en"), q.label().get("nb"), q.required(), false)).toList());
    }

    /** The questions that stay, in the order of the form: problem {@code questions[i]} is the i-th of these. */
    List<QuestionRow> keptQuestions() {
        return questions == null ? List.of() : questions.stream().filter(q -> q != null && q.kept()).toList();
    }

    /** The rows to show: the questions that stay, then empty rows up to the maximum. */
    public List<QuestionRow> questionRows() {
        List<QuestionRow> rows = new ArrayList<>(keptQuestions());
        int target = Math.min(OfferRules.MAX_QUESTIONS, rows.size() + EMPTY_QUESTION_ROWS);
        while (rows.size() < target) {
            rows.add(new QuestionRow(null, null, null, null, false, false));
        }
        return rows;
    }

    public boolean hasSection(String section) {
        return targetSections != null && targetSections.contains(section);
    }

    public boolean hasSizeClass(String sizeClass) {
        return sizeClasses != null && sizeClasses.contains(sizeClass);
    }

    OfferRequest toRequest() {
        List<String> topics = new ArrayList<>(dimensions == null ? List.of() : dimensions);
        if (tags != null) {
            Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(topics::add);
        }
        return new OfferRequest(texts(titleEn, titleDe, titleNb), texts(descriptionEn, descriptionDe, descriptionNb),
                kind, provider, topics, targetSections == null ? List.of() : targetSections,
                sizeClasses == null ? List.of() : sizeClasses, language, price, currency, blankToNull(fundingNote),
                cancellationHours, blankToNull(industry), keptQuestions().stream().map(q -> new OfferQuestion(
                        q.isNew() ? null : q.id().strip(), texts(q.en(), q.de(), q.nb()), q.isRequired())).toList());
    }

    private static Map<String, String> texts(String en, String de, String nb) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (en != null && !en.isBlank()) {
            texts.put("en", en.strip());
        }
        if (de != null && !de.isBlank()) {
            texts.put("de", de.strip());
        }
        if (nb != null && !nb.isBlank()) {
            texts.put("nb", nb.strip());
        }
        return texts;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
