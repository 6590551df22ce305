package org.uptake.offers.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.offers.OfferFixtures;

/**
 * The catalogue's full-text search through the API: stemming per language, words typed half, filters that one
 * session must meet together, sort orders, drafts kept out, and changes made by another node caught up.
 */
@ApplicationTest
class CatalogueSearchTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CatalogueIndex index;

    ApiClient organiser;
    String provider;
    /** A made-up word in every offer of one test, so that results of other tests never interfere. */
    String tag;

    @BeforeEach
    void organiserWithProvider() {
        OfferFixtures.Provider chamber = OfferFixtures.provider(port, jdbc, "Handwerkskammer", "CHAMBER", "DEE04");
        organiser = chamber.api();
        provider = chamber.organisationId();
        // letters only, so that no analyser splits it: the hex digits of a random UUID mapped to a..p
        tag = "zq" + UUID.randomUUID().toString().replace("-", "").chars().limit(8)
                .mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16)))).collect(Collectors.joining());
    }

    @Test
    void wordsAreFoundInTheirLanguagesStemmedAndWhenTypedHalf() {
        String german = offer(Map.of("de", "Digitalisierung im Handwerk: Seminare für Betriebe " + tag),
                Map.of("de", "Wie Werkstätten ihre Aufträge digital planen."), session(20, "DEE04"));
        String norwegian = offer(Map.of("nb", "Kurs for verkstedene i Trøndelag " + tag),
                Map.of("nb", "Datadrevne løsninger for små bedrifter."), session(20, "NO060"));

        assertThat(search("q=Seminar+" + tag)).containsExactly(german);
        assertThat(search("q=betrieb+" + tag)).containsExactly(german);
        assertThat(search("q=Werkstatt+" + tag)).as("umlaut normalised, plural stemmed").containsExactly(german);
        assertThat(search("q=digitalis+" + tag)).as("a word typed half").containsExactly(german);
        assertThat(search("q=verksted+" + tag)).containsExactly(norwegian);
        assertThat(search("q=bedrift+" + tag)).containsExactly(norwegian);
        assertThat(search("q=" + tag)).containsExactlyInAnyOrder(german, norwegian);
        assertThat(search("q=Seminar+verksted+" + tag)).as("every word must match").isEmpty();
    }

    @Test
    void regionAndDatesMustBeMetByOneAndTheSameSession() {
        String offer = offer(Map.of("en", "Cloud basics " + tag), Map.of("en", "Moving to the cloud."),
                session(30, "NO060"), session(60, "DEE04"));
        String to = LocalDate.now().plusDays(40).toString();
        String from = LocalDate.now().plusDays(50).toString();

        assertThat(search("q=" + tag + "&region=DEE")).containsExactly(offer);
        assertThat(search("q=" + tag + "&region=NO06&to=" + to)).containsExactly(offer);
        assertThat(search("q=" + tag + "&region=DEE&to=" + to)).as("the German date is later").isEmpty();
        assertThat(search("q=" + tag + "&region=DEE&from=" + from)).containsExactly(offer);
        assertThat(search("q=" + tag + "&region=AT")).isEmpty();
    }

    @Test
    void sortedBySoonestSessionOrNewestAndDraftsStayOut() {
        String later = offer(Map.of("en", "Later " + tag), Map.of("en", "x"), session(40, "DEE04"));
        String sooner = offer(Map.of("en", "Sooner " + tag), Map.of("en", "x"), session(10, "DEE04"));
        Map<String, Object> draft = body(Map.of("en", "Draft " + tag), Map.of("en", "x"));
        organiser.post("/api/v1/offers", draft);

        assertThat(search("q=" + tag + "&sort=SOONEST")).containsExactly(sooner, later);
        assertThat(search("q=" + tag + "&sort=NEWEST")).containsExactly(sooner, later);
        ApiClient.Response paged = organiser.get("/api/v1/offers?q=" + tag + "&sort=SOONEST&size=1&page=1");
        assertThat(paged.headers().get("X-Total-Count")).containsExactly("2");
        assertThat(paged.body().get(0).get("id").asText()).isEqualTo(later);
    }

    @Test
    void changesCommittedByAnotherNodeAreCaughtUp() {
        String offer = offer(Map.of("de", "Onlineshop für Bäckereien " + tag), Map.of("de", "x"), session(15, "DEE04"));
        String renamed = "yw" + tag;
        // what another node does: it writes the row and moves updated_at; this node's index knows nothing of it
        jdbc.update("update offer set title_de = ?, updated_at = current_timestamp where id = ?",
                "Onlineshop für Konditoreien " + renamed, UUID.fromString(offer));
        assertThat(search("q=" + renamed)).isEmpty();

        index.catchUp();

        assertThat(search("q=" + renamed)).containsExactly(offer);
        assertThat(search("q=Konditorei+" + renamed)).containsExactly(offer);
    }

    private List<String> search(String query) {
        ApiClient.Response response = organiser.get("/api/v1/offers?" + query);
        assertThat(response.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.body().forEach(offer -> ids.add(offer.get("id").asText()));
        return ids;
    }

    private Map<String, Object> body(Map<String, String> title, Map<String, String> description) {
        return OfferFixtures.offer(provider, "SEMINAR", title, description, "data");
    }

    @SafeVarargs
    private String offer(Map<String, String> title, Map<String, String> description, Map<String, Object>... sessions) {
        String id = organiser.post("/api/v1/offers", body(title, description)).text("id");
        for (Map<String, Object> session : sessions) {
            assertThat(organiser.post("/api/v1/offers/" + id + "/sessions", session).status()).isEqualTo(201);
        }
        organiser.post("/api/v1/offers/" + id + "/publish", Map.of());
        return id;
    }

    private static Map<String, Object> session(int inDays, String nutsCode) {
        return OfferFixtures.session(LocalDateTime.now().plusDays(inDays).withHour(9), 4, "Europe/Berlin", 12,
                "Kammer, Saal 2", nutsCode);
    }
}
