package org.uptake.makerspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;

/** Test data for the maker space API, made through the API like a client would (each call with unique names). */
final class Makerspaces {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final int port;
    private final JdbcTemplate jdbc;

    Makerspaces(int port, JdbcTemplate jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    /**
     * The owner of a fresh library organisation: staff of its maker spaces. The library is in Oslo (NO081), so the
     * demo data test still finds exactly its two libraries in Trøndelag; its venues are in Trøndelag.
     */
    record Staff(ApiClient api, String email, String organisationId) {
    }

    /** Someone who books. */
    record Person(ApiClient api, String email, String id) {
    }

    Staff library() {
        ApiClient api = new ApiClient(port);
        String email = api.signUp();
        var organisation = api.post("/api/v1/organisations", Map.of("name", "Bibliotek " + UUID.randomUUID(),
                "type", "LIBRARY", "nutsCode", "NO081", "naceCode", "91.01", "employees", 12));
        assertThat(organisation.status()).as(organisation.body().toString()).isEqualTo(201);
        return new Staff(api, email, organisation.text("id"));
    }

    Person person() {
        ApiClient api = new ApiClient(port);
        String email = api.signUp();
        return new Person(api, email, api.get("/api/v1/me").text("id"));
    }

    /** A person whose account speaks the language (mails come in it). */
    Person person(String locale) {
        Person person = person();
        jdbc.update("update account set locale = ? where email = ?", locale, person.email());
        return person;
    }

    static Map<String, Object> venueBody(String organisationId, Map<String, Object> rules) {
        Map<String, Object> venue = new HashMap<>();
        venue.put("organisationId", organisationId);
        venue.put("name", "Folkeverkstedet " + UUID.randomUUID().toString().substring(0, 8));
        venue.put("description", Map.of("nb", "3D-printere, laserkutter og symaskiner for alle.",
                "en", "3D printers, a laser cutter and sewing machines for everyone."));
        venue.put("street", "Peter Egges plass 1");
        venue.put("postalCode", "7013");
        venue.put("city", "Trondheim");
        venue.put("nutsCode", "NO060");
        venue.put("timeZone", "Europe/Oslo");
        venue.put("contactEmail", "verksted@example.org");
        venue.put("contactPhone", "+47 72 54 75 00");
        venue.put("accessibility", "Step-free entrance from Peter Egges plass; lift to the 2nd floor.");
        venue.put("rules", rules);
        return venue;
    }

    static Map<String, Object> rules(int slot, int min, int max, int horizonDays, int maxActive, int cancellationHours) {
        return Map.of("slotMinutes", slot, "minBookingMinutes", min, "maxBookingMinutes", max, "horizonDays",
                horizonDays, "maxActiveBookings", maxActive, "cancellationHours", cancellationHours);
    }

    /** Tuesday to Saturday 10:00-18:00 (Saturday 10:00-16:00), closed on {@code closure} with a note. */
    static Map<String, Object> libraryHours(LocalDate closure) {
        Map<String, Object> weekly = new LinkedHashMap<>();
        for (String day : List.of("TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            weekly.put(day, List.of(Map.of("open", "10:00", "close", "18:00")));
        }
        weekly.put("SATURDAY", List.of(Map.of("open", "10:00", "close", "16:00")));
        return Map.of("weekly", weekly, "exceptions", closure == null ? List.of()
                : List.of(Map.of("date", closure.toString(), "closed", true, "note", "Grunnlovsdag")));
    }

    /** Open day and night, every day. */
    static Map<String, Object> alwaysOpen() {
        Map<String, Object> weekly = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day.name(), List.of(Map.of("open", "00:00", "close", "24:00")));
        }
        return Map.of("weekly", weekly);
    }

    /** A venue of the staff's library with rules and hours; returns its id. */
    String venue(Staff staff, Map<String, Object> rules, Map<String, Object> hours) {
        var created = staff.api().post("/api/v1/venues", venueBody(staff.organisationId(), rules));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.text("id");
        var set = staff.api().put("/api/v1/venues/" + id + "/opening-hours", hours);
        assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
        return id;
    }

    static Map<String, Object> machine(String kind, int quantity, boolean inductionRequired, Integer validDays) {
        Map<String, Object> machine = new HashMap<>();
        machine.put("name", Map.of("en", "Test " + kind.toLowerCase() + " " + UUID.randomUUID().toString().substring(0, 4),
                "nb", "Test-" + kind.toLowerCase(), "de", "Test-" + kind.toLowerCase()));
        machine.put("kind", kind);
        machine.put("quantity", quantity);
        machine.put("inductionRequired", inductionRequired);
        machine.put("inductionValidDays", validDays);
        machine.put("safetyNotes", Map.of("en", "Never leave it running alone.", "nb", "Aldri la den g\u00e5 uten tilsyn."));
        return machine;
    }

    String equipment(Staff staff, String venueId, Map<String, Object> machine) {
        var created = staff.api().post("/api/v1/venues/" + venueId + "/equipment", machine);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("id");
    }

    static Map<String, Object> slot(LocalDate day, String from, String to) {
        return Map.of("start", day + "T" + from, "end", day + "T" + to);
    }

    /** The next given weekday at least {@code days} days after today in Oslo. */
    static LocalDate next(DayOfWeek weekday, int days) {
        return LocalDate.now(OSLO).plusDays(days).with(TemporalAdjusters.nextOrSame(weekday));
    }

    int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }

    int bookings(String equipmentId) {
        return count("select count(*) from booking where equipment_id = ?", UUID.fromString(equipmentId));
    }

    int activeBookings(String equipmentId) {
        return count("select count(*) from booking where equipment_id = ? and status = 'ACTIVE'",
                UUID.fromString(equipmentId));
    }

    int slotRows(String bookingId) {
        return count("select count(*) from booking_slot where booking_id = ?", UUID.fromString(bookingId));
    }
}
