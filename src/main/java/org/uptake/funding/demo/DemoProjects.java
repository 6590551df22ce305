package org.uptake.funding.demo;

import java.util.List;

/**
 * The consortia of the demo calls: real demo organisations of the Altmark and Trøndelag, projects as such firms
 * would propose them, and the consensus each reaches (relevance, work plan, impact; 0-5).
 */
final class DemoProjects {

    private DemoProjects() {
    }

    enum Outcome {
        /** Approved when the selection reaches it. */
        FUNDABLE,
        /** Approved with conditions; the consortium has sent its revised version. */
        CONDITIONS,
        /** Below a threshold; the lead asks for an evaluation review, which is dismissed. */
        CONTESTED,
        /** The programme finds it ineligible (de minimis limit). */
        INELIGIBLE
    }

    /**
     * @param german true for a German consortium (texts in German), false for a Norwegian one
     * @param consensus relevance, work plan, impact
     */
    record Project(String lead, List<String> partners, String acronym, String title, String summary, int grant,
            int[] consensus, Outcome outcome, boolean german) {
    }

    static final List<Project> DECIDED_CALL = List.of(
            new Project("Tischlerei Hoffmann GmbH", List.of("Elektro Schulze & Sohn GmbH",
                    "Handwerkskammer Magdeburg \u2013 Gesch\u00e4ftsstelle Stendal"), "HANDWERK-KI",
                    "KI-gest\u00fctzte Auftragsplanung im Handwerk",
                    "Drei Handwerksbetriebe und die Kammer erproben eine gemeinsame Auftrags- und Einsatzplanung mit "
                            + "KI-Vorschl\u00e4gen und machen sie f\u00fcr weitere Betriebe nutzbar.",
                    58000, new int[] { 5, 4, 5 }, Outcome.FUNDABLE, true),
            new Project("Dorfladen Diesdorf eG", List.of("Agrargenossenschaft Jeetzeniederung eG",
                    "G\u00e4rtnerei Rosenthal", "Altm\u00e4rker K\u00e4serei Beetzendorf GmbH"), "HOFLADEN",
                    "Digitaler Hofladen Altmark",
                    "Ein gemeinsamer Onlineshop mit Abholstationen f\u00fcr Erzeuger und Dorfl\u00e4den der westlichen "
                            + "Altmark.",
                    45000, new int[] { 4, 4, 5 }, Outcome.FUNDABLE, true),
            new Project("Landhotel am Arendsee", List.of("Ferienhof Elbwiesen", "Gasthaus Zur Hanse"), "GASTCLOUD",
                    "Gemeinsame Cloud-Buchhaltung f\u00fcr Gastgeber",
                    "Drei Gastgeber stellen Buchhaltung, Kasse und Belegablage gemeinsam auf eine Cloudl\u00f6sung um.",
                    36000, new int[] { 3, 3, 3 }, Outcome.FUNDABLE, true),
            new Project("Milchhof Milde GmbH & Co. KG", List.of("Digitalisierungszentrum Altmark"), "MELKSENS",
                    "Sensorik im Melkstand",
                    "Sensoren im Melkstand und ein Dashboard f\u00fcr Tiergesundheit und Milchqualit\u00e4t, mit dem "
                            + "Digitalisierungszentrum als Transferpartner.",
                    52000, new int[] { 4, 4, 4 }, Outcome.CONDITIONS, true),
            new Project("Altmark Pr\u00e4zisionsteile GmbH", List.of("Kunststofftechnik Tangerh\u00fctte GmbH",
                    "Landtechnik Gardelegen GmbH"), "PRAEZ40", "Pr\u00e4zision 4.0 \u2013 vernetzte Fertigung",
                    "Maschinendaten dreier Zulieferer flie\u00dfen in eine gemeinsame Auswertung von Auslastung und "
                            + "Ausschuss.",
                    60000, new int[] { 5, 5, 4 }, Outcome.FUNDABLE, true),
            new Project("Altmark Erlebnisreisen UG (haftungsbeschr\u00e4nkt)", List.of("Ferienhof Elbwiesen"),
                    "ERLEBNIS", "Onlinebuchung f\u00fcr Erlebnisreisen",
                    "Ein Buchungssystem f\u00fcr gef\u00fchrte Touren und Unterk\u00fcnfte in der Altmark.",
                    28000, new int[] { 2, 3, 3 }, Outcome.CONTESTED, true),
            new Project("Tr\u00f8ndelag H\u00e5ndverkerforening", List.of("Snekkeri Moen AS",
                    "Stj\u00f8rdal R\u00f8r og Varme AS"), "HANDVERK", "Digitalt verksted for h\u00e5ndverkere i Tr\u00f8ndelag",
                    "H\u00e5ndverkerforeningen og to bedrifter bygger et felles oppsett for timef\u00f8ring, avvik og "
                            + "dokumentasjon p\u00e5 byggeplass.",
                    55000, new int[] { 4, 4, 4 }, Outcome.FUNDABLE, false),
            new Project("Fr\u00f8ya Sj\u00f8mat AS", List.of("Hitra Havbruk AS", "Fiskeb\u00e5ten Havbris AS"), "SPORBAR",
                    "Sporbar sj\u00f8mat med sensordata",
                    "Temperatur- og fangstdata f\u00f8lger fisken fra b\u00e5t til kunde, slik at kj\u00f8perne kan se "
                            + "hele kjeden.",
                    59000, new int[] { 5, 4, 4 }, Outcome.FUNDABLE, false),
            new Project("G\u00e5rdsmeieriet Inder\u00f8y AS", List.of("Ogndal Melk DA", "Frosta Gr\u00f8nt AS"),
                    "GARDSMAT", "Felles nettbutikk for g\u00e5rdsmat",
                    "Tre g\u00e5rder deler nettbutikk, lager og levering av lokal mat i Innherred.",
                    40000, new int[] { 4, 3, 4 }, Outcome.FUNDABLE, false),
            new Project("R\u00f8ros Hytteutleie AS", List.of("Oppdal Fjellstue AS", "Tr\u00f8ndelag Opplevelser AS"),
                    "FJELLBOOK", "Booking og betaling for hytter og fjellstuer",
                    "Felles booking og betaling for utleiehytter, fjellstue og guidede turer.",
                    33000, new int[] { 3, 2, 3 }, Outcome.FUNDABLE, false),
            new Project("Orkla Maskinering AS", List.of("Namdal Plast AS", "Orkanger N\u00e6ringspark AS"), "TVILLING",
                    "Digital tvilling i maskinering",
                    "En digital tvilling av to produksjonslinjer gir bedre planlegging og f\u00e6rre stopp.",
                    60000, new int[] { 4, 4, 3 }, Outcome.FUNDABLE, false),
            new Project("Bakklandet Kaf\u00e9 og Bistro AS", List.of("Nidelv Inkubator AS"), "KAFEDATA",
                    "Kassedata og bestilling for kafeer",
                    "Bestilling p\u00e5 mobil og felles analyse av kassedata for sm\u00e5 serveringssteder.",
                    25000, new int[] { 3, 3, 3 }, Outcome.INELIGIBLE, false));
}
