package org.uptake.funding.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.uptake.ApiClient;

/** Complete application bodies and files for the applicant's tests, through the API only. */
final class ApplicationFixtures {

    /** A minimal but real PDF: Tika recognises it as application/pdf by its content. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    /** The first bytes of a PNG image. */
    static final byte[] PNG = new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
            'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };

    private ApplicationFixtures() {
    }

    /**
     * A complete application of a lead with one partner: staff 20,000 + travel 2,000 (lead), staff 10,000 (partner),
     * so with the 15 % flat rate 36,500 in total; 29,200 requested (80 %), 7,300 own contribution.
     */
    static Map<String, Object> complete(String title, String leadId, String partnerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("acronym", "SR" + Math.abs(title.hashCode() % 1000));
        body.put("summary", "Digital twins of the small firms' production lines in the Emscher-Lippe region.");
        body.put("leadOrganisationId", leadId);
        List<Map<String, Object>> partners = new ArrayList<>();
        if (partnerId != null) {
            partners.add(Map.of("organisationId", partnerId, "role", "PARTNER", "workShare", 40));
        }
        body.put("partners", partners);
        List<Map<String, Object>> budget = new ArrayList<>();
        budget.add(Map.of("organisationId", leadId, "category", "STAFF", "amount", "20000.00"));
        budget.add(Map.of("organisationId", leadId, "category", "TRAVEL", "amount", 2000));
        if (partnerId != null) {
            budget.add(Map.of("organisationId", partnerId, "category", "STAFF", "amount", 10000));
        }
        body.put("budget", budget);
        boolean both = partnerId != null;
        body.put("requestedGrant", both ? "29200.00" : "20000.00");
        body.put("ownContribution", both ? "7300.00" : "5000.00");
        body.put("sections", Map.of("objectives", "Fewer manual steps.", "workplan", "Three work packages.",
                "impact", "Forty firms reached.", "cooperation", "Weekly meetings."));
        body.put("projectStart", "2027-04-01");
        body.put("projectEnd", "2028-03-31");
        return body;
    }

    /** Creates the draft and uploads the required letters; returns the application's id. */
    static String draft(ApiClient lead, String callId, Map<String, Object> body) {
        var created = lead.post("/api/v1/calls/" + callId + "/applications", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.text("id");
        var uploaded = lead.postFile("/api/v1/applications/" + id + "/documents", Map.of("documentKey", "letters"),
                "file", "letters.pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(201);
        return id;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
