package org.uptake.directory.region;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A NUTS region (level 0 = country, 1-3 = regions); names are Eurostat's Latin local names. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    private String code;
    private String name;
    private short level;
    private String countryCode;
    private String parentCode;

    protected Region() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getLevel() {
        return level;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getParentCode() {
        return parentCode;
    }

    /** The country's name in the reader's language (NUTS uses EL for Greece and UK for the United Kingdom). */
    public String countryName(Locale locale) {
        return countryName(countryCode, locale);
    }

    public static String countryName(String nutsCountry, Locale locale) {
        String iso = switch (nutsCountry) {
            case "EL" -> "GR";
            case "UK" -> "GB";
            default -> nutsCountry;
        };
        return Locale.of("", iso).getDisplayCountry(locale);
    }
}
