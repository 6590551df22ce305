package org.uptake.makerspace.equipment;

import jakarta.persistence.Embeddable;

/** A material or consumable sold for a machine, such as PLA filament per 100 g; price in cents. */
@Embeddable
public class Material {

    private String name;
    private String unit;
    private long priceCents;
    private String currency;

    protected Material() {
    }

    Material(String name, String unit, long priceCents, String currency) {
        this.name = name;
        this.unit = unit;
        this.priceCents = priceCents;
        this.currency = currency;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public long getPriceCents() {
        return priceCents;
    }

    public String getCurrency() {
        return currency;
    }
}
