package org.uptake.funding.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.uptake.directory.OrganisationType;

/** A call for applications: what is funded, for whom, until when, and how applications are judged. */
@Entity
@Table(name = "funding_call")
public class Call {

    @Id
    private UUID id;
    private int number;
    private UUID programmeId;
    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "de", column = @Column(name = "title_de")),
            @AttributeOverride(name = "nb", column = @Column(name = "title_nb")) })
    private Texts title;
    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "text_en")),
            @AttributeOverride(name = "de", column = @Column(name = "text_de")),
            @AttributeOverride(name = "nb", column = @Column(name = "text_nb")) })
    private Texts text;
    private String currency;
    private BigDecimal totalBudget;
    private BigDecimal maxFundingRatePercent;
    private BigDecimal maxGrant;
    /** Comma-separated {@link OrganisationType} names. */
    private String eligibleApplicantTypes;
    /** Comma-separated NUTS codes of any level; an organisation's region must start with one of them. */
    private String eligibleRegions;
    private int minPartners;
    private boolean requiresSme;
    private Instant opensAt;
    private Instant deadline;
    private String timeZone;
    private int reviewersPerApplication;
    private BigDecimal overallThreshold;
    @Enumerated(EnumType.STRING)
    private CallStatus status;
    private UUID createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;
    private Instant decidedAt;
    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "funding_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "funding_document_type", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<DocumentType> documentTypes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "funding_section", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<Section> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "funding_eligibility_item", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<EligibilityItem> eligibilityItems = new ArrayList<>();

    protected Call() {
    }

    Call(int number, UUID createdBy, CallRequest.Valid valid) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.status = CallStatus.DRAFT;
        apply(valid);
    }

    /** Takes over everything the request says; lists are replaced as a whole (a new collection is re-inserted). */
    void apply(CallRequest.Valid valid) {
        this.programmeId = valid.programmeId();
        this.title = valid.title();
        this.text = valid.text();
        this.currency = valid.currency();
        this.totalBudget = valid.totalBudget();
        this.maxFundingRatePercent = valid.maxFundingRatePercent();
        this.maxGrant = valid.maxGrant();
        this.eligibleApplicantTypes = valid.eligibleApplicantTypes().stream().map(Enum::name)
                .collect(Collectors.joining(","));
        this.eligibleRegions = String.join(",", valid.eligibleRegions());
        this.minPartners = valid.minPartners();
        this.requiresSme = valid.requiresSme();
        this.timeZone = valid.zone().getId();
        this.opensAt = valid.opensAt().atZone(valid.zone()).toInstant();
        this.deadline = valid.deadline().atZone(valid.zone()).toInstant();
        this.reviewersPerApplication = valid.reviewersPerApplication();
        this.overallThreshold = valid.overallThreshold();
        this.criteria = new ArrayList<>(valid.criteria());
        this.documentTypes = new ArrayList<>(valid.documentTypes());
        this.sections = new ArrayList<>(valid.sections());
        this.eligibilityItems = new ArrayList<>(valid.eligibilityItems());
        this.updatedAt = Instant.now();
    }

    void publish() {
        this.status = CallStatus.PUBLISHED;
        this.publishedAt = Instant.now();
        this.updatedAt = publishedAt;
    }

    /** The programme has sent its decisions. */
    public void decided() {
        this.status = CallStatus.DECIDED;
        this.decidedAt = Instant.now();
        this.updatedAt = decidedAt;
    }

    /** The status at an instant: a published call is closed once its deadline has passed. */
    public CallStatus status(Instant now) {
        return status == CallStatus.PUBLISHED && !acceptsSubmissionAt(now) ? CallStatus.CLOSED : status;
    }

    /**
     * True while submissions are accepted: published, opened, and not past the deadline to the second. A deadline
     * of 23:59:59 accepts a submission at 23:59:59.999 and refuses one at 00:00:00.000.
     */
    public boolean acceptsSubmissionAt(Instant now) {
        return status == CallStatus.PUBLISHED && !now.isBefore(opensAt)
                && !now.truncatedTo(ChronoUnit.SECONDS).isAfter(deadline);
    }

    public boolean isOpenForDrafts(Instant now) {
        return status == CallStatus.PUBLISHED && !now.truncatedTo(ChronoUnit.SECONDS).isAfter(deadline);
    }

    public Set<OrganisationType> applicantTypes() {
        return Arrays.stream(eligibleApplicantTypes.split(",")).filter(s -> !s.isBlank())
                .map(OrganisationType::valueOf).collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(
                        OrganisationType.class)));
    }

    public List<String> regions() {
        return Arrays.stream(eligibleRegions.split(",")).filter(s -> !s.isBlank()).toList();
    }

    /** True when the NUTS code lies in one of the call's regions. */
    public boolean coversRegion(String nutsCode) {
        return nutsCode != null && regions().stream().anyMatch(nutsCode::startsWith);
    }

    public Optional<Criterion> criterion(String key) {
        return criteria.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Optional<DocumentType> documentType(String key) {
        return documentTypes.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDateTime localDeadline() {
        return LocalDateTime.ofInstant(deadline, zone());
    }

    public LocalDateTime localOpensAt() {
        return LocalDateTime.ofInstant(opensAt, zone());
    }

    public UUID getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public UUID getProgrammeId() {
        return programmeId;
    }

    public Texts getTitle() {
        return title == null ? Texts.NONE : title;
    }

    public Texts getText() {
        return text == null ? Texts.NONE : text;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getTotalBudget() {
        return totalBudget;
    }

    public BigDecimal getMaxFundingRatePercent() {
        return maxFundingRatePercent;
    }

    public BigDecimal getMaxGrant() {
        return maxGrant;
    }

    public int getMinPartners() {
        return minPartners;
    }

    public boolean isRequiresSme() {
        return requiresSme;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public int getReviewersPerApplication() {
        return reviewersPerApplication;
    }

    public BigDecimal getOverallThreshold() {
        return overallThreshold;
    }

    /** The stored status; {@link #status(Instant)} is what a reader sees. */
    public CallStatus getStatus() {
        return status;
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

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public List<DocumentType> getDocumentTypes() {
        return List.copyOf(documentTypes);
    }

    public List<Section> getSections() {
        return List.copyOf(sections);
    }

    public List<EligibilityItem> getEligibilityItems() {
        return List.copyOf(eligibilityItems);
    }
}
