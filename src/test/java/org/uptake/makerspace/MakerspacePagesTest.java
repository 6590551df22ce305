package org.uptake.makerspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.ApplicationTest;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;
import org.uptake.makerspace.booking.BookingStatus;
import org.uptake.makerspace.booking.Bookings;

/** The maker space pages: public list, venue and grid; booking through the grid; own bookings; the librarians' pages. */
@ApplicationTest
@AutoConfigureMockMvc
class MakerspacePagesTest {

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

    Makerspaces spaces;

    @BeforeEach
    void setUp() {
        spaces = new Makerspaces(port, jdbc);
    }

    private UptakeUser account(String email) {
        return UptakeUser.of(accounts.findByEmail(email).orElseThrow());
    }

    /** A person with a name nobody else has. */
    private Makerspaces.Person named(String name) {
        Makerspaces.Person person = spaces.person();
        jdbc.update("update account set display_name = ? where email = ?", name, person.email());
        return person;
    }

    private String venueName(String venueId) {
        return jdbc.queryForObject("select name from venue where id = ?", String.class, UUID.fromString(venueId));
    }


    @Test
    void visitorsSeeTheListAndAVenueWithHoursClosuresEquipmentAndMaterialsButNotRetiredOnes() throws Exception {
        Makerspaces.Staff staff = spaces.library();
        LocalDate closure = Makerspaces.next(DayOfWeek.WEDNESDAY, 3);
        String venue = spaces.venue(staff, Makerspaces.rules(30, 30, 240, 60, 3, 2), Makerspaces.libraryHours(closure));
        Map<String, Object> printer = new HashMap<>(Makerspaces.machine("PRINTER_3D", 2, true, 365));
        printer.put("materials", List.of(Map.of("name", "PLA-filament", "unit", "gram", "price", 0.5, "currency",
                "NOK")));
        String printerId = spaces.equipment(staff, venue, printer);
        String laser = spaces.equipment(staff, venue, Makerspaces.machine("LASER_CUTTER", 1, true, null));
        String old = spaces.equipment(staff, venue, Makerspaces.machine("VINYL_CUTTER", 1, false, null));
        staff.api().put("/api/v1/equipment/" + laser + "/status", Map.of("status", "OUT_OF_ORDER",
                "until", closure.plusDays(2).toString()));
        staff.api().put("/api/v1/equipment/" + old + "/status", Map.of("status", "RETIRED"));

        mvc.perform(get("/makerspaces").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(venueName(venue))))
                .andExpect(content().string(containsString("3D printer")));
        String page = mvc.perform(get("/makerspaces/{id}", venue).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Peter Egges plass 1", "Step-free entrance", "verksted@example.org", "Grunnlovsdag",
                "10:00\u201318:00", "PLA-filament", "0.50 NOK / gram", "Never leave it running alone.",
                "valid for 365 days", "Out of order until", "/makerspaces/equipment/" + printerId)
                .doesNotContain("/makerspaces/equipment/" + old, "/makerspaces/" + venue + "/day");
        mvc.perform(get("/makerspace/venues/{id}", venue)).andExpect(redirectedUrl("/makerspaces/" + venue));
    }

    @Test
    void theGridShowsTakenSlotsWithoutNamesAndTurnsWeeksWithHtmx() throws Exception {
        Makerspaces.Staff staff = spaces.library();
        String venue = spaces.venue(staff, Makerspaces.rules(30, 30, 240, 60, 3, 2), Makerspaces.libraryHours(null));
        String machine = spaces.equipment(staff, venue, Makerspaces.machine("SEWING_MACHINE", 1, false, null));
        Makerspaces.Person kari = named("Kari Sømsdatter " + UUID.randomUUID().toString().substring(0, 5));
        LocalDate day = Makerspaces.next(DayOfWeek.TUESDAY, 2);
        assertThat(kari.api().post("/api/v1/equipment/" + machine + "/bookings",
                Makerspaces.slot(day, "10:00", "11:00")).status()).isEqualTo(201);

        String grid = mvc.perform(get("/makerspaces/equipment/{id}", machine).param("week", day.toString())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(grid).contains("<caption", ">taken</span>", "1 of 1 free", "Sign in to book",
                        "hx-get=\"/makerspaces/equipment/" + machine + "?week=" + day.plusWeeks(1)
                                .with(DayOfWeek.MONDAY) + "\"")
                .doesNotContain("Kari", kari.email());
        mvc.perform(get("/makerspaces/equipment/{id}", machine).param("week", day.plusWeeks(1).toString())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("<caption")));
    }

    @Test
    void aPersonBooksThroughTheGridAndRefusalsComeBackInTheirLanguageWithNothingSaved() throws Exception {
        Makerspaces.Staff staff = spaces.library();
        String venue = spaces.venue(staff, Makerspaces.rules(30, 30, 240, 60, 3, 2), Makerspaces.libraryHours(null));
        String machine = spaces.equipment(staff, venue, Makerspaces.machine("SEWING_MACHINE", 1, false, null));
        String laser = spaces.equipment(staff, venue, Makerspaces.machine("LASER_CUTTER", 1, true, null));
        Makerspaces.Person ola = spaces.person();
        Makerspaces.Person kari = spaces.person();
        LocalDate day = Makerspaces.next(DayOfWeek.WEDNESDAY, 2);

        mvc.perform(get("/makerspaces/equipment/{id}", machine).param("week", day.toString())
                        .param("start", day + "T10:00").with(user(account(ola.email()))).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("name=\"minutes\"")))
                .andExpect(content().string(containsString("value=\"" + day + "T10:00\" selected")));
        mvc.perform(post("/makerspaces/equipment/{id}/bookings", machine).with(user(account(ola.email()))).with(csrf())
                        .param("start", day + "T10:00").param("minutes", "90"))
                .andExpect(redirectedUrl("/makerspaces/bookings/mine"))
                .andExpect(flash().attribute("saved", "makerspace.page.booked"));
        assertThat(spaces.activeBookings(machine)).isEqualTo(1);

        mvc.perform(post("/makerspaces/equipment/{id}/bookings", machine).with(user(account(kari.email()))).with(csrf())
                        .header("Accept-Language", "nb").param("start", day + "T11:00").param("minutes", "60"))
                .andExpect(redirectedUrlPattern("/makerspaces/equipment/" + machine + "?*"))
                .andExpect(flash().attribute("refused", hasItem("Denne tiden er allerede booket. Velg en annen tid.")));
        mvc.perform(post("/makerspaces/equipment/{id}/bookings", laser).with(user(account(kari.email()))).with(csrf())
                        .header("Accept-Language", "nb").param("start", day + "T11:00").param("minutes", "60"))
                .andExpect(flash().attribute("refused", hasItem(containsString("krever sikkerhetsoppl\u00e6ring"))));
        mvc.perform(post("/makerspaces/equipment/{id}/bookings", machine).with(user(account(kari.email()))).with(csrf())
                        .header("Accept-Language", "en").param("start", day + "T10:15").param("minutes", "60"))
                .andExpect(flash().attribute("refused", hasItem(startsWith("Bookings start and end on whole slots"))));
        assertThat(spaces.bookings(machine)).isEqualTo(1);
        assertThat(spaces.bookings(laser)).isZero();
    }

    @Test
    void myBookingsListsThemWithCalendarAndCancelsUntilTheDeadline() throws Exception {
        Makerspaces.Staff staff = spaces.library();
        String venue = spaces.venue(staff, Makerspaces.rules(30, 30, 240, 60, 3, 48), Makerspaces.alwaysOpen());
        String machine = spaces.equipment(staff, venue, Makerspaces.machine("SOLDERING_STATION", 1, false, null));
        Makerspaces.Person ola = spaces.person();
        LocalDate soon = LocalDate.now(Makerspaces.OSLO).plusDays(1);
        LocalDate later = LocalDate.now(Makerspaces.OSLO).plusDays(10);
        String near = ola.api().post("/api/v1/equipment/" + machine + "/bookings",
                Makerspaces.slot(soon, "10:00", "11:00")).text("id");
        String far = ola.api().post("/api/v1/equipment/" + machine + "/bookings",
                Makerspaces.slot(later, "10:00", "11:00")).text("id");
        UptakeUser me = account(ola.email());

        mvc.perform(get("/makerspaces/bookings/mine").with(user(me)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(venueName(venue))))
                .andExpect(content().string(containsString("/makerspaces/bookings/" + far + "/booking.ics")))
                .andExpect(content().string(containsString("Europe/Oslo")));
        mvc.perform(get("/makerspaces/bookings/{id}/booking.ics", far).with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("BEGIN:VCALENDAR")));
        mvc.perform(get("/makerspaces/bookings/{id}/booking.ics", far).with(user(account(spaces.person().email()))))
                .andExpect(status().isNotFound());

        mvc.perform(post("/makerspaces/bookings/{id}/cancel", near).with(user(me)).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(flash().attribute("refused", hasItem(containsString("48 hours before the start"))));
        mvc.perform(post("/makerspaces/bookings/{id}/cancel", far).with(user(me)).with(csrf()))
                .andExpect(redirectedUrl("/makerspaces/bookings/mine"))
                .andExpect(flash().attribute("saved", "makerspace.page.cancelled"));
        assertThat(spaces.activeBookings(machine)).isEqualTo(1);
        mvc.perform(get("/makerspaces/bookings/mine")).andExpect(status().is3xxRedirection());
    }

    @Test
    void staffPagesAreNotFoundForOthers() throws Exception {
        Makerspaces.Staff staff = spaces.library();
        String venue = spaces.venue(staff, Makerspaces.rules(30, 30, 240, 60, 3, 2), Makerspaces.libraryHours(null));
        String machine = spaces.equipment(staff, venue, Makerspaces.machine("VR_HEADSET", 1, false, null));
        UptakeUser other = account(spaces.person().email());
        for (String path : List.of("/makerspaces/" + venue + "/day", "/makerspaces/" + venue + "/hours",
                "/makerspaces/" + venue + "/equipment/new", "/makerspaces/" + venue + "/inductions",
                "/makerspaces/equipment/" + machine + "/edit")) {
            mvc.perform(get(path).with(user(other))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(user(account(staff.email())))).andExpect(status().isOk());
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/makerspaces/equipment/{id}/status", machine).with(user(other)).with(csrf())
                .param("status", "RETIRED")).andExpect(status().isNotFound());
        mvc.perform(post("/makerspaces/{id}/hours", venue).with(user(other)).with(csrf())
                .param("weekly.MONDAY", "10:00-12:00")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select status from equipment where id = ?", String.class,
                UUID.fromString(machine))).isEqualTo("AVAILABLE");
    }

    @Test
    void theDayViewChecksInMarksNoShowsAndCancelsWithAReason() throws Exception {
        Makerspaces.Staff staff = spaces.library();
        String venue = spaces.venue(staff, Makerspaces.rules(30, 30, 240, 60, 3, 2), Makerspaces.alwaysOpen());
        String machine = spaces.equipment(staff, venue, Makerspaces.machine("REPAIR_BENCH", 3, false, null));
        List<UUID> units = jdbc.queryForList("select id from equipment_unit where equipment_id = ? order by number",
                UUID.class, UUID.fromString(machine));
        Makerspaces.Person kari = named("Kari Fiksedal " + UUID.randomUUID().toString().substring(0, 5));
        Makerspaces.Person ola = named("Ola Loddebolt " + UUID.randomUUID().toString().substring(0, 5));
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS);
        UUID came = bookings.importBooking(units.get(0), UUID.fromString(kari.id()), start,
                start.plus(3, ChronoUnit.HOURS), BookingStatus.ACTIVE);
        UUID away = bookings.importBooking(units.get(1), UUID.fromString(ola.id()), start,
                start.plus(3, ChronoUnit.HOURS), BookingStatus.ACTIVE);
        LocalDate later = LocalDate.now(Makerspaces.OSLO).plusDays(3);
        String future = kari.api().post("/api/v1/equipment/" + machine + "/bookings",
                Makerspaces.slot(later, "12:00", "13:00")).text("id");
        LocalDate today = start.atZone(Makerspaces.OSLO).toLocalDate();
        UptakeUser librarian = account(staff.email());

        mvc.perform(get("/makerspaces/{id}/day", venue).param("date", today.toString()).with(user(librarian))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kari Fiksedal")))
                .andExpect(content().string(containsString("Ola Loddebolt")))
                .andExpect(content().string(containsString("Check in")));
        mvc.perform(post("/makerspaces/{v}/bookings/{id}/attendance", venue, came).with(user(librarian)).with(csrf())
                        .param("status", "ATTENDED"))
                .andExpect(redirectedUrl("/makerspaces/" + venue + "/day?date=" + today))
                .andExpect(flash().attribute("saved", "makerspace.staff.attendanceSaved"));
        mvc.perform(post("/makerspaces/{v}/bookings/{id}/attendance", venue, away).with(user(librarian)).with(csrf())
                .param("status", "NO_SHOW")).andExpect(flash().attribute("saved", "makerspace.staff.attendanceSaved"));
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, came))
                .isEqualTo("ATTENDED");
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, away))
                .isEqualTo("NO_SHOW");

        mvc.perform(post("/makerspaces/{v}/bookings/{id}/cancel", venue, future).with(user(librarian)).with(csrf())
                        .header("Accept-Language", "en").param("reason", " "))
                .andExpect(flash().attribute("refused", hasItem(containsString("reason"))));
        mvc.perform(post("/makerspaces/{v}/bookings/{id}/cancel", venue, future).with(user(librarian)).with(csrf())
                        .param("reason", "Verkstedet er stengt for vannlekkasje."))
                .andExpect(flash().attribute("saved", "makerspace.staff.cancelled"));
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class,
                UUID.fromString(future))).isEqualTo("CANCELLED");
        // a booking of another venue cannot be handled through this one
        mvc.perform(post("/makerspaces/{v}/bookings/{id}/attendance", spaces.venue(spaces.library(),
                        Makerspaces.rules(30, 30, 240, 60, 3, 2), Makerspaces.alwaysOpen()), came)
                .with(user(librarian)).with(csrf()).param("status", "NO_SHOW")).andExpect(status().isNotFound());
    }

    @Test
    void staffAddAndChangeEquipmentAndRefusedInputComesBackWithMessages() throws Exception {
        Makerspaces.Staff staff = spaces.library();
        String venue = spaces.venue(staff, Makerspaces.rules(30, 30, 240, 60, 3, 2), Makerspaces.libraryHours(null));
        UptakeUser librarian = account(staff.email());
        mvc.perform(post("/makerspaces/{id}/equipment/new", venue).with(user(librarian)).with(csrf())
                        .header("Accept-Language", "en").param("kind", "PRINTER_3D").param("quantity", "0")
                        .param("materials", "PLA; gram; 0.50; NOK"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"quantity-error\"")))
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("PLA; gram; 0.50; NOK")));
        String word = "Prusa" + UUID.randomUUID().toString().substring(0, 6);
        String location = mvc.perform(post("/makerspaces/{id}/equipment/new", venue).with(user(librarian))
                        .with(csrf()).param("kind", "PRINTER_3D").param("quantity", "2")
                        .param("nameEn", word + " printer").param("nameNb", word + "-skriver")
                        .param("inductionRequired", "true").param("inductionValidDays", "365")
                        .param("safetyNb", "Hold hendene unna dysen.").param("materials", "PLA; gram; 0,50; NOK"))
                .andExpect(flash().attribute("saved", "makerspace.staff.saved"))
                .andReturn().getResponse().getRedirectedUrl();
        String id = location.replace("/makerspaces/equipment/", "").replace("/edit", "");
        assertThat(jdbc.queryForObject("select quantity from equipment where id = ?", Integer.class,
                UUID.fromString(id))).isEqualTo(2);
        mvc.perform(get(location).with(user(librarian)))
                .andExpect(content().string(containsString(word + "-skriver")))
                .andExpect(content().string(containsString("PLA; gram; 0.50; NOK")));
        mvc.perform(post(location).with(user(librarian)).with(csrf()).param("kind", "PRINTER_3D")
                        .param("quantity", "3").param("nameEn", word + " printer"))
                .andExpect(flash().attribute("saved", "makerspace.staff.saved"));
        assertThat(jdbc.queryForObject("select quantity from equipment where id = ?", Integer.class,
                UUID.fromString(id))).isEqualTo(3);

        LocalDate until = Makerspaces.next(DayOfWeek.TUESDAY, 1);
        Makerspaces.Person kari = spaces.person();
        assertThat(kari.api().post("/api/v1/equipment/" + id + "/bookings", Makerspaces.slot(until, "10:00", "11:00"))
                .status()).isEqualTo(201);
        mvc.perform(post("/makerspaces/equipment/{id}/status", id).with(user(librarian)).with(csrf())
                        .header("Accept-Language", "en").param("status", "OUT_OF_ORDER").param("until", until.toString())
                        .param("note", "New nozzle on its way"))
                .andExpect(flash().attribute("notice", "Status set; 1 booking cancelled."));
        assertThat(spaces.activeBookings(id)).isZero();
        mvc.perform(post("/makerspaces/equipment/{id}/status", id).with(user(librarian)).with(csrf())
                        .header("Accept-Language", "en").param("status", "BROKEN"))
                .andExpect(flash().attribute("refused", org.hamcrest.Matchers.hasSize(1)));
        assertThat(jdbc.queryForObject("select status from equipment where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("OUT_OF_ORDER");
    }

    @Test
    void staffSetOpeningHoursAndClosuresAndRecordInductions() throws Exception {
        Makerspaces.Staff staff = spaces.library();
        String venue = spaces.venue(staff, Makerspaces.rules(30, 30, 240, 60, 3, 2), Makerspaces.libraryHours(null));
        String laser = spaces.equipment(staff, venue, Makerspaces.machine("LASER_CUTTER", 1, true, 365));
        UptakeUser librarian = account(staff.email());
        LocalDate closure = Makerspaces.next(DayOfWeek.THURSDAY, 3);

        mvc.perform(post("/makerspaces/{id}/hours", venue).with(user(librarian)).with(csrf())
                        .header("Accept-Language", "en").param("weekly.MONDAY", "25:00-26:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"issues\"")));
        mvc.perform(post("/makerspaces/{id}/hours", venue).with(user(librarian)).with(csrf())
                        .param("weekly.MONDAY", "09:00-12:00, 13:00-15:30").param("weekly.THURSDAY", "10:00-20:00")
                        .param("exceptionDate", closure.toString()).param("exceptionClosed", "true")
                        .param("exceptionNote", "Personaldag"))
                .andExpect(redirectedUrl("/makerspaces/" + venue + "/hours"))
                .andExpect(flash().attribute("saved", "makerspace.staff.hoursSaved"));
        mvc.perform(get("/makerspaces/{id}", venue).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("09:00\u201312:00, 13:00\u201315:30")))
                .andExpect(content().string(containsString("Personaldag")));
        mvc.perform(post("/makerspaces/{id}/hours", venue).with(user(librarian)).with(csrf())
                        .param("weekly.MONDAY", "09:00-12:00").param("weekly.THURSDAY", "10:00-20:00")
                        .param("remove", closure.toString()))
                .andExpect(flash().attribute("saved", "makerspace.staff.hoursSaved"));
        mvc.perform(get("/makerspaces/{id}", venue)).andExpect(content().string(not(containsString("Personaldag"))));

        Makerspaces.Person kari = spaces.person();
        mvc.perform(post("/makerspaces/{id}/inductions", venue).with(user(librarian)).with(csrf())
                        .header("Accept-Language", "en").param("equipmentId", laser)
                        .param("email", "nobody-" + UUID.randomUUID() + "@example.org")
                        .param("passedOn", LocalDate.now(Makerspaces.OSLO).toString()))
                .andExpect(flash().attribute("refused", hasItem("There is no such person.")));
        mvc.perform(post("/makerspaces/{id}/inductions", venue).with(user(librarian)).with(csrf())
                        .param("equipmentId", laser).param("email", kari.email())
                        .param("passedOn", LocalDate.now(Makerspaces.OSLO).toString()))
                .andExpect(flash().attribute("saved", "makerspace.staff.inductionSaved"));
        LocalDate day = Makerspaces.next(DayOfWeek.THURSDAY, 2);
        mvc.perform(post("/makerspaces/equipment/{id}/bookings", laser).with(user(account(kari.email()))).with(csrf())
                        .param("start", day + "T18:00").param("minutes", "60"))
                .andExpect(flash().attribute("saved", "makerspace.page.booked"));
    }
}
