package org.uptake.makerspace.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.directory.OrganisationType;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;
import org.uptake.makerspace.booking.BookingRequest;
import org.uptake.makerspace.booking.BookingStatus;
import org.uptake.makerspace.booking.Bookings;
import org.uptake.makerspace.equipment.EquipmentRequest;
import org.uptake.makerspace.equipment.EquipmentRequest.MaterialRequest;
import org.uptake.makerspace.equipment.EquipmentView;
import org.uptake.makerspace.equipment.Inventory;
import org.uptake.makerspace.equipment.StatusRequest;
import org.uptake.makerspace.induction.InductionRequest;
import org.uptake.makerspace.induction.Inductions;
import org.uptake.makerspace.venue.OpeningHoursRequest;
import org.uptake.makerspace.venue.OpeningHoursRequest.ExceptionRequest;
import org.uptake.makerspace.venue.OpeningHoursRequest.Range;
import org.uptake.makerspace.venue.TimeRange;
import org.uptake.makerspace.venue.VenueRequest;
import org.uptake.makerspace.venue.VenueView;
import org.uptake.makerspace.venue.Venues;

/**
 * The maker spaces ("Folkeverksted") of the two demo libraries in Trøndelag (profile {@code demo} only), built on the
 * demo organisations of directory ({@code @Order(20)}): realistic equipment, opening hours Tuesday to Saturday with
 * the holidays closed (17 May, Christmas, New Year), inductions for demo people, and a month of bookings around
 * today: two weeks back (attended, a few no-shows and cancellations) and two weeks ahead, booked through the same
 * use case as people book, with its rules. The laser cutter in Steinkjer is out of order for a few days.
 * Everything goes through the module's use cases; a refused step stops the start. Runs once: when the Trondheim
 * library hosts a venue, nothing is done. All or nothing, in one transaction.
 */
@Component
@Profile("demo")
@Order(50)
class DemoMakerspace implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMakerspace.class);
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final String TRONDHEIM = "Trondheim folkebibliotek \u2013 Hovedbiblioteket";
    static final String STEINKJER = "Steinkjer bibliotek";
    private static final List<String> PEOPLE = List.of("sme@uptake.demo", "trainer@uptake.demo",
            "manager@uptake.demo", "advisor@uptake.demo", "reviewer@uptake.demo");

    private final Venues venues;
    private final Inventory inventory;
    private final Inductions inductions;
    private final Bookings bookings;
    private final Directory directory;
    private final Accounts accounts;
    private final TransactionTemplate transaction;
    private final EntityManager entities;

    DemoMakerspace(Venues venues, Inventory inventory, Inductions inductions, Bookings bookings, Directory directory,
            Accounts accounts, PlatformTransactionManager transactionManager, EntityManager entities) {
        this.entities = entities;
        this.venues = venues;
        this.inventory = inventory;
        this.inductions = inductions;
        this.bookings = bookings;
        this.directory = directory;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** One machine: kind, quantity, induction validity in days ({@code null}: none needed), names and notes. */
    record Machine(String kind, int quantity, Integer inductionDays, String nb, String en, String de,
            String descriptionNb, String safetyNb, String safetyEn, List<MaterialRequest> materials) {
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, OrganisationSummary> libraries = new LinkedHashMap<>();
        directory.organisationsOfTypes(EnumSet.of(OrganisationType.LIBRARY)).stream()
                .filter(o -> "NO060".equals(o.nutsCode())).forEach(o -> libraries.put(o.name(), o));
        if (!libraries.containsKey(TRONDHEIM) || !libraries.containsKey(STEINKJER)) {
            log.warn("The demo libraries of Trøndelag are missing; no demo maker spaces");
            return;
        }
        if (!venues.hostedBy(libraries.get(TRONDHEIM).id()).isEmpty()) {
            log.debug("Demo maker spaces already present, nothing to do");
            return;
        }
        transaction.executeWithoutResult(status -> seed(libraries.get(TRONDHEIM), libraries.get(STEINKJER)));
    }

    private void seed(OrganisationSummary trondheim, OrganisationSummary steinkjer) {
        UptakeUser librarian = user("librarian@uptake.demo");
        UptakeUser admin = user("admin@uptake.demo");
        LocalDate today = LocalDate.now(OSLO);

        VenueView hovedbiblioteket = venue(librarian, new VenueRequest(trondheim.id(),
                "Folkeverkstedet p\u00e5 Hovedbiblioteket",
                Map.of("nb", "Et \u00e5pent verksted for alle med l\u00e5nekort: 3D-printere, laserkutter, symaskiner, "
                        + "broderimaskin, loddestasjoner, vinylkutter, VR-briller og en reparasjonsbenk. Book en maskin "
                        + "her, kom innom og f\u00e5 hjelp av de ansatte.",
                        "en", "An open workshop for everyone with a library card: 3D printers, a laser cutter, sewing "
                        + "and embroidery machines, soldering stations, a vinyl cutter, VR headsets and a repair bench."),
                "Peter Egges plass 1", "7013", "Trondheim", "NO060", "Europe/Oslo",
                "folkeverksted@trondheim-folkebibliotek.no", "+47 72 54 75 00",
                "Trinnfri inngang fra Peter Egges plass, heis til 2. etasje, teleslynge ved skranken, "
                        + "hev- og senkbare arbeidsbord.", List.of(),
                new VenueRequest.Rules(30, 30, 240, 30, 3, 2)),
                hours(Map.of(DayOfWeek.TUESDAY, "10:00-19:00", DayOfWeek.WEDNESDAY, "10:00-19:00",
                        DayOfWeek.THURSDAY, "10:00-19:00", DayOfWeek.FRIDAY, "10:00-16:00",
                        DayOfWeek.SATURDAY, "11:00-16:00"), today));
        VenueView steinkjerVerksted = venue(admin, new VenueRequest(steinkjer.id(), "Verkstedet p\u00e5 Steinkjer bibliotek",
                Map.of("nb", "Lite, men godt utstyrt verksted i f\u00f8rste etasje: skriv ut, skj\u00e6r, sy og reparer."),
                "Kongens gate 34", "7713", "Steinkjer", "NO060", "Europe/Oslo", "verkstedet@steinkjer-bibliotek.no",
                "+47 74 16 90 00", "Inngang i gateplan, HC-toalett, arbeidsbenker i to h\u00f8yder.", List.of(),
                new VenueRequest.Rules(60, 60, 180, 21, 2, 12)),
                hours(Map.of(DayOfWeek.TUESDAY, "12:00-19:00", DayOfWeek.WEDNESDAY, "10:00-16:00",
                        DayOfWeek.THURSDAY, "12:00-19:00", DayOfWeek.FRIDAY, "10:00-16:00",
                        DayOfWeek.SATURDAY, "11:00-15:00"), today));

        Map<String, EquipmentView> trondheimMachines = machines(librarian, hovedbiblioteket, List.of(
                new Machine("PRINTER_3D", 2, 365, "3D-printer Prusa MK4", "3D printer Prusa MK4", "3D-Drucker Prusa MK4",
                        "Byggevolum 25 \u00d7 21 \u00d7 22 cm, PLA og PETG. Ta med filen som STL eller 3MF.",
                        "Ikke ta p\u00e5 dysen (250 \u00b0C). Bli i rommet de f\u00f8rste lagene.",
                        "Do not touch the nozzle (250 \u00b0C). Stay for the first layers.",
                        List.of(material("PLA-filament", "100 g", "25"), material("PETG-filament", "100 g", "30"))),
                new Machine("LASER_CUTTER", 1, 365, "Laserkutter Epilog Fusion Edge", "Laser cutter Epilog Fusion Edge",
                        "Lasercutter Epilog Fusion Edge", "Arbeidsflate 61 \u00d7 30 cm, 50 W CO\u2082-laser. Tre, "
                                + "akryl, papp, l\u00e6r. Ikke PVC.",
                        "Aldri la laseren g\u00e5 uten tilsyn. Avtrekket skal st\u00e5 p\u00e5. Brannteppe ved d\u00f8ren.",
                        "Never leave the laser running unattended. Keep the extraction on. Fire blanket by the door.",
                        List.of(material("Kryssfiner 3 mm, 30 \u00d7 60 cm", "plate", "40"),
                                material("Akryl 3 mm, 30 \u00d7 60 cm", "plate", "65"))),
                new Machine("SEWING_MACHINE", 3, null, "Symaskin Bernina 335", "Sewing machine Bernina 335",
                        "N\u00e4hmaschine Bernina 335", "Rett- og sikksakksting, knapphull. Tr\u00e5d og n\u00e5ler finnes.",
                        null, null, List.of()),
                new Machine("EMBROIDERY_MACHINE", 1, 730, "Broderimaskin Brother Innov-is NV880E",
                        "Embroidery machine Brother Innov-is NV880E", "Stickmaschine Brother Innov-is NV880E",
                        "Broderifelt 18 \u00d7 13 cm. Mønstre fra minnepinne.", null, null,
                        List.of(material("Stabilisator", "meter", "15"))),
                new Machine("SOLDERING_STATION", 2, null, "Loddestasjon Weller WE 1010", "Soldering station Weller WE 1010",
                        "L\u00f6tstation Weller WE 1010", "Med avtrekk, multimeter og tredje h\u00e5nd.",
                        "Bruk vernebriller. Loddebolten blir 350 \u00b0C.", "Wear safety glasses. The iron gets to 350 \u00b0C.",
                        List.of(material("Loddetinn, blyfritt", "meter", "5"))),
                new Machine("VINYL_CUTTER", 1, null, "Vinylkutter Cricut Maker 3", "Vinyl cutter Cricut Maker 3",
                        "Schneideplotter Cricut Maker 3", "Klistremerker, tekstiltrykk og sjablonger.", null, null,
                        List.of(material("Vinyl, 30 \u00d7 30 cm", "ark", "20"), material("Flex-folie", "ark", "30"))),
                new Machine("VR_HEADSET", 2, null, "VR-briller Meta Quest 3", "VR headset Meta Quest 3",
                        "VR-Brille Meta Quest 3", "Med hygienemaske og 3 \u00d7 3 m fritt gulv.",
                        "Ta pause hvert 30. minutt.", "Take a break every 30 minutes.", List.of()),
                new Machine("REPAIR_BENCH", 1, null, "Reparasjonsbenk", "Repair bench", "Reparaturplatz",
                        "Verkt\u00f8y for sm\u00e5 reparasjoner av kl\u00e6r, sykler og elektronikk. Repair Caf\u00e9 "
                                + "f\u00f8rste l\u00f8rdag i m\u00e5neden.", null, null, List.of())));
        Map<String, EquipmentView> steinkjerMachines = machines(admin, steinkjerVerksted, List.of(
                new Machine("PRINTER_3D", 2, 365, "3D-printer Bambu Lab P1S", "3D printer Bambu Lab P1S",
                        "3D-Drucker Bambu Lab P1S", "Lukket printer, 25 \u00d7 25 \u00d7 25 cm.",
                        "Ikke \u00e5pne d\u00f8ren mens den printer.", "Do not open the door while printing.",
                        List.of(material("PLA-filament", "100 g", "25"))),
                new Machine("LASER_CUTTER", 1, 365, "Laserkutter xTool S1", "Laser cutter xTool S1", "Lasercutter xTool S1",
                        "Lukket diodelaser, 20 W, 49 \u00d7 31 cm.", "Aldri la laseren g\u00e5 uten tilsyn.",
                        "Never leave the laser running unattended.", List.of()),
                new Machine("SEWING_MACHINE", 2, null, "Symaskin Janome 3622", "Sewing machine Janome 3622",
                        "N\u00e4hmaschine Janome 3622", null, null, null, List.of()),
                new Machine("VINYL_CUTTER", 1, null, "Vinylkutter Silhouette Cameo 5", "Vinyl cutter Silhouette Cameo 5",
                        "Schneideplotter Silhouette Cameo 5", null, null, null, List.of()),
                new Machine("SOLDERING_STATION", 1, null, "Loddestasjon", "Soldering station", "L\u00f6tstation",
                        null, "Bruk vernebriller.", "Wear safety glasses.", List.of()),
                new Machine("VR_HEADSET", 1, null, "VR-briller Meta Quest 3", "VR headset Meta Quest 3",
                        "VR-Brille Meta Quest 3", null, null, null, List.of()),
                new Machine("REPAIR_BENCH", 1, null, "Reparasjonsbenk", "Repair bench", "Reparaturplatz", null, null,
                        null, List.of())));

        // Inductions: one has run out (the trainer's 3D printer induction in Trondheim), so the demo shows the gate.
        induction(librarian, trondheimMachines.get("PRINTER_3D"), "sme@uptake.demo", today.minusDays(60));
        induction(librarian, trondheimMachines.get("PRINTER_3D"), "advisor@uptake.demo", today.minusDays(10));
        induction(librarian, trondheimMachines.get("PRINTER_3D"), "trainer@uptake.demo", today.minusDays(400));
        induction(librarian, trondheimMachines.get("LASER_CUTTER"), "trainer@uptake.demo", today.minusDays(200));
        induction(librarian, trondheimMachines.get("LASER_CUTTER"), "manager@uptake.demo", today.minusDays(30));
        induction(librarian, trondheimMachines.get("EMBROIDERY_MACHINE"), "reviewer@uptake.demo", today.minusDays(5));
        induction(admin, steinkjerMachines.get("PRINTER_3D"), "trainer@uptake.demo", today.minusDays(90));
        induction(admin, steinkjerMachines.get("LASER_CUTTER"), "sme@uptake.demo", today.minusDays(20));

        Random random = new Random(2027);
        int past = pastBookings(hovedbiblioteket, trondheimMachines, random, today)
                + pastBookings(steinkjerVerksted, steinkjerMachines, random, today);
        inventory.setStatus(admin, steinkjerMachines.get("LASER_CUTTER").id(), new StatusRequest("OUT_OF_ORDER",
                today.plusDays(4).toString(), "Venter p\u00e5 ny laserdiode"));
        int future = futureBookings(hovedbiblioteket, trondheimMachines, random, today, librarian)
                + futureBookings(steinkjerVerksted, steinkjerMachines, random, today, admin);
        log.info("Created 2 demo maker spaces with {} machines, {} past and {} coming bookings",
                trondheimMachines.size() + steinkjerMachines.size(), past, future);
    }

    private VenueView venue(UptakeUser staff, VenueRequest request, OpeningHoursRequest hours) {
        if (!(venues.create(staff, request) instanceof Venues.Done created)) {
            throw new IllegalStateException("Demo venue " + request.name() + " was refused");
        }
        var set = venues.setOpeningHours(staff, created.venue().id(), hours);
        if (!(set instanceof Venues.Done done)) {
            throw new IllegalStateException("Demo opening hours refused: " + set);
        }
        return done.venue();
    }

    /** Weekly hours ("10:00-19:00"), closed on 17 May, 24 to 26 and 31 December and 1 January (next ones). */
    private static OpeningHoursRequest hours(Map<DayOfWeek, String> weekly, LocalDate today) {
        Map<String, List<Range>> days = new LinkedHashMap<>();
        weekly.forEach((day, range) -> days.put(day.name(), List.of(new Range(range.substring(0, 5),
                range.substring(6)))));
        List<ExceptionRequest> closures = new ArrayList<>();
        Map<MonthDay, String> holidays = new LinkedHashMap<>();
        holidays.put(MonthDay.of(5, 17), "Grunnlovsdag");
        holidays.put(MonthDay.of(12, 24), "Julaften");
        holidays.put(MonthDay.of(12, 25), "1. juledag");
        holidays.put(MonthDay.of(12, 26), "2. juledag");
        holidays.put(MonthDay.of(12, 31), "Nytt\u00e5rsaften");
        holidays.put(MonthDay.of(1, 1), "1. nytt\u00e5rsdag");
        holidays.forEach((day, note) -> {
            LocalDate date = day.atYear(today.getYear());
            closures.add(new ExceptionRequest((date.isBefore(today) ? date.plusYears(1) : date).toString(), true, null,
                    note));
        });
        return new OpeningHoursRequest(days, closures);
    }

    private static MaterialRequest material(String name, String unit, String priceNok) {
        return new MaterialRequest(name, unit, new BigDecimal(priceNok), "NOK");
    }

    private Map<String, EquipmentView> machines(UptakeUser staff, VenueView venue, List<Machine> machines) {
        Map<String, EquipmentView> added = new LinkedHashMap<>();
        for (Machine machine : machines) {
            Map<String, String> names = Map.of("nb", machine.nb(), "en", machine.en(), "de", machine.de());
            Map<String, String> safety = new LinkedHashMap<>();
            if (machine.safetyNb() != null) {
                safety.put("nb", machine.safetyNb());
                safety.put("en", machine.safetyEn());
            }
            var result = inventory.add(staff, venue.id(), new EquipmentRequest(names,
                    machine.descriptionNb() == null ? Map.of() : Map.of("nb", machine.descriptionNb()), machine.kind(),
                    machine.quantity(), machine.inductionDays() != null, machine.inductionDays(), safety,
                    machine.materials(), null));
            if (!(result instanceof Inventory.Done done)) {
                throw new IllegalStateException("Demo equipment " + machine.en() + " was refused: " + result);
            }
            added.put(machine.kind(), done.equipment());
        }
        return added;
    }

    private void induction(UptakeUser staff, EquipmentView machine, String email, LocalDate passedOn) {
        var result = inductions.record(staff, machine.id(), new InductionRequest(null, email, passedOn.toString()));
        if (!(result instanceof Inductions.Done)) {
            throw new IllegalStateException("Demo induction refused: " + result);
        }
    }

    /**
     * Two weeks back: each unit, each open day, each two-hour block of the day is booked by someone with some
     * chance, for one or two hours. Most came, some did not, a few cancelled.
     */
    private int pastBookings(VenueView venue, Map<String, EquipmentView> machines, Random random, LocalDate today) {
        int count = 0;
        for (LocalDate day = today.minusDays(14); day.isBefore(today); day = day.plusDays(1)) {
            for (TimeRange range : venue.openingHours().on(day)) {
                for (EquipmentView machine : machines.values()) {
                    for (EquipmentView.UnitView unit : machine.units()) {
                        for (int block = range.openMinute(); block + 120 <= range.closeMinute(); block += 120) {
                            if (random.nextDouble() > 0.35) {
                                continue;
                            }
                            int minutes = random.nextBoolean() ? 60 : 120;
                            double roll = random.nextDouble();
                            BookingStatus outcome = roll < 0.8 ? BookingStatus.ATTENDED
                                    : roll < 0.92 ? BookingStatus.NO_SHOW : BookingStatus.CANCELLED;
                            UUID person = user(PEOPLE.get(random.nextInt(PEOPLE.size()))).id();
                            bookings.importBooking(unit.id(), person,
                                    day.atStartOfDay(venue.zone()).plusMinutes(block).toInstant(),
                                    day.atStartOfDay(venue.zone()).plusMinutes(block + minutes).toInstant(), outcome);
                            count++;
                        }
                    }
                }
            }
            // One transaction for all: keep the persistence context small, or every flush checks every booking.
            entities.flush();
            entities.clear();
        }
        return count;
    }

    /**
     * Two weeks ahead, booked like people book (rules, inductions and the limit of active bookings apply; refused
     * tries are simply left out). The staff cancel the first of them for a school class, with a reason.
     */
    private int futureBookings(VenueView venue, Map<String, EquipmentView> machines, Random random, LocalDate today,
            UptakeUser staff) {
        int count = 0;
        List<EquipmentView> list = List.copyOf(machines.values());
        Optional<UUID> first = Optional.empty();
        for (LocalDate day = today.plusDays(1); !day.isAfter(today.plusDays(14)); day = day.plusDays(1)) {
            for (TimeRange range : venue.openingHours().on(day)) {
                for (int tries = 0; tries < 4; tries++) {
                    EquipmentView machine = list.get(random.nextInt(list.size()));
                    int blocks = (range.closeMinute() - range.openMinute()) / 60;
                    int start = range.openMinute() + 60 * random.nextInt(Math.max(1, blocks - 1));
                    String from = day + "T" + hhmm(start);
                    String to = day + "T" + hhmm(Math.min(range.closeMinute(), start + 60 * (1 + random.nextInt(2))));
                    UptakeUser person = user(PEOPLE.get(random.nextInt(PEOPLE.size())));
                    if (bookings.book(person, machine.id(), new BookingRequest(from, to, null, null, null))
                            instanceof Bookings.Done done) {
                        count++;
                        first = first.or(() -> Optional.of(done.booking().id()));
                        break; // one a day, so that the bookings spread over both weeks
                    }
                }
            }
        }
        first.ifPresent(id -> bookings.cancel(staff, id, "Verkstedet er reservert for en skoleklasse denne dagen."));
        return count;
    }

    private static String hhmm(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    private final Map<String, UptakeUser> users = new java.util.HashMap<>();

    private UptakeUser user(String email) {
        return users.computeIfAbsent(email, this::account);
    }

    private UptakeUser account(String email) {
        return UptakeUser.of(accounts.findByEmail(email).filter(account -> !account.erased())
                .orElseThrow(() -> new IllegalStateException("Demo account " + email + " is missing")));
    }
}
