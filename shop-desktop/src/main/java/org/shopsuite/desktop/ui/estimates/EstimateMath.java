package org.shopsuite.desktop.ui.estimates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.shopsuite.model.PriceBand;
import org.shopsuite.model.VehiclePart;

/**
 * An estimate's money as the server counts it: each line's amount rounded half-up once, the tax on
 * the subtotal, half-up; a part's default price from its cost by the shop's bands.
 */
public final class EstimateMath {
    private EstimateMath() {}

    /** {@code quantity x unitPrice} (hours x rate for labour), rounded half-up to the minor unit. */
    public static long amount(BigDecimal quantity, long unitPrice) {
        return quantity.multiply(BigDecimal.valueOf(unitPrice))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** The tax on a subtotal at {@code ratePercent}, rounded half-up. */
    public static long tax(long subtotal, BigDecimal ratePercent) {
        return BigDecimal.valueOf(subtotal)
                .multiply(ratePercent)
                .movePointLeft(2)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /**
     * A part's default unit price: its cost times the multiplier of the band the cost falls in
     * ([fromCost, toCost)), half-up; the catalogue price when it has no cost or no band takes it.
     */
    public static long partPrice(VehiclePart part, List<PriceBand> bands) {
        long cost = part.costPrice();
        if (cost <= 0 || bands == null) {
            return part.partPrice();
        }
        for (PriceBand b : bands) {
            long from = b.fromCost() == null ? 0 : b.fromCost();
            if (cost >= from && (b.toCost() == null || cost < b.toCost())) {
                return BigDecimal.valueOf(cost)
                        .multiply(b.multiplierPercent())
                        .movePointLeft(2)
                        .setScale(0, RoundingMode.HALF_UP)
                        .longValueExact();
            }
        }
        return part.partPrice();
    }
}
