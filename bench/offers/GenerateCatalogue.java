import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills a PostgreSQL database that the application has migrated with a catalogue: provider organisations, N
 * published offers (default 10,000; plus some drafts and cancelled offers the search must skip) and S sessions of
 * the published offers (default 50,000; a few more belong to drafts and cancelled offers), for the catalogue
 * search benchmark of issue 4 (bench/offers/catalogue-search.sh).
 *
 * <p>Texts: each offer is about one of 18 themes (bookkeeping, e-invoicing, IT security, AI, marketing ...) with
 * theme weights between 3 and 8 %. Titles combine a theme title with a pattern of the offer's kind; descriptions
 * are Markdown with three or four of the theme's sentences, a list of three or four of its contents, optional
 * detail sentences (each with its own probability, which gives words that only tens or a few offers contain), a
 * paragraph on the format of the kind, a speaker, two or three general sentences and two or three practical ones. Offers held in German (de) or Norwegian (nb) have that text and often
 * an English one too; English offers sometimes a German or Norwegian one. So a theme word hits hundreds of offers,
 * a detail word tens, a rare detail (ZUGFeRD, Cobot, NIS2 ...) a few.
 *
 * <p>Providers: 250 German and 50 Norwegian organisations (chambers, universities, agencies, libraries ...) in
 * NUTS 3 regions of the region table; a few providers offer much more than most (skewed choice). Sessions:
 * between tomorrow and 18 months ahead, at 09:00, 13:00 or 18:00 local time on working days, in the provider's
 * region (or one nearby, or anywhere in the country), webinars and some consulting online (no region).
 * Competence tracks have 3 to 5 modules with their own sessions.
 *
 * <p>Arguments: --url jdbc:postgresql://... --user postgres [--password ''] [--offers 10000] [--sessions 50000]
 * [--seed 2027]. Rows are written with COPY in one transaction, then ANALYZE.
 */
public class GenerateCatalogue {

    static final String[] LANGS = {"de", "en", "nb"};

    /** A text in de, en and nb. */
    record L(String de, String en, String nb) {
        String get(String lang) {
            return switch (lang) {
                case "de" -> de;
                case "en" -> en;
                default -> nb;
            };
        }

        /** Variants separated by '|'. */
        String[] variants(String lang) {
            return get(lang).split("\\|");
        }
    }

    record Detail(double p, L text) {
    }

    record Theme(String key, double weight, String topics, String tags, L titles, L core, L bullets,
            List<Detail> details) {
    }

    static Theme theme(String key, double weight, String topics, String tags, L titles, L core, L bullets,
            Detail... details) {
        return new Theme(key, weight, topics, tags, titles, core, bullets, List.of(details));
    }

    static final List<Theme> THEMES = List.of(
            theme("bookkeeping", 6, "data,automation", "Buchhaltung",
                    new L("Digitale Buchhaltung im Handwerk|Buchhaltung digital organisieren|Belege, Buchhaltung und Steuerbüro digital",
                            "Digital bookkeeping for small firms|Getting your bookkeeping online|Receipts, bookkeeping and your accountant, digitally",
                            "Digital regnskapsføring for små bedrifter|Regnskap på nett|Bilag, regnskap og regnskapsfører digitalt"),
                    new L("Wir zeigen, wie Belege per App erfasst und automatisch der Buchhaltung zugeordnet werden.|Sie lernen, wie Sie mit Ihrem Steuerbüro Daten sicher austauschen, ohne Papier hin- und herzuschicken.|Am Beispiel gängiger Buchhaltungsprogramme richten wir Bankabgleich, Kontierung und Belegablage ein.|Die Aufbewahrungspflichten werden verständlich erklärt.",
                            "We show how receipts are captured with an app and matched to your bookkeeping automatically.|You learn how to exchange data with your accountant securely, without sending paper back and forth.|Using common bookkeeping software we set up bank reconciliation, posting rules and document storage.|The legal retention rules are explained in plain words.",
                            "Vi viser hvordan bilag fotograferes med en app og føres automatisk i regnskapet.|Du lærer å dele data trygt med regnskapsføreren uten å sende papir frem og tilbake.|Med vanlige regnskapsprogrammer setter vi opp bankavstemming, kontering og arkiv.|Reglene for oppbevaring av regnskapsmateriale forklares enkelt."),
                    new L("Belege scannen und ablegen|Bankkonten anbinden|Rechnungen schreiben und verschicken|Zusammenarbeit mit dem Steuerbüro|Auswertungen auf Knopfdruck",
                            "Scanning and filing receipts|Connecting bank accounts|Writing and sending invoices|Working with your accountant|Reports at the push of a button",
                            "Skanne og arkivere bilag|Koble til bankkontoen|Lage og sende fakturaer|Samarbeid med regnskapsfører|Rapporter med ett klikk"),
                    new Detail(0.12, new L("Auch das digitale Kassenbuch für Betriebe mit Bargeld kommt zur Sprache.",
                            "We also cover the digital cash book for businesses that take cash.",
                            "Vi tar også for oss digital kassebok for bedrifter med kontantsalg."))),
            theme("einvoice", 3, "automation", "E-Rechnung",
                    new L("E-Rechnung: Pflicht und Chance|Elektronische Rechnungen empfangen und schreiben|E-Rechnung in der Praxis",
                            "E-invoicing: obligation and opportunity|Receiving and sending electronic invoices|E-invoicing in practice",
                            "E-faktura: plikt og mulighet|Motta og sende elektroniske fakturaer|E-faktura i praksis"),
                    new L("Unternehmen müssen elektronische Rechnungen empfangen können und bald auch versenden.|Wir erklären die Formate und wie Ihre Software sie erzeugt und prüft.|Sie erfahren, wie eingehende Rechnungen ohne Abtippen in die Buchhaltung gelangen.|Ein Fahrplan für die Umstellung rundet den Termin ab.",
                            "Firms must be able to receive electronic invoices, and soon to send them as well.|We explain the formats and how your software creates and checks them.|You will see how incoming invoices reach your books without retyping.|A roadmap for the switch completes the session.",
                            "Offentlige kunder krever e-faktura, og snart gjelder det flere.|Vi forklarer formatene og hvordan programvaren lager og kontrollerer dem.|Du ser hvordan innkommende fakturaer havner i regnskapet uten manuell registrering.|En plan for overgangen avslutter kurset."),
                    new L("Was die Pflicht verlangt|Formate und Prüfwerkzeuge|Empfang per E-Mail und Portal|Archivierung",
                            "What the obligation requires|Formats and validators|Receiving by e-mail and portal|Archiving",
                            "Hva plikten krever|Formater og valideringsverktøy|Mottak via e-post og portal|Arkivering"),
                    new Detail(0.015, new L("Die Formate XRechnung und ZUGFeRD werden an Beispielen gezeigt.",
                            "The XRechnung and ZUGFeRD formats are shown with examples.",
                            "Formatene EHF og Peppol vises med eksempler."))),
            theme("security", 7, "readiness", "IT-Sicherheit",
                    new L("IT-Sicherheit für kleine Betriebe|Schutz vor Phishing und Erpressungssoftware|Cyberangriffe erkennen und abwehren",
                            "IT security for small businesses|Protecting your firm against phishing and ransomware|Recognising and fending off cyber attacks",
                            "IT-sikkerhet for små bedrifter|Beskyttelse mot phishing og løsepengevirus|Oppdage og avverge dataangrep"),
                    new L("Die meisten Angriffe beginnen mit einer gefälschten E-Mail: wir üben, sie zu erkennen.|Sie erhalten eine Checkliste für Datensicherung, Updates und sichere Passwörter.|Wir besprechen, was im Ernstfall zu tun ist und wen Sie anrufen.|Die Zwei-Faktor-Anmeldung wird Schritt für Schritt eingerichtet.",
                            "Most attacks start with a fake e-mail: we practise spotting them.|You get a checklist for backups, updates and strong passwords.|We discuss what to do in an emergency and whom to call.|Two-factor sign-in is set up step by step.",
                            "De fleste angrep starter med en falsk e-post: vi øver på å kjenne dem igjen.|Du får en sjekkliste for sikkerhetskopi, oppdateringer og sterke passord.|Vi går gjennom hva du gjør når uhellet er ute, og hvem du ringer.|Tofaktorinnlogging settes opp steg for steg."),
                    new L("Phishing erkennen|Datensicherung nach der 3-2-1-Regel|Passwortmanager|Notfallplan|Updates und Virenschutz",
                            "Spotting phishing|Backups by the 3-2-1 rule|Password managers|Emergency plan|Updates and virus protection",
                            "Gjenkjenne phishing|Sikkerhetskopi etter 3-2-1-regelen|Passordbehandlere|Beredskapsplan|Oppdateringer og virusbeskyttelse"),
                    new Detail(0.01, new L("Die Anforderungen der NIS2-Richtlinie an Zulieferer werden eingeordnet.",
                            "The requirements of the NIS2 directive for suppliers are put in context.",
                            "Kravene i NIS2-direktivet til leverandører settes i sammenheng.")),
                    new Detail(0.08, new L("Ein Live-Hacking zeigt, wie schnell ein ungeschütztes WLAN übernommen ist.",
                            "A live hacking demo shows how quickly an unprotected wifi network is taken over.",
                            "En direkte hackerdemonstrasjon viser hvor raskt et ubeskyttet trådløst nett blir overtatt."))),
            theme("cloud", 4, "readiness", "Cloud",
                    new L("Cloud-Dienste sicher nutzen|Vom Server im Keller in die Cloud|Büro-Software und Telefonie aus der Cloud",
                            "Using cloud services safely|From the server in the basement to the cloud|Office software and telephony from the cloud",
                            "Bruk skytjenester trygt|Fra serveren i kjelleren til skyen|Kontorprogrammer og telefoni i skyen"),
                    new L("Wir vergleichen Angebote europäischer und amerikanischer Anbieter nach Preis, Datenschutz und Verfügbarkeit.|Sie planen den Umzug Ihrer Dateien und E-Mails ohne Betriebsunterbrechung.|Rechte, Freigaben und Datensicherung werden gemeinsam eingerichtet.|Typische Kostenfallen bei Abonnements werden erklärt.",
                            "We compare European and American providers by price, data protection and availability.|You plan moving your files and e-mail without interrupting your business.|Permissions, sharing and backups are set up together.|Typical cost traps of subscriptions are explained.",
                            "Vi sammenligner europeiske og amerikanske leverandører på pris, personvern og tilgjengelighet.|Du planlegger flyttingen av filer og e-post uten avbrudd i driften.|Rettigheter, deling og sikkerhetskopi settes opp sammen.|Typiske kostnadsfeller ved abonnementer forklares."),
                    new L("Anbieter vergleichen|Daten umziehen|Rechte und Freigaben|Kosten im Blick",
                            "Comparing providers|Moving your data|Permissions and sharing|Keeping costs in check",
                            "Sammenligne leverandører|Flytte data|Rettigheter og deling|Kostnader under kontroll")),
            theme("marketing", 7, "strategy", "Marketing",
                    new L("Online-Marketing für kleine Unternehmen|Mehr Kunden über Google und soziale Netzwerke|Marketing mit kleinem Budget",
                            "Online marketing for small firms|More customers through search and social networks|Marketing on a small budget",
                            "Digital markedsføring for små bedrifter|Flere kunder via søk og sosiale nettverk|Markedsføring med lite budsjett"),
                    new L("Sie lernen, wie Ihr Betrieb in der lokalen Suche und auf Karten gefunden wird.|Wir erstellen einen einfachen Redaktionsplan für Ihre Kanäle.|Newsletter, Bewertungen und Empfehlungen werden als günstige Kanäle vorgestellt.|Mit kostenlosen Werkzeugen messen Sie, was Ihre Werbung bringt.",
                            "You learn how your business is found in local search and on maps.|We draw up a simple content plan for your channels.|Newsletters, reviews and referrals are presented as inexpensive channels.|With free tools you measure what your advertising achieves.",
                            "Du lærer hvordan bedriften blir funnet i lokale søk og på kart.|Vi lager en enkel publiseringsplan for kanalene dine.|Nyhetsbrev, omtaler og anbefalinger presenteres som rimelige kanaler.|Med gratis verktøy måler du hva reklamen gir."),
                    new L("Lokale Suche|Redaktionsplan|Bewertungen sammeln|Erfolg messen|Newsletter",
                            "Local search|Content plan|Collecting reviews|Measuring success|Newsletters",
                            "Lokale søk|Publiseringsplan|Samle omtaler|Måle resultater|Nyhetsbrev"),
                    new Detail(0.05, new L("Ein Praxisteil widmet sich Suchmaschinenwerbung mit Tagesbudgets ab fünf Euro.",
                            "A hands-on part covers search advertising with daily budgets from five euros.",
                            "En praktisk del handler om søkeannonser med dagsbudsjett fra femti kroner."))),
            theme("webshop", 5, "strategy", "E-Commerce",
                    new L("Der eigene Onlineshop|Verkaufen über Marktplätze und den eigenen Shop|Onlinehandel für den Einzelhandel",
                            "Your own online shop|Selling through marketplaces and your own shop|Online retail for local shops",
                            "Din egen nettbutikk|Selg via markedsplasser og egen nettbutikk|Netthandel for lokale butikker"),
                    new L("Wir vergleichen Shopsysteme, Zahlungsarten und Versanddienstleister.|Sie erfahren, welche Rechtstexte ein Onlineshop braucht.|Produktfotos und gute Beschreibungen entscheiden über den Verkauf: wir üben beides.|Die Anbindung an die Warenwirtschaft spart doppelte Pflege.",
                            "We compare shop systems, payment methods and carriers.|You find out which legal texts an online shop needs.|Product photos and good descriptions make the sale: we practise both.|Connecting the shop to your stock management saves double work.",
                            "Vi sammenligner nettbutikksystemer, betalingsløsninger og fraktleverandører.|Du får vite hvilke juridiske tekster en nettbutikk trenger.|Produktbilder og gode beskrivelser avgjør salget: vi øver på begge.|Kobling til lagersystemet sparer dobbeltarbeid."),
                    new L("Shopsysteme im Vergleich|Bezahlen und Versand|Rechtssicher verkaufen|Produktfotos",
                            "Shop systems compared|Payment and shipping|Selling within the law|Product photos",
                            "Nettbutikksystemer sammenlignet|Betaling og frakt|Selge innenfor loven|Produktbilder"),
                    new Detail(0.03, new L("Wie lokale Händler Click & Collect anbieten, zeigen Beispiele aus der Region.",
                            "Examples from the region show how local shops offer click & collect.",
                            "Eksempler fra regionen viser hvordan lokale butikker tilbyr klikk og hent."))),
            theme("ai", 8, "data,automation", "KI",
                    new L("Künstliche Intelligenz im Mittelstand|KI-Werkzeuge im Büroalltag|Chatbots und Textassistenten sinnvoll einsetzen",
                            "Artificial intelligence for small firms|AI tools for everyday office work|Making good use of chatbots and writing assistants",
                            "Kunstig intelligens i små bedrifter|KI-verktøy i kontorhverdagen|Chatboter og skriveassistenter i praksis"),
                    new L("Wir zeigen Einsatzfelder vom Angebot über den Kundenservice bis zur Übersetzung.|Sie üben, gute Anweisungen zu schreiben und Ergebnisse zu prüfen.|Datenschutz und Betriebsgeheimnisse beim Einsatz von KI werden offen besprochen.|Grenzen und typische Fehler der Werkzeuge werden an Beispielen deutlich.",
                            "We show uses from quotations through customer service to translation.|You practise writing good instructions and checking the results.|Data protection and trade secrets when using AI are discussed openly.|Limits and typical mistakes of the tools become clear through examples.",
                            "Vi viser bruksområder fra tilbud via kundeservice til oversettelse.|Du øver på å skrive gode instruksjoner og kontrollere resultatene.|Personvern og forretningshemmeligheter ved bruk av KI diskuteres åpent.|Begrensninger og typiske feil i verktøyene blir tydelige gjennom eksempler."),
                    new L("Einsatzfelder im Betrieb|Gute Anweisungen schreiben|Ergebnisse prüfen|Datenschutz|Kosten und Lizenzen",
                            "Uses in your business|Writing good instructions|Checking results|Data protection|Costs and licences",
                            "Bruksområder i bedriften|Skrive gode instruksjoner|Kontrollere resultater|Personvern|Kostnader og lisenser"),
                    new Detail(0.01, new L("Die Pflichten aus der KI-Verordnung (AI Act) werden kurz erläutert.",
                            "The duties under the AI Act are briefly explained.",
                            "Pliktene i KI-forordningen (AI Act) forklares kort."))),
            theme("gdpr", 4, "data", "DSGVO",
                    new L("Datenschutz (DSGVO) im Betrieb|Datenschutz für Website und Kundendaten|Datenschutz ohne Papierberge",
                            "Data protection (GDPR) in your business|Data protection for your website and customer data|Data protection without piles of paper",
                            "Personvern (GDPR) i bedriften|Personvern for nettsiden og kundedata|Personvern uten papirbunker"),
                    new L("Wir gehen das Verzeichnis der Verarbeitungstätigkeiten gemeinsam durch.|Sie erfahren, wann ein Vertrag zur Auftragsverarbeitung nötig ist.|Cookie-Hinweis und Datenschutzerklärung der Website werden geprüft.|Auskunftsersuchen von Kunden beantworten Sie danach in Minuten.",
                            "We work through the record of processing activities together.|You find out when a data processing agreement is needed.|The cookie notice and privacy policy of your website are checked.|Afterwards you answer customers' access requests in minutes.",
                            "Vi går gjennom protokollen over behandlingsaktiviteter sammen.|Du får vite når en databehandleravtale trengs.|Informasjonskapsler og personvernerklæringen på nettsiden gjennomgås.|Etterpå svarer du på innsynskrav fra kunder på minutter."),
                    new L("Verarbeitungsverzeichnis|Auftragsverarbeitung|Website und Cookies|Auskunftsrechte",
                            "Record of processing|Processors|Website and cookies|Access rights",
                            "Behandlingsprotokoll|Databehandlere|Nettside og informasjonskapsler|Innsynsrett")),
            theme("strategy", 6, "strategy", "Strategie",
                    new L("Digitalisierungsstrategie entwickeln|Der digitale Fahrplan für Ihren Betrieb|Digitalisierung Schritt für Schritt planen",
                            "Developing a digital strategy|A digital roadmap for your business|Planning digitalisation step by step",
                            "Utvikle en digital strategi|Et digitalt veikart for bedriften|Planlegg digitaliseringen steg for steg"),
                    new L("Ausgehend von Ihrem Reifegrad legen wir Prioritäten für die nächsten zwölf Monate fest.|Sie lernen, Nutzen und Aufwand von Digitalprojekten realistisch einzuschätzen.|Wir besprechen, wie Sie Beschäftigte früh beteiligen.|Am Ende steht ein einseitiger Fahrplan mit Verantwortlichen und Terminen.",
                            "Starting from your maturity we set priorities for the next twelve months.|You learn to judge the benefit and effort of digital projects realistically.|We discuss how to involve your staff early.|You leave with a one-page roadmap with owners and dates.",
                            "Med utgangspunkt i modenheten deres setter vi prioriteringer for de neste tolv månedene.|Du lærer å vurdere nytte og innsats i digitale prosjekter realistisk.|Vi diskuterer hvordan de ansatte kan involveres tidlig.|Du går hjem med et veikart på én side med ansvarlige og frister."),
                    new L("Standortbestimmung|Prioritäten setzen|Beschäftigte beteiligen|Fahrplan und Budget",
                            "Where you stand|Setting priorities|Involving your staff|Roadmap and budget",
                            "Hvor dere står|Sette prioriteringer|Involvere ansatte|Veikart og budsjett"),
                    new Detail(0.05, new L("Grundlage ist Ihr Ergebnis im Digital-Check dieser Plattform.",
                            "It builds on your result in this platform's digital check.",
                            "Utgangspunktet er resultatet deres i den digitale sjekken på denne plattformen."))),
            theme("skills", 5, "human", "Weiterbildung",
                    new L("Digitale Kompetenzen im Team stärken|Beschäftigte für die Digitalisierung gewinnen|Lernen im Arbeitsalltag organisieren",
                            "Building digital skills in your team|Bringing your staff along with digitalisation|Organising learning at work",
                            "Styrk den digitale kompetansen i teamet|Få med de ansatte i digitaliseringen|Organiser læring i arbeidshverdagen"),
                    new L("Wir ermitteln gemeinsam, welche Fähigkeiten in Ihrem Team fehlen.|Kurze Lerneinheiten passen auch in einen vollen Arbeitstag.|Sie erfahren, wie digitale Paten im Betrieb andere mitnehmen.|Förderprogramme für Weiterbildung werden vorgestellt.",
                            "Together we find out which skills your team lacks.|Short learning units fit even a busy working day.|You hear how digital mentors in the firm bring others along.|Funding programmes for training are presented.",
                            "Sammen finner vi ut hvilke ferdigheter teamet mangler.|Korte læringsenheter passer også inn i en travel arbeidsdag.|Du hører hvordan digitale faddere i bedriften tar med seg andre.|Støtteordninger for etter- og videreutdanning presenteres."),
                    new L("Kompetenzen erheben|Lernformate|Digitale Paten|Förderung der Weiterbildung",
                            "Assessing skills|Learning formats|Digital mentors|Funding for training",
                            "Kartlegge kompetanse|Læringsformater|Digitale faddere|Støtte til opplæring")),
            theme("automation", 5, "automation", "ERP",
                    new L("Prozesse automatisieren ohne Programmierkenntnisse|Warenwirtschaft und ERP für kleine Betriebe|Auftragsabwicklung digitalisieren",
                            "Automating processes without programming|Stock management and ERP for small firms|Digitalising order processing",
                            "Automatiser prosesser uten programmering|Lagerstyring og ERP for små bedrifter|Digitaliser ordrebehandlingen"),
                    new L("Wir zeigen, wie wiederkehrende Aufgaben mit einfachen Werkzeugen automatisch ablaufen.|Vom Angebot bis zur Rechnung wird ein durchgängiger Ablauf aufgebaut.|Sie lernen, Anforderungen an eine Software zu beschreiben und Anbieter zu vergleichen.|Schnittstellen zwischen Programmen werden verständlich erklärt.",
                            "We show how recurring tasks run automatically with simple tools.|A continuous flow from quotation to invoice is built.|You learn to describe requirements for software and compare vendors.|Interfaces between programs are explained in plain words.",
                            "Vi viser hvordan gjentakende oppgaver går automatisk med enkle verktøy.|En sammenhengende flyt fra tilbud til faktura bygges opp.|Du lærer å beskrive krav til programvare og sammenligne leverandører.|Grensesnitt mellom programmer forklares enkelt."),
                    new L("Abläufe aufnehmen|Automatisierung ohne Code|Software auswählen|Schnittstellen",
                            "Mapping your processes|Automation without code|Choosing software|Interfaces",
                            "Kartlegge prosessene|Automatisering uten kode|Velge programvare|Grensesnitt"),
                    new Detail(0.04, new L("Die Lagerverwaltung mit Barcode-Scannern wird live vorgeführt.",
                            "Stock management with barcode scanners is demonstrated live.",
                            "Lagerstyring med strekkodeskannere demonstreres direkte."))),
            theme("energy", 4, "green", "Energie",
                    new L("Energieeffizienz im Betrieb|Energiekosten senken mit Daten|Strom und Wärme im Blick",
                            "Energy efficiency in your business|Cutting energy costs with data|Keeping an eye on power and heat",
                            "Energieffektivisering i bedriften|Senk energikostnadene med data|Strøm og varme under kontroll"),
                    new L("Mit günstigen Messgeräten finden Sie die größten Verbraucher im Betrieb.|Wir werten Zählerdaten aus und leiten Maßnahmen ab.|Förderprogramme für Effizienzmaßnahmen werden vorgestellt.|Beispiele aus Bäckerei, Werkstatt und Büro zeigen, was sich lohnt.",
                            "With inexpensive meters you find the biggest consumers in your business.|We analyse meter data and derive measures.|Funding programmes for efficiency measures are presented.|Examples from a bakery, a workshop and an office show what pays off.",
                            "Med rimelige målere finner du de største forbrukerne i bedriften.|Vi analyserer målerdata og finner tiltak.|Støtteordninger for energitiltak presenteres.|Eksempler fra bakeri, verksted og kontor viser hva som lønner seg."),
                    new L("Verbrauch messen|Lastspitzen vermeiden|Fördermittel|Maßnahmenplan",
                            "Measuring consumption|Avoiding peak loads|Funding|Action plan",
                            "Måle forbruk|Unngå effekttopper|Støtteordninger|Tiltaksplan"),
                    new Detail(0.03, new L("Ein Installateur berichtet von der Umstellung auf eine Wärmepumpe.",
                            "A heating engineer reports on switching to a heat pump.",
                            "En rørlegger forteller om overgangen til varmepumpe."))),
            theme("sustainability", 3, "green", "Nachhaltigkeit",
                    new L("Nachhaltigkeitsbericht für den Mittelstand|Klimabilanz für kleine Unternehmen|Nachhaltig wirtschaften und darüber berichten",
                            "Sustainability reporting for small firms|A carbon footprint for small businesses|Doing business sustainably and reporting on it",
                            "Bærekraftsrapportering for små bedrifter|Klimaregnskap for små bedrifter|Drive bærekraftig og rapportere om det"),
                    new L("Große Kunden und Banken fragen nach Nachhaltigkeitsdaten: wir zeigen, was Sie liefern müssen.|Sie erstellen eine erste Klimabilanz mit frei verfügbaren Rechnern.|Wir sammeln die Daten, die Sie ohnehin schon haben.|Gute Berichte kleiner Unternehmen dienen als Vorlage.",
                            "Large customers and banks ask for sustainability data: we show what you have to deliver.|You draw up a first carbon footprint with freely available calculators.|We collect the data you already have.|Good reports of small firms serve as templates.",
                            "Store kunder og banker spør etter bærekraftsdata: vi viser hva dere må levere.|Du lager et første klimaregnskap med fritt tilgjengelige kalkulatorer.|Vi samler dataene dere allerede har.|Gode rapporter fra små bedrifter brukes som maler."),
                    new L("Anforderungen der Kunden|Klimabilanz|Datensammlung|Bericht schreiben",
                            "What customers ask for|Carbon footprint|Collecting data|Writing the report",
                            "Hva kundene spør om|Klimaregnskap|Datainnsamling|Skrive rapporten"),
                    new Detail(0.02, new L("Der VSME-Standard für freiwillige Berichte kleiner Unternehmen wird vorgestellt.",
                            "The VSME standard for voluntary reports of small firms is presented.",
                            "VSME-standarden for frivillig rapportering fra små bedrifter presenteres."))),
            theme("analytics", 4, "data", "Daten",
                    new L("Datenanalyse mit Tabellen und Dashboards|Kennzahlen im Griff|Mit Daten bessere Entscheidungen treffen",
                            "Data analytics with spreadsheets and dashboards|Keeping your key figures in hand|Better decisions with data",
                            "Dataanalyse med regneark og dashbord|Nøkkeltall under kontroll|Bedre beslutninger med data"),
                    new L("Sie lernen, Daten aus Kasse, Shop und Buchhaltung zusammenzuführen.|Wir bauen ein Dashboard mit den fünf Kennzahlen, die Ihren Betrieb steuern.|Pivot-Tabellen und Diagramme werden Schritt für Schritt erklärt.|Datenqualität und einfache Regeln für saubere Stammdaten kommen zur Sprache.",
                            "You learn to bring together data from till, shop and bookkeeping.|We build a dashboard with the five key figures that steer your business.|Pivot tables and charts are explained step by step.|Data quality and simple rules for clean master data are covered.",
                            "Du lærer å samle data fra kasse, nettbutikk og regnskap.|Vi bygger et dashbord med de fem nøkkeltallene som styrer bedriften.|Pivottabeller og diagrammer forklares steg for steg.|Datakvalitet og enkle regler for ryddige stamdata tas opp."),
                    new L("Daten zusammenführen|Kennzahlen wählen|Dashboards bauen|Datenqualität",
                            "Bringing data together|Choosing key figures|Building dashboards|Data quality",
                            "Samle data|Velge nøkkeltall|Bygge dashbord|Datakvalitet")),
            theme("collaboration", 4, "human", "Zusammenarbeit",
                    new L("Digitale Zusammenarbeit im Team|Homeoffice und mobiles Arbeiten organisieren|Besprechungen, Dateien und Aufgaben digital",
                            "Digital collaboration in your team|Organising remote and mobile work|Meetings, files and tasks, digitally",
                            "Digitalt samarbeid i teamet|Organiser hjemmekontor og mobilt arbeid|Møter, filer og oppgaver digitalt"),
                    new L("Wir richten gemeinsame Ablagen, Chats und Aufgabenlisten ein.|Sie lernen Regeln kennen, die Videokonferenzen kurz und wirksam machen.|Arbeitsrechtliche Fragen zum mobilen Arbeiten werden beantwortet.|Beispiele zeigen, wie Baustelle und Büro ohne Zettel zusammenarbeiten.",
                            "We set up shared folders, chats and task lists.|You learn rules that make video meetings short and effective.|Employment law questions about mobile work are answered.|Examples show how site and office work together without slips of paper.",
                            "Vi setter opp felles mapper, chat og oppgavelister.|Du lærer regler som gjør videomøter korte og effektive.|Arbeidsrettslige spørsmål om mobilt arbeid besvares.|Eksempler viser hvordan byggeplass og kontor samarbeider uten lapper."),
                    new L("Gemeinsame Ablage|Videokonferenzen|Aufgaben verteilen|Regeln für mobiles Arbeiten",
                            "Shared storage|Video meetings|Sharing out tasks|Rules for mobile work",
                            "Felles lagring|Videomøter|Fordele oppgaver|Regler for mobilt arbeid")),
            theme("funding", 3, "strategy", "Förderung",
                    new L("Fördermittel für die Digitalisierung|Förderprogramme für Digitalprojekte|Zuschüsse für IT-Investitionen",
                            "Funding for digitalisation|Grant programmes for digital projects|Subsidies for IT investments",
                            "Tilskudd til digitalisering|Støtteordninger for digitale prosjekter|Tilskudd til IT-investeringer"),
                    new L("Wir geben einen Überblick über Zuschüsse, Darlehen und Beratungsförderung.|Sie erfahren, welche Kosten förderfähig sind und wann Sie den Antrag stellen müssen.|Typische Fehler bei Anträgen und Nachweisen werden besprochen.|Im Anschluss ist Zeit für Fragen zu Ihrem Vorhaben.",
                            "We give an overview of grants, loans and subsidised consulting.|You find out which costs are eligible and when to apply.|Typical mistakes in applications and proof of spending are discussed.|Afterwards there is time for questions about your project.",
                            "Vi gir en oversikt over tilskudd, lån og støttet rådgivning.|Du får vite hvilke kostnader som støttes og når du må søke.|Typiske feil i søknader og rapportering diskuteres.|Etterpå er det tid til spørsmål om prosjektet ditt."),
                    new L("Programme im Überblick|Förderfähige Kosten|Antrag und Nachweis|Fragen zum eigenen Vorhaben",
                            "Programmes at a glance|Eligible costs|Application and proof|Questions about your project",
                            "Oversikt over ordningene|Kostnader som støttes|Søknad og rapportering|Spørsmål om eget prosjekt"),
                    new Detail(0.04, new L("Landesprogramme und die Beratungsförderung des Bundes werden verglichen.",
                            "Regional programmes and national consulting grants are compared.",
                            "Ordningene til Innovasjon Norge gjennomgås."))),
            theme("social", 4, "strategy", "Social Media",
                    new L("Social Media für Betriebe|Mitarbeitende über soziale Netzwerke finden|Instagram, LinkedIn und Co. im Betrieb",
                            "Social media for businesses|Finding staff through social networks|Instagram, LinkedIn and friends at work",
                            "Sosiale medier for bedrifter|Finn ansatte via sosiale nettverk|Instagram, LinkedIn og andre i bedriften"),
                    new L("Wir klären, welche Netzwerke zu Ihrer Zielgruppe passen.|Sie planen Beiträge für vier Wochen und lernen einfache Werkzeuge zur Bildbearbeitung kennen.|Wie Sie Fachkräfte und Auszubildende über soziale Netzwerke ansprechen, zeigen Beispiele.|Umgang mit Kritik und Kommentaren wird geübt.",
                            "We clarify which networks suit your audience.|You plan posts for four weeks and get to know simple image editing tools.|Examples show how to reach skilled workers and apprentices through social networks.|Dealing with criticism and comments is practised.",
                            "Vi avklarer hvilke nettverk som passer målgruppen deres.|Du planlegger innlegg for fire uker og blir kjent med enkle verktøy for bildebehandling.|Eksempler viser hvordan dere når fagfolk og lærlinger via sosiale nettverk.|Håndtering av kritikk og kommentarer øves."),
                    new L("Kanäle wählen|Beiträge planen|Bilder und Videos|Fachkräfte gewinnen",
                            "Choosing channels|Planning posts|Images and videos|Recruiting skilled staff",
                            "Velge kanaler|Planlegge innlegg|Bilder og video|Rekruttere fagfolk")),
            theme("industry", 4, "automation", "Industrie 4.0",
                    new L("Industrie 4.0 für kleine Fertiger|Maschinen vernetzen und Daten nutzen|Sensorik und Auswertung in der Produktion",
                            "Industry 4.0 for small manufacturers|Connecting machines and using their data|Sensors and analytics on the shop floor",
                            "Industri 4.0 for små produsenter|Koble sammen maskiner og bruk dataene|Sensorer og analyse i produksjonen"),
                    new L("Auch ältere Maschinen lassen sich mit Nachrüstsensoren vernetzen.|Wir zeigen, wie Stillstände erfasst und ausgewertet werden.|Sie sehen im Lernlabor, wie Auftragsdaten vom Büro an die Maschine gelangen.|Wartung nach Zustand statt nach Kalender wird an einem Beispiel erklärt.",
                            "Even older machines can be connected with retrofit sensors.|We show how downtimes are recorded and analysed.|In the learning lab you see how order data gets from the office to the machine.|Condition-based instead of calendar-based maintenance is explained with an example.",
                            "Også eldre maskiner kan kobles opp med ettermonterte sensorer.|Vi viser hvordan stans registreres og analyseres.|I laben ser du hvordan ordredata går fra kontoret til maskinen.|Tilstandsbasert vedlikehold i stedet for faste intervaller forklares med et eksempel."),
                    new L("Maschinendaten erfassen|Stillstände auswerten|Vom Büro zur Maschine|Vorausschauende Wartung",
                            "Capturing machine data|Analysing downtime|From office to machine|Predictive maintenance",
                            "Samle maskindata|Analysere stans|Fra kontor til maskin|Prediktivt vedlikehold"),
                    new Detail(0.015, new L("Ein Cobot wird im Lernlabor an einer Montageaufgabe gezeigt.",
                            "A cobot is demonstrated on an assembly task in the learning lab.",
                            "En cobot vises på en monteringsoppgave i laben."))));

    static final Map<String, L> KIND_TITLES = Map.of(
            "SEMINAR", new L("%s|%s – Grundlagen|%s kompakt", "%s|%s – the basics|%s in brief", "%s|%s – grunnkurs|%s kort fortalt"),
            "WORKSHOP", new L("Praxisworkshop: %s|Workshop %s", "Hands-on workshop: %s|Workshop: %s", "Praktisk verksted: %s|Verksted: %s"),
            "WEBINAR", new L("Webinar: %s|Online-Seminar: %s", "Webinar: %s|Online seminar: %s", "Webinar: %s|Nettkurs: %s"),
            "EVENT", new L("%s – Unternehmerfrühstück|Infoabend: %s|Fachtag %s", "%s – business breakfast|Evening talk: %s|Conference day: %s", "%s – frokostmøte|Temakveld: %s|Fagdag: %s"),
            "CONSULTING", new L("Sprechstunde: %s|Einzelberatung %s", "Consulting hour: %s|One-to-one advice: %s", "Rådgivningstime: %s|Individuell rådgivning: %s"),
            "COMPETENCE_TRACK", new L("Lernpfad: %s|Zertifikatsreihe %s", "Learning path: %s|Certificate series: %s", "Læringsløp: %s|Kursrekke: %s"));

    static final Map<String, L> FORMAT = Map.of(
            "SEMINAR", new L("Ablauf: Der Termin dauert einen Tag mit Mittagspause; Vorträge wechseln sich mit Übungen in kleinen Gruppen ab.",
                    "Format: one day with a lunch break; talks alternate with exercises in small groups.",
                    "Opplegg: én dag med lunsjpause; foredrag veksler med øvelser i små grupper."),
            "WORKSHOP", new L("Ablauf: In kleinen Gruppen arbeiten Sie an Beispielen aus Ihrem eigenen Betrieb; Laptops stehen bereit.",
                    "Format: in small groups you work on examples from your own business; laptops are provided.",
                    "Opplegg: i små grupper jobber du med eksempler fra egen bedrift; bærbare PC-er står klare."),
            "WEBINAR", new L("Ablauf: 90 Minuten online mit Fragerunde; den Zugangslink erhalten Sie mit der Anmeldebestätigung.",
                    "Format: 90 minutes online with questions at the end; the link comes with your confirmation.",
                    "Opplegg: 90 minutter på nett med spørsmålsrunde; lenken får du sammen med bekreftelsen."),
            "EVENT", new L("Ablauf: Kurzvorträge, Erfahrungsberichte aus Betrieben der Region und Zeit zum Netzwerken bei einem Imbiss.",
                    "Format: short talks, experience reports from local firms and time for networking over a snack.",
                    "Opplegg: korte innlegg, erfaringer fra bedrifter i regionen og tid til nettverksbygging med litt mat."),
            "CONSULTING", new L("Ablauf: ein vertrauliches Gespräch von einer Stunde vor Ort oder per Video; beschreiben Sie Ihr Anliegen bitte kurz bei der Anmeldung.",
                    "Format: a confidential one-hour conversation on site or by video; please describe your question briefly when you register.",
                    "Opplegg: en fortrolig samtale på én time på stedet eller på video; beskriv gjerne spørsmålet ditt kort ved påmelding."),
            "COMPETENCE_TRACK", new L("Ablauf: Die Module bauen aufeinander auf; wer alle Pflichtmodule besucht, erhält ein Zertifikat.",
                    "Format: the modules build on each other; whoever attends all required modules receives a certificate.",
                    "Opplegg: modulene bygger på hverandre; den som deltar på alle obligatoriske moduler, får et kursbevis."));
    static final L PRACTICAL = new L(
            "Die Räume sind barrierefrei erreichbar, Parkplätze sind vorhanden.|Bitte melden Sie sich bis eine Woche vor Beginn an; die Plätze werden in der Reihenfolge der Anmeldungen vergeben.|Eine Stornierung ist bis kurz vor Beginn kostenfrei möglich, danach berechnen wir die volle Gebühr.|Getränke und ein kleiner Imbiss sind im Preis enthalten.|Bei Fragen zur Anmeldung erreichen Sie uns werktags zwischen 9 und 16 Uhr.",
            "The rooms are step-free and there is parking on site.|Please register at least a week before the start; places are given in the order of registration.|You can cancel free of charge until shortly before the start; after that the full fee is due.|Drinks and a snack are included in the price.|For questions about registration, call us on working days between 9 am and 4 pm.",
            "Lokalene er universelt utformet, og det finnes parkering.|Meld deg på senest en uke før start; plassene fordeles etter påmeldingsrekkefølge.|Avbestilling er gratis frem til kort tid før start, deretter belastes full pris.|Drikke og en enkel servering er inkludert i prisen.|Har du spørsmål om påmeldingen, når du oss på hverdager mellom 9 og 16.");
    static final L HEADING = new L("Inhalte", "What you will learn", "Innhold");
    static final L GENERAL = new L(
            "Die Veranstaltung richtet sich an Inhaberinnen, Inhaber und Beschäftigte kleiner und mittlerer Unternehmen.|Vorkenntnisse sind nicht erforderlich.|Bringen Sie gern eigene Fragen und Beispiele aus Ihrem Betrieb mit.|Im Anschluss erhalten Sie die Unterlagen und eine Teilnahmebescheinigung.|Für Mitgliedsbetriebe ist die Teilnahme kostenfrei.|Es bleibt ausreichend Zeit für Austausch und Fragen.",
            "It is meant for owners and staff of small and medium-sized firms.|No previous knowledge is needed.|Feel free to bring your own questions and examples from your business.|Afterwards you receive the materials and a certificate of attendance.|Members take part free of charge.|There is plenty of time for questions and exchange.",
            "Tilbudet passer for eiere og ansatte i små og mellomstore bedrifter.|Du trenger ingen forkunnskaper.|Ta gjerne med egne spørsmål og eksempler fra bedriften.|Etterpå får du materialet og et kursbevis.|For medlemsbedrifter er deltakelsen gratis.|Det blir god tid til spørsmål og erfaringsutveksling.");
    static final L SPEAKER = new L("Referentin: %s, %s.|Referent: %s, %s.", "Speaker: %s, %s.", "Kursholder: %s, %s.");
    static final L ROLES = new L("Beraterin für Digitalisierung|IT-Sachverständiger|Steuerberaterin|Unternehmensberater|Dozentin der Hochschule",
            "digitalisation consultant|IT expert|tax adviser|business consultant|university lecturer",
            "rådgiver for digitalisering|IT-ekspert|regnskapsfører|bedriftsrådgiver|høyskolelektor");
    static final String[] FIRST_DE = {"Anna", "Jonas", "Sabine", "Thomas", "Katrin", "Michael", "Julia", "Stefan",
            "Ayşe", "Lukas", "Miriam", "Frank", "Dr. Petra", "Dr. Martin"};
    static final String[] LAST_DE = {"Schmidt", "Müller", "Weber", "Fischer", "Wagner", "Becker", "Hoffmann",
            "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Yilmaz", "Krüger"};
    static final String[] FIRST_NO = {"Ingrid", "Ola", "Kari", "Lars", "Silje", "Henrik", "Marit", "Erik", "Nora",
            "Anders"};
    static final String[] LAST_NO = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
            "Berg", "Haugen", "Bakken"};
    static final String[] INDUSTRY_DE = {"Handwerk", "Einzelhandel", "Gastronomie", "Bau", "Pflege", "Logistik"};
    static final String[] INDUSTRY_NO = {"Håndverk", "Varehandel", "Reiseliv", "Bygg og anlegg", "Landbruk", "Sjømat"};

    record Kind(String name, double weight, int minSessions, int maxSessions, double online, int hours) {
    }

    static final List<Kind> KINDS = List.of(new Kind("SEMINAR", 30, 2, 7, 0.10, 6), new Kind("WORKSHOP", 22, 2, 6, 0.05, 4),
            new Kind("WEBINAR", 20, 3, 9, 1.0, 2), new Kind("EVENT", 10, 1, 2, 0.0, 3),
            new Kind("CONSULTING", 12, 5, 14, 0.4, 1), new Kind("COMPETENCE_TRACK", 6, 4, 10, 0.2, 4));

    record Region(String code, String name, String country) {
        String city() {
            return name.replaceAll(",.*", "").replaceAll("\\s*\\(.*\\)", "");
        }
    }

    record Provider(UUID id, String name, Region region, String country) {
    }

    record Type(String type, String nace, String section, String de, String nb) {
    }

    static final List<Type> TYPES = List.of(new Type("CHAMBER", "94.11", "S", "IHK %s", "%s Næringsforening"),
            new Type("CHAMBER", "94.11", "S", "Handwerkskammer %s", "Næringsforeningen i %s"),
            new Type("UNIVERSITY", "85.42", "P", "Hochschule %s", "Høgskolen i %s"),
            new Type("AGENCY", "84.13", "O", "Wirtschaftsförderung %s", "Næringsetaten %s"),
            new Type("BUSINESS_PARK", "68.20", "L", "Technologiepark %s", "Kunnskapsparken %s"),
            new Type("INCUBATOR", "70.22", "M", "Gründerzentrum %s", "Inkubator %s"),
            new Type("LIBRARY", "91.01", "R", "Stadtbibliothek %s", "Folkebiblioteket i %s"),
            new Type("RESEARCH_INSTITUTE", "72.19", "M", "Digitalzentrum Mittelstand %s", "Digitaliseringssenteret %s"),
            new Type("ASSOCIATION", "94.12", "S", "Unternehmerverband %s", "Bedriftsnettverket %s"));

    static Random random;

    public static void main(String[] args) throws Exception {
        int offers = Integer.parseInt(arg(args, "--offers", "10000"));
        int sessionsWanted = Integer.parseInt(arg(args, "--sessions", "50000"));
        random = new Random(Long.parseLong(arg(args, "--seed", "2027")));
        long t0 = System.nanoTime();
        try (Connection db = DriverManager.getConnection(arg(args, "--url", null), arg(args, "--user", "postgres"),
                arg(args, "--password", ""))) {
            db.setAutoCommit(false);
            List<Region> de = regions(db, "DE");
            List<Region> no = regions(db, "NO");
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

            // providers
            List<Provider> providers = new ArrayList<>();
            try (Copy copy = new Copy(db, "copy organisation (id, name, type, nuts_code, nace_code, nace_section, "
                    + "employees, size_class, website, street, postal_code, city, country_code, created_at, updated_at, "
                    + "version) from stdin")) {
                for (int i = 0; i < 300; i++) {
                    boolean norway = i >= 250;
                    Region region = pick(norway ? no : de);
                    Type type = pick(TYPES);
                    String name = String.format(norway ? type.nb() : type.de(), region.city());
                    int employees = 5 + random.nextInt(400);
                    String size = employees < 10 ? "MICRO" : employees < 50 ? "SMALL" : employees < 250 ? "MEDIUM" : "LARGE";
                    Provider provider = new Provider(uuid(), name, region, norway ? "NO" : "DE");
                    providers.add(provider);
                    copy.row(provider.id(), name, type.type(), region.code(), type.nace(), type.section(), employees, size,
                            "https://provider-" + i + ".example", (norway ? "Storgata " : "Hauptstraße ") + (1 + random.nextInt(120)),
                            norway ? String.format("%04d", 1000 + random.nextInt(8000)) : String.format("%05d", 10000 + random.nextInt(89000)),
                            region.city(), provider.country(), ts(now.minus(400 + random.nextInt(300), ChronoUnit.DAYS)), ts(now), 0);
                }
            }
            System.out.printf(Locale.ROOT, "providers: %d (250 DE, 50 NO)%n", providers.size());

            // offers: the published ones first, then drafts (4 %) and cancelled (2 %)
            int drafts = offers * 4 / 100, cancelled = offers * 2 / 100;
            int total = offers + drafts + cancelled;
            List<UUID> offerIds = new ArrayList<>();
            List<Kind> offerKinds = new ArrayList<>();
            List<Provider> offerProviders = new ArrayList<>();
            List<Theme> offerThemes = new ArrayList<>();
            long textChars = 0;
            int[] themeCounts = new int[THEMES.size()];
            try (Copy copy = new Copy(db, "copy offer (id, provider_organisation_id, kind, status, title_en, title_de, "
                    + "title_nb, description_en, description_de, description_nb, topics, target_sections, size_classes, "
                    + "delivery_language, price_cents, currency, funding_note, cancellation_hours, questions, industry, "
                    + "created_by, created_at, updated_at, version) from stdin")) {
                for (int i = 0; i < total; i++) {
                    String status = i < offers ? "PUBLISHED" : i < offers + drafts ? "DRAFT" : "CANCELLED";
                    // skewed: a tenth of the providers make about half of the offers
                    Provider provider = random.nextDouble() < 0.5 ? providers.get(random.nextInt(30))
                            : providers.get(random.nextInt(providers.size()));
                    Kind kind = weighted(KINDS, Kind::weight);
                    int themeIndex = weightedIndex(THEMES.stream().mapToDouble(Theme::weight).toArray());
                    themeCounts[themeIndex]++;
                    Theme theme = THEMES.get(themeIndex);
                    boolean norway = provider.country().equals("NO");
                    String delivery = random.nextDouble() < (norway ? 0.8 : 0.85) ? (norway ? "nb" : "de") : "en";
                    List<String> languages = new ArrayList<>(List.of(delivery));
                    if (!delivery.equals("en") && random.nextDouble() < 0.35) {
                        languages.add("en");
                    } else if (delivery.equals("en") && random.nextDouble() < 0.3) {
                        languages.add(norway ? "nb" : "de");
                    }
                    int titleVariant = random.nextInt(theme.titles().variants("de").length);
                    int kindVariant = random.nextInt(KIND_TITLES.get(kind.name()).variants("de").length);
                    Map<String, String> titles = new LinkedHashMap<>(), descriptions = new LinkedHashMap<>();
                    long seed = random.nextLong();
                    for (String lang : languages) {
                        String[] kindPatterns = KIND_TITLES.get(kind.name()).variants(lang);
                        String[] themeTitles = theme.titles().variants(lang);
                        titles.put(lang, String.format(kindPatterns[kindVariant % kindPatterns.length],
                                themeTitles[titleVariant % themeTitles.length]));
                        // the same choices in every language of one offer: one random stream per offer
                        descriptions.put(lang, description(theme, kind, lang, new Random(seed), norway));
                        textChars += titles.get(lang).length() + descriptions.get(lang).length();
                    }
                    TreeSet<String> topics = new TreeSet<>(List.of(theme.topics().split(",")));
                    if (random.nextDouble() < 0.2) {
                        topics.add(pick(List.of("strategy", "readiness", "human", "data", "automation", "green")));
                    }
                    List<String> topicList = new ArrayList<>(topics);
                    if (random.nextDouble() < 0.7) {
                        topicList.add(theme.tags());
                    }
                    List<String> sections = new ArrayList<>();
                    for (int s = random.nextInt(4); s > 0; s--) {
                        String section = String.valueOf((char) ('A' + random.nextInt(21)));
                        if (!sections.contains(section)) {
                            sections.add(section);
                        }
                    }
                    List<String> sizes = random.nextDouble() < 0.5 ? List.of() : random.nextBoolean()
                            ? List.of("MICRO", "SMALL") : List.of("MICRO", "SMALL", "MEDIUM");
                    long price = random.nextDouble() < 0.4 ? 0 : (norway ? 500 + random.nextInt(85) * 100L
                            : 49 + random.nextInt(85) * 10L) * 100;
                    String funding = random.nextDouble() < 0.15 ? (norway ? "Kan støttes av Innovasjon Norge."
                            : "Förderfähig über die Beratungsförderung des Landes.") : null;
                    String industry = random.nextDouble() < 0.2 ? (norway ? INDUSTRY_NO[random.nextInt(INDUSTRY_NO.length)]
                            : INDUSTRY_DE[random.nextInt(INDUSTRY_DE.length)]) : null;
                    Instant created = now.minus(1 + random.nextInt(300), ChronoUnit.DAYS);
                    UUID id = uuid();
                    copy.row(id, provider.id(), kind.name(), status, titles.get("en"), titles.get("de"), titles.get("nb"),
                            descriptions.get("en"), descriptions.get("de"), descriptions.get("nb"),
                            String.join(",", topicList), String.join(",", sections), String.join(",", sizes), delivery,
                            price, norway ? "NOK" : "EUR", funding, List.of(24, 48, 72).get(random.nextInt(3)), null,
                            industry, null, ts(created), ts(created.plus(random.nextInt(20), ChronoUnit.HOURS)),
                            status.equals("DRAFT") ? 0 : 1);
                    offerIds.add(id);
                    offerKinds.add(kind);
                    offerProviders.add(provider);
                    offerThemes.add(theme);
                }
            }
            System.out.printf(Locale.ROOT, "offers: %d published, %d drafts, %d cancelled; %.1f MB of titles and "
                    + "descriptions (%.0f characters per offer)%n", offers, drafts, cancelled, textChars / 1e6,
                    (double) textChars / total);
            StringBuilder themes = new StringBuilder("themes:");
            for (int i = 0; i < THEMES.size(); i++) {
                themes.append(' ').append(THEMES.get(i).key()).append('=').append(themeCounts[i]);
            }
            System.out.println(themes);

            // sessions per offer by kind, then nudged to exactly sessionsWanted for the published offers
            int[] counts = new int[total];
            int sum = 0;
            for (int i = 0; i < offers; i++) {
                Kind kind = offerKinds.get(i);
                counts[i] = kind.minSessions() + random.nextInt(kind.maxSessions() - kind.minSessions() + 1);
                sum += counts[i];
            }
            while (sum < sessionsWanted) {
                counts[random.nextInt(offers)]++;
                sum++;
            }
            while (sum > sessionsWanted) {
                int i = random.nextInt(offers);
                if (counts[i] > 1) {
                    counts[i]--;
                    sum--;
                }
            }
            int extra = 0;
            for (int i = offers; i < total; i++) {
                counts[i] = 1 + random.nextInt(3);
                extra += counts[i];
            }

            // modules of competence tracks
            Map<Integer, List<UUID>> modules = new LinkedHashMap<>();
            int moduleRows = 0;
            try (Copy copy = new Copy(db, "copy track_module (id, offer_id, position, title, required) from stdin")) {
                for (int i = 0; i < total; i++) {
                    if (!offerKinds.get(i).name().equals("COMPETENCE_TRACK")) {
                        continue;
                    }
                    List<UUID> ids = new ArrayList<>();
                    int n = Math.min(counts[i], 3 + random.nextInt(3));
                    boolean norway = offerProviders.get(i).country().equals("NO");
                    for (int m = 1; m <= n; m++) {
                        UUID id = uuid();
                        ids.add(id);
                        String[] contents = offerThemes.get(i).bullets().variants(norway ? "nb" : "de");
                        copy.row(id, offerIds.get(i), m, "Modul " + m + ": " + contents[(m - 1) % contents.length],
                                m < n || random.nextBoolean());
                        moduleRows++;
                    }
                    modules.put(i, ids);
                }
            }

            DateTimeFormatter ymd = DateTimeFormatter.ISO_LOCAL_DATE;
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            int online = 0, sessionRows = 0, cancelledSessions = 0;
            try (Copy copy = new Copy(db, "copy offer_session (id, offer_id, module_id, starts_at, ends_at, time_zone, "
                    + "address, nuts_code, online_link, capacity, registration_opens, registration_closes, "
                    + "approval_required, advisor_name, status, waitlist_counter, version) from stdin")) {
                for (int i = 0; i < total; i++) {
                    Kind kind = offerKinds.get(i);
                    Provider provider = offerProviders.get(i);
                    boolean norway = provider.country().equals("NO");
                    ZoneId zone = ZoneId.of(norway ? "Europe/Oslo" : "Europe/Berlin");
                    List<Region> country = norway ? no : de;
                    LocalDate day = today.plusDays(1 + random.nextInt(420));
                    int spacing = kind.name().equals("CONSULTING") ? 7 : 14 + random.nextInt(40);
                    boolean offerOnline = random.nextDouble() < kind.online();
                    for (int s = 0; s < counts[i]; s++) {
                        LocalDate date = day.plusDays((long) s * spacing + random.nextInt(5));
                        while (date.getDayOfWeek().getValue() > 5) {
                            date = date.plusDays(1);
                        }
                        if (date.isAfter(today.plusDays(545))) {
                            date = today.plusDays(1 + random.nextInt(544));
                            while (date.getDayOfWeek().getValue() > 5) {
                                date = date.plusDays(1);
                            }
                        }
                        int hour = kind.name().equals("EVENT") ? (random.nextBoolean() ? 8 : 18)
                                : kind.name().equals("WEBINAR") ? List.of(10, 14, 18).get(random.nextInt(3))
                                : List.of(9, 13).get(random.nextInt(2));
                        LocalDateTime start = date.atTime(hour, 0);
                        Instant startsAt = start.atZone(zone).toInstant();
                        Instant endsAt = start.plusHours(kind.hours()).atZone(zone).toInstant();
                        String nuts = null, address = null, link = null;
                        if (offerOnline) {
                            link = "https://meet.example/" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
                            online++;
                        } else {
                            double where = random.nextDouble();
                            Region region = where < 0.6 ? provider.region() : where < 0.85
                                    ? nearby(country, provider.region()) : pick(country);
                            nuts = region.code();
                            address = provider.name() + ", " + (norway ? "Storgata " : "Marktplatz ")
                                    + (1 + random.nextInt(60)) + ", " + region.city();
                        }
                        UUID module = modules.containsKey(i) ? modules.get(i).get(s % modules.get(i).size()) : null;
                        String status = i >= offers + drafts || random.nextDouble() < 0.02 ? "CANCELLED" : "SCHEDULED";
                        if (status.equals("CANCELLED")) {
                            cancelledSessions++;
                        }
                        copy.row(uuid(), offerIds.get(i), module, ts(startsAt), ts(endsAt), zone.getId(), address,
                                nuts, link, kind.name().equals("CONSULTING") ? 1 : 8 + random.nextInt(33), null, null,
                                random.nextDouble() < 0.1, kind.name().equals("CONSULTING") ? speakerName(norway) : null,
                                status, 0, 0);
                        sessionRows++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "sessions: %d of published offers, %d of drafts and cancelled offers; "
                    + "%d online, %d cancelled; %d track modules; dates %s to %s%n", sessionsWanted, extra, online,
                    cancelledSessions, moduleRows, today.plusDays(1).format(ymd), today.plusDays(545).format(ymd));
            if (sessionRows != sessionsWanted + extra) {
                throw new IllegalStateException("session count " + sessionRows);
            }
            long commit = System.nanoTime();
            db.commit();
            db.setAutoCommit(true);
            try (Statement st = db.createStatement()) {
                st.execute("analyze organisation");
                st.execute("analyze offer");
                st.execute("analyze track_module");
                st.execute("analyze offer_session");
            }
            System.out.printf(Locale.ROOT, "commit + analyze: %.1f s; generator total %.1f s%n",
                    (System.nanoTime() - commit) / 1e9, (System.nanoTime() - t0) / 1e9);
        }
    }

    static String description(Theme theme, Kind kind, String lang, Random r, boolean norway) {
        StringBuilder text = new StringBuilder();
        List<String> core = new ArrayList<>(List.of(theme.core().variants(lang)));
        java.util.Collections.shuffle(core, r);
        int n = 3 + r.nextInt(2);
        text.append(String.join(" ", core.subList(0, Math.min(n, core.size()))));
        for (Detail detail : theme.details()) {
            if (r.nextDouble() < detail.p()) {
                text.append(' ').append(detail.text().get(lang));
            }
        }
        text.append("\n\n**").append(HEADING.get(lang)).append("**\n\n");
        List<String> bullets = new ArrayList<>(List.of(theme.bullets().variants(lang)));
        java.util.Collections.shuffle(bullets, r);
        for (String bullet : bullets.subList(0, Math.min(bullets.size(), 3 + r.nextInt(2)))) {
            text.append("- ").append(bullet).append('\n');
        }
        String[] speakers = SPEAKER.variants(lang);
        String[] roles = ROLES.variants(lang);
        text.append('\n').append(FORMAT.get(kind.name()).get(lang)).append("\n\n");
        text.append(String.format(speakers[r.nextInt(speakers.length)], name(r, norway),
                roles[r.nextInt(roles.length)]));
        List<String> general = new ArrayList<>(List.of(GENERAL.variants(lang)));
        java.util.Collections.shuffle(general, r);
        for (String sentence : general.subList(0, 2 + r.nextInt(2))) {
            text.append(' ').append(sentence);
        }
        List<String> practical = new ArrayList<>(List.of(PRACTICAL.variants(lang)));
        java.util.Collections.shuffle(practical, r);
        text.append("\n\n").append(String.join(" ", practical.subList(0, 2 + r.nextInt(2))));
        return text.toString();
    }

    static String name(Random r, boolean norway) {
        return norway ? FIRST_NO[r.nextInt(FIRST_NO.length)] + " " + LAST_NO[r.nextInt(LAST_NO.length)]
                : FIRST_DE[r.nextInt(FIRST_DE.length)] + " " + LAST_DE[r.nextInt(LAST_DE.length)];
    }

    static String speakerName(boolean norway) {
        return name(random, norway);
    }

    static List<Region> regions(Connection db, String country) throws Exception {
        List<Region> regions = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rows = st.executeQuery("select code, name from region "
                + "where level = 3 and country_code = '" + country + "' order by code")) {
            while (rows.next()) {
                regions.add(new Region(rows.getString(1), rows.getString(2), country));
            }
        }
        if (regions.isEmpty()) {
            throw new IllegalStateException("no NUTS 3 regions of " + country + ": is the database migrated?");
        }
        return regions;
    }

    /** A region of the same NUTS 1 area (the first three characters), e.g. another district of the same state. */
    static Region nearby(List<Region> country, Region home) {
        List<Region> near = country.stream().filter(r -> r.code().startsWith(home.code().substring(0, 3))).toList();
        return pick(near);
    }

    static <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static <T> T weighted(List<T> list, java.util.function.ToDoubleFunction<T> weight) {
        return list.get(weightedIndex(list.stream().mapToDouble(weight).toArray()));
    }

    static int weightedIndex(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A version 4 UUID from the seeded generator, so that the same seed gives the same ids. */
    static UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    static String ts(Instant instant) {
        return instant.toString();
    }

    /** Buffers COPY text (escaped) and sends it in chunks. */
    static final class Copy implements AutoCloseable {
        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(1 << 21);

        Copy(Connection db, String sql) throws Exception {
            this.in = db.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        }

        void row(Object... values) throws Exception {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    buffer.append("\\N");
                } else {
                    buffer.append(v.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                            .replace("\r", "\\r"));
                }
            }
            buffer.append('\n');
            if (buffer.length() > (1 << 20)) {
                flush();
            }
        }

        private void flush() throws Exception {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws Exception {
            flush();
            in.endCopy();
        }
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return fallback;
    }
}
