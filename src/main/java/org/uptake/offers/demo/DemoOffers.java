package org.uptake.offers.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.directory.OrganisationType;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;
import org.uptake.offers.OfferKind;
import org.uptake.offers.offer.OfferRepository;
import org.uptake.offers.offer.OfferRequest;
import org.uptake.offers.offer.Offers;
import org.uptake.offers.registration.Registrations;
import org.uptake.offers.session.SessionRequest;
import org.uptake.offers.session.Sessions;
import org.uptake.offers.track.Tracks;

/**
 * A season of offers in both demo regions: craft seminars, consulting hours and events of the chamber in the
 * Altmark, competence tracks of the business park and the incubator in Trøndelag, with registrations (one seminar
 * is full and has a waitlist).
 */
@Component
@Profile("demo")
@Order(40)
class DemoOffers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOffers.class);
    private static final String BERLIN = "Europe/Berlin";
    private static final String OSLO = "Europe/Oslo";

    /** One offer: provider, who creates it, texts, kind, topics and its sessions (days from today, hour, seats). */
    record DemoOffer(String provider, String organiser, OfferKind kind, String language, Map<String, String> title,
            String description, List<String> topics, String industry, String address, String nuts, String zone,
            List<int[]> sessions) {
    }

    // @formatter:off
    private static final String CHAMBER = "Handwerkskammer Magdeburg – Geschäftsstelle Stendal";
    private static final String PARK = "Orkanger Næringspark AS";
    private static final String INCUBATOR = "Nidelv Inkubator AS";
    private static final String COUNTY = "Trøndelag fylkeskommune – Regional utvikling";

    private static final List<DemoOffer> OFFERS = List.of(
        new DemoOffer(CHAMBER, "admin@uptake.demo", OfferKind.SEMINAR, "de",
            Map.of("de", "Digitale Buchhaltung und E-Rechnung im Handwerk", "en", "Digital bookkeeping and e-invoicing for crafts"),
            "Ab 2025 müssen Betriebe **E-Rechnungen** empfangen können. Wir zeigen, wie Belege digital erfasst, "
                + "Rechnungen im XRechnung- und ZUGFeRD-Format geschrieben und das Kassenbuch GoBD-konform geführt werden.\n\n"
                + "- Belege scannen und ablegen\n- E-Rechnung schreiben und empfangen\n- Schnittstelle zum Steuerbüro",
            List.of("data", "strategy", "E-Rechnung"), null, "Handwerkskammer, Breite Straße 31, 39576 Stendal", "DEE0D", BERLIN,
            List.of(new int[] {14, 9, 20}, new int[] {45, 9, 20})),
        new DemoOffer(CHAMBER, "admin@uptake.demo", OfferKind.SEMINAR, "de",
            Map.of("de", "Website und Online-Terminbuchung für Handwerksbetriebe"),
            "Kundinnen buchen heute online. In einem Tag entsteht eine einfache Website mit Terminbuchung – mit "
                + "Praxisbeispielen aus Tischlerei, Friseurhandwerk und Kfz-Werkstatt.",
            List.of("readiness", "Website"), null, "Bildungszentrum, Hansestraße 2, 29410 Salzwedel", "DEE04", BERLIN,
            List.of(new int[] {9, 9, 3})),
        new DemoOffer(CHAMBER, "admin@uptake.demo", OfferKind.CONSULTING, "de",
            Map.of("de", "Digitalisierungsberatung im Betrieb"),
            "Eine Stunde mit einem Innovationsberater der Handwerkskammer: Wo steht Ihr Betrieb, was bringt am meisten, "
                + "welche Förderung passt (z. B. Digital Jetzt, Sachsen-Anhalt DIGITAL)? Ein Termin je Betrieb.",
            List.of("strategy"), null, "Handwerkskammer, Breite Straße 31, 39576 Stendal", "DEE0D", BERLIN,
            List.of(new int[] {7, 10, 1}, new int[] {7, 11, 1}, new int[] {8, 10, 1}, new int[] {8, 14, 1})),
        new DemoOffer(CHAMBER, "admin@uptake.demo", OfferKind.WEBINAR, "de",
            Map.of("de", "KI im Handwerksalltag: Angebote, Texte, Aufmaß", "en", "AI in everyday craft work"),
            "Was KI-Werkzeuge heute schon können und wo die Grenzen liegen – live ausprobiert, mit Hinweisen zu "
                + "Datenschutz und Urheberrecht.",
            List.of("automation", "KI"), null, null, null, BERLIN,
            List.of(new int[] {12, 18, 100})),
        new DemoOffer(PARK, "trainer@uptake.demo", OfferKind.COMPETENCE_TRACK, "nb",
            Map.of("nb", "Industri 4.0-løpet for prosessindustrien", "en", "Industry 4.0 track for process industry"),
            "Et kompetanseløp i fire samlinger for bedrifter i prosessindustrien rundt Orkanger: sensorer og data, "
                + "digital tvilling, vedlikehold og energistyring. Samlingene bygger på hverandre.",
            List.of("automation", "data", "green"), "Prosessindustri", "Grønøravegen 10, 7300 Orkanger", "NO060", OSLO,
            List.of(new int[] {16, 9, 15}, new int[] {44, 9, 15}, new int[] {72, 9, 15}, new int[] {100, 9, 15})),
        new DemoOffer(INCUBATOR, "admin@uptake.demo", OfferKind.COMPETENCE_TRACK, "nb",
            Map.of("nb", "Kompetanseløp: digital handel for nye bedrifter"),
            "Fra første nettbutikk til markedsføring i sosiale medier og betaling: tre samlinger for handel og "
                + "tjenester i Trøndelag.",
            List.of("readiness", "strategy", "netthandel"), "Varehandel", "Professor Brochs gate 2, 7030 Trondheim",
            "NO060", OSLO, List.of(new int[] {20, 12, 25}, new int[] {48, 12, 25}, new int[] {76, 12, 25})),
        new DemoOffer(PARK, "trainer@uptake.demo", OfferKind.SEMINAR, "nb",
            Map.of("nb", "Datadrevet havbruk: sensorer, vannkvalitet og fôring"),
            "Hvordan små havbruksbedrifter bruker sensordata til bedre fôring og fiskevelferd. Med besøk hos en "
                + "lokal oppdretter.",
            List.of("data", "automation"), null, "Hitra næringshage, 7240 Hitra", "NO060", OSLO,
            List.of(new int[] {25, 10, 30})),
        new DemoOffer(COUNTY, "admin@uptake.demo", OfferKind.EVENT, "nb",
            Map.of("nb", "Digitaliseringsdagen i Trøndelag", "en", "Trøndelag digitalisation day"),
            "Erfaringer fra bedrifter, tilbud fra virkemiddelapparatet og nettverk. Åpent for alle små og "
                + "mellomstore bedrifter.",
            List.of("strategy", "green"), null, "Scandic Lerkendal, Klæbuveien 127, 7031 Trondheim", "NO060", OSLO,
            List.of(new int[] {33, 9, 120})));
    // @formatter:on

    /** The modules of the two competence tracks, one per session. */
    private static final Map<String, List<String>> TRACK_MODULES = Map.of(
            PARK, List.of("Sensorer og data", "Digital tvilling", "Prediktivt vedlikehold", "Energistyring"),
            INCUBATOR, List.of("Nettbutikk", "Markedsføring i sosiale medier", "Betaling og logistikk"));

    private final Offers offers;
    private final Tracks tracks;
    private final Sessions sessions;
    private final Registrations registrations;
    private final OfferRepository repository;
    private final Directory directory;
    private final Accounts accounts;

    DemoOffers(Tracks tracks, Offers offers, Sessions sessions, Registrations registrations, OfferRepository repository,
            Directory directory, Accounts accounts) {
        this.tracks = tracks;
        this.offers = offers;
        this.sessions = sessions;
        this.registrations = registrations;
        this.repository = repository;
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        Map<String, UUID> providers = new java.util.HashMap<>();
        directory.organisationsOfTypes(java.util.EnumSet.complementOf(java.util.EnumSet.of(OrganisationType.SME)))
                .forEach(o -> providers.put(o.name(), o.id()));
        List<UUID> firstSessions = new java.util.ArrayList<>();
        for (DemoOffer demo : OFFERS) {
            UptakeUser organiser = user(demo.organiser());
            var created = offers.create(organiser, new OfferRequest(demo.title(), Map.of(demo.language(),
                    demo.description()), demo.kind(), providers.get(demo.provider()), demo.topics(), List.of(),
                    List.of("MICRO", "SMALL", "MEDIUM"), demo.language(), BigDecimal.ZERO, "EUR",
                    demo.provider().equals(CHAMBER) ? "Gefördert aus Mitteln des EFRE und des Landes Sachsen-Anhalt"
                            : null, 24, demo.industry()));
            if (!(created instanceof Offers.Done done)) {
                throw new IllegalStateException("Demo offer refused: " + created);
            }
            UUID offerId = done.offer().getId();
            boolean first = true;
            int index = 0;
            for (int[] session : demo.sessions()) {
                UUID module = null;
                if (demo.kind() == OfferKind.COMPETENCE_TRACK
                        && tracks.addModule(organiser, offerId, TRACK_MODULES.get(demo.provider()).get(index++),
                                true) instanceof Tracks.Added added) {
                    module = added.module().getId();
                }
                LocalDateTime start = LocalDate.now().plusDays(session[0]).atTime(LocalTime.of(session[1], 0));
                var added = sessions.add(organiser, offerId, new SessionRequest(start.toString(),
                        start.plusHours(demo.kind() == OfferKind.CONSULTING ? 1 : 6).toString(), demo.zone(),
                        session[2], demo.address(), demo.nuts(),
                        demo.address() == null ? "https://meet.uptake.demo/" + offerId : null, null, null, false,
                        demo.kind() == OfferKind.CONSULTING ? "Jonas Becker" : null, module));
                if (added instanceof Sessions.Done sessionDone && first) {
                    firstSessions.add(sessionDone.session().getId());
                    first = false;
                }
            }
            offers.publish(organiser, offerId);
        }
        register(firstSessions);
        log.info("Created {} demo offers", OFFERS.size());
    }

    /**
     * The demo firm owner takes the bookkeeping seminar and a consulting hour for the firm; six owners want the
     * three seats of the website seminar.
     */
    private void register(List<UUID> firstSessions) {
        UptakeUser sme = user("sme@uptake.demo");
        registrations.register(sme, firstSessions.get(0), firstOrganisation(sme), null);
        for (String email : List.of("sme@uptake.demo", "manager@uptake.demo", "advisor@uptake.demo",
                "librarian@uptake.demo", "reviewer@uptake.demo")) {
            UptakeUser person = user(email);
            registrations.register(person, firstSessions.get(1), firstOrganisation(person), null);
        }
        // the firm of the demo owner has the first consulting hour (booked for the firm, as consulting requires),
        // so the slot list shows a taken slot
        registrations.register(sme, firstSessions.get(2), firstOrganisation(sme), null);
        UptakeUser trainer = user("trainer@uptake.demo");
        registrations.register(user("admin@uptake.demo"), firstSessions.get(4), null, null);
        registrations.register(trainer, firstSessions.get(6), null, null);
    }

    private UUID firstOrganisation(UptakeUser user) {
        return directory.affiliations(user.id()).stream().map(Directory.Affiliation::organisation)
                .filter(o -> o.type() == OrganisationType.SME).map(OrganisationSummary::id).findFirst().orElse(null);
    }

    private UptakeUser user(String email) {
        return UptakeUser.of(accounts.findByEmail(email).orElseThrow());
    }
}
