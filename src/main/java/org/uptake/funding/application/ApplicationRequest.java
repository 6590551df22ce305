package org.uptake.funding.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An application as the consortium sends it, for a new draft or to replace a draft's content. Everything may be
 * missing (a draft is saved at any time); what is given must be well-formed. Office and administration costs are
 * computed as 15 % of each partner's staff costs: a sent amount is accepted only when it equals that.
 *
 * @param partners the other organisations of the consortium (the lead is always part of it)
 * @param version  the version the client edited (optional): a newer stored version means someone else saved first
 */
public record ApplicationRequest(String title, String acronym, String summary, UUID leadOrganisationId,
        List<PartnerRequest> partners, List<BudgetRequest> budget, BigDecimal requestedGrant,
        BigDecimal ownContribution, Map<String, String> sections, LocalDate projectStart, LocalDate projectEnd,
        Long version) {

    public ApplicationRequest {
        partners = partners == null ? List.of() : partners;
        budget = budget == null ? List.of() : budget;
        sections = sections == null ? Map.of() : sections;
    }

    public record PartnerRequest(UUID organisationId, String role, BigDecimal workShare) {
    }

    public record BudgetRequest(UUID organisationId, String category, BigDecimal amount) {
    }
}
