package org.uptake.directory.sector;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.uptake.platform.Language;

/**
 * A NACE Rev. 2 activity: section (letter), division, group or class. Names are Eurostat's English ones; the 21
 * sections are also named in German (WZ 2008) and Norwegian Bokmål (SN2007).
 */
@Entity
@Table(name = "sector")
public class Sector {

    @Id
    private String code;
    private String section;
    private short level;
    private String parentCode;
    private String nameEn;
    private String nameDe;
    private String nameNb;

    protected Sector() {
    }

    public String getCode() {
        return code;
    }

    public String getSection() {
        return section;
    }

    public int getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the reader's language, English where no translation exists. */
    public String name(Locale locale) {
        String translated = switch (Language.of(locale)) {
            case DE -> nameDe;
            case NB -> nameNb;
            case EN -> nameEn;
        };
        return translated == null ? nameEn : translated;
    }

    public boolean isTranslated(Locale locale) {
        return Language.of(locale) == Language.EN || !name(locale).equals(nameEn);
    }
}
