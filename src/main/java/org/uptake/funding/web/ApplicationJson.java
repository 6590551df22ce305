package org.uptake.funding.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.uptake.funding.application.ApplicationSummary;
import org.uptake.funding.application.ApplicationView;
import org.uptake.funding.application.SubmittedVersion;

/** The JSON shapes of applications in the funding API. */
final class ApplicationJson {

    private ApplicationJson() {
    }

    static Map<String, Object> application(ApplicationView a, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.id());
        json.put("callId", a.callId());
        json.put("callTitle", a.callTitle().in(locale));
        json.put("status", a.status());
        json.put("title", a.title());
        json.put("acronym", a.acronym());
        json.put("summary", a.summary());
        json.put("leadOrganisationId", a.leadOrganisationId());
        json.put("partners", a.partners().stream().map(p -> {
            Map<String, Object> partner = new LinkedHashMap<>();
            partner.put("organisationId", p.organisationId());
            partner.put("name", p.name());
            partner.put("type", p.type());
            partner.put("nutsCode", p.nutsCode());
            partner.put("role", p.role());
            partner.put("workShare", p.workShare());
            return partner;
        }).toList());
        json.put("budget", a.budget().stream().map(l -> Map.of("organisationId", l.organisationId(), "category",
                l.category(), "amount", l.amount())).toList());
        json.put("totalBudget", a.totalBudget());
        json.put("requestedGrant", a.requestedGrant());
        json.put("ownContribution", a.ownContribution());
        json.put("fundingRatePercent", a.fundingRatePercent());
        json.put("currency", a.currency());
        json.put("sections", a.sections());
        json.put("projectStart", a.projectStart());
        json.put("projectEnd", a.projectEnd());
        json.put("documents", a.documents().stream().map(ApplicationJson::document).toList());
        json.put("receiptNumber", a.receiptNumber());
        json.put("submittedAt", a.submittedAt());
        json.put("currentVersion", a.currentVersion());
        json.put("editable", a.editable());
        json.put("version", a.version());
        json.put("createdAt", a.createdAt());
        json.put("updatedAt", a.updatedAt());
        return json;
    }

    static Map<String, Object> document(ApplicationView.DocumentView d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.id());
        json.put("documentKey", d.documentKey());
        json.put("fileName", d.fileName());
        json.put("contentType", d.contentType());
        json.put("sizeBytes", d.sizeBytes());
        json.put("sha256", d.sha256());
        json.put("uploadedAt", d.uploadedAt());
        return json;
    }

    static List<Map<String, Object>> history(ApplicationView a) {
        return a.history().stream().map(h -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", h.status());
            json.put("changedAt", h.changedAt());
            json.put("changedBy", h.changedBy());
            json.put("changedByName", h.changedByName());
            json.put("note", h.note());
            return json;
        }).toList();
    }

    static Map<String, Object> summary(ApplicationSummary s, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("callId", s.callId());
        json.put("callTitle", s.callTitle().in(locale));
        json.put("title", s.title());
        json.put("acronym", s.acronym());
        json.put("leadOrganisationId", s.leadOrganisationId());
        json.put("leadOrganisation", s.leadOrganisation());
        json.put("status", s.status());
        json.put("receiptNumber", s.receiptNumber());
        json.put("submittedAt", s.submittedAt());
        json.put("currentVersion", s.currentVersion());
        json.put("requestedGrant", s.requestedGrant());
        json.put("totalBudget", s.totalBudget());
        json.put("updatedAt", s.updatedAt());
        return json;
    }

    static Map<String, Object> version(SubmittedVersion v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", v.getVersionNumber());
        json.put("receiptNumber", v.getReceiptNumber());
        json.put("submittedAt", v.getSubmittedAt());
        json.put("submittedBy", v.getSubmittedBy());
        json.put("checksum", v.getChecksum());
        return json;
    }
}
