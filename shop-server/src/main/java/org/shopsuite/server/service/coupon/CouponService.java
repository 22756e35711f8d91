package org.shopsuite.server.service.coupon;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shopsuite.model.Coupon;
import org.shopsuite.model.CouponStatus;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.Page;
import org.shopsuite.model.Promotion;
import org.shopsuite.model.PromotionInput;
import org.shopsuite.model.PromotionKind;
import org.shopsuite.model.PromotionTrigger;
import org.shopsuite.model.event.CouponIssued;
import org.shopsuite.model.event.CouponReturned;
import org.shopsuite.model.event.CouponWithdrawn;
import org.shopsuite.model.event.PromotionCreated;
import org.shopsuite.model.event.PromotionUpdated;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.coupon.CouponDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Money;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.shop.ShopService;

/**
 * Promotions and their coupons (the parking origin document's discount coupon): a booking issues
 * one coupon per active ON_BOOKING promotion, its cancellation withdraws the unused ones, an
 * invoice redeems one (see the invoice service), and voiding that invoice gives it back.
 */
public final class CouponService {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int NAME_MAX = 60;
    private static final int MAX_VALID_DAYS = 3660;
    private static final int COUPONS = 500;

    private final Database db;
    private final EventStore events;
    private final ShopService shop;
    private final Times times;
    private final SecureRandom random = new SecureRandom();

    public CouponService(Database db, EventStore events, ShopService shop, Times times) {
        this.db = db;
        this.events = events;
        this.shop = shop;
        this.times = times;
    }

    // ---- promotions ----------------------------------------------------------------------------

    public Page<Promotion> promotions(Boolean active, String cursor, int limit) {
        Cursor.NameKey after = Cursor.afterName(cursor);
        List<CouponDao.PromotionRow> rows = db.read(tx -> tx.coupons()
                .promotions(after == null ? null : after.name(), after == null ? 0 : after.id(), active, limit + 1));
        return Pages.byName(
                rows, limit, CouponDao.PromotionRow::name, CouponDao.PromotionRow::id, CouponService::toApi);
    }

    public Promotion promotion(long id) {
        return db.read(tx -> toApi(findPromotion(tx, id)));
    }

    public PromotionInput promotionAsInput(long id) {
        Promotion p = promotion(id);
        return new PromotionInput(p.name(), p.kind(), p.value(), p.validDays(), p.trigger(), p.active());
    }

    public Change<Promotion> createPromotion(Actor actor, PromotionInput in) {
        CouponDao.PromotionRow row = validated(in, 0, 0);
        return tx -> {
            unique(tx, row.name(), 0);
            long id = tx.coupons().insertPromotion(row);
            events.append(tx, actor, null, null, new PromotionCreated(id, row.name()));
            return toApi(findPromotion(tx, id));
        };
    }

    public Change<Promotion> updatePromotion(Actor actor, long id, long version, PromotionInput in) {
        CouponDao.PromotionRow row = validated(in, id, version);
        return tx -> {
            CouponDao.PromotionRow now = findPromotion(tx, id);
            if (now.version() != version) {
                throw ApiException.preconditionFailed(now.version());
            }
            unique(tx, row.name(), id);
            if (tx.coupons().updatePromotion(row) == 0) {
                throw ApiException.preconditionFailed(now.version());
            }
            events.append(tx, actor, null, null, new PromotionUpdated(id, row.name(), row.active()));
            return toApi(findPromotion(tx, id));
        };
    }

    private static CouponDao.PromotionRow validated(PromotionInput in, long id, long version) {
        Check c = new Check();
        String name = c.text("name", in.name(), NAME_MAX);
        PromotionKind kind = c.required("kind", in.kind());
        Long value = c.required("value", in.value());
        if (value != null && kind != null) {
            long max = kind == PromotionKind.AMOUNT ? Money.MAX : 100;
            if (value < 1 || value > max) {
                c.fail(
                        "value",
                        ErrorCode.OUT_OF_RANGE,
                        kind == PromotionKind.AMOUNT
                                ? "must be an amount of 1-" + max + " (minor units)"
                                : "must be a percent of 1-100",
                        Map.of("min", 1, "max", max));
            }
        }
        Integer days = c.wholeNumber("validDays", in.validDays(), 1, MAX_VALID_DAYS, true);
        PromotionTrigger trigger = c.required("trigger", in.trigger());
        c.done();
        boolean active = in.active() == null || in.active();
        return new CouponDao.PromotionRow(id, name, kind, value, days, trigger, active, version);
    }

    private static void unique(Tx tx, String name, long except) {
        tx.coupons().promotionNamed(name, except).ifPresent(other -> {
            throw ApiException.conflict(
                    "name",
                    ErrorCode.NOT_UNIQUE,
                    "promotion name '" + name + "' is already used by promotion " + other);
        });
    }

    private static CouponDao.PromotionRow findPromotion(Tx tx, long id) {
        return tx.coupons().promotion(id).orElseThrow(() -> ApiException.notFound("promotion", id));
    }

    private static Promotion toApi(CouponDao.PromotionRow r) {
        return new Promotion(
                r.id(), r.name(), r.kind(), r.value(), r.validDays(), r.triggerOn(), r.active(), r.version());
    }

    // ---- coupons -------------------------------------------------------------------------------

    /** A customer's coupons, newest first (the newest 500). */
    public Page<Coupon> ofCustomer(long customerId) {
        return db.read(tx -> {
            if (tx.customers().find(customerId).isEmpty()) {
                throw ApiException.notFound("customer", customerId);
            }
            Instant now = times.now();
            List<Coupon> items = tx.coupons().ofCustomer(customerId, COUPONS).stream()
                    .map(r -> toApi(r, now))
                    .toList();
            return new Page<>(items, null);
        });
    }

    /** A booking's coupons: one per active ON_BOOKING promotion, valid from today. */
    public void issueOnBooking(WriteTx tx, Actor actor, long customerId, long appointmentId) {
        List<CouponDao.PromotionRow> promotions = tx.coupons().onBooking();
        if (promotions.isEmpty()) {
            return;
        }
        Instant now = times.now();
        ZoneId zone = shop.zone();
        for (CouponDao.PromotionRow p : promotions) {
            Instant expires =
                    shop.today().plusDays(p.validDays() + 1L).atStartOfDay(zone).toInstant();
            String code = newCode(tx);
            long id = tx.coupons().insertCoupon(code, p.id(), customerId, appointmentId, now, expires);
            events.append(
                    tx, actor, null, null, new CouponIssued(id, code, p.id(), customerId, appointmentId, expires));
        }
    }

    /** A cancelled booking: its unused coupons are withdrawn (a redeemed one stays redeemed). */
    public void withdrawForAppointment(WriteTx tx, Actor actor, long appointmentId) {
        for (CouponDao.CouponRow r : tx.coupons().ofAppointment(appointmentId)) {
            if (r.status() == CouponStatus.ISSUED && tx.coupons().withdraw(r.id()) == 1) {
                events.append(
                        tx, actor, null, null, new CouponWithdrawn(r.id(), r.code(), r.customerId(), appointmentId));
            }
        }
    }

    /**
     * A voided invoice gives back the coupons redeemed on it: ISSUED again while unexpired (event
     * {@code CouponReturned}), EXPIRED otherwise.
     */
    public static void giveBack(
            WriteTx tx, Actor actor, EventStore events, long invoiceId, Long receiptId, Long jobId, Instant now) {
        for (CouponDao.CouponRow r : tx.coupons().ofInvoice(invoiceId)) {
            boolean valid = r.expiresAt().isAfter(now);
            tx.coupons().giveBack(r.id(), valid ? CouponStatus.ISSUED : CouponStatus.EXPIRED);
            if (valid) {
                events.append(
                        tx, actor, receiptId, jobId, new CouponReturned(r.id(), r.code(), r.customerId(), invoiceId));
            }
        }
    }

    private String newCode(Tx tx) {
        while (true) {
            StringBuilder b = new StringBuilder(9);
            for (int i = 0; i < 8; i++) {
                if (i == 4) {
                    b.append('-');
                }
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String code = b.toString();
            if (!tx.coupons().codeTaken(code)) {
                return code;
            }
        }
    }

    /**
     * A code as the customer reads or types it ("k7qh 3mzp", "K7QH3MZP") in the stored form
     * {@code K7QH-3MZP}; anything else is returned upper-cased and trimmed (and then not found).
     */
    public static String normalise(String code) {
        String plain = code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return plain.length() == 8 ? plain.substring(0, 4) + "-" + plain.substring(4) : code.strip();
    }

    /** The coupon as the API shows it: an issued coupon past its date is EXPIRED. */
    public static Coupon toApi(CouponDao.CouponRow r, Instant now) {
        CouponStatus status =
                r.status() == CouponStatus.ISSUED && !r.expiresAt().isAfter(now) ? CouponStatus.EXPIRED : r.status();
        return new Coupon(
                r.id(),
                r.code(),
                r.promotionId(),
                r.promotionName(),
                r.kind(),
                r.value(),
                r.customerId(),
                r.appointmentId(),
                status,
                r.issuedAt(),
                r.expiresAt(),
                r.invoiceId(),
                r.redeemedAt());
    }

    /**
     * What a coupon takes off an invoice (a positive amount): a percent (half-up) of its labour
     * lines or of its subtotal, or the amount, never more than the subtotal.
     */
    public static long discount(PromotionKind kind, long value, long laborSubtotal, long subtotal) {
        long d = switch (kind) {
            case PERCENT_LABOR -> Money.percent(laborSubtotal, value * 100);
            case PERCENT_TOTAL -> Money.percent(subtotal, value * 100);
            case AMOUNT -> value;
        };
        return Math.max(0, Math.min(d, subtotal));
    }
}
