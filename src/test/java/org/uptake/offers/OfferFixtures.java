package org.uptake.offers;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;

/** Test data for offers through the API: a trainer with a provider organisation, offer and session bodies. */
public final class OfferFixtures {

    private OfferFixtures() {
    }

    /** A signed-in trainer who owns a provider organisation. */
    public record Provider(ApiClient api, String email, String organisationId) {
    }

    public static Provider provider(int port, JdbcTemplate jdbc, String name, String type, String nutsCode) {
        ApiClient api = new ApiClient(port);
        String email = api.signUp();
        jdbc.update("insert into account_role (account_id, role) select id, 'TRAINER' from account where email = ?",
                email);
        api.signIn(email, ApiClient.PASSWORD);
        String organisationId = api.post("/api/v1/organisations", Map.of("name", name + " " + UUID.randomUUID(),
                "type", type, "nutsCode", nutsCode, "naceCode", "94.11", "employees", 20)).text("id");
        return new Provider(api, email, organisationId);
    }

    /** An offer body with the title's first language as the language of delivery. */
    public static Map<String, Object> offer(String providerId, String kind, Map<String, String> title,
            Map<String, String> description, String topic) {
        Map<String, Object> offer = new HashMap<>();
        offer.put("title", title);
        offer.put("description", description);
        offer.put("kind", kind);
        offer.put("providerOrganisationId", providerId);
        offer.put("topics", List.of(topic));
        offer.put("language", title.keySet().iterator().next());
        offer.put("price", 0);
        return offer;
    }

    /** A session at a venue, starting at the full hour. */
    public static Map<String, Object> session(LocalDateTime start, int hours, String timeZone, int capacity,
            String address, String nutsCode) {
        LocalDateTime at = start.withMinute(0).withSecond(0).withNano(0);
        return Map.of("start", at.toString(), "end", at.plusHours(hours).toString(), "timeZone", timeZone,
                "capacity", capacity, "address", address, "nutsCode", nutsCode);
    }
}
