package org.uptake.makerspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.makerspace.Makerspaces.libraryHours;
import static org.uptake.makerspace.Makerspaces.machine;
import static org.uptake.makerspace.Makerspaces.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.ApplicationTest;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;
import org.uptake.makerspace.Makerspaces.Person;
import org.uptake.makerspace.Makerspaces.Staff;
import org.uptake.makerspace.booking.BookingStatus;
import org.uptake.makerspace.booking.Bookings;
import org.uptake.makerspace.usage.UsageExport;

import tools.jackson.databind.JsonNode;

/**
 * The usage pages of a venue and of the pilot for a prepared month: the page, the CSV and the XLSX carry the API's
 * figures; names that look like formulas are defused; only staff (and programme managers) see a venue's page, only
 * programme managers and administrators the pilot view.
 */
@ApplicationTest
@AutoConfigureMockMvc
class UsagePagesTest {

    private static final Pattern FIGURE = Pattern.compile("data-figure=\"(\\w+)\"[^>]*>([^<]*)<");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Bookings bookings;

    record Prepared(Staff staff, UptakeUser staffUser, String venue, YearMonth month, JsonNode api) {
    }

    private Prepared prepared(String venueName) {
        Makerspaces makerspaces = new Makerspaces(port, jdbc);
        Staff staff = makerspaces.library();
        String venue = makerspaces.venue(staff, rules(30, 30, 240, 60, 3, 24), libraryHours(null));
        jdbc.update("update venue set name = ? where id = ?", venueName, UUID.fromString(venue));
        String printer = makerspaces.equipment(staff, venue, machine("PRINTER_3D", 2, false, null));
        String laser = makerspaces.equipment(staff, venue, machine("LASER_CUTTER", 1, true, 365));
        Person a = makerspaces.person();
        Person b = makerspaces.person();
        Person c = makerspaces.person();
        YearMonth month = YearMonth.now(Makerspaces.OSLO).minusMonths(2);
        LocalDate tuesday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        UUID printer1 = unit(staff, printer, 0);
        UUID printer2 = unit(staff, printer, 1);
        UUID laser1 = unit(staff, laser, 0);
        book(printer1, a, tuesday, 10, 12, BookingStatus.ATTENDED);
        book(printer2, b, tuesday.plusDays(1), 10, 13, BookingStatus.NO_SHOW);
        book(printer1, a, tuesday.plusDays(2), 10, 11, BookingStatus.CANCELLED);
        book(printer1, c, tuesday.plusDays(7), 10, 12, BookingStatus.ACTIVE);
        book(laser1, b, tuesday, 14, 16, BookingStatus.ATTENDED);
        book(laser1, c, tuesday.plusDays(14), 14, 17, BookingStatus.NO_SHOW);
        book(laser1, a, month.atEndOfMonth().plusDays(3), 14, 16, BookingStatus.ATTENDED); // next month
        assertThat(staff.api().post("/api/v1/equipment/" + laser + "/inductions", Map.of("userId",
                makerspaces.person().id(), "passedOn", tuesday.toString())).status()).isEqualTo(201);
        var api = staff.api().get("/api/v1/venues/" + venue + "/usage?from=" + month.atDay(1) + "&to="
                + month.atEndOfMonth());
        assertThat(api.status()).isEqualTo(200);
        UptakeUser staffUser = UptakeUser.of(accounts.findByEmail(staff.email()).orElseThrow());
        return new Prepared(staff, staffUser, venue, month, api.body());
    }

    @Test
    void theVenuePageAndItsExportsCarryTheApisFigures() throws Exception {
        Prepared p = prepared("Folkeverkstedet " + UUID.randomUUID().toString().substring(0, 8));
        assertThat(p.api().path("total").path("bookings").asInt()).isEqualTo(5);

        String html = mvc.perform(get("/makerspaces/" + p.venue() + "/usage").param("month", p.month().toString())
                        .param("lang", "en").with(user(p.staffUser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"usage-chart-data\"", "echarts.min.js", "makerspace-usage.js",
                "month=" + p.month().minusMonths(1), "month=" + p.month().plusMonths(1),
                "/makerspaces/" + p.venue() + "/usage.csv?month=" + p.month(),
                "/makerspaces/" + p.venue() + "/usage.xlsx?month=" + p.month());
        assertFigures(row(html, "id=\"usage-total\""), p.api().path("total"));
        assertFigures(row(html, ">3D printer<"), kind(p.api(), "PRINTER_3D"));
        assertFigures(row(html, ">laser cutter<"), kind(p.api(), "LASER_CUTTER"));

        byte[] csv = mvc.perform(get("/makerspaces/" + p.venue() + "/usage.csv").param("month", p.month().toString())
                        .param("lang", "en").with(user(p.staffUser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        Map<String, List<String>> csvRows = csv(csv);
        assertThat(csvRows.keySet()).containsExactly("Kind of equipment", "3D printer", "laser cutter", "Total");
        assertNumbers(csvRows.get("Total"), p.api().path("total"));
        assertNumbers(csvRows.get("3D printer"), kind(p.api(), "PRINTER_3D"));
        assertNumbers(csvRows.get("laser cutter"), kind(p.api(), "LASER_CUTTER"));

        byte[] xlsx = mvc.perform(get("/makerspaces/" + p.venue() + "/usage.xlsx").param("month", p.month().toString())
                        .param("lang", "en").with(user(p.staffUser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, List<String>> xlsxRows = xlsx(xlsx);
        assertThat(xlsxRows.keySet()).containsExactly("Kind of equipment", "3D printer", "laser cutter", "Total");
        assertNumbers(xlsxRows.get("Total"), p.api().path("total"));
        assertNumbers(xlsxRows.get("3D printer"), kind(p.api(), "PRINTER_3D"));
        assertNumbers(xlsxRows.get("laser cutter"), kind(p.api(), "LASER_CUTTER"));

        String german = mvc.perform(get("/makerspaces/" + p.venue() + "/usage").param("month", p.month().toString())
                        .param("lang", "de").with(user(p.staffUser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(german).contains("Gebuchte Stunden", "Auslastung", "Gesamt");
    }

    @Test
    void onlyStaffAndProgrammeManagersSeeAVenueAndOnlyTheFunderThePilot() throws Exception {
        Prepared p = prepared("Folkeverkstedet " + UUID.randomUUID().toString().substring(0, 8));
        Makerspaces makerspaces = new Makerspaces(port, jdbc);
        UptakeUser someone = UptakeUser.of(accounts.findByEmail(makerspaces.person().email()).orElseThrow());
        String month = p.month().toString();
        for (String path : List.of("/usage", "/usage.csv", "/usage.xlsx")) {
            mvc.perform(get("/makerspaces/" + p.venue() + path).param("month", month).with(user(someone)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/makerspaces/" + UUID.randomUUID() + path).with(user(p.staffUser())))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/makerspaces/" + p.venue() + "/usage").param("month", "2027-13"))
                .andExpect(status().is3xxRedirection()); // signed out: to the sign-in page
        mvc.perform(get("/makerspaces/" + p.venue() + "/usage").param("month", "2027-13").with(user(p.staffUser())))
                .andExpect(status().isBadRequest());
        // staff of a venue are not the funder
        for (String path : List.of("/makerspaces/usage", "/makerspaces/usage.csv", "/makerspaces/usage.xlsx")) {
            mvc.perform(get(path).with(user(p.staffUser()))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(user(someone))).andExpect(status().isForbidden());
        }
        UptakeUser manager = programmeManager(makerspaces);
        mvc.perform(get("/makerspaces/" + p.venue() + "/usage").param("month", month).with(user(manager)))
                .andExpect(status().isOk());
        mvc.perform(get("/makerspaces/usage").param("month", month).with(user(manager)))
                .andExpect(status().isOk());
    }

    @Test
    void thePilotViewHasOneRowPerVenueAndDefusesFormulas() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example\",\"x" + UUID.randomUUID().toString().substring(0, 6) + "\")";
        Prepared p = prepared(formula);
        Makerspaces makerspaces = new Makerspaces(port, jdbc);
        UptakeUser manager = programmeManager(makerspaces);
        String month = p.month().toString();

        String html = mvc.perform(get("/makerspaces/usage").param("month", month).param("lang", "en")
                        .with(user(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("/makerspaces/" + p.venue() + "/usage?month=" + month);
        String escapedName = formula.replace("\"", "&quot;");
        assertFigures(row(html, escapedName), p.api().path("total"));
        assertThat(row(html, "id=\"usage-total\"").get("bookings")).isNotBlank();

        byte[] csv = mvc.perform(get("/makerspaces/usage.csv").param("month", month).param("lang", "en")
                .with(user(manager))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, List<String>> csvRows = csv(csv);
        assertThat(csvRows).doesNotContainKey(formula).containsKey("'" + formula).containsKey("Total");
        assertNumbers(csvRows.get("'" + formula), p.api().path("total"));

        byte[] xlsx = mvc.perform(get("/makerspaces/usage.xlsx").param("month", month).param("lang", "en")
                .with(user(manager))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, List<String>> xlsxRows = xlsx(xlsx);
        assertThat(xlsxRows).doesNotContainKey(formula).containsKey("'" + formula);
        assertNumbers(xlsxRows.get("'" + formula), p.api().path("total"));
        // the pilot total is the sum over the venues (counts and hours)
        double bookings = 0;
        for (Map.Entry<String, List<String>> row : xlsxRows.entrySet()) {
            if (!row.getKey().equals("Maker space") && !row.getKey().equals("Total")) {
                bookings += Double.parseDouble(row.getValue().get(0));
            }
        }
        assertThat(Double.parseDouble(xlsxRows.get("Total").get(0))).isEqualTo(bookings);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                }
            }
        }
    }

    private UptakeUser programmeManager(Makerspaces makerspaces) {
        Person manager = makerspaces.person();
        jdbc.update("insert into account_role (account_id, role) values (?, 'PROGRAMME_MANAGER')",
                UUID.fromString(manager.id()));
        return UptakeUser.of(accounts.findByEmail(manager.email()).orElseThrow());
    }

    private static JsonNode kind(JsonNode report, String kind) {
        for (JsonNode k : report.path("byKind")) {
            if (k.path("kind").asString().equals(kind)) {
                return k.path("figures");
            }
        }
        throw new AssertionError("no " + kind);
    }

    /** The data-figure cells of the table row that contains the marker. */
    private static Map<String, String> row(String html, String marker) {
        int at = html.indexOf(marker);
        assertThat(at).as(marker).isGreaterThanOrEqualTo(0);
        int start = html.lastIndexOf("<tr", at);
        int end = html.indexOf("</tr>", at);
        Map<String, String> figures = new HashMap<>();
        Matcher m = FIGURE.matcher(html.substring(start, end));
        while (m.find()) {
            figures.put(m.group(1), m.group(2).strip());
        }
        return figures;
    }

    /** The page shows the API's figures: counts and hours as they are, rates in per cent with one decimal. */
    private static void assertFigures(Map<String, String> page, JsonNode api) {
        for (String column : List.of("bookings", "cancelled", "units", "uniqueUsers", "newInductions", "noShows")) {
            assertThat(page.get(column)).as(column).isEqualTo(String.valueOf(api.path(column).asLong()));
        }
        for (String column : List.of("bookedHours", "openUnitHours")) {
            assertThat(Double.parseDouble(page.get(column).replace(",", ""))).as(column)
                    .isEqualTo(api.path(column).asDouble());
        }
        for (String column : List.of("utilisation", "noShowRate")) {
            if (api.path(column).isNull()) {
                assertThat(page.get(column)).isEqualTo("–");
            } else {
                assertThat(Double.parseDouble(page.get(column).replace("%", "").strip())).as(column)
                        .isCloseTo(api.path(column).asDouble() * 100, within(0.051));
            }
        }
    }

    /** An exported row (figures after the name) holds the API's numbers exactly. */
    private static void assertNumbers(List<String> row, JsonNode api) {
        assertThat(row).hasSize(UsageExport.COLUMNS.size());
        for (int i = 0; i < UsageExport.COLUMNS.size(); i++) {
            String column = UsageExport.COLUMNS.get(i);
            if (api.path(column).isNull()) {
                assertThat(row.get(i)).as(column).isEmpty();
            } else {
                assertThat(Double.parseDouble(row.get(i))).as(column).isEqualTo(api.path(column).asDouble());
            }
        }
    }

    private static Map<String, List<String>> csv(byte[] bytes) throws IOException {
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        try (var reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
                List<String> values = record.toList();
                rows.put(values.get(0), values.subList(1, values.size()));
            }
        }
        return rows;
    }

    private static Map<String, List<String>> xlsx(byte[] bytes) throws IOException {
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            int columns = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c < columns; c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> String.valueOf(cell.getNumericCellValue());
                        default -> cell.getStringCellValue();
                    });
                }
                rows.put(row.getCell(0).getStringCellValue(), values);
            }
        }
        return rows;
    }

    private UUID unit(Staff staff, String equipmentId, int index) {
        return UUID.fromString(staff.api().get("/api/v1/equipment/" + equipmentId).body().path("units").get(index)
                .path("id").asString());
    }

    private void book(UUID unit, Person person, LocalDate day, int from, int to, BookingStatus outcome) {
        Instant start = day.atTime(from, 0).atZone(Makerspaces.OSLO).toInstant();
        Instant end = day.atTime(to, 0).atZone(Makerspaces.OSLO).toInstant();
        bookings.importBooking(unit, UUID.fromString(person.id()), start, end, outcome);
    }
}
