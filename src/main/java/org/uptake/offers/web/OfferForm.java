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
import org.uptake.offers.offer.OfferRequest;
import org.uptake.offers.offer.OfferRules;

/** The offer form: one field per language, maturity topics as boxes and free tags as a comma-separated line. */
public record OfferForm(UUID provider, OfferKind kind, String titleDe, String titleEn, String titleNb,
        String descriptionDe, String descriptionEn, String descriptionNb, List<String> dimensions, String tags,
        String language, BigDecimal price, String currency, String fundingNote, Integer cancellationHours,
        String industry) {

    static OfferForm empty(UUID provider) {
        return new OfferForm(provider, OfferKind.SEMINAR, null, null, null, null, null, null, List.of(), null, "de",
                BigDecimal.ZERO, "EUR", null, 24, null);
    }

    static OfferForm of(Offer offer) {
        List<String> topics = offer.getTopics();
        return new OfferForm(offer.getProviderOrganisationId(), offer.getKind(), offer.titles().get("de"),
                offer.titles().get("en"), offer.titles().get("nb"), offer.descriptions().get("de"),
                offer.descriptions().get("en"), offer.descriptions().get("nb"),
                topics.stream().filter(OfferRules.DIMENSIONS::contains).toList(),
                String.join(", ", topics.stream().filter(t -> !OfferRules.DIMENSIONS.contains(t)).toList()),
                offer.getDeliveryLanguage(), BigDecimal.valueOf(offer.getPriceCents(), 2), offer.getCurrency(),
                offer.getFundingNote(), offer.getCancellationHours(), offer.getIndustry());
    }

    OfferRequest toRequest() {
        List<String> topics = new ArrayList<>(dimensions == null ? List.of() : dimensions);
        if (tags != null) {
            Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(topics::add);
        }
        return new OfferRequest(texts(titleEn, titleDe, titleNb), texts(descriptionEn, descriptionDe, descriptionNb),
                kind, provider, topics, List.of(), List.of(), language, price, currency, blankToNull(fundingNote),
                cancellationHours, blankToNull(industry));
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
