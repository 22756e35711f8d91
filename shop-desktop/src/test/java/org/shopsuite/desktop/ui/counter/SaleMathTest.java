package org.shopsuite.desktop.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.server.service.Money;

/** The counter's sums are the server's, to the won. */
class SaleMathTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            # subtotal, rate %, tax
            28000,   10,    2800
            12345,   10,    1235
            12344,   10,    1234
            5,       10,    1
            4,       10,    0
            99999,   3.33,  3330
            1015,    0.5,   5
            0,       10,    0
            100000,  0,     0
            """)
    void taxIsTheSubtotalAtTheShopsRateRoundedHalfUp(long subtotal, String rate, long tax) {
        assertThat(SaleMath.tax(subtotal, new BigDecimal(rate))).isEqualTo(tax);
    }

    @Test
    void taxIsWhatTheServerChargesForEverySubtotalAndRate() {
        for (String rate : new String[] {"10", "10.00", "7.5", "3.33", "0.01", "12.49"}) {
            long basisPoints = new BigDecimal(rate).movePointRight(2).longValueExact();
            for (long subtotal = 0; subtotal < 20_000; subtotal += 7) {
                assertThat(SaleMath.tax(subtotal, new BigDecimal(rate)))
                        .as("%d at %s%%", subtotal, rate)
                        .isEqualTo(Money.percent(subtotal, basisPoints));
            }
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # received, total, method, change, pays
            40000,  30800, CASH,     9200, true
            30800,  30800, CASH,     0,    true
            30000,  30800, CASH,     0,    false
            40000,  30800, CARD,     0,    false
            30800,  30800, CARD,     0,    true
            30800,  30800, TRANSFER, 0,    true
            30799,  30800, TRANSFER, 0,    false
            """)
    void cashAboveTheTotalIsChangeAndCardOrTransferMustBeExact(
            long received, long total, PaymentMethod method, long change, boolean pays) {
        assertThat(SaleMath.change(received, total, method)).isEqualTo(change);
        assertThat(SaleMath.pays(received, total, method)).isEqualTo(pays);
    }
}
