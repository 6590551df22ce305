package org.uptake.makerspace.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.directory.Directory;
import org.uptake.identity.UptakeUser;
import org.uptake.makerspace.booking.Availabilities;
import org.uptake.makerspace.booking.Availability;
import org.uptake.makerspace.booking.BookingCalendar;
import org.uptake.makerspace.booking.BookingRequest;
import org.uptake.makerspace.booking.BookingView;
import org.uptake.makerspace.booking.Bookings;
import org.uptake.makerspace.equipment.EquipmentStatus;
import org.uptake.makerspace.equipment.EquipmentView;
import org.uptake.makerspace.equipment.Inventory;
import org.uptake.platform.Issue;
import org.uptake.makerspace.venue.Localized;
import org.uptake.makerspace.venue.MakerspacePermissions.Action;
import org.uptake.makerspace.venue.VenueView;
import org.uptake.makerspace.venue.Venues;

/**
 * Public pages of the maker spaces (list, venue, weekly availability of a machine) and the booker's pages (book
 * through the grid, own bookings, cancel, calendar file).
 */
@Controller
class MakerspacePagesController {

    private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final Venues venues;
    private final Inventory inventory;
    private final Availabilities availabilities;
    private final Bookings bookings;
    private final BookingCalendar calendar;
    private final Directory directory;
    private final MakerspaceProblems problems;
    private final MessageSource messages;

    MakerspacePagesController(Venues venues, Inventory inventory, Availabilities availabilities, Bookings bookings,
            BookingCalendar calendar, Directory directory, MakerspaceProblems problems, MessageSource messages) {
        this.venues = venues;
        this.inventory = inventory;
        this.availabilities = availabilities;
        this.bookings = bookings;
        this.calendar = calendar;
        this.directory = directory;
        this.problems = problems;
        this.messages = messages;
    }

    /** A venue in the list: today's hours ("" when closed) and the kinds of its equipment in words. */
    record VenueRow(VenueView venue, String todayHours, List<String> kinds) {
    }

    /** A weekday's hours in words. */
    record DayHours(String day, String hours) {
    }

    /** A day with other hours: {@code hours} null when closed. */
    record ExceptionRow(String date, String hours, String note) {
    }

    /** A machine on the venue page with its status in words ({@code null} when it can be booked). */
    record MachineRow(EquipmentView equipment, String kind, String status) {
    }

    /** One cell of the grid: {@code slot} is null when the venue is closed then. */
    record Cell(LocalDate date, Availability.Slot slot, String label) {
    }

    record Row(String time, List<Cell> cells) {
    }

    record Day(LocalDate date, String name) {
    }

    record BookingRow(BookingView booking, String when, boolean cancellable) {
    }

    @GetMapping("/makerspaces")
    String list(Locale locale, Model model) {
        model.addAttribute("venues", venues.all().stream().map(v -> new VenueRow(v,
                Localized.ranges(v.openingHours().on(v.today())),
                inventory.ofVenue(v.id()).stream().filter(e -> e.status() != EquipmentStatus.RETIRED)
                        .map(e -> Localized.kind(messages, e.kind(), locale)).distinct().toList())).toList());
        return "makerspace/venues";
    }

    /** Mails link here. */
    @GetMapping("/makerspace/venues/{id}")
    String mailLink(@PathVariable UUID id) {
        return "redirect:/makerspaces/" + id;
    }

    @GetMapping("/makerspaces/{id}")
    String venue(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale, Model model) {
        VenueView venue = venues.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate today = venue.today();
        List<DayHours> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new DayHours(day.getDisplayName(TextStyle.FULL, locale),
                    Localized.ranges(venue.openingHours().weekly().getOrDefault(day, List.of()))));
        }
        model.addAttribute("venue", venue);
        model.addAttribute("description", venue.description(locale));
        model.addAttribute("week", week);
        model.addAttribute("exceptions", venue.openingHours().exceptionsFrom(today).stream()
                .map(e -> new ExceptionRow(Localized.date(e.date(), locale), e.closed() ? null
                        : Localized.ranges(e.hours()), e.note())).toList());
        model.addAttribute("machines", inventory.ofVenue(id).stream()
                .filter(e -> e.status() != EquipmentStatus.RETIRED)
                .map(e -> new MachineRow(e, Localized.kind(messages, e.kind(), locale), statusText(e, today, locale)))
                .toList());
        model.addAttribute("staff", venues.may(user, Action.MANAGE, id) || venues.may(user, Action.HANDLE_BOOKINGS, id));
        return "makerspace/venue";
    }

    private String statusText(EquipmentView e, LocalDate today, Locale locale) {
        return switch (e.statusOn(today)) {
            case AVAILABLE -> null;
            case RETIRED -> messages.getMessage("makerspace.status.RETIRED", null, locale);
            case OUT_OF_ORDER -> e.outOfOrderUntil() == null
                    ? messages.getMessage("makerspace.page.outOfOrderOpen", null, locale)
                    : messages.getMessage("makerspace.page.outOfOrderUntil",
                            new Object[] {Localized.date(e.outOfOrderUntil(), locale)}, locale);
        };
    }

    @GetMapping("/makerspaces/equipment/{id}")
    String grid(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) String week, @RequestParam(required = false) String start,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            jakarta.servlet.http.HttpServletResponse response, Locale locale, Model model) {
        response.setHeader("Vary", "HX-Request");
        EquipmentView machine = inventory.find(id).filter(e -> e.status() != EquipmentStatus.RETIRED)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        VenueView venue = venues.find(machine.venueId()).orElseThrow();
        LocalDate monday = monday(week, venue.today());
        Availability availability = availabilities.of(id, monday, monday.plusDays(6)).orElseThrow();
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            days.add(new Day(date, date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + " "
                    + Localized.date(date, locale)));
        }
        // rows by local start time; a time that exists twice on the night of a clock change keeps its first slot
        TreeSet<LocalTime> times = new TreeSet<>();
        Map<String, Availability.Slot> byDayAndTime = new LinkedHashMap<>();
        for (Availability.Slot slot : availability.slots()) {
            times.add(slot.start().toLocalTime());
            byDayAndTime.putIfAbsent(slot.start().toLocalDate() + "T" + slot.start().toLocalTime(), slot);
        }
        int units = availability.units().size();
        List<Row> rows = times.stream().map(time -> new Row(Localized.time(time), days.stream().map(day -> {
            Availability.Slot slot = byDayAndTime.get(day.date() + "T" + time);
            String label = slot == null ? null : day.name() + " " + Localized.time(time) + ": "
                    + messages.getMessage("makerspace.grid.free", new Object[] {slot.free(), units}, locale);
            return new Cell(day.date(), slot, label);
        }).toList())).toList();
        model.addAttribute("machine", machine);
        model.addAttribute("machineName", machine.name(locale));
        model.addAttribute("venue", venue);
        model.addAttribute("monday", monday);
        model.addAttribute("previous", monday.minusWeeks(1));
        model.addAttribute("next", monday.plusWeeks(1));
        model.addAttribute("showPrevious", !monday.isBefore(venue.today()));
        model.addAttribute("weekLabel", Localized.date(monday, locale) + " – " + Localized.date(monday.plusDays(6),
                locale));
        model.addAttribute("days", days);
        model.addAttribute("rows", rows);
        model.addAttribute("units", units);
        model.addAttribute("safetyNotes", machine.safetyNotes(locale));
        model.addAttribute("status", statusText(machine, venue.today(), locale));
        // the booking form: a start (chosen in the grid or in the list of free starts) and a length
        List<Availability.Slot> free = availability.slots().stream().filter(s -> s.free() > 0).toList();
        model.addAttribute("freeStarts", free.stream().map(s -> Map.of("value", s.start().toLocalDateTime().toString(),
                "label", Localized.dateTime(s.start(), locale))).toList());
        model.addAttribute("start", start);
        List<Map<String, Object>> lengths = new ArrayList<>();
        var rules = venue.rules();
        for (int minutes = rules.minBookingMinutes(); minutes <= rules.maxBookingMinutes();
                minutes += rules.slotMinutes()) {
            lengths.add(Map.of("minutes", minutes, "label", minutes % 60 == 0
                    ? messages.getMessage("makerspace.grid.hours", new Object[] {minutes / 60}, locale)
                    : messages.getMessage("makerspace.grid.minutes", new Object[] {minutes}, locale)));
        }
        model.addAttribute("lengths", lengths);
        model.addAttribute("affiliations", user == null ? List.of() : directory.affiliations(user.id()));
        model.addAttribute("signedIn", user != null);
        return htmx != null ? "makerspace/equipment :: grid" : "makerspace/equipment";
    }

    private static LocalDate monday(String week, LocalDate today) {
        LocalDate date = today;
        if (week != null && !week.isBlank()) {
            try {
                date = LocalDate.parse(week.strip());
            } catch (DateTimeParseException e) {
                date = today;
            }
        }
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @PostMapping("/makerspaces/equipment/{id}/bookings")
    String book(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, @RequestParam String start,
            @RequestParam int minutes, @RequestParam(required = false) UUID organisation, RedirectAttributes redirect) {
        if (user == null) {
            return "redirect:/login";
        }
        String end;
        try {
            end = LocalDateTime.parse(start.strip()).plusMinutes(minutes).toString();
        } catch (DateTimeParseException e) {
            end = start;
        }
        Bookings.Result result = bookings.book(user, id, new BookingRequest(start, end, null, organisation, null));
        String week = start.length() >= 10 ? start.substring(0, 10) : "";
        switch (result) {
            case Bookings.Done done -> {
                redirect.addFlashAttribute("saved", "makerspace.page.booked");
                return "redirect:/makerspaces/bookings/mine";
            }
            case Bookings.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            default -> redirect.addFlashAttribute("refused", refusal(result));
        }
        redirect.addAttribute("week", week);
        redirect.addAttribute("start", start);
        return "redirect:/makerspaces/equipment/" + id;
    }

    /** Why a booking or cancellation was refused, in the reader's language. */
    List<String> refusal(Bookings.Result result) {
        return switch (result) {
            case Bookings.Invalid invalid -> invalid.issues().stream().map(problems::text).toList();
            case Bookings.RuleBroken broken -> List.of(problems.text(broken.issue()));
            case Bookings.InductionRequired induction -> List.of(problems.text(induction.issue()));
            case Bookings.Taken taken -> List.of(problems.text(taken.issue()));
            case Bookings.Forbidden forbidden -> List.of(problems.text(Issue.of(null, forbidden.messageKey())));
            case Bookings.Conflict conflict -> List.of(problems.text(Issue.of(null, conflict.messageKey())));
            case Bookings.NotFound notFound -> List.of(problems.text(Issue.of(null, "makerspace.booking.notFound")));
            case Bookings.Done done -> List.of();
        };
    }

    @GetMapping("/makerspaces/bookings/mine")
    String mine(@AuthenticationPrincipal UptakeUser user, Locale locale, Model model) {
        if (user == null) {
            return "redirect:/login";
        }
        Instant now = Instant.now();
        List<BookingView> all = bookings.mine(user);
        model.addAttribute("upcoming", all.stream().filter(b -> b.end().toInstant().isAfter(now))
                .sorted(java.util.Comparator.comparing(BookingView::start)).map(b -> row(b, now, locale)).toList());
        model.addAttribute("past", all.stream().filter(b -> !b.end().toInstant().isAfter(now))
                .map(b -> row(b, now, locale)).toList());
        return "makerspace/mine";
    }

    private static BookingRow row(BookingView b, Instant now, Locale locale) {
        ZonedDateTime start = b.start();
        String when = Localized.dateTime(start, locale) + "–" + Localized.time(b.end().toLocalTime()) + " ("
                + start.getZone().getId() + ")";
        return new BookingRow(b, when, b.isActive() && start.toInstant().isAfter(now));
    }

    @PostMapping("/makerspaces/bookings/{id}/cancel")
    String cancel(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        if (user == null) {
            return "redirect:/login";
        }
        Bookings.Result result = bookings.cancel(user, id, null);
        switch (result) {
            case Bookings.Done done -> redirect.addFlashAttribute("saved", "makerspace.page.cancelled");
            case Bookings.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            default -> redirect.addFlashAttribute("refused", refusal(result));
        }
        return "redirect:/makerspaces/bookings/mine";
    }

    /** The booking as an iCalendar file for the signed-in booker (the API's file needs a token). */
    @GetMapping("/makerspaces/bookings/{id}/booking.ics")
    ResponseEntity<String> ics(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        return calendar.of(user, id, locale).map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"booking.ics\"").body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
