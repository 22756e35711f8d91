package org.shopsuite.model.event;

import java.time.Instant;
import org.shopsuite.model.EventType;

/** {@code CouponIssued}: a coupon was issued to a customer (by a booking when {@code appointmentId} is set). */
public record CouponIssued(
        long couponId, String code, long promotionId, long customerId, Long appointmentId, Instant expiresAt)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.CouponIssued;
    }
}
