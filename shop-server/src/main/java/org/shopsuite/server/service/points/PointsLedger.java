package org.shopsuite.server.service.points;

import java.time.Instant;
import java.util.OptionalLong;
import org.shopsuite.model.PointsKind;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.points.PointsDao;
import org.shopsuite.server.service.Actor;

/**
 * The one way points move, inside the caller's write transaction: an entry in the customer's
 * ledger and the same change to the balance kept beside it, so the balance is always the sum of
 * the entries. {@link #spend} takes points only when the balance covers them (a conditional
 * update: racing spends cannot overspend, whatever the database).
 */
public final class PointsLedger {
    private PointsLedger() {}

    /** What an entry belongs to; the reference text is what the customer's ledger shows. */
    public record Ref(String reference, Long appointmentId, Long invoiceId, Long paymentId, Long purchaseId) {
        public static Ref appointment(long id) {
            return new Ref("appointment " + id, id, null, null, null);
        }

        public static Ref invoice(String number, long invoiceId, Long paymentId) {
            return new Ref("invoice " + number, null, invoiceId, paymentId, null);
        }

        public static Ref purchase(long id) {
            return new Ref("purchase " + id, null, null, null, id);
        }

        /** A deposit carried from an appointment to the invoice of its receipt. */
        public static Ref deposit(long appointmentId, String number, long invoiceId) {
            return new Ref(
                    "appointment " + appointmentId + ", invoice " + number, appointmentId, invoiceId, null, null);
        }
    }

    /**
     * Adds {@code points} (or takes them, when negative) whatever the balance; the new balance.
     * Only gains, restorations and reversals use it: a reversal may take the balance below zero.
     */
    public static long move(
            WriteTx tx, Actor actor, long customerId, PointsKind kind, long points, Ref ref, Instant at) {
        PointsDao dao = tx.points();
        dao.add(customerId, points);
        insert(dao, actor, customerId, kind, points, ref, at);
        return dao.balance(customerId).orElseThrow();
    }

    /**
     * Takes {@code points} (more than 0) when the balance covers them: the new balance, or empty
     * (and nothing written) when it does not.
     */
    public static OptionalLong spend(
            WriteTx tx, Actor actor, long customerId, PointsKind kind, long points, Ref ref, Instant at) {
        PointsDao dao = tx.points();
        if (dao.spend(customerId, points) == 0) {
            return OptionalLong.empty();
        }
        insert(dao, actor, customerId, kind, -points, ref, at);
        return OptionalLong.of(dao.balance(customerId).orElseThrow());
    }

    /** An entry that moves nothing, for the record (a forfeited deposit). */
    public static void record(WriteTx tx, Actor actor, long customerId, PointsKind kind, Ref ref, Instant at) {
        insert(tx.points(), actor, customerId, kind, 0, ref, at);
    }

    public static long balance(org.shopsuite.server.db.Tx tx, long customerId) {
        return tx.points().balance(customerId).orElse(0L);
    }

    private static void insert(
            PointsDao dao, Actor actor, long customerId, PointsKind kind, long points, Ref ref, Instant at) {
        dao.insert(new PointsDao.EntryRow(
                0,
                customerId,
                kind,
                points,
                ref.reference(),
                ref.appointmentId(),
                ref.invoiceId(),
                ref.paymentId(),
                ref.purchaseId(),
                at,
                actor.username()));
    }
}
