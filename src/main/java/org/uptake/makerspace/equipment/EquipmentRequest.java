package org.uptake.makerspace.equipment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.uptake.makerspace.EquipmentKind;
import org.uptake.platform.Issue;
import org.uptake.makerspace.venue.Localized;

/**
 * Equipment as clients send it. Texts are maps by language (en, de, nb). An absent quantity is 1 for new equipment
 * and unchanged on a change; absent {@code inductionRequired} is false; absent {@code inductionValidDays} means an
 * induction does not expire.
 */
public record EquipmentRequest(Map<String, String> name, Map<String, String> description, String kind,
        Integer quantity, Boolean inductionRequired, Integer inductionValidDays, Map<String, String> safetyNotes,
        List<MaterialRequest> materials, UUID inductionOfferId) {

    private static final Set<String> CURRENCIES = Set.of("NOK", "EUR");
    public static final int MAX_QUANTITY = 50;

    public EquipmentRequest {
        name = name == null ? Map.of() : name;
        description = description == null ? Map.of() : description;
        safetyNotes = safetyNotes == null ? Map.of() : safetyNotes;
        materials = materials == null ? List.of() : materials;
    }

    /** @param price in the currency (NOK or EUR), at most two decimals */
    public record MaterialRequest(String name, String unit, BigDecimal price, String currency) {
    }

    public record ValidMaterial(String name, String unit, long priceCents, String currency) {
    }

    public record Valid(Map<String, String> name, Map<String, String> description, EquipmentKind kind, int quantity,
            boolean inductionRequired, Integer inductionValidDays, Map<String, String> safetyNotes,
            List<ValidMaterial> materials, UUID inductionOfferId) {
    }

    public sealed interface Checked {
    }

    public record Accepted(Valid valid) implements Checked {
    }

    public record Refused(List<Issue> issues) implements Checked {
    }

    /** @param currentQuantity the quantity an absent one keeps (1 for new equipment) */
    public Checked check(int currentQuantity) {
        List<Issue> issues = new ArrayList<>();
        Map<String, String> names = texts(issues, "name", name, 200, true);
        Map<String, String> descriptions = texts(issues, "description", description, 4000, false);
        Map<String, String> notes = texts(issues, "safetyNotes", safetyNotes, 2000, false);
        EquipmentKind equipmentKind = null;
        if (kind == null || kind.isBlank()) {
            issues.add(Issue.of("kind", "validation.required"));
        } else {
            try {
                equipmentKind = EquipmentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                issues.add(Issue.of("kind", "makerspace.equipment.kind.invalid"));
            }
        }
        int count = quantity == null ? currentQuantity : quantity;
        if (count < 1 || count > MAX_QUANTITY) {
            issues.add(Issue.of("quantity", "makerspace.equipment.quantity.invalid", MAX_QUANTITY));
        }
        if (inductionValidDays != null && (inductionValidDays < 1 || inductionValidDays > 3650)) {
            issues.add(Issue.of("inductionValidDays", "makerspace.equipment.validDays.invalid"));
        }
        List<ValidMaterial> valid = new ArrayList<>();
        if (materials.size() > 30) {
            issues.add(Issue.of("materials", "makerspace.equipment.material.invalid"));
        } else {
            for (int i = 0; i < materials.size(); i++) {
                MaterialRequest m = materials.get(i);
                String currency = m == null || m.currency() == null ? "NOK" : m.currency().strip().toUpperCase(Locale.ROOT);
                if (m == null || m.name() == null || m.name().isBlank() || m.name().length() > 200
                        || (m.unit() != null && m.unit().length() > 60) || m.price() == null
                        || m.price().signum() < 0 || m.price().compareTo(new BigDecimal("100000")) > 0
                        || m.price().scale() > 2 || !CURRENCIES.contains(currency)) {
                    issues.add(Issue.of("materials[" + i + "]", "makerspace.equipment.material.invalid"));
                    continue;
                }
                valid.add(new ValidMaterial(m.name().strip(), m.unit() == null || m.unit().isBlank() ? null
                        : m.unit().strip(), m.price().movePointRight(2).longValueExact(), currency));
            }
        }
        if (!issues.isEmpty()) {
            return new Refused(issues);
        }
        return new Accepted(new Valid(names, descriptions, equipmentKind, count, Boolean.TRUE.equals(inductionRequired),
                inductionValidDays, notes, valid, inductionOfferId));
    }

    private static Map<String, String> texts(List<Issue> issues, String field, Map<String, String> texts, int max,
            boolean required) {
        Map<String, String> valid = new LinkedHashMap<>();
        if (texts.keySet().stream().anyMatch(language -> !Localized.LANGUAGES.contains(language))) {
            issues.add(Issue.of(field, "validation.language"));
            return valid;
        }
        if (texts.values().stream().anyMatch(text -> text != null && text.strip().length() > max)) {
            issues.add(Issue.of(field, "validation.tooLong"));
            return valid;
        }
        for (String language : List.of("en", "de", "nb")) {
            String text = Localized.text(texts, language);
            if (text != null) {
                valid.put(language, text);
            }
        }
        if (required && valid.isEmpty()) {
            issues.add(Issue.of(field, "validation.required"));
        }
        return valid;
    }
}
