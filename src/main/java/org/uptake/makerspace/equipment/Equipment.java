package org.uptake.makerspace.equipment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.uptake.makerspace.EquipmentKind;
import org.uptake.makerspace.venue.Localized;

/**
 * A kind of machine at a venue with its quantity: each physical machine is an {@link EquipmentUnit} ("#1", "#2"),
 * which is what a booking takes. Name, description and safety notes in up to three languages.
 */
@Entity
@Table(name = "equipment")
public class Equipment {

    @Id
    private UUID id;
    private UUID venueId;
    @Enumerated(EnumType.STRING)
    private EquipmentKind kind;
    private String nameEn;
    private String nameDe;
    private String nameNb;
    private String descriptionEn;
    private String descriptionDe;
    private String descriptionNb;
    private String safetyNotesEn;
    private String safetyNotesDe;
    private String safetyNotesNb;
    private int quantity;
    @Enumerated(EnumType.STRING)
    private EquipmentStatus status;
    private LocalDate outOfOrderUntil;
    private String statusNote;
    private boolean inductionRequired;
    private Integer inductionValidDays;
    /** A WORKSHOP offer of the offers module where people get the induction; only stored and shown. */
    private UUID inductionOfferId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "equipment_material", joinColumns = @JoinColumn(name = "equipment_id"))
    @OrderColumn(name = "position")
    private List<Material> materials = new ArrayList<>();

    protected Equipment() {
    }

    Equipment(UUID venueId, EquipmentRequest.Valid valid) {
        this.id = UUID.randomUUID();
        this.venueId = venueId;
        this.status = EquipmentStatus.AVAILABLE;
        this.createdAt = Instant.now();
        apply(valid);
    }

    void apply(EquipmentRequest.Valid valid) {
        this.kind = valid.kind();
        this.nameEn = valid.name().get("en");
        this.nameDe = valid.name().get("de");
        this.nameNb = valid.name().get("nb");
        this.descriptionEn = valid.description().get("en");
        this.descriptionDe = valid.description().get("de");
        this.descriptionNb = valid.description().get("nb");
        this.safetyNotesEn = valid.safetyNotes().get("en");
        this.safetyNotesDe = valid.safetyNotes().get("de");
        this.safetyNotesNb = valid.safetyNotes().get("nb");
        this.quantity = valid.quantity();
        this.inductionRequired = valid.inductionRequired();
        this.inductionValidDays = valid.inductionValidDays();
        this.inductionOfferId = valid.inductionOfferId();
        this.materials.clear();
        valid.materials().forEach(m -> materials.add(new Material(m.name(), m.unit(), m.priceCents(), m.currency())));
        this.updatedAt = Instant.now();
    }

    void status(EquipmentStatus status, LocalDate until, String note) {
        this.status = status;
        this.outOfOrderUntil = status == EquipmentStatus.OUT_OF_ORDER ? until : null;
        this.statusNote = status == EquipmentStatus.AVAILABLE ? null : note;
        this.updatedAt = Instant.now();
    }

    /** The status on a day: out of order until a date that has passed is available again. */
    public EquipmentStatus statusOn(LocalDate date) {
        if (status == EquipmentStatus.OUT_OF_ORDER && outOfOrderUntil != null && outOfOrderUntil.isBefore(date)) {
            return EquipmentStatus.AVAILABLE;
        }
        return status;
    }

    public Map<String, String> names() {
        return Localized.texts(nameEn, nameDe, nameNb);
    }

    public Map<String, String> descriptions() {
        return Localized.texts(descriptionEn, descriptionDe, descriptionNb);
    }

    public Map<String, String> safetyNotes() {
        return Localized.texts(safetyNotesEn, safetyNotesDe, safetyNotesNb);
    }

    public String name(java.util.Locale locale) {
        return Localized.pick(names(), locale);
    }

    public UUID getId() {
        return id;
    }

    public UUID getVenueId() {
        return venueId;
    }

    public EquipmentKind getKind() {
        return kind;
    }

    public int getQuantity() {
        return quantity;
    }

    void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public EquipmentStatus getStatus() {
        return status;
    }

    public LocalDate getOutOfOrderUntil() {
        return outOfOrderUntil;
    }

    public String getStatusNote() {
        return statusNote;
    }

    public boolean isInductionRequired() {
        return inductionRequired;
    }

    public Integer getInductionValidDays() {
        return inductionValidDays;
    }

    public UUID getInductionOfferId() {
        return inductionOfferId;
    }

    public List<Material> getMaterials() {
        return List.copyOf(materials);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
