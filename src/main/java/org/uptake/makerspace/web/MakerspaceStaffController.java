package org.uptake.makerspace.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.identity.UptakeUser;
import org.uptake.makerspace.EquipmentKind;
import org.uptake.makerspace.booking.BookingStatus;
import org.uptake.makerspace.booking.BookingView;
import org.uptake.makerspace.booking.Bookings;
import org.uptake.makerspace.equipment.EquipmentRequest;
import org.uptake.makerspace.equipment.EquipmentRequest.MaterialRequest;
import org.uptake.makerspace.equipment.EquipmentStatus;
import org.uptake.makerspace.equipment.EquipmentView;
import org.uptake.makerspace.equipment.Inventory;
import org.uptake.makerspace.induction.InductionRequest;
import org.uptake.makerspace.induction.Inductions;
import org.uptake.platform.Issue;
import org.uptake.makerspace.venue.Localized;
import org.uptake.makerspace.venue.MakerspacePermissions.Action;
import org.uptake.makerspace.venue.OpeningHours;
import org.uptake.makerspace.venue.OpeningHoursRequest;
import org.uptake.makerspace.venue.TimeRange;
import org.uptake.makerspace.venue.VenueView;
import org.uptake.makerspace.venue.Venues;

/**
 * The librarians' pages: the bookings of a day with check-in, no-show and cancelling with a reason; equipment and its
 * status; opening hours; inductions. Everyone who is not staff of the venue gets 404. The rules stay in the use cases.
 */
@Controller
class MakerspaceStaffController {

    private final Venues venues;
    private final Inventory inventory;
    private final Bookings bookings;
    private final Inductions inductions;
    private final MakerspaceProblems problems;
    private final MessageSource messages;
    private final MakerspacePagesController pages;

    MakerspaceStaffController(Venues venues, Inventory inventory, Bookings bookings, Inductions inductions,
            MakerspaceProblems problems, MessageSource messages, MakerspacePagesController pages) {
        this.venues = venues;
        this.inventory = inventory;
        this.bookings = bookings;
        this.inductions = inductions;
        this.problems = problems;
        this.messages = messages;
        this.pages = pages;
    }

    record DayRow(BookingView booking, String time, boolean started) {
    }

    /** The equipment form as typed in, so a refused one comes back as it was. */
    record EquipmentForm(String nameEn, String nameDe, String nameNb, String kind, String quantity,
            Boolean inductionRequired, String inductionValidDays, String safetyEn, String safetyDe, String safetyNb,
            String materials) {

        static EquipmentForm empty() {
            return new EquipmentForm("", "", "", "PRINTER_3D", "1", false, "", "", "", "", "");
        }

        static EquipmentForm of(EquipmentView e) {
            StringBuilder materials = new StringBuilder();
            e.materials().forEach(m -> materials.append(m.name()).append("; ").append(m.unit()).append("; ")
                    .append(m.price().toPlainString()).append("; ").append(m.currency()).append('\n'));
            return new EquipmentForm(e.name().getOrDefault("en", ""), e.name().getOrDefault("de", ""),
                    e.name().getOrDefault("nb", ""), e.kind().name(), String.valueOf(e.quantity()),
                    e.inductionRequired(), e.inductionValidDays() == null ? "" : e.inductionValidDays().toString(),
                    e.safetyNotes().getOrDefault("en", ""), e.safetyNotes().getOrDefault("de", ""),
                    e.safetyNotes().getOrDefault("nb", ""), materials.toString().strip());
        }
    }

    private VenueView staffVenue(UptakeUser user, UUID venueId, Action action) {
        Optional<VenueView> venue = venues.find(venueId);
        if (user == null || venue.isEmpty() || !venues.may(user, action, venueId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return venue.get();
    }

    // ---- the day's bookings

    @GetMapping("/makerspaces/{id}/day")
    String day(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) String date, Locale locale, Model model) {
        VenueView venue = staffVenue(user, id, Action.HANDLE_BOOKINGS);
        LocalDate day = parseDate(date).orElse(venue.today());
        java.time.Instant now = java.time.Instant.now();
        model.addAttribute("venue", venue);
        model.addAttribute("date", day);
        model.addAttribute("dateLabel", Localized.date(day, locale));
        model.addAttribute("previous", day.minusDays(1));
        model.addAttribute("next", day.plusDays(1));
        model.addAttribute("rows", bookings.atVenue(user, id, day, day).stream()
                .sorted(Comparator.comparing(BookingView::start))
                .map(b -> new DayRow(b, Localized.time(b.start().toLocalTime()) + "–"
                        + Localized.time(b.end().toLocalTime()), !b.start().toInstant().isAfter(now)))
                .toList());
        return "makerspace/day";
    }

    @PostMapping("/makerspaces/{id}/bookings/{bookingId}/attendance")
    String attendance(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, @PathVariable UUID bookingId,
            @RequestParam String status, RedirectAttributes redirect) {
        staffVenue(user, id, Action.HANDLE_BOOKINGS);
        BookingView booking = ownBooking(user, id, bookingId);
        BookingStatus outcome = "NO_SHOW".equals(status) ? BookingStatus.NO_SHOW : BookingStatus.ATTENDED;
        Bookings.Result result = bookings.recordAttendance(user, bookingId, outcome);
        if (result instanceof Bookings.Done) {
            redirect.addFlashAttribute("saved", "makerspace.staff.attendanceSaved");
        } else {
            redirect.addFlashAttribute("refused", pages.refusal(result));
        }
        return "redirect:/makerspaces/" + id + "/day?date=" + booking.start().toLocalDate();
    }

    @PostMapping("/makerspaces/{id}/bookings/{bookingId}/cancel")
    String cancel(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, @PathVariable UUID bookingId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        staffVenue(user, id, Action.HANDLE_BOOKINGS);
        BookingView booking = ownBooking(user, id, bookingId);
        Bookings.Result result = bookings.cancel(user, bookingId, reason == null || reason.isBlank() ? null : reason);
        if (result instanceof Bookings.Done) {
            redirect.addFlashAttribute("saved", "makerspace.staff.cancelled");
        } else {
            redirect.addFlashAttribute("refused", pages.refusal(result));
        }
        return "redirect:/makerspaces/" + id + "/day?date=" + booking.start().toLocalDate();
    }

    private BookingView ownBooking(UptakeUser user, UUID venueId, UUID bookingId) {
        return bookings.visible(user, bookingId).filter(b -> b.venueId().equals(venueId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    // ---- equipment

    @GetMapping("/makerspaces/{id}/equipment/new")
    String newEquipment(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Model model) {
        VenueView venue = staffVenue(user, id, Action.MANAGE);
        return equipmentForm(model, venue, null, EquipmentForm.empty(), List.of());
    }

    @PostMapping("/makerspaces/{id}/equipment/new")
    String addEquipment(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, EquipmentForm form,
            Model model, RedirectAttributes redirect) {
        VenueView venue = staffVenue(user, id, Action.MANAGE);
        List<Issue> formIssues = new ArrayList<>();
        EquipmentRequest request = request(form, formIssues, null);
        if (!formIssues.isEmpty()) {
            return equipmentForm(model, venue, null, form, formIssues);
        }
        Inventory.Result result = inventory.add(user, id, request);
        if (result instanceof Inventory.Done done) {
            redirect.addFlashAttribute("saved", "makerspace.staff.saved");
            return "redirect:/makerspaces/equipment/" + done.equipment().id() + "/edit";
        }
        return equipmentForm(model, venue, null, form, issues(result));
    }

    @GetMapping("/makerspaces/equipment/{equipmentId}/edit")
    String editEquipment(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID equipmentId, Model model) {
        EquipmentView machine = managed(user, equipmentId);
        return equipmentForm(model, venues.find(machine.venueId()).orElseThrow(), machine, EquipmentForm.of(machine),
                List.of());
    }

    @PostMapping("/makerspaces/equipment/{equipmentId}/edit")
    String updateEquipment(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID equipmentId,
            EquipmentForm form, Model model, RedirectAttributes redirect) {
        EquipmentView machine = managed(user, equipmentId);
        VenueView venue = venues.find(machine.venueId()).orElseThrow();
        List<Issue> formIssues = new ArrayList<>();
        EquipmentRequest request = request(form, formIssues, machine.inductionOfferId());
        if (!formIssues.isEmpty()) {
            return equipmentForm(model, venue, machine, form, formIssues);
        }
        Inventory.Result result = inventory.update(user, equipmentId, request);
        if (result instanceof Inventory.Done) {
            redirect.addFlashAttribute("saved", "makerspace.staff.saved");
            return "redirect:/makerspaces/equipment/" + equipmentId + "/edit";
        }
        return equipmentForm(model, venue, machine, form, issues(result));
    }

    @PostMapping("/makerspaces/equipment/{equipmentId}/status")
    String status(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID equipmentId,
            @RequestParam String status, @RequestParam(required = false) String until,
            @RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
        managed(user, equipmentId);
        Inventory.Result result = inventory.setStatus(user, equipmentId, new org.uptake.makerspace.equipment
                .StatusRequest(status, until == null || until.isBlank() ? null : until.strip(),
                note == null || note.isBlank() ? null : note.strip()));
        switch (result) {
            case Inventory.StatusChanged changed -> redirect.addFlashAttribute("notice", messages.getMessage(
                    "makerspace.staff.statusSet", new Object[] {changed.cancelledBookings()}, locale));
            case Inventory.Done done -> redirect.addFlashAttribute("saved", "makerspace.staff.saved");
            default -> redirect.addFlashAttribute("refused", issues(result).stream().map(problems::text).toList());
        }
        return "redirect:/makerspaces/equipment/" + equipmentId + "/edit";
    }

    private EquipmentView managed(UptakeUser user, UUID equipmentId) {
        EquipmentView machine = inventory.find(equipmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        staffVenue(user, machine.venueId(), Action.MANAGE);
        return machine;
    }

    private String equipmentForm(Model model, VenueView venue, EquipmentView machine, EquipmentForm form,
            List<Issue> issues) {
        model.addAttribute("venue", venue);
        model.addAttribute("machine", machine);
        model.addAttribute("form", form);
        model.addAttribute("kinds", EquipmentKind.values());
        model.addAttribute("statuses", EquipmentStatus.values());
        model.addAttribute("issues", issues.stream().map(problems::text).toList());
        Map<String, String> byField = new LinkedHashMap<>();
        issues.forEach(i -> byField.putIfAbsent(i.field() == null ? "" : i.field().replaceAll("[.\\[].*", ""),
                problems.text(i)));
        model.addAttribute("errors", byField);
        return "makerspace/equipment-form";
    }

    private static List<Issue> issues(Inventory.Result result) {
        return switch (result) {
            case Inventory.Invalid invalid -> invalid.issues();
            case Inventory.Conflict conflict -> List.of(conflict.issue());
            case Inventory.Forbidden forbidden -> List.of(Issue.of(null, "makerspace.venue.notStaff"));
            case Inventory.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            default -> List.of();
        };
    }

    /** The form as the use case's request; what the form itself cannot read (numbers, material lines) is an issue. */
    private static EquipmentRequest request(EquipmentForm form, List<Issue> issues, UUID inductionOfferId) {
        Integer quantity = number(form.quantity(), "quantity", "makerspace.equipment.quantity.invalid", issues,
                EquipmentRequest.MAX_QUANTITY);
        Integer validDays = form.inductionValidDays() == null || form.inductionValidDays().isBlank() ? null
                : number(form.inductionValidDays(), "inductionValidDays", "makerspace.equipment.validDays.invalid",
                        issues);
        List<MaterialRequest> materials = new ArrayList<>();
        String lines = form.materials() == null ? "" : form.materials();
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";");
            try {
                materials.add(new MaterialRequest(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null,
                        parts.length > 2 ? new BigDecimal(parts[2].strip().replace(',', '.')) : null,
                        parts.length > 3 ? parts[3].strip().toUpperCase(Locale.ROOT) : "NOK"));
            } catch (NumberFormatException e) {
                issues.add(Issue.of("materials", "makerspace.staff.materialsInvalid"));
            }
        }
        return new EquipmentRequest(Localized.texts(form.nameEn(), form.nameDe(), form.nameNb()), null, form.kind(),
                quantity, Boolean.TRUE.equals(form.inductionRequired()), validDays,
                Localized.texts(form.safetyEn(), form.safetyDe(), form.safetyNb()), materials, inductionOfferId);
    }

    private static Integer number(String text, String field, String key, List<Issue> issues, Object... args) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            issues.add(Issue.of(field, key, args));
            return null;
        }
    }

    // ---- opening hours

    @GetMapping("/makerspaces/{id}/hours")
    String hours(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale, Model model) {
        VenueView venue = staffVenue(user, id, Action.MANAGE);
        Map<String, String> weekly = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day.name(), Localized.ranges(venue.openingHours().weekly().getOrDefault(day, List.of())));
        }
        return hoursForm(model, venue, weekly, List.of(), locale);
    }

    @PostMapping("/makerspaces/{id}/hours")
    String saveHours(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form, Locale locale, Model model,
            RedirectAttributes redirect) {
        VenueView venue = staffVenue(user, id, Action.MANAGE);
        List<Issue> issues = new ArrayList<>();
        Map<String, String> weekly = new LinkedHashMap<>();
        Map<String, List<OpeningHoursRequest.Range>> weeklyRanges = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String text = Optional.ofNullable(form.getFirst("weekly." + day.name())).orElse("");
            weekly.put(day.name(), text);
            weeklyRanges.put(day.name(), ranges(text, "weekly." + day.name(), issues));
        }
        List<String> removed = Optional.ofNullable(form.get("remove")).orElse(List.of());
        List<OpeningHoursRequest.ExceptionRequest> exceptions = new ArrayList<>();
        for (OpeningHours.ExceptionDay e : venue.openingHours().exceptions()) {
            if (!removed.contains(e.date().toString())) {
                exceptions.add(new OpeningHoursRequest.ExceptionRequest(e.date().toString(), e.closed(),
                        e.closed() ? null : e.hours().stream().map(r -> new OpeningHoursRequest.Range(r.open(),
                                r.close())).toList(), e.note()));
            }
        }
        String date = form.getFirst("exceptionDate");
        if (date != null && !date.isBlank()) {
            boolean closed = form.containsKey("exceptionClosed");
            String hoursText = Optional.ofNullable(form.getFirst("exceptionHours")).orElse("");
            String note = form.getFirst("exceptionNote");
            exceptions.add(new OpeningHoursRequest.ExceptionRequest(date.strip(), closed,
                    closed ? null : ranges(hoursText, "exceptionHours", issues),
                    note == null || note.isBlank() ? null : note.strip()));
        }
        if (issues.isEmpty()) {
            Venues.Result result = venues.setOpeningHours(user, id, new OpeningHoursRequest(weeklyRanges, exceptions));
            switch (result) {
                case Venues.Done done -> {
                    redirect.addFlashAttribute("saved", "makerspace.staff.hoursSaved");
                    return "redirect:/makerspaces/" + id + "/hours";
                }
                case Venues.Invalid invalid -> issues.addAll(invalid.issues());
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        return hoursForm(model, venue, weekly, issues, locale);
    }

    private static List<OpeningHoursRequest.Range> ranges(String text, String field, List<Issue> issues) {
        List<OpeningHoursRequest.Range> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] times = part.strip().split("\\s*[-–]\\s*");
            if (times.length != 2) {
                issues.add(Issue.of(field, "makerspace.staff.hoursInvalid"));
            } else {
                ranges.add(new OpeningHoursRequest.Range(times[0].strip(), times[1].strip()));
            }
        }
        return ranges;
    }

    private String hoursForm(Model model, VenueView venue, Map<String, String> weekly, List<Issue> issues,
            Locale locale) {
        model.addAttribute("venue", venue);
        model.addAttribute("weekly", weekly);
        Map<String, String> dayNames = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            dayNames.put(day.name(), day.getDisplayName(TextStyle.FULL, locale));
        }
        model.addAttribute("dayNames", dayNames);
        model.addAttribute("exceptions", venue.openingHours().exceptions().stream()
                .map(e -> new MakerspacePagesController.ExceptionRow(e.date().toString(),
                        e.closed() ? null : Localized.ranges(e.hours()), e.note())).toList());
        model.addAttribute("issues", issues.stream().map(problems::text).toList());
        return "makerspace/hours";
    }

    // ---- inductions

    @GetMapping("/makerspaces/{id}/inductions")
    String inductions(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale, Model model) {
        VenueView venue = staffVenue(user, id, Action.RECORD_INDUCTION);
        model.addAttribute("venue", venue);
        model.addAttribute("machines", inventory.ofVenue(id).stream().filter(EquipmentView::inductionRequired)
                .toList());
        model.addAttribute("recorded", inductions.atVenue(user, id).stream().map(i -> Map.of(
                "person", i.personName() == null ? "" : i.personName(),
                "kind", Localized.kind(messages, i.kind(), locale),
                "passedOn", Localized.date(i.passedOn(), locale),
                "validUntil", i.validUntil() == null ? "" : Localized.date(i.validUntil(), locale))).toList());
        return "makerspace/inductions";
    }

    @PostMapping("/makerspaces/{id}/inductions")
    String recordInduction(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam UUID equipmentId, @RequestParam String email, @RequestParam String passedOn,
            RedirectAttributes redirect) {
        staffVenue(user, id, Action.RECORD_INDUCTION);
        inventory.find(equipmentId).filter(e -> e.venueId().equals(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Inductions.Result result = inductions.record(user, equipmentId, new InductionRequest(null, email, passedOn));
        switch (result) {
            case Inductions.Done done -> redirect.addFlashAttribute("saved", "makerspace.staff.inductionSaved");
            case Inductions.Invalid invalid -> redirect.addFlashAttribute("refused",
                    invalid.issues().stream().map(problems::text).toList());
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/makerspaces/" + id + "/inductions";
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
