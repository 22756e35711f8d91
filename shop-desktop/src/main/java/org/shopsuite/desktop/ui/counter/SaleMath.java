package org.shopsuite.desktop.ui.counter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.shopsuite.model.PaymentMethod;

/**
 * A counter sale's sums as the server makes them (CounterSaleService with Money.percent): the
 * subtotal is each part's price times its quantity; the tax is the subtotal at the shop's rate,
 * rounded half up to a whole minor unit; the total is the two together.
 */
public final class SaleMath {
    private SaleMath() {}

    /** The tax on {@code subtotal} at {@code ratePercent} (10.00 for 10%), half up. */
    public static long tax(long subtotal, BigDecimal ratePercent) {
        if (ratePercent == null) {
            return 0;
        }
        return BigDecimal.valueOf(subtotal)
                .multiply(ratePercent)
                .movePointLeft(2)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** What the customer gets back: cash above the total; never anything for card or transfer. */
    public static long change(long received, long total, PaymentMethod method) {
        return method == PaymentMethod.CASH && received > total ? received - total : 0;
    }

    /** Whether {@code received} pays {@code total}: cash at least it, card and transfer exactly. */
    public static boolean pays(long received, long total, PaymentMethod method) {
        return method == PaymentMethod.CASH ? received >= total : received == total;
    }
}
