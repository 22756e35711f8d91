package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code CouponWithdrawn}: a booking was cancelled: its unused coupon was withdrawn. */
public record CouponWithdrawn(long couponId, String code, long customerId, Long appointmentId) implements EventData {
    @Override
    public EventType type() {
        return EventType.CouponWithdrawn;
    }
}
