package org.shopsuite.desktop.ui.estimates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shopsuite.model.PriceBand;
import org.shopsuite.model.VehiclePart;

/** An estimate's money as the server counts it: half-up once per line, tax on the subtotal. */
class EstimateMathTest {
    private static final List<PriceBand> BANDS = List.of(
            new PriceBand(0L, 10_000L, new BigDecimal("180")),
            new PriceBand(10_000L, 100_000L, new BigDecimal("166")),
            new PriceBand(100_000L, null, new BigDecimal("150")));

    @ParameterizedTest
    @CsvSource(textBlock = """
            # quantity, unit price, amount
            1.5,  60000,  90000
            0.25, 33333,  8333
            0.5,  33333,  16667
            0.01, 50,     1
            0.01, 49,     0
            4,    9000,   36000
            """)
    void aLineIsRoundedHalfUpOnce(String quantity, long unitPrice, long amount) {
        assertThat(EstimateMath.amount(new BigDecimal(quantity), unitPrice)).isEqualTo(amount);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # subtotal, rate percent, tax
            100000, 10,   10000
            12345,  10,   1235
            12344,  10,   1234
            12345,  7.5,  926
            0,      10,   0
            """)
    void theTaxIsOnTheSubtotalHalfUp(long subtotal, String rate, long tax) {
        assertThat(EstimateMath.tax(subtotal, new BigDecimal(rate))).isEqualTo(tax);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # cost, catalogue price, default price
            5000,   1,     9000
            9999,   1,     17998
            10000,  1,     16600
            99999,  1,     165998
            100000, 1,     150000
            0,      48000, 48000
            """)
    void aPartIsPricedFromItsCostByBandFromBoundInclusiveToBoundExclusive(long cost, long partPrice, long price) {
        VehiclePart p = new VehiclePart(1, "X-1", "x", 1, partPrice, cost, 0, null, false, 1, 0, 1, null, 0, 1, 1);
        assertThat(EstimateMath.partPrice(p, BANDS)).isEqualTo(price);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            5000, 9000
            """)
    void withoutBandsAPartKeepsItsCataloguePrice(long cost, long partPrice) {
        VehiclePart p = new VehiclePart(1, "X-1", "x", 1, partPrice, cost, 0, null, false, 1, 0, 1, null, 0, 1, 1);
        assertThat(EstimateMath.partPrice(p, List.of())).isEqualTo(partPrice);
    }
}
