package org.uptake.funding.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The cost categories of a budget (as in Interreg). Office and administration is a flat rate of 15 % of a
 * partner's staff costs: it is computed, never entered.
 */
public enum BudgetCategory {
    STAFF, TRAVEL, EXTERNAL_EXPERTISE, EQUIPMENT, INFRASTRUCTURE, OFFICE_ADMINISTRATION;

    public static final BigDecimal FLAT_RATE = new BigDecimal("0.15");

    public boolean isFlatRate() {
        return this == OFFICE_ADMINISTRATION;
    }

    /** The office and administration costs that go with the staff costs. */
    public static BigDecimal flatRateOf(BigDecimal staff) {
        return staff.multiply(FLAT_RATE).setScale(2, RoundingMode.HALF_UP);
    }
}
