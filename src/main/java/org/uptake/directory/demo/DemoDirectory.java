package org.uptake.directory.demo;

import static org.uptake.directory.OrganisationType.AGENCY;
import static org.uptake.directory.OrganisationType.BUSINESS_PARK;
import static org.uptake.directory.OrganisationType.CHAMBER;
import static org.uptake.directory.OrganisationType.INCUBATOR;
import static org.uptake.directory.OrganisationType.LIBRARY;
import static org.uptake.directory.OrganisationType.SME;

import java.math.BigDecimal;
import java.util.HashMap;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.directory.MembershipRole;
import org.uptake.directory.OrganisationType;
import org.uptake.directory.membership.Membership;
import org.uptake.directory.membership.MembershipRepository;
import org.uptake.directory.organisation.OrganisationRepository;
import org.uptake.directory.organisation.OrganisationRequest;
import org.uptake.directory.organisation.Organisations;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;

/**
 * Demo organisations (profile {@code demo} only) in the two pilot regions, the Altmark in Sachsen-Anhalt and
 * Trøndelag: development agencies, chambers of crafts, a business park, an incubator, public libraries and SMEs
 * of all three size classes. Builds on the demo accounts of identity ({@code @Order(10)}). Every organisation goes
 * through {@link Organisations#create}, so shape, region and sector are checked like any user's input; a wrong value
 * stops the start. Runs once: when the first demo organisation exists, nothing is done.
 */
@Component
@Profile("demo")
@Order(20)
class DemoDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    /** NUTS 3: Altmarkkreis Salzwedel, Stendal (both Altmark, Sachsen-Anhalt) and Trøndelag. */
    private static final String SALZWEDEL = "DEE04";
    private static final String STENDAL = "DEE0D";
    private static final String TRONDELAG = "NO060";

    private static final String ADMIN = "admin@uptake.demo";
    private static final String MANAGER = "manager@uptake.demo";
    private static final String ADVISOR = "advisor@uptake.demo";
    private static final String TRAINER = "trainer@uptake.demo";
    private static final String LIBRARIAN = "librarian@uptake.demo";
    private static final String SME_USER = "sme@uptake.demo";

    /**
     * One demo organisation. Money in EUR, {@code null} where not known; the size class is derived from employees
     * and money. The owner is the demo account that creates it.
     */
    record Seed(String name, OrganisationType type, String nuts, String nace, int employees, Long turnoverEur,
            Long balanceSheetEur, String website, String street, String postalCode, String city, String owner) {

        OrganisationRequest request() {
            return new OrganisationRequest(name, type, nuts, nace, employees, eur(turnoverEur), eur(balanceSheetEur),
                    website, street, postalCode, city, null);
        }

        private static BigDecimal eur(Long amount) {
            return amount == null ? null : BigDecimal.valueOf(amount);
        }
    }

    /** A further person in a demo organisation, besides its owner. */
    record ExtraMember(String organisation, String account, MembershipRole role, String position) {
    }

    // @formatter:off
    private static final List<Seed> SEEDS = List.of(
        // --- Altmark: support organisations -----------------------------------------------------------------------
        new Seed("Digitalisierungszentrum Altmark", AGENCY, STENDAL, "84.13", 14, null, null,
                "digitalzentrum-altmark.de", "Hallstraße 12", "39576", "Stendal", MANAGER),
        new Seed("Handwerkskammer Magdeburg – Geschäftsstelle Stendal", CHAMBER, STENDAL, "94.11", 9, null, null,
                "handwerk-altmark-stendal.de", "Breite Straße 31", "39576", "Stendal", ADMIN),

        // --- Altmark: crafts --------------------------------------------------------------------------------------
        new Seed("Tischlerei Hoffmann GmbH", SME, SALZWEDEL, "16.23", 12, 1_450_000L, 820_000L,
                "tischlerei-hoffmann-salzwedel.de", "Neuperverstraße 41", "29410", "Salzwedel", SME_USER),
        new Seed("Elektro Schulze & Sohn GmbH", SME, SALZWEDEL, "43.21", 23, 2_900_000L, 1_300_000L,
                "elektro-schulze-gardelegen.de", "Magdeburger Straße 17", "39638", "Gardelegen", ADMIN),
        new Seed("Haustechnik Lindemann GmbH", SME, STENDAL, "43.22", 34, 4_600_000L, 2_100_000L,
                "haustechnik-lindemann.de", "Industriestraße 8", "39576", "Stendal", ADMIN),
        new Seed("Fensterbau Jeetzeland GmbH", SME, SALZWEDEL, "43.32", 9, 1_150_000L, 640_000L,
                "fensterbau-jeetzeland.de", "Gewerbegebiet Nord 4", "38486", "Klötze", ADMIN),
        new Seed("Dachdeckerei Wolter GmbH", SME, STENDAL, "43.91", 15, 1_800_000L, null,
                "dachdeckerei-wolter-bismark.de", "Stendaler Straße 52", "39628", "Bismark", ADMIN),
        new Seed("Landbäckerei Wernicke GmbH", SME, STENDAL, "10.71", 46, 3_100_000L, 1_700_000L,
                "landbaeckerei-wernicke.de", "Lange Straße 22", "39590", "Tangermünde", ADMIN),
        new Seed("Polsterei Bergmann", SME, STENDAL, "95.24", 3, null, null,
                "polsterei-bergmann-osterburg.de", "Breite Straße 9", "39606", "Osterburg", ADMIN),
        new Seed("Kfz-Meisterbetrieb Krause", SME, STENDAL, "45.20", 6, 690_000L, null,
                "kfz-krause-havelberg.de", "Pritzwalker Straße 27", "39539", "Havelberg", ADMIN),

        // --- Altmark: tourism -------------------------------------------------------------------------------------
        new Seed("Landhotel am Arendsee", SME, SALZWEDEL, "55.10", 28, 1_900_000L, 3_400_000L,
                "landhotel-am-arendsee.de", "Seestraße 18", "39619", "Arendsee", ADMIN),
        new Seed("Ferienhof Elbwiesen", SME, STENDAL, "55.20", 4, 210_000L, null,
                "ferienhof-elbwiesen.de", "Elbdeich 3", "39596", "Arneburg", ADMIN),
        new Seed("Gasthaus Zur Hanse", SME, STENDAL, "56.10", 14, 780_000L, null,
                "gasthaus-zur-hanse-tangermuende.de", "Kirchstraße 5", "39590", "Tangermünde", ADMIN),
        new Seed("Altmark Erlebnisreisen UG (haftungsbeschränkt)", SME, STENDAL, "79.90", 5, 340_000L, null,
                "altmark-erlebnisreisen.de", "Hallstraße 40", "39576", "Stendal", ADMIN),

        // --- Altmark: agriculture ---------------------------------------------------------------------------------
        new Seed("Agrargenossenschaft Jeetzeniederung eG", SME, SALZWEDEL, "01.11", 38, 6_800_000L, 11_500_000L,
                "ag-jeetzeniederung.de", "Chüdener Dorfstraße 12", "29410", "Salzwedel", ADMIN),
        new Seed("Milchhof Milde GmbH & Co. KG", SME, SALZWEDEL, "01.41", 19, 3_300_000L, 5_200_000L,
                "milchhof-milde.de", "Vienauer Weg 2", "39624", "Kalbe (Milde)", ADMIN),
        new Seed("Gemüsebau Wischeland GbR", SME, STENDAL, "01.13", 7, 520_000L, null,
                "gemuesebau-wischeland.de", "Feldstraße 11", "39615", "Seehausen (Altmark)", ADMIN),

        // --- Altmark: manufacturing -------------------------------------------------------------------------------
        new Seed("Altmark Präzisionsteile GmbH", SME, STENDAL, "25.62", 86, 11_200_000L, 7_400_000L,
                "altmark-praezisionsteile.de", "Am Güterbahnhof 5", "39576", "Stendal", ADMIN),
        new Seed("Landtechnik Gardelegen GmbH", SME, SALZWEDEL, "28.30", 142, 31_500_000L, 18_900_000L,
                "landtechnik-gardelegen.de", "Zum Gewerbepark 14", "39638", "Gardelegen", ADMIN),
        new Seed("Kunststofftechnik Tangerhütte GmbH", SME, STENDAL, "22.29", 64, 8_900_000L, 5_600_000L,
                "kunststofftechnik-tangerhuette.de", "Industriepark 3", "39517", "Tangerhütte", ADMIN),
        new Seed("Altmärker Käserei Beetzendorf GmbH", SME, SALZWEDEL, "10.51", 27, 5_400_000L, 2_800_000L,
                "kaeserei-beetzendorf.de", "Molkereistraße 1", "38489", "Beetzendorf", ADMIN),

        // --- Altmark: retail --------------------------------------------------------------------------------------
        new Seed("Dorfladen Diesdorf eG", SME, SALZWEDEL, "47.11", 5, 610_000L, null,
                "dorfladen-diesdorf.de", "Lindenstraße 2", "29413", "Diesdorf", ADMIN),
        new Seed("Farben & Eisenwaren Pieper KG", SME, STENDAL, "47.52", 11, 1_700_000L, 900_000L,
                "pieper-osterburg.de", "Bahnhofstraße 21", "39606", "Osterburg", ADMIN),
        new Seed("Gärtnerei Rosenthal", SME, SALZWEDEL, "47.76", 8, 560_000L, null,
                "gaertnerei-rosenthal-kloetze.de", "Gardelegener Straße 60", "38486", "Klötze", ADMIN),
        // Seven people, but too much turnover and balance sheet for a micro enterprise: derived as SMALL.
        new Seed("Jeetze Baumkuchen Versand GmbH", SME, SALZWEDEL, "47.91", 7, 4_200_000L, 2_600_000L,
                "jeetze-baumkuchen.de", "Holzmarktstraße 6", "29410", "Salzwedel", ADMIN),

        // --- Trøndelag: support organisations ---------------------------------------------------------------------
        new Seed("Trøndelag fylkeskommune – Regional utvikling", AGENCY, TRONDELAG, "84.13", 42, null, null,
                "regionalutvikling-trondelag.no", "Fjordgata 1", "7010", "Trondheim", ADMIN),
        new Seed("Trøndelag Håndverkerforening", CHAMBER, TRONDELAG, "94.11", 5, null, null,
                "trondelag-handverk.no", "Kongens gate 19", "7012", "Trondheim", ADMIN),
        new Seed("Orkanger Næringspark AS", BUSINESS_PARK, TRONDELAG, "68.20", 6, 1_100_000L, 9_800_000L,
                "orkanger-naeringspark.no", "Grønøravegen 10", "7300", "Orkanger", TRAINER),
        new Seed("Nidelv Inkubator AS", INCUBATOR, TRONDELAG, "70.22", 11, 1_600_000L, 700_000L,
                "nidelv-inkubator.no", "Professor Brochs gate 2", "7030", "Trondheim", ADMIN),
        new Seed("Trondheim folkebibliotek – Hovedbiblioteket", LIBRARY, TRONDELAG, "91.01", 58, null, null,
                "trondheim-folkebibliotek.no", "Peter Egges plass 1", "7013", "Trondheim", LIBRARIAN),
        new Seed("Steinkjer bibliotek", LIBRARY, TRONDELAG, "91.01", 12, null, null,
                "steinkjer-bibliotek.no", "Kongens gate 34", "7713", "Steinkjer", ADMIN),

        // --- Trøndelag: crafts ------------------------------------------------------------------------------------
        new Seed("Nidaros Elektro AS", SME, TRONDELAG, "43.21", 48, 7_300_000L, 3_100_000L,
                "nidaros-elektro.no", "Sluppenvegen 12", "7037", "Trondheim", ADMIN),
        new Seed("Stjørdal Rør og Varme AS", SME, TRONDELAG, "43.22", 21, 3_900_000L, 1_500_000L,
                "stjordal-ror.no", "Havnegata 8", "7500", "Stjørdal", ADMIN),
        new Seed("Snekkeri Moen AS", SME, TRONDELAG, "43.32", 6, 820_000L, null,
                "snekkeri-moen.no", "Sjøgata 30", "7600", "Levanger", ADMIN),
        new Seed("Bergstaden Bakeri AS", SME, TRONDELAG, "10.71", 12, 1_050_000L, 480_000L,
                "bergstaden-bakeri.no", "Kjerkgata 14", "7374", "Røros", ADMIN),
        new Seed("Bilverksted Levanger AS", SME, TRONDELAG, "45.20", 11, 1_900_000L, 760_000L,
                "bilverksted-levanger.no", "Moafjæra 5", "7600", "Levanger", ADMIN),
        new Seed("Møbelverkstedet Namsos", SME, TRONDELAG, "95.24", 2, null, null,
                "mobelverkstedet-namsos.no", "Havnegata 41", "7800", "Namsos", ADMIN),

        // --- Trøndelag: tourism -----------------------------------------------------------------------------------
        new Seed("Oppdal Fjellstue AS", SME, TRONDELAG, "55.10", 38, 3_600_000L, 6_100_000L,
                "oppdal-fjellstue.no", "Olaf Skasliens vei 7", "7340", "Oppdal", ADMIN),
        new Seed("Røros Hytteutleie AS", SME, TRONDELAG, "55.20", 3, 290_000L, null,
                "roros-hytteutleie.no", "Bergmannsgata 20", "7374", "Røros", ADMIN),
        new Seed("Bakklandet Kafé og Bistro AS", SME, TRONDELAG, "56.10", 22, 1_700_000L, 390_000L,
                "bakklandet-bistro.no", "Øvre Bakklandet 44", "7013", "Trondheim", ADMIN),
        new Seed("Trøndelag Opplevelser AS", SME, TRONDELAG, "79.90", 8, 950_000L, null,
                "trondelag-opplevelser.no", "Kjøpmannsgata 35", "7011", "Trondheim", ADMIN),

        // --- Trøndelag: agriculture and the sea -------------------------------------------------------------------
        new Seed("Ogndal Melk DA", SME, TRONDELAG, "01.41", 3, 410_000L, 1_200_000L,
                "ogndal-melk.no", "Ogndalsvegen 310", "7713", "Steinkjer", ADMIN),
        new Seed("Frosta Grønt AS", SME, TRONDELAG, "01.13", 14, 2_300_000L, 1_800_000L,
                "frosta-gront.no", "Frostavegen 1500", "7633", "Frosta", ADMIN),
        new Seed("Hitra Havbruk AS", SME, TRONDELAG, "03.21", 74, 46_000_000L, 38_000_000L,
                "hitra-havbruk.no", "Fillingsvegen 4", "7240", "Hitra", ADMIN),
        new Seed("Fiskebåten Havbris AS", SME, TRONDELAG, "03.11", 5, 1_400_000L, 1_900_000L,
                "havbris-fiske.no", "Sistranda havn", "7260", "Frøya", ADMIN),

        // --- Trøndelag: manufacturing -----------------------------------------------------------------------------
        new Seed("Frøya Sjømat AS", SME, TRONDELAG, "10.20", 178, 48_500_000L, 39_000_000L,
                "froya-sjomat.no", "Nordhammervika 2", "7260", "Frøya", ADMIN),
        new Seed("Orkla Maskinering AS", SME, TRONDELAG, "25.62", 57, 8_100_000L, 4_900_000L,
                "orkla-maskinering.no", "Grønøravegen 22", "7300", "Orkanger", ADMIN),
        new Seed("Namdal Plast AS", SME, TRONDELAG, "22.29", 31, 4_700_000L, 2_900_000L,
                "namdal-plast.no", "Spillumsvegen 9", "7800", "Namsos", ADMIN),
        new Seed("Gårdsmeieriet Inderøy AS", SME, TRONDELAG, "10.51", 4, 380_000L, null,
                "gardsmeieriet-inderoy.no", "Straumen 12", "7670", "Inderøy", ADMIN),

        // --- Trøndelag: retail ------------------------------------------------------------------------------------
        new Seed("Fillan Landhandel AS", SME, TRONDELAG, "47.11", 9, 1_600_000L, 450_000L,
                "fillan-landhandel.no", "Fillan sentrum 3", "7240", "Hitra", ADMIN),
        new Seed("Byggevare Steinkjer AS", SME, TRONDELAG, "47.52", 17, 3_800_000L, 1_600_000L,
                "byggevare-steinkjer.no", "Sannanvegen 6", "7713", "Steinkjer", ADMIN),
        new Seed("Hagesenteret Stjørdal AS", SME, TRONDELAG, "47.76", 10, 1_300_000L, 700_000L,
                "hagesenteret-stjordal.no", "Kjøpmannsgata 60", "7500", "Stjørdal", ADMIN),
        new Seed("Trondheim Strikk Nettbutikk AS", SME, TRONDELAG, "47.91", 3, 600_000L, 210_000L,
                "trondheim-strikk.no", "Innherredsveien 7", "7014", "Trondheim", ADMIN));

    private static final List<ExtraMember> EXTRA_MEMBERS = List.of(
        new ExtraMember("Handwerkskammer Magdeburg – Geschäftsstelle Stendal", ADVISOR, MembershipRole.MEMBER,
                "Innovationsberater"));
    // @formatter:on

    private final Organisations organisations;
    private final OrganisationRepository repository;
    private final MembershipRepository memberships;
    private final Accounts accounts;
    private final TransactionTemplate transaction;

    DemoDirectory(Organisations organisations, OrganisationRepository repository, MembershipRepository memberships,
            Accounts accounts, PlatformTransactionManager transactionManager) {
        this.organisations = organisations;
        this.repository = repository;
        this.memberships = memberships;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        Seed marker = SEEDS.getFirst();
        boolean seeded = repository.exists((root, query, cb) -> cb.and(cb.equal(root.get("name"), marker.name()),
                cb.equal(root.get("type"), marker.type())));
        if (seeded) {
            log.debug("Demo organisations already present, nothing to do");
            return;
        }
        // All or nothing: a bad seed rolls back every demo organisation, so the next start tries again cleanly.
        transaction.executeWithoutResult(status -> seed());
        log.info("Created {} demo organisations", SEEDS.size());
    }

    private void seed() {
        Map<String, UptakeUser> users = new HashMap<>();
        Map<String, UUID> created = new HashMap<>();
        for (Seed seed : SEEDS) {
            UptakeUser owner = users.computeIfAbsent(seed.owner(), this::user);
            Organisations.Result result = organisations.create(owner, seed.request());
            if (!(result instanceof Organisations.Saved saved)) {
                throw new IllegalStateException("Demo organisation \"" + seed.name() + "\" was not created: " + result);
            }
            created.put(seed.name(), saved.organisation().getId());
        }
        for (ExtraMember extra : EXTRA_MEMBERS) {
            UUID organisationId = created.get(extra.organisation());
            if (organisationId == null) {
                throw new IllegalStateException("No demo organisation \"" + extra.organisation() + "\"");
            }
            memberships.save(new Membership(organisationId, user(extra.account()).id(), extra.role(),
                    extra.position()));
        }
    }

    private UptakeUser user(String email) {
        return UptakeUser.of(accounts.findByEmail(email).filter(account -> !account.erased())
                .orElseThrow(() -> new IllegalStateException("Demo account " + email + " is missing")));
    }
}
