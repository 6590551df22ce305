package org.uptake.funding.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A consortium's application to a call. The draft is edited freely; a submission freezes it as a
 * {@link SubmittedVersion}. Eligibility, selection and decision are recorded here; reviews live beside it.
 */
@Entity
@Table(name = "funding_application")
public class Application {

    @Id
    private UUID id;
    private UUID callId;
    private String title;
    private String acronym;
    private String summary;
    private UUID leadOrganisationId;
    private BigDecimal requestedGrant;
    private BigDecimal ownContribution;
    private LocalDate projectStart;
    private LocalDate projectEnd;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    private String receiptNumber;
    private Instant submittedAt;
    /** The number of the newest submitted version; 0 before the first submission. */
    private int currentVersion;
    private Boolean eligible;
    private String eligibilityReason;
    private UUID eligibilityBy;
    private Instant eligibilityAt;
    private boolean selected;
    private Integer reserveRank;
    /** SELECT or EXCLUDE when a programme manager overrode the automatic selection. */
    private String selectionOverride;
    private String overrideReason;
    private String decision;
    private String decisionText;
    private Instant decidedAt;
    private UUID decidedBy;
    private UUID createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "funding_partner", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<Partner> partners = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "funding_budget_line", joinColumns = @JoinColumn(name = "application_id"))
    private List<BudgetLine> budget = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "funding_section_text", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "section_key")
    @Column(name = "body")
    private Map<String, String> sectionTexts = new HashMap<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "application_id", nullable = false, updatable = false, insertable = false)
    @OrderBy("changedAt")
    private List<StatusChange> history = new ArrayList<>();

    protected Application() {
    }

    public Application(UUID callId, UUID leadOrganisationId, UUID createdBy) {
        this.id = UUID.randomUUID();
        this.callId = callId;
        this.leadOrganisationId = leadOrganisationId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        this.status = ApplicationStatus.DRAFT;
        this.partners = new ArrayList<>(List.of(new Partner(leadOrganisationId, PartnerRole.LEAD, null)));
        history.add(new StatusChange(id, ApplicationStatus.DRAFT, createdAt, createdBy, null));
    }

    /** Moves to a new status and writes it into the history. */
    public void moveTo(ApplicationStatus next, UUID by, String note) {
        Instant now = Instant.now();
        this.status = next;
        this.updatedAt = now;
        history.add(new StatusChange(id, next, now, by, note));
    }

    /** Replaces the draft's content; lists and texts are replaced as a whole. */
    public void edit(String title, String acronym, String summary, UUID leadOrganisationId, List<Partner> partners,
            List<BudgetLine> budget, Map<String, String> sectionTexts, BigDecimal requestedGrant,
            BigDecimal ownContribution, LocalDate projectStart, LocalDate projectEnd) {
        this.title = title;
        this.acronym = acronym;
        this.summary = summary;
        this.leadOrganisationId = leadOrganisationId;
        this.partners = new ArrayList<>(partners);
        this.budget = new ArrayList<>(budget);
        this.sectionTexts = new HashMap<>(sectionTexts);
        this.requestedGrant = requestedGrant;
        this.ownContribution = ownContribution;
        this.projectStart = projectStart;
        this.projectEnd = projectEnd;
        this.updatedAt = Instant.now();
    }

    /** Records a submission: the receipt of the newest frozen version. */
    public void submitted(int versionNumber, String receiptNumber, Instant at, UUID by, ApplicationStatus next) {
        this.currentVersion = versionNumber;
        this.receiptNumber = receiptNumber;
        this.submittedAt = at;
        moveTo(next, by, receiptNumber);
    }

    public void eligibility(boolean eligible, String reason, UUID by) {
        this.eligible = eligible;
        this.eligibilityReason = reason;
        this.eligibilityBy = by;
        this.eligibilityAt = Instant.now();
        moveTo(eligible ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE, by, reason);
    }

    /** The outcome of a selection run: selected, on the reserve list at a rank, or neither. */
    public void selection(boolean selected, Integer reserveRank) {
        this.selected = selected;
        this.reserveRank = reserveRank;
        this.updatedAt = Instant.now();
    }

    /** A programme manager's override of the automatic selection ({@code null} removes it). */
    public void override(String override, String reason) {
        this.selectionOverride = override;
        this.overrideReason = reason;
        this.updatedAt = Instant.now();
    }

    public void decide(String decision, String text, UUID by, ApplicationStatus next) {
        this.decision = decision;
        this.decisionText = text;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        moveTo(next, by, decision);
    }

    public boolean isDraft() {
        return status == ApplicationStatus.DRAFT;
    }

    /** Every organisation of the consortium, the lead first. */
    public List<UUID> organisationIds() {
        List<UUID> ids = new ArrayList<>();
        ids.add(leadOrganisationId);
        partners.stream().map(Partner::organisationId).filter(org -> !org.equals(leadOrganisationId))
                .forEach(ids::add);
        return ids;
    }

    public BigDecimal totalBudget() {
        return budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<Boolean> getEligible() {
        return Optional.ofNullable(eligible);
    }

    public UUID getId() {
        return id;
    }

    public UUID getCallId() {
        return callId;
    }

    public String getTitle() {
        return title;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getSummary() {
        return summary;
    }

    public UUID getLeadOrganisationId() {
        return leadOrganisationId;
    }

    public BigDecimal getRequestedGrant() {
        return requestedGrant;
    }

    public BigDecimal getOwnContribution() {
        return ownContribution;
    }

    public LocalDate getProjectStart() {
        return projectStart;
    }

    public LocalDate getProjectEnd() {
        return projectEnd;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public String getEligibilityReason() {
        return eligibilityReason;
    }

    public UUID getEligibilityBy() {
        return eligibilityBy;
    }

    public Instant getEligibilityAt() {
        return eligibilityAt;
    }

    public boolean isSelected() {
        return selected;
    }

    public Integer getReserveRank() {
        return reserveRank;
    }

    public String getSelectionOverride() {
        return selectionOverride;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getDecision() {
        return decision;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public UUID getDecidedBy() {
        return decidedBy;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Partner> getPartners() {
        return List.copyOf(partners);
    }

    public List<BudgetLine> getBudget() {
        return List.copyOf(budget);
    }

    public Map<String, String> getSectionTexts() {
        return Map.copyOf(sectionTexts);
    }

    public List<StatusChange> getHistory() {
        return List.copyOf(history);
    }

    /** The optimistic lock version, for clients that send back what they edited. */
    public long getVersion() {
        return version == null ? 0 : version;
    }
}
