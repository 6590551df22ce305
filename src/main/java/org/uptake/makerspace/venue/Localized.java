package org.uptake.makerspace.venue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.uptake.makerspace.EquipmentKind;
import org.uptake.platform.Language;

/** Texts in several languages and message arguments written for a reader: dates, times, days and kinds. */
public final class Localized {

    public static final Set<String> LANGUAGES = Set.of("en", "de", "nb");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Localized() {
    }

    /** The text in the reader's language, else in the first language it has, else "". */
    public static String pick(Map<String, String> texts, Locale locale) {
        String wanted = texts.get(Language.of(locale).tag());
        if (wanted != null && !wanted.isBlank()) {
            return wanted;
        }
        return List.of("en", "de", "nb").stream().map(texts::get).filter(t -> t != null && !t.isBlank()).findFirst()
                .orElse("");
    }

    /** The languages that have a text, in the order en, de, nb. */
    public static Map<String, String> texts(String en, String de, String nb) {
        Map<String, String> texts = new LinkedHashMap<>();
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

    /** A trimmed text of a language, {@code null} when absent or blank. */
    public static String text(Map<String, String> texts, String language) {
        String text = texts == null ? null : texts.get(language);
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    public static String dateTime(ZonedDateTime time, Locale locale) {
        return date(time.toLocalDate(), locale) + " " + time.format(TIME);
    }

    public static String time(LocalTime time) {
        return time.format(TIME);
    }

    public static String kind(MessageSource messages, EquipmentKind kind, Locale locale) {
        return messages.getMessage("makerspace.kind." + kind.name(), null, kind.name(), locale);
    }

    public static String ranges(Collection<TimeRange> ranges) {
        return ranges.stream().map(TimeRange::toString).collect(Collectors.joining(", "));
    }

    /**
     * Message arguments for a reader: dates, times, days, kinds, texts in several languages (maps by language) and
     * lists of opening hours in their words.
     */
    public static Object[] arguments(MessageSource messages, Locale locale, Object... args) {
        return Arrays.stream(args).map(arg -> switch (arg) {
            case null -> "";
            case LocalDate date -> date(date, locale);
            case LocalDateTime time -> date(time.toLocalDate(), locale) + " " + time.format(TIME);
            case ZonedDateTime time -> dateTime(time, locale);
            case LocalTime time -> time(time);
            case DayOfWeek day -> day.getDisplayName(TextStyle.FULL, locale);
            case EquipmentKind kind -> kind(messages, kind, locale);
            case TimeRange range -> range.toString();
            case Map<?, ?> texts -> pick(texts.entrySet().stream().collect(Collectors.toMap(
                    e -> String.valueOf(e.getKey()), e -> String.valueOf(e.getValue()))), locale);
            case Collection<?> list when list.stream().allMatch(TimeRange.class::isInstance) ->
                    ranges(list.stream().map(TimeRange.class::cast).toList());
            default -> arg;
        }).toArray();
    }
}
