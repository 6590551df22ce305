package org.uptake.directory;

import java.math.BigDecimal;

/**
 * EU enterprise size classes of Recommendation 2003/361/EC. Headcount must be below the ceiling and either annual
 * turnover or balance-sheet total within its ceiling; where neither money figure is known, headcount decides.
 */
public enum SizeClass {
    MICRO(10, "2000000", "2000000"),
    SMALL(50, "10000000", "10000000"),
    MEDIUM(250, "50000000", "43000000"),
    LARGE(Integer.MAX_VALUE, null, null);

    private final int headcountBelow;
    private final BigDecimal maxTurnover;
    private final BigDecimal maxBalanceSheet;

    SizeClass(int headcountBelow, String maxTurnover, String maxBalanceSheet) {
        this.headcountBelow = headcountBelow;
        this.maxTurnover = maxTurnover == null ? null : new BigDecimal(maxTurnover);
        this.maxBalanceSheet = maxBalanceSheet == null ? null : new BigDecimal(maxBalanceSheet);
    }

    public static SizeClass of(int employees, BigDecimal turnoverEur, BigDecimal balanceSheetEur) {
        for (SizeClass size : values()) {
            if (size.fits(employees, turnoverEur, balanceSheetEur)) {
                return size;
            }
        }
        return LARGE;
    }

    public boolean isSme() {
        return this != LARGE;
    }

    private boolean fits(int employees, BigDecimal turnover, BigDecimal balanceSheet) {
        if (maxTurnover == null) {
            return true;
        }
        if (employees >= headcountBelow) {
            return false;
        }
        if (turnover == null && balanceSheet == null) {
            return true;
        }
        return (turnover != null && turnover.compareTo(maxTurnover) <= 0)
                || (balanceSheet != null && balanceSheet.compareTo(maxBalanceSheet) <= 0);
    }
}
