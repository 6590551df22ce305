package org.uptake.funding.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.uptake.funding.application.Application;
import org.uptake.funding.application.ApplicationDocument;
import org.uptake.funding.application.BudgetCategory;
import org.uptake.funding.application.Partner;
import org.uptake.funding.call.Call;

/**
 * What a reviewer (after declaring no conflict) or a programme manager reads of an application: its texts, the
 * consortium with organisation names, the budget per partner and per category, and the uploaded documents.
 */
public record ApplicationContent(Application application, Call call, List<PartnerRow> partners,
        Map<BudgetCategory, BigDecimal> budgetByCategory, List<ApplicationDocument> documents) {

    public record PartnerRow(Partner partner, String name, String region, BigDecimal budget) {
    }

    public BigDecimal totalBudget() {
        return application.totalBudget();
    }
}
