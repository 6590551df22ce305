package org.uptake.funding.demo;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.uptake.funding.call.CallRequest;
import org.uptake.funding.call.CallRequest.CriterionRequest;
import org.uptake.funding.call.CallRequest.DocumentRequest;
import org.uptake.funding.demo.DemoProjects.Project;

/** The words of the demo calls: call texts, application sections, review justifications and decisions. */
final class DemoTexts {

    static final String DE_MINIMIS = "The de minimis declaration of the lead applicant shows state aid of more than "
            + "EUR 300,000 in the last three years; a further grant is not allowed.";
    static final String CONDITIONS = "Approved on condition that the data protection concept for the herd data and "
            + "a written agreement on data use between the farm and the transfer partner are added to the "
            + "application.";
    static final String BELOW_THRESHOLD = "The application does not reach the threshold of every criterion and "
            + "cannot be funded. The reviewers' justifications are attached to the consensus.";
    static final String REVISION = "Rev. 2: Datenschutzkonzept und Vereinbarung zur Datennutzung erg\u00e4nzt.";
    static final String REVIEW_REQUEST = "We believe the reviewers overlooked the letters of support from three "
            + "tour operators, which show the demand for the booking system.";
    static final String REVIEW_ANSWER = "The procedure was followed: both reviewers read the letters of support and "
            + "the consensus refers to them. The score on relevance stands; the request is dismissed.";

    private DemoTexts() {
    }

    static CallRequest call2026(LocalDateTime opens, LocalDateTime deadline) {
        return call("Smart Region 2026", "Smart Region 2026 \u2013 Digitale Kooperationsprojekte",
                "Smart Region 2026 \u2013 digitale samarbeidsprosjekter", new BigDecimal("330000"), opens, deadline,
                List.of());
    }

    static CallRequest call2027(LocalDateTime opens, LocalDateTime deadline) {
        return call("Smart Region 2027", "Smart Region 2027 \u2013 Digitale Kooperationsprojekte",
                "Smart Region 2027 \u2013 digitale samarbeidsprosjekter", new BigDecimal("400000"), opens, deadline,
                List.of(new DocumentRequest("letters", Map.of("en", "Letters of intent of all partners",
                        "de", "Absichtserkl\u00e4rungen aller Partner", "nb", "Intensjonsavtaler fra alle partnere"),
                        true, List.of("pdf"), 5L * 1024 * 1024),
                        new DocumentRequest("budgetSheet", Map.of("en", "Detailed budget", "de",
                                "Detaillierter Finanzplan", "nb", "Detaljert budsjett"), false,
                                List.of("xlsx", "ods", "pdf"), 5L * 1024 * 1024)));
    }

    private static CallRequest call(String en, String de, String nb, BigDecimal budget, LocalDateTime opens,
            LocalDateTime deadline, List<DocumentRequest> documents) {
        return new CallRequest(null, Map.of("en", en, "de", de, "nb", nb), Map.of(
                "en", "Small firms in the **Altmark** and in **Tr\u00f8ndelag** join forces with chambers, business "
                        + "parks and agencies to bring digital tools into daily work: e-commerce, cloud, data, "
                        + "sensors and AI.\n\n- Consortia of at least two organisations\n- Up to 70 % of the "
                        + "eligible costs, at most EUR 60,000 per project\n- Projects of 12 to 18 months",
                "de", "Kleine Unternehmen der **Altmark** und aus **Tr\u00f8ndelag** tun sich mit Kammern, "
                        + "Gewerbeparks und Agenturen zusammen, um digitale Werkzeuge in den Alltag zu bringen: "
                        + "Onlinehandel, Cloud, Daten, Sensorik und KI.\n\n- Konsortien aus mindestens zwei "
                        + "Organisationen\n- Bis zu 70 % der f\u00f6rderf\u00e4higen Kosten, h\u00f6chstens "
                        + "60.000 EUR je Projekt\n- Laufzeit 12 bis 18 Monate",
                "nb", "Sm\u00e5 bedrifter i **Altmark** og **Tr\u00f8ndelag** g\u00e5r sammen med "
                        + "n\u00e6ringsforeninger, n\u00e6ringsparker og etater for \u00e5 ta digitale verkt\u00f8y i "
                        + "bruk: netthandel, sky, data, sensorer og KI.\n\n- Konsortier p\u00e5 minst to "
                        + "organisasjoner\n- Inntil 70 % av de st\u00f8tteberettigede kostnadene, h\u00f8yst 60 000 "
                        + "EUR per prosjekt\n- Prosjekter p\u00e5 12 til 18 m\u00e5neder"),
                "EUR", budget, new BigDecimal("70"), new BigDecimal("60000"),
                List.of("SME", "CHAMBER", "AGENCY", "BUSINESS_PARK", "INCUBATOR", "UNIVERSITY", "RESEARCH_INSTITUTE",
                        "MUNICIPALITY"),
                List.of("DEE0", "NO06"), 2, true, opens, deadline, "Europe/Berlin", 2, new BigDecimal("60"),
                List.of(criterion("relevance", "Relevance for the region's small firms", "Relevanz f\u00fcr die "
                        + "kleinen Unternehmen der Region", "Relevans for regionens sm\u00e5 bedrifter", 3, 3),
                        criterion("workplan", "Quality of the work plan", "Qualit\u00e4t des Arbeitsplans",
                                "Kvaliteten p\u00e5 arbeidsplanen", 2, 3),
                        criterion("impact", "Impact and transfer to other firms", "Wirkung und Transfer in weitere "
                                + "Betriebe", "Virkning og overf\u00f8ring til andre bedrifter", 2, 2)),
                documents, null, null);
    }

    private static CriterionRequest criterion(String key, String en, String de, String nb, int weight,
            int threshold) {
        return new CriterionRequest(key, Map.of("en", en, "de", de, "nb", nb), Map.of(), 5, BigDecimal.valueOf(weight),
                BigDecimal.valueOf(threshold));
    }

    /** The four standard sections, in the consortium's language. */
    static Map<String, String> sections(Project project) {
        if (project.german()) {
            return Map.of("objectives", project.summary() + " Ziel ist, dass die beteiligten Betriebe die L\u00f6sung "
                    + "nach Projektende selbst betreiben.",
                    "workplan", "AP1 Bestandsaufnahme und Anforderungen (Monate 1\u20133); AP2 Einf\u00fchrung und "
                            + "Schulung (Monate 4\u201310); AP3 Auswertung und Transfer (Monate 11\u201318).",
                    "impact", "Weniger Papier und Doppelerfassung, schnellere Abl\u00e4ufe; ein Leitfaden und zwei "
                            + "offene Werkstatttage machen die Ergebnisse f\u00fcr weitere Betriebe der Region "
                            + "nutzbar.",
                    "cooperation", "Die federf\u00fchrende Organisation leitet das Projekt; jeder Partner bringt "
                            + "einen Anwendungsfall und Personal ein.");
        }
        return Map.of("objectives", project.summary() + " M\u00e5let er at bedriftene driver l\u00f8sningen selv "
                + "etter prosjektslutt.",
                "workplan", "AP1 Kartlegging og krav (m\u00e5ned 1\u20133); AP2 Innf\u00f8ring og oppl\u00e6ring "
                        + "(m\u00e5ned 4\u201310); AP3 Evaluering og overf\u00f8ring (m\u00e5ned 11\u201318).",
                "impact", "Mindre papir og dobbeltregistrering, raskere arbeidsflyt; en veileder og to \u00e5pne "
                        + "verkstedsdager gj\u00f8r resultatene tilgjengelige for flere bedrifter i regionen.",
                "cooperation", "Hoveds\u00f8keren leder prosjektet; hver partner bidrar med et brukstilfelle og "
                        + "egne ansatte.");
    }

    /** A reviewer's justification for a score; the consensus says it was agreed. */
    static String justification(String criterion, int score, boolean consensus, boolean german) {
        String level = switch (score) {
            case 5 -> "Excellent";
            case 4 -> "Very good";
            case 3 -> "Good";
            case 2 -> "Fair";
            default -> "Weak";
        };
        String what = switch (criterion) {
            case "relevance" -> german ? "the need of the craft and rural firms involved is shown with figures"
                    : "the need of the coastal and rural firms involved is shown with figures";
            case "workplan" -> "work packages, milestones and the budget per partner fit together";
            default -> "the transfer to other firms of the region is planned with concrete activities";
        };
        return (consensus ? "Agreed in the consensus: " : "") + level + ": " + what + (score < 3
                ? ", but important parts are missing or vague." : ".");
    }

    static String approved(Project project) {
        return "Approved: the project " + project.acronym() + " is funded with the requested grant of EUR "
                + String.format(java.util.Locale.ROOT, "%,d", project.grant()) + ". The grant agreement follows.";
    }

    static String reserve(int rank) {
        return "The application passes all thresholds, but the call's budget is used by higher-ranked projects. It "
                + "is on the reserve list at rank " + rank + " and will be reconsidered if funds are released.";
    }
}
