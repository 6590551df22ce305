package org.uptake.funding.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.uptake.funding.call.CallRequest;
import org.uptake.funding.call.CallView;
import org.uptake.funding.call.Criterion;
import org.uptake.funding.call.DocumentType;
import org.uptake.funding.call.FileFormat;
import org.uptake.funding.call.Texts;
import org.uptake.platform.Issue;

/**
 * The call editor as the browser sends it: everything as text, so that a wrong number comes back with the rest of
 * the form intact. A fixed number of criterion and document rows; blank rows are ignored.
 */
public class CallForm {

    static final int CRITERION_ROWS = 6;
    static final int DOCUMENT_ROWS = 4;

    private Map<String, String> title = new LinkedHashMap<>();
    private Map<String, String> text = new LinkedHashMap<>();
    private String currency = "EUR";
    private String totalBudget = "";
    private String maxFundingRatePercent = "";
    private String maxGrant = "";
    private List<String> eligibleApplicantTypes = new ArrayList<>();
    private String eligibleRegions = "";
    private String minPartners = "2";
    private boolean requiresSme;
    private String opensAt = "";
    private String deadline = "";
    private String timeZone = "Europe/Berlin";
    private String reviewersPerApplication = "2";
    private String overallThreshold = "";
    private List<CriterionRow> criteria = new ArrayList<>();
    private List<DocumentRow> documents = new ArrayList<>();

    public static class CriterionRow {
        private String key = "";
        private Map<String, String> name = new LinkedHashMap<>();
        private Map<String, String> description = new LinkedHashMap<>();
        private String maxScore = "";
        private String weight = "";
        private String threshold = "";

        boolean isBlank() {
            return key.isBlank() && Texts.of(name).isEmpty() && maxScore.isBlank();
        }

        public String getKey() { return key; }
        public void setKey(String key) { this.key = nonNull(key); }
        public Map<String, String> getName() { return name; }
        public void setName(Map<String, String> name) { this.name = name; }
        public Map<String, String> getDescription() { return description; }
        public void setDescription(Map<String, String> description) { this.description = description; }
        public String getMaxScore() { return maxScore; }
        public void setMaxScore(String maxScore) { this.maxScore = nonNull(maxScore); }
        public String getWeight() { return weight; }
        public void setWeight(String weight) { this.weight = nonNull(weight); }
        public String getThreshold() { return threshold; }
        public void setThreshold(String threshold) { this.threshold = nonNull(threshold); }
    }

    public static class DocumentRow {
        private String key = "";
        private Map<String, String> name = new LinkedHashMap<>();
        private boolean required = true;
        private List<String> formats = new ArrayList<>(List.of("pdf"));
        private String maxMegabytes = "10";

        boolean isBlank() {
            return key.isBlank() && Texts.of(name).isEmpty();
        }

        public String getKey() { return key; }
        public void setKey(String key) { this.key = nonNull(key); }
        public Map<String, String> getName() { return name; }
        public void setName(Map<String, String> name) { this.name = name; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean required) { this.required = required; }
        public List<String> getFormats() { return formats; }
        public void setFormats(List<String> formats) { this.formats = formats == null ? new ArrayList<>() : formats; }
        public String getMaxMegabytes() { return maxMegabytes; }
        public void setMaxMegabytes(String maxMegabytes) { this.maxMegabytes = nonNull(maxMegabytes); }
    }

    /** An empty form with blank rows, for a new call. */
    static CallForm blank() {
        CallForm form = new CallForm();
        form.padRows();
        return form;
    }

    /** The form showing a call, for editing. */
    static CallForm of(CallView call) {
        CallForm form = new CallForm();
        form.title = new LinkedHashMap<>(call.title().asMap());
        form.text = new LinkedHashMap<>(call.text().asMap());
        form.currency = call.currency();
        form.totalBudget = plain(call.totalBudget());
        form.maxFundingRatePercent = plain(call.maxFundingRatePercent());
        form.maxGrant = plain(call.maxGrant());
        form.eligibleApplicantTypes = new ArrayList<>(call.eligibleApplicantTypes().stream().map(Enum::name).toList());
        form.eligibleRegions = String.join(", ", call.eligibleRegions());
        form.minPartners = String.valueOf(call.minPartners());
        form.requiresSme = call.requiresSme();
        form.opensAt = call.opensAt().toString();
        form.deadline = call.deadline().toString();
        form.timeZone = call.zone().getId();
        form.reviewersPerApplication = String.valueOf(call.reviewersPerApplication());
        form.overallThreshold = plain(call.overallThreshold());
        for (Criterion c : call.criteria()) {
            CriterionRow row = new CriterionRow();
            row.key = c.key();
            row.name = new LinkedHashMap<>(c.name().asMap());
            row.description = new LinkedHashMap<>(c.description() == null ? Map.of() : c.description().asMap());
            row.maxScore = String.valueOf(c.maxScore());
            row.weight = plain(c.weight());
            row.threshold = plain(c.threshold());
            form.criteria.add(row);
        }
        for (DocumentType d : call.documentTypes()) {
            DocumentRow row = new DocumentRow();
            row.key = d.key();
            row.name = new LinkedHashMap<>(d.name().asMap());
            row.required = d.required();
            row.formats = new ArrayList<>(d.formatList().stream().map(FileFormat::extension).toList());
            row.maxMegabytes = plain(BigDecimal.valueOf(d.maxBytes()).divide(BigDecimal.valueOf(1024 * 1024)));
            form.documents.add(row);
        }
        form.padRows();
        return form;
    }

    /** Blank rows up to the form's size, so there is room to add criteria and documents. */
    void padRows() {
        while (criteria.size() < CRITERION_ROWS) {
            criteria.add(new CriterionRow());
        }
        while (documents.size() < DOCUMENT_ROWS) {
            documents.add(new DocumentRow());
        }
    }

    /**
     * The form as the use case's request; what cannot be read as a number or a date is an issue. Blank rows are
     * dropped first, so that an issue's row index is the row's place in the form shown again.
     */
    CallRequest toRequest(List<Issue> issues) {
        criteria.removeIf(CriterionRow::isBlank);
        documents.removeIf(DocumentRow::isBlank);
        List<CallRequest.CriterionRequest> criterionRequests = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionRow row = criteria.get(i);
            String field = "criteria[" + i + "]";
            BigDecimal max = number(row.maxScore, field + ".maxScore", issues);
            criterionRequests.add(new CallRequest.CriterionRequest(row.key.strip(), row.name, row.description,
                    max == null ? null : max.intValue(), number(row.weight, field + ".weight", issues),
                    number(row.threshold, field + ".threshold", issues)));
        }
        List<CallRequest.DocumentRequest> documentRequests = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            DocumentRow row = documents.get(i);
            BigDecimal megabytes = number(row.maxMegabytes, "documents[" + i + "].maxBytes", issues);
            Long bytes = megabytes == null ? null : megabytes.multiply(BigDecimal.valueOf(1024 * 1024)).longValue();
            documentRequests.add(new CallRequest.DocumentRequest(row.key.strip(), row.name, row.required,
                    row.formats, bytes));
        }
        BigDecimal partners = number(minPartners, "minPartners", issues);
        BigDecimal reviewers = number(reviewersPerApplication, "reviewersPerApplication", issues);
        return new CallRequest(null, title, text, currency, number(totalBudget, "totalBudget", issues),
                number(maxFundingRatePercent, "maxFundingRatePercent", issues), number(maxGrant, "maxGrant", issues),
                eligibleApplicantTypes, Arrays.stream(eligibleRegions.split("[,;\\s]+")).filter(s -> !s.isBlank())
                        .toList(),
                partners == null ? null : partners.intValue(), requiresSme, time(opensAt, "opensAt", issues),
                time(deadline, "deadline", issues), timeZone, reviewers == null ? null : reviewers.intValue(),
                number(overallThreshold, "overallThreshold", issues), criterionRequests, documentRequests, null, null);
    }

    private static BigDecimal number(String text, String field, List<Issue> issues) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            issues.add(Issue.of(field, "funding.form.number"));
            return null;
        }
    }

    private static LocalDateTime time(String text, String field, List<Issue> issues) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            issues.add(Issue.of(field, "funding.form.dateTime"));
            return null;
        }
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    public Map<String, String> getTitle() { return title; }
    public void setTitle(Map<String, String> title) { this.title = title; }
    public Map<String, String> getText() { return text; }
    public void setText(Map<String, String> text) { this.text = text; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getTotalBudget() { return totalBudget; }
    public void setTotalBudget(String totalBudget) { this.totalBudget = nonNull(totalBudget); }
    public String getMaxFundingRatePercent() { return maxFundingRatePercent; }
    public void setMaxFundingRatePercent(String rate) { this.maxFundingRatePercent = nonNull(rate); }
    public String getMaxGrant() { return maxGrant; }
    public void setMaxGrant(String maxGrant) { this.maxGrant = nonNull(maxGrant); }
    public List<String> getEligibleApplicantTypes() { return eligibleApplicantTypes; }
    public void setEligibleApplicantTypes(List<String> types) { this.eligibleApplicantTypes = types == null ? new ArrayList<>() : types; }
    public String getEligibleRegions() { return eligibleRegions; }
    public void setEligibleRegions(String eligibleRegions) { this.eligibleRegions = nonNull(eligibleRegions); }
    public String getMinPartners() { return minPartners; }
    public void setMinPartners(String minPartners) { this.minPartners = nonNull(minPartners); }
    public boolean isRequiresSme() { return requiresSme; }
    public void setRequiresSme(boolean requiresSme) { this.requiresSme = requiresSme; }
    public String getOpensAt() { return opensAt; }
    public void setOpensAt(String opensAt) { this.opensAt = nonNull(opensAt); }
    public String getDeadline() { return deadline; }
    public void setDeadline(String deadline) { this.deadline = nonNull(deadline); }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public String getReviewersPerApplication() { return reviewersPerApplication; }
    public void setReviewersPerApplication(String reviewers) { this.reviewersPerApplication = nonNull(reviewers); }
    public String getOverallThreshold() { return overallThreshold; }
    public void setOverallThreshold(String overallThreshold) { this.overallThreshold = nonNull(overallThreshold); }
    public List<CriterionRow> getCriteria() { return criteria; }
    public void setCriteria(List<CriterionRow> criteria) { this.criteria = criteria; }
    public List<DocumentRow> getDocuments() { return documents; }
    public void setDocuments(List<DocumentRow> documents) { this.documents = documents; }
}
