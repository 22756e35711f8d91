package org.shopsuite.model.event;

import org.shopsuite.model.EventType;
import org.shopsuite.model.InvoiceStatus;

/** {@code CouponRedeemed}: a coupon was redeemed on an invoice as a DISCOUNT line of {@code discount} (negative); the invoice's new sums. */
public record CouponRedeemed(
        long couponId,
        String code,
        long customerId,
        long invoiceId,
        long discount,
        long subtotal,
        long tax,
        long total,
        InvoiceStatus status)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.CouponRedeemed;
    }
}
