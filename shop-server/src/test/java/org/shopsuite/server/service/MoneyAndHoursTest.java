package org.shopsuite.server.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyAndHoursTest {
    @ParameterizedTest(name = "{0} h x {1} = {2}")
    @CsvSource({
        "100, 66667, 66667",
        "125, 66667, 83334", // 83,333.75 rounds up
        "150, 1, 2", // 1.5 rounds half up
        "50, 1, 1", // 0.5 rounds half up
        "49, 1, 0",
        "2400, 999999999, 23999999976",
        "1, 50, 1" // 0.01 h x 50 = 0.5 -> 1
    })
    void laborAmountIsHoursTimesRateRoundedHalfUp(long centiHours, long rate, long amount) {
        assertThat(Money.times(centiHours, rate)).isEqualTo(amount);
    }

    @ParameterizedTest(name = "{1} bp of {0} = {2}")
    @CsvSource({"179334, 1000, 17933", "5, 1000, 1", "4, 1000, 0", "100000, 825, 8250", "15, 1000, 2"})
    void taxIsAPercentRoundedHalfUp(long amount, long basisPoints, long tax) {
        assertThat(Money.percent(amount, basisPoints)).isEqualTo(tax);
    }

    @ParameterizedTest
    @CsvSource({"1.25, 125", "8, 800", "0.01, 1", "24, 2400", "7.50, 750"})
    void hoursAreStoredAsExactHundredths(String hours, long centi) {
        assertThat(Hours.toCenti(new BigDecimal(hours))).isEqualTo(centi);
        assertThat(Hours.of(centi)).isEqualByComparingTo(hours);
    }
}
