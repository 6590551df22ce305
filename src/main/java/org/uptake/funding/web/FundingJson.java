package org.uptake.funding.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.uptake.funding.call.CallDocument;
import org.uptake.funding.call.CallView;
import org.uptake.funding.call.Criterion;
import org.uptake.funding.call.DocumentType;
import org.uptake.funding.call.EligibilityItem;
import org.uptake.funding.call.Section;

/** The JSON shapes of the funding API. Texts in several languages come as maps by language tag. */
public final class FundingJson {

    private FundingJson() {
    }

    public static Map<String, Object> call(CallView call, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", call.id());
        json.put("number", call.number());
        json.put("programmeId", call.programmeId());
        json.put("title", call.title().asMap());
        json.put("displayTitle", call.title().in(locale));
        json.put("text", call.text().asMap());
        json.put("currency", call.currency());
        json.put("totalBudget", call.totalBudget());
        json.put("maxFundingRatePercent", call.maxFundingRatePercent());
        json.put("maxGrant", call.maxGrant());
        json.put("eligibleApplicantTypes", call.eligibleApplicantTypes());
        json.put("eligibleRegions", call.eligibleRegions());
        json.put("minPartners", call.minPartners());
        json.put("requiresSme", call.requiresSme());
        json.put("opensAt", call.opensAt());
        json.put("deadline", call.deadline());
        json.put("timeZone", call.zone().getId());
        json.put("deadlineInstant", call.deadlineInstant());
        json.put("reviewersPerApplication", call.reviewersPerApplication());
        json.put("overallThreshold", call.overallThreshold());
        json.put("criteria", call.criteria().stream().map(FundingJson::criterion).toList());
        json.put("documents", call.documentTypes().stream().map(FundingJson::documentType).toList());
        json.put("sections", call.sections().stream().map(FundingJson::section).toList());
        json.put("eligibilityChecklist", call.eligibilityItems().stream().map(FundingJson::item).toList());
        json.put("status", call.status());
        json.put("createdAt", call.createdAt());
        json.put("publishedAt", call.publishedAt());
        json.put("decidedAt", call.decidedAt());
        return json;
    }

    public static Map<String, Object> callDocument(CallDocument document) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", document.getId());
        json.put("title", document.getTitle());
        json.put("fileName", document.getFileName());
        json.put("contentType", document.getContentType());
        json.put("sizeBytes", document.getSizeBytes());
        json.put("sha256", document.getSha256());
        json.put("uploadedAt", document.getUploadedAt());
        json.put("href", CallApiController.documentPath(document));
        return json;
    }

    static Map<String, Object> criterion(Criterion criterion) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", criterion.key());
        json.put("name", criterion.name().asMap());
        json.put("description", criterion.description() == null ? Map.of() : criterion.description().asMap());
        json.put("maxScore", criterion.maxScore());
        json.put("weight", criterion.weight());
        json.put("threshold", criterion.threshold());
        return json;
    }

    static Map<String, Object> documentType(DocumentType type) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", type.key());
        json.put("name", type.name().asMap());
        json.put("required", type.required());
        json.put("formats", type.formatList().stream().map(f -> f.extension()).toList());
        json.put("maxBytes", type.maxBytes());
        return json;
    }

    static Map<String, Object> section(Section section) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", section.key());
        json.put("title", section.title().asMap());
        json.put("required", section.required());
        json.put("maxLength", section.maxLength());
        return json;
    }

    static Map<String, Object> item(EligibilityItem item) {
        return Map.of("key", item.key(), "text", item.text().asMap());
    }
}
