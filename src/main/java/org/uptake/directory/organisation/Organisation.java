package org.uptake.directory.organisation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.uptake.directory.OrganisationSummary;
import org.uptake.directory.OrganisationType;
import org.uptake.directory.SizeClass;

/** An organisation taking part in a programme. Its size class is derived from its figures, never typed in. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    private UUID id;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrganisationType type;
    private String nutsCode;
    private String naceCode;
    private String naceSection;
    private int employees;
    private BigDecimal turnoverEur;
    private BigDecimal balanceSheetEur;
    @Enumerated(EnumType.STRING)
    private SizeClass sizeClass;
    private String website;
    private String street;
    private String postalCode;
    private String city;
    private String countryCode;
    private Instant createdAt;
    private Instant updatedAt;
    /** Null until first saved, which tells Spring Data to insert without looking the row up first. */
    @Version
    private Long version;

    protected Organisation() {
    }

    Organisation(OrganisationRequest request, String naceSection) {
        this.id = UUID.randomUUID();
        this.createdAt = Instant.now();
        apply(request, naceSection);
    }

    /** Takes over validated figures and derives size class and country. */
    void apply(OrganisationRequest request, String naceSection) {
        this.name = request.name().strip();
        this.type = request.type();
        this.nutsCode = request.nutsCode().strip().toUpperCase(Locale.ROOT);
        this.naceCode = request.naceCode().strip().toUpperCase(Locale.ROOT);
        this.naceSection = naceSection;
        this.employees = request.employees();
        this.turnoverEur = request.turnoverEur();
        this.balanceSheetEur = request.balanceSheetEur();
        this.sizeClass = SizeClass.of(employees, turnoverEur, balanceSheetEur);
        this.website = OrganisationRequest.normalizeWebsite(request.website());
        this.street = blankToNull(request.street());
        this.postalCode = blankToNull(request.postalCode());
        this.city = blankToNull(request.city());
        this.countryCode = nutsCode.substring(0, 2);
        this.updatedAt = Instant.now();
    }

    public OrganisationSummary toSummary() {
        return new OrganisationSummary(id, name, type, nutsCode, naceCode, naceSection, sizeClass, countryCode);
    }

    OrganisationRequest toRequest() {
        return new OrganisationRequest(name, type, nutsCode, naceCode, employees, turnoverEur, balanceSheetEur, website,
                street, postalCode, city, version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getNutsCode() {
        return nutsCode;
    }

    public String getNaceCode() {
        return naceCode;
    }

    public String getNaceSection() {
        return naceSection;
    }

    public int getEmployees() {
        return employees;
    }

    public BigDecimal getTurnoverEur() {
        return turnoverEur;
    }

    public BigDecimal getBalanceSheetEur() {
        return balanceSheetEur;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public String getWebsite() {
        return website;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
