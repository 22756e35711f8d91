package org.shopsuite.server.db.points;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.PointsKind;

/**
 * Customers' points: the ledger of entries and the balance kept beside it on the customer (always
 * the sum of the customer's entries). Spending is a conditional update, so racing spends cannot
 * take the balance below what they spend.
 */
public interface PointsDao {
    record EntryRow(
            long id,
            long customerId,
            PointsKind kind,
            long points,
            String reference,
            Long appointmentId,
            Long invoiceId,
            Long paymentId,
            Long purchaseId,
            Instant at,
            String byUser) {}

    record PurchaseRow(
            long id,
            long customerId,
            long points,
            long amount,
            PaymentMethod method,
            String soldBy,
            Instant soldAt,
            long locationId) {}

    @SqlQuery("SELECT points_balance FROM customers WHERE id = :customerId")
    Optional<Long> balance(long customerId);

    /** Adds points (or, negative, takes them) whatever the balance: gains, restorations, reversals. */
    @SqlUpdate("UPDATE customers SET points_balance = points_balance + :points WHERE id = :customerId")
    int add(long customerId, long points);

    /** Takes {@code points} only when the balance covers them; 0 rows when it does not. */
    @SqlUpdate("UPDATE customers SET points_balance = points_balance - :points"
            + " WHERE id = :customerId AND points_balance >= :points")
    int spend(long customerId, long points);

    @SqlQuery("INSERT INTO points_entries (customer_id, kind, points, reference, appointment_id, invoice_id,"
            + " payment_id, purchase_id, at, by_user) VALUES (:customerId, :kind, :points, :reference,"
            + " :appointmentId, :invoiceId, :paymentId, :purchaseId, :at, :byUser) RETURNING id")
    long insert(@BindMethods EntryRow row);

    @SqlQuery("SELECT * FROM points_entries WHERE customer_id = :customerId ORDER BY id DESC LIMIT :limit")
    List<EntryRow> entries(long customerId, int limit);

    /** The points an invoice earned, net of what was reversed (0 when none). */
    @SqlQuery("SELECT COALESCE(SUM(points), 0) FROM points_entries WHERE invoice_id = :invoiceId"
            + " AND kind IN ('EARNED', 'REVERSED')")
    long earnedBy(long invoiceId);

    /** Whether an invoice ever earned points (it earns once, when first paid in full). */
    @SqlQuery("SELECT COUNT(*) > 0 FROM points_entries WHERE invoice_id = :invoiceId AND kind = 'EARNED'")
    boolean hasEarned(long invoiceId);

    @SqlQuery("INSERT INTO points_purchases (customer_id, points, amount, method, sold_by, sold_at, location_id)"
            + " VALUES (:customerId, :points, :amount, :method, :soldBy, :soldAt, :locationId) RETURNING id")
    long insertPurchase(@BindMethods PurchaseRow row);

    /** A merge: the duplicate's entries and balance move to the survivor. */
    @SqlUpdate("UPDATE points_entries SET customer_id = :survivor WHERE customer_id = :duplicate")
    int moveEntries(long survivor, long duplicate);

    @SqlUpdate("UPDATE customers SET points_balance = points_balance"
            + " + (SELECT d.points_balance FROM customers d WHERE d.id = :duplicate) WHERE id = :survivor")
    int addBalanceOf(long survivor, long duplicate);

    @SqlUpdate("UPDATE customers SET points_balance = 0 WHERE id = :duplicate")
    int clearBalance(long duplicate);
}
