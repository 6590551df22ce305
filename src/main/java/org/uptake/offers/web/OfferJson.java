package org.uptake.offers.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.uptake.offers.offer.Offer;
import org.uptake.offers.session.OfferSession;

/** The JSON shapes of offers and sessions in the API. */
final class OfferJson {

    private OfferJson() {
    }

    static Map<String, Object> offer(Offer offer, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", offer.getId());
        json.put("kind", offer.getKind());
        json.put("status", offer.getStatus());
        json.put("providerOrganisationId", offer.getProviderOrganisationId());
        json.put("title", offer.titles());
        json.put("description", offer.descriptions());
        json.put("displayTitle", offer.title(locale));
        json.put("topics", offer.getTopics());
        json.put("targetSections", offer.getTargetSections());
        json.put("sizeClasses", offer.getSizeClasses());
        json.put("language", offer.getDeliveryLanguage());
        json.put("price", offer.getPriceCents() / 100.0);
        json.put("currency", offer.getCurrency());
        json.put("fundingNote", offer.getFundingNote());
        json.put("cancellationHours", offer.getCancellationHours());
        json.put("industry", offer.getIndustry());
        json.put("questions", offer.getQuestions());
        return json;
    }

    /** A session with its seat counts; the online link only for those who may join. */
    static Map<String, Object> session(OfferSession session, long confirmed, long waitlisted, long pending,
            boolean showLink) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", session.getId());
        json.put("offerId", session.getOfferId());
        json.put("moduleId", session.getModuleId());
        json.put("start", session.start().toLocalDateTime());
        json.put("end", session.end().toLocalDateTime());
        json.put("timeZone", session.getTimeZone());
        json.put("startsAt", session.getStartsAt());
        json.put("endsAt", session.getEndsAt());
        json.put("address", session.getAddress());
        json.put("nutsCode", session.getNutsCode());
        json.put("online", session.getOnlineLink() != null);
        json.put("onlineLink", showLink ? session.getOnlineLink() : null);
        json.put("capacity", session.getCapacity());
        json.put("confirmed", confirmed);
        json.put("waitlisted", waitlisted);
        json.put("pending", pending);
        json.put("freeSeats", Math.max(0, session.getCapacity() - confirmed));
        json.put("registrationOpens", session.getRegistrationOpens());
        json.put("registrationCloses", session.getRegistrationCloses());
        json.put("approvalRequired", session.isApprovalRequired());
        json.put("advisorName", session.getAdvisorName());
        json.put("status", session.getStatus());
        return json;
    }
}
