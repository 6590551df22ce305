package org.uptake.makerspace.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.uptake.identity.UptakeUser;
import org.uptake.makerspace.usage.Usage;
import org.uptake.makerspace.usage.UsageExport;
import org.uptake.makerspace.usage.UsageReport;
import org.uptake.makerspace.venue.VenueView;
import org.uptake.makerspace.venue.Venues;

import tools.jackson.databind.json.JsonMapper;

/**
 * Usage report pages and their exports: one venue per month by kind of equipment (its staff and programme managers;
 * anyone else is told the page does not exist), and the pilot-wide view with one row per venue (programme managers
 * and administrators; anyone else 403). The tables, the chart and the CSV/XLSX files show the same figures.
 */
@Controller
class UsageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Usage usage;
    private final Venues venues;
    private final MessageSource messages;

    UsageController(Usage usage, Venues venues, MessageSource messages) {
        this.usage = usage;
        this.venues = venues;
        this.messages = messages;
    }

    @GetMapping("/makerspaces/{id}/usage")
    String venue(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) String month, Model model, Locale locale) {
        VenueView venue = venues.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        YearMonth shown = month(month, YearMonth.from(venue.today()));
        UsageReport report = venueReport(user, id, shown);
        List<UsageExport.Line> lines = kindLines(report, locale);
        model.addAttribute("venue", venue);
        model.addAttribute("report", report);
        model.addAttribute("lines", lines);
        model.addAttribute("total", report.total());
        addMonth(model, shown, locale);
        model.addAttribute("chartJson", chartJson(lines, locale));
        return "makerspace/usage";
    }

    @GetMapping({"/makerspaces/{id}/usage.csv", "/makerspaces/{id}/usage.xlsx"})
    ResponseEntity<byte[]> venueExport(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) String month, jakarta.servlet.http.HttpServletRequest request,
            Locale locale) {
        VenueView venue = venues.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        YearMonth shown = month(month, YearMonth.from(venue.today()));
        UsageReport report = venueReport(user, id, shown);
        List<UsageExport.Line> lines = new ArrayList<>(kindLines(report, locale));
        lines.add(new UsageExport.Line(message("makerspace.usage.total", locale), report.total()));
        return export(request, "usage-" + slug(venue.name()) + "-" + shown, shown.toString(),
                header("makerspace.usage.col.kind", locale), lines);
    }

    @GetMapping("/makerspaces/usage")
    String pilot(@AuthenticationPrincipal UptakeUser user, @RequestParam(required = false) String month, Model model,
            Locale locale) {
        YearMonth shown = month(month, YearMonth.now(ZoneOffset.UTC));
        Usage.PilotReport report = pilotReport(user, shown);
        List<UsageExport.Line> lines = report.venues().stream()
                .map(r -> new UsageExport.Line(r.venueName(), r.total())).toList();
        model.addAttribute("report", report);
        model.addAttribute("lines", lines);
        model.addAttribute("venueIds", report.venues().stream().map(UsageReport::venueId).toList());
        model.addAttribute("total", report.total());
        addMonth(model, shown, locale);
        model.addAttribute("chartJson", chartJson(lines, locale));
        return "makerspace/usage-pilot";
    }

    @GetMapping({"/makerspaces/usage.csv", "/makerspaces/usage.xlsx"})
    ResponseEntity<byte[]> pilotExport(@AuthenticationPrincipal UptakeUser user,
            @RequestParam(required = false) String month, jakarta.servlet.http.HttpServletRequest request,
            Locale locale) {
        YearMonth shown = month(month, YearMonth.now(ZoneOffset.UTC));
        Usage.PilotReport report = pilotReport(user, shown);
        List<UsageExport.Line> lines = new ArrayList<>(report.venues().stream()
                .map(r -> new UsageExport.Line(r.venueName(), r.total())).toList());
        lines.add(new UsageExport.Line(message("makerspace.usage.total", locale), report.total()));
        return export(request, "usage-makerspaces-" + shown, shown.toString(),
                header("makerspace.usage.col.venue", locale), lines);
    }

    private UsageReport venueReport(UptakeUser user, UUID id, YearMonth month) {
        return switch (usage.report(user, id, month.atDay(1), month.atEndOfMonth())) {
            case Usage.Done done -> done.report();
            // people who may not see the figures are not told the page exists
            case Usage.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case Usage.Forbidden forbidden -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case Usage.Invalid invalid -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        };
    }

    private Usage.PilotReport pilotReport(UptakeUser user, YearMonth month) {
        return switch (usage.pilot(user, month.atDay(1), month.atEndOfMonth())) {
            case Usage.PilotDone done -> done.report();
            case Usage.Forbidden forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            case Usage.Invalid invalid -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        };
    }

    private List<UsageExport.Line> kindLines(UsageReport report, Locale locale) {
        return report.byKind().stream().map(k -> new UsageExport.Line(
                message("makerspace.kind." + k.kind().name(), locale), k.figures())).toList();
    }

    private static YearMonth month(String month, YearMonth fallback) {
        if (month == null || month.isBlank()) {
            return fallback;
        }
        try {
            YearMonth parsed = YearMonth.parse(month.strip());
            if (parsed.getYear() < 2000 || parsed.getYear() > 2200) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    private void addMonth(Model model, YearMonth month, Locale locale) {
        model.addAttribute("month", month);
        model.addAttribute("monthName", month.format(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy",
                locale)));
        model.addAttribute("previous", month.minusMonths(1));
        model.addAttribute("next", month.plusMonths(1));
        model.addAttribute("hasNext", !month.atDay(1).isAfter(LocalDate.now(ZoneOffset.UTC)));
    }

    private List<String> header(String firstColumn, Locale locale) {
        List<String> header = new ArrayList<>();
        header.add(message(firstColumn, locale));
        UsageExport.COLUMNS.forEach(c -> header.add(message("makerspace.usage.col." + c, locale)));
        return header;
    }

    private ResponseEntity<byte[]> export(jakarta.servlet.http.HttpServletRequest request, String name,
            String sheet, List<String> header, List<UsageExport.Line> lines) {
        boolean excel = request.getRequestURI().endsWith(".xlsx");
        return ResponseEntity.ok()
                .contentType(excel ? XLSX : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + (excel ? ".xlsx" : ".csv"), java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .body(excel ? UsageExport.xlsx(sheet, header, lines) : UsageExport.csv(header, lines));
    }

    /** Booked hours and utilisation (per cent) per line, for the bar chart; the table carries the same figures. */
    private String chartJson(List<UsageExport.Line> lines, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", lines.stream().map(UsageExport.Line::name).toList());
        chart.put("bookedHoursLabel", message("makerspace.usage.col.bookedHours", locale));
        chart.put("utilisationLabel", message("makerspace.usage.chart.utilisation", locale));
        Function<UsageReport.Figures, Object> utilisation = f -> f.utilisation() == null ? null
                : Math.round(f.utilisation() * 1000) / 10.0;
        chart.put("bookedHours", lines.stream().map(l -> l.figures().bookedHours()).toList());
        chart.put("utilisation", lines.stream().map(l -> utilisation.apply(l.figures())).toList());
        // embedded in a <script type="application/json">, which must not be closed from inside
        return JSON.writeValueAsString(chart).replace("</", "<\\/");
    }

    private static String slug(String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "venue" : slug.substring(0, Math.min(40, slug.length()));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
