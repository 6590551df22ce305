package org.uptake.offers.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.ToLongFunction;

import org.uptake.offers.registration.Registration;
import org.uptake.offers.session.OfferSession;

/**
 * The slots of a consulting offer on its page: the upcoming ones by day (in the venue's time zone), each free,
 * taken (without saying by whom) or the reader's own; place and advisor once when all slots share them.
 */
record ConsultingSlotsView(List<Day> days, List<Slot> mine, boolean samePlace, String place, boolean sameAdvisor,
        String advisor) {

    /** @param bookable free and open for registration */
    record Slot(OfferSession session, Registration registration, boolean taken, boolean bookable) {

        public boolean mine() {
            return registration != null;
        }
    }

    record Day(String label, List<Slot> slots) {
    }

    /**
     * @param pending the number of registrations of a slot waiting for the organiser's approval (they hold it)
     */
    static ConsultingSlotsView of(List<OfferPagesController.SessionRow> rows, ToLongFunction<UUID> pending,
            Locale locale, Instant now) {
        Map<LocalDate, List<Slot>> byDay = new TreeMap<>();
        List<Slot> mine = new ArrayList<>();
        for (OfferPagesController.SessionRow row : rows) {
            OfferSession s = row.session();
            if (s.isCancelled() || !s.getStartsAt().isAfter(now)) {
                continue;
            }
            Registration own = row.mine() != null && row.mine().getStatus().active() ? row.mine() : null;
            boolean taken = own == null
                    && row.confirmed() + row.waitlisted() + pending.applyAsLong(s.getId()) > 0;
            Slot slot = new Slot(s, own, taken, own == null && !taken && row.open());
            byDay.computeIfAbsent(s.start().toLocalDate(), d -> new ArrayList<>()).add(slot);
            if (own != null) {
                mine.add(slot);
            }
        }
        DateTimeFormatter heading = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        List<Day> days = byDay.entrySet().stream()
                .map(e -> new Day(heading.format(e.getKey()), List.copyOf(e.getValue()))).toList();
        List<OfferSession> shown = days.stream().flatMap(d -> d.slots().stream()).map(Slot::session).toList();
        boolean samePlace = shown.stream().map(OfferSession::getAddress).distinct().count() <= 1;
        boolean sameAdvisor = shown.stream().map(OfferSession::getAdvisorName).distinct().count() <= 1;
        return new ConsultingSlotsView(days, mine, samePlace, shown.isEmpty() ? null : shown.getFirst().getAddress(),
                sameAdvisor, shown.isEmpty() ? null : shown.getFirst().getAdvisorName());
    }

    public boolean anyBookable() {
        return days.stream().flatMap(d -> d.slots().stream()).anyMatch(Slot::bookable);
    }
}
