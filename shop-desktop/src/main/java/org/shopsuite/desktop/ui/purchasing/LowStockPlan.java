package org.shopsuite.desktop.ui.purchasing;

import org.shopsuite.model.VehiclePart;

/**
 * How much of a low-stock part to order: enough to bring what is available up to twice its
 * reorder point, and at least one (a part at or below a reorder point of zero still gets one).
 */
public final class LowStockPlan {
    private LowStockPlan() {}

    /** The suggested quantity: {@code max(1, 2 x reorderPoint - available)}. */
    public static int suggest(int reorderPoint, int available) {
        return Math.max(1, 2 * reorderPoint - available);
    }

    public static int suggest(VehiclePart p) {
        return suggest(p.reorderPoint(), p.available());
    }
}
