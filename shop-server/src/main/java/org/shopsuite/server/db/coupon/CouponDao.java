package org.shopsuite.server.db.coupon;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.CouponStatus;
import org.shopsuite.model.PromotionKind;
import org.shopsuite.model.PromotionTrigger;

/** Promotions and the coupons they issue. */
public interface CouponDao {
    record PromotionRow(
            long id,
            String name,
            PromotionKind kind,
            long value,
            int validDays,
            PromotionTrigger triggerOn,
            boolean active,
            long version) {}

    record CouponRow(
            long id,
            String code,
            long promotionId,
            String promotionName,
            PromotionKind kind,
            long value,
            long customerId,
            Long appointmentId,
            CouponStatus status,
            Instant issuedAt,
            Instant expiresAt,
            Long invoiceId,
            Instant redeemedAt) {}

    @SqlQuery("SELECT * FROM promotions WHERE id = :id")
    Optional<PromotionRow> promotion(long id);

    @SqlQuery("SELECT * FROM promotions"
            + " WHERE (:afterName IS NULL OR name > :afterName OR (name = :afterName AND id > :afterId))"
            + " AND (:active IS NULL OR active = :active) ORDER BY name, id LIMIT :limit")
    List<PromotionRow> promotions(String afterName, long afterId, Boolean active, int limit);

    @SqlQuery("SELECT * FROM promotions WHERE active = 1 AND trigger_on = 'ON_BOOKING' ORDER BY id")
    List<PromotionRow> onBooking();

    @SqlQuery("SELECT id FROM promotions WHERE name = :name AND id <> :except")
    Optional<Long> promotionNamed(String name, long except);

    @SqlQuery("INSERT INTO promotions (name, kind, value, valid_days, trigger_on, active, version)"
            + " VALUES (:name, :kind, :value, :validDays, :triggerOn, :active, 1) RETURNING id")
    long insertPromotion(@BindMethods PromotionRow row);

    @SqlUpdate("UPDATE promotions SET name = :name, kind = :kind, value = :value, valid_days = :validDays,"
            + " trigger_on = :triggerOn, active = :active, version = version + 1"
            + " WHERE id = :id AND version = :version")
    int updatePromotion(@BindMethods PromotionRow row);

    String COUPON = "SELECT c.id, c.code, c.promotion_id, p.name AS promotion_name, p.kind, p.value, c.customer_id,"
            + " c.appointment_id, c.status, c.issued_at, c.expires_at, c.invoice_id, c.redeemed_at"
            + " FROM coupons c JOIN promotions p ON p.id = c.promotion_id";

    @SqlQuery(COUPON + " WHERE c.id = :id")
    Optional<CouponRow> coupon(long id);

    @SqlQuery(COUPON + " WHERE c.code = :code")
    Optional<CouponRow> byCode(String code);

    @SqlQuery(COUPON + " WHERE c.customer_id = :customerId ORDER BY c.id DESC LIMIT :limit")
    List<CouponRow> ofCustomer(long customerId, int limit);

    @SqlQuery(COUPON + " WHERE c.appointment_id = :appointmentId ORDER BY c.id")
    List<CouponRow> ofAppointment(long appointmentId);

    @SqlQuery(COUPON + " WHERE c.invoice_id = :invoiceId ORDER BY c.id")
    List<CouponRow> ofInvoice(long invoiceId);

    @SqlQuery("INSERT INTO coupons (code, promotion_id, customer_id, appointment_id, status, issued_at, expires_at)"
            + " VALUES (:code, :promotionId, :customerId, :appointmentId, 'ISSUED', :issuedAt, :expiresAt)"
            + " RETURNING id")
    long insertCoupon(
            String code, long promotionId, long customerId, Long appointmentId, Instant issuedAt, Instant expiresAt);

    @SqlQuery("SELECT COUNT(*) > 0 FROM coupons WHERE code = :code")
    boolean codeTaken(String code);

    /** Withdraws an unused coupon (its booking was cancelled); 0 rows when it was used or is gone. */
    @SqlUpdate("UPDATE coupons SET status = 'WITHDRAWN' WHERE id = :id AND status = 'ISSUED'")
    int withdraw(long id);

    /** Redeems an issued, unexpired coupon on an invoice; 0 rows when another redemption won. */
    @SqlUpdate("UPDATE coupons SET status = 'REDEEMED', invoice_id = :invoiceId, redeemed_at = :now"
            + " WHERE id = :id AND status = 'ISSUED' AND expires_at > :now")
    int redeem(long id, long invoiceId, Instant now);

    /** A redeemed coupon whose invoice was voided: ISSUED again, or EXPIRED when past its date. */
    @SqlUpdate("UPDATE coupons SET status = :status, invoice_id = NULL, redeemed_at = NULL"
            + " WHERE id = :id AND status = 'REDEEMED'")
    int giveBack(long id, CouponStatus status);

    @SqlUpdate("UPDATE coupons SET customer_id = :survivor WHERE customer_id = :duplicate")
    int moveCoupons(long survivor, long duplicate);
}
