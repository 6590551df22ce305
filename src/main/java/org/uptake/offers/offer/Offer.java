package org.uptake.offers.offer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.uptake.offers.OfferKind;
import org.uptake.offers.session.OfferSession;
import org.uptake.platform.Language;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Something a provider offers small firms, with title and description in one or more languages. Lists (topics,
 * target sections, size classes) are kept as comma-separated codes: they are short, fixed vocabularies. The questions
 * asked at registration are a JSON list: at most ten, always read and written with the offer.
 * <p>
 * The catalogue's search index (Hibernate Search, see {@code catalogue.CatalogueAnalysis}) is declared here: texts
 * per language with that language's stemming, codes as keywords, the sessions as nested documents. Whatever
 * changes the catalogue entry, sessions included, moves {@code updatedAt}, which reindexes the offer.
 */
@Entity
@Table(name = "offer")
@Indexed(index = "offer")
public class Offer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<OfferQuestion>> QUESTIONS = new TypeReference<>() { };

    @Id
    @KeywordField(name = "idSort", sortable = Sortable.YES)
    private UUID id;
    private UUID providerOrganisationId;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private OfferKind kind;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private OfferStatus status;
    @FullTextField(analyzer = "english")
    private String titleEn;
    @FullTextField(analyzer = "german")
    private String titleDe;
    @FullTextField(analyzer = "norwegian")
    private String titleNb;
    @FullTextField(analyzer = "english")
    private String descriptionEn;
    @FullTextField(analyzer = "german")
    private String descriptionDe;
    @FullTextField(analyzer = "norwegian")
    private String descriptionNb;
    private String topics;
    private String targetSections;
    private String sizeClasses;
    @KeywordField
    private String deliveryLanguage;
    @GenericField
    private long priceCents;
    private String currency;
    private String fundingNote;
    private int cancellationHours;
    private String industry;
    private String questions;
    @Transient
    private List<OfferQuestion> questionList;
    private UUID createdBy;
    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;
    @GenericField
    private Instant updatedAt;
    @Version
    private Long version;
    /** Read only, for the search index: sessions are written through their own repository. */
    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "offerId", insertable = false, updatable = false)
    @IndexedEmbedded(structure = ObjectStructure.NESTED, includePaths = { "startsAt", "status", "nutsCode" })
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private List<OfferSession> sessions;

    protected Offer() {
    }

    Offer(UUID providerOrganisationId, UUID createdBy, OfferRequest request) {
        this.id = UUID.randomUUID();
        this.providerOrganisationId = providerOrganisationId;
        this.createdBy = createdBy;
        this.status = OfferStatus.DRAFT;
        this.createdAt = Instant.now();
        apply(request);
    }

    /** Takes over a validated request. */
    void apply(OfferRequest request) {
        this.kind = request.kind();
        this.titleEn = request.title().get("en");
        this.titleDe = request.title().get("de");
        this.titleNb = request.title().get("nb");
        this.descriptionEn = request.description().get("en");
        this.descriptionDe = request.description().get("de");
        this.descriptionNb = request.description().get("nb");
        this.topics = String.join(",", request.topics());
        this.targetSections = String.join(",", request.targetSections());
        this.sizeClasses = String.join(",", request.sizeClasses());
        this.deliveryLanguage = request.language();
        this.priceCents = Math.round(request.price().doubleValue() * 100);
        this.currency = request.currency();
        this.fundingNote = request.fundingNote();
        this.cancellationHours = request.cancellationHours();
        this.industry = request.industry();
        applyQuestions(request.questions());
        this.updatedAt = Instant.now();
    }

    /** A question keeps its id when the request names it (so answers stay attached); new questions get one. */
    private void applyQuestions(List<OfferQuestion> requested) {
        Set<String> known = new HashSet<>(getQuestions().stream().map(OfferQuestion::id).toList());
        List<OfferQuestion> kept = new ArrayList<>();
        for (OfferQuestion question : requested) {
            String id = question.id() != null && known.remove(question.id()) ? question.id()
                    : UUID.randomUUID().toString();
            kept.add(question.withId(id));
        }
        this.questions = kept.isEmpty() ? null : JSON.writeValueAsString(kept);
        this.questionList = List.copyOf(kept);
    }

    void publish() {
        this.status = OfferStatus.PUBLISHED;
        this.updatedAt = Instant.now();
    }

    void cancel() {
        this.status = OfferStatus.CANCELLED;
        this.updatedAt = Instant.now();
    }

    /** Its sessions changed: the catalogue entry is out of date, here and on every other node. */
    public void sessionsChanged() {
        this.updatedAt = Instant.now();
    }

    /** The title in the reader's language, else in the first language it has. */
    public String title(Locale locale) {
        return pick(locale, titleEn, titleDe, titleNb);
    }

    public String description(Locale locale) {
        return pick(locale, descriptionEn, descriptionDe, descriptionNb);
    }

    private static String pick(Locale locale, String en, String de, String nb) {
        String wanted = switch (Language.of(locale)) {
            case DE -> de;
            case NB -> nb;
            default -> en;
        };
        if (wanted != null && !wanted.isBlank()) {
            return wanted;
        }
        return Arrays.asList(en, de, nb).stream().filter(t -> t != null && !t.isBlank()).findFirst().orElse("");
    }

    public java.util.Map<String, String> titles() {
        return languages(titleEn, titleDe, titleNb);
    }

    public java.util.Map<String, String> descriptions() {
        return languages(descriptionEn, descriptionDe, descriptionNb);
    }

    private static java.util.Map<String, String> languages(String en, String de, String nb) {
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        if (en != null) {
            texts.put("en", en);
        }
        if (de != null) {
            texts.put("de", de);
        }
        if (nb != null) {
            texts.put("nb", nb);
        }
        return texts;
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }

    public UUID getId() {
        return id;
    }

    /** The questions asked at registration, in order. */
    public List<OfferQuestion> getQuestions() {
        if (questionList == null) {
            questionList = questions == null || questions.isBlank() ? List.of()
                    : List.copyOf(JSON.readValue(questions, QUESTIONS));
        }
        return questionList;
    }

    public java.util.Optional<OfferQuestion> question(String questionId) {
        return getQuestions().stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public UUID getProviderOrganisationId() {
        return providerOrganisationId;
    }

    public OfferKind getKind() {
        return kind;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == OfferStatus.PUBLISHED;
    }

    @KeywordField(name = "topic")
    public List<String> getTopics() {
        return list(topics);
    }

    /** Every word of every language once more, cut into prefixes, so that "digital" finds "Digitalisierung". */
    @FullTextField(name = "words", analyzer = "prefixes", searchAnalyzer = "words")
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "titleEn")), @ObjectPath(@PropertyValue(propertyName = "titleDe")),
            @ObjectPath(@PropertyValue(propertyName = "titleNb")),
            @ObjectPath(@PropertyValue(propertyName = "descriptionEn")),
            @ObjectPath(@PropertyValue(propertyName = "descriptionDe")),
            @ObjectPath(@PropertyValue(propertyName = "descriptionNb")),
            @ObjectPath(@PropertyValue(propertyName = "topics")) })
    public String getSearchWords() {
        return String.join(" ", Arrays.asList(titleEn, titleDe, titleNb, descriptionEn, descriptionDe, descriptionNb,
                topics).stream().filter(t -> t != null).toList());
    }

    public List<String> getTargetSections() {
        return list(targetSections);
    }

    public List<String> getSizeClasses() {
        return list(sizeClasses);
    }

    public String getDeliveryLanguage() {
        return deliveryLanguage;
    }

    public long getPriceCents() {
        return priceCents;
    }

    public boolean isFree() {
        return priceCents == 0;
    }

    public String getCurrency() {
        return currency;
    }

    public String getFundingNote() {
        return fundingNote;
    }

    public int getCancellationHours() {
        return cancellationHours;
    }

    public String getIndustry() {
        return industry;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
