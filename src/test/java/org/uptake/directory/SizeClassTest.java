package org.uptake.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recommendation 2003/361/EC: headcount ceiling and either the turnover or the balance-sheet ceiling. */
class SizeClassTest {

    @ParameterizedTest(name = "{0} persons, turnover {1}, balance sheet {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            "0, -, -, MICRO",
            "9, -, -, MICRO",
            "10, -, -, SMALL",
            "49, -, -, SMALL",
            "50, -, -, MEDIUM",
            "249, -, -, MEDIUM",
            "250, -, -, LARGE",
            "9, 2000000, -, MICRO",
            "9, 2000001, -, SMALL",
            "9, 3000000, 1500000, MICRO",
            "9, 3000000, 3000000, SMALL",
            "40, 12000000, 9000000, SMALL",
            "40, 12000000, 11000000, MEDIUM",
            "200, 60000000, 43000000, MEDIUM",
            "200, 60000000, 44000000, LARGE",
            "200, 50000000, -, MEDIUM",
            "5, -, 60000000, LARGE"})
    void derivesTheClassFromHeadcountAndMoney(int employees, BigDecimal turnover, BigDecimal balanceSheet,
            SizeClass expected) {
        assertThat(SizeClass.of(employees, turnover, balanceSheet)).isEqualTo(expected);
    }

    @Test
    void onlyLargeIsNoSme() {
        assertThat(SizeClass.LARGE.isSme()).isFalse();
        assertThat(SizeClass.MICRO.isSme()).isTrue();
        assertThat(SizeClass.MEDIUM.isSme()).isTrue();
    }
}
