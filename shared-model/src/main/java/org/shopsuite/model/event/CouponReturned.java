package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code CouponReturned}: the invoice a coupon was redeemed on was voided: the coupon can be used again. */
public record CouponReturned(long couponId, String code, long customerId, long invoiceId) implements EventData {
    @Override
    public EventType type() {
        return EventType.CouponReturned;
    }
}
