package org.shopsuite.server.service.points;

import java.util.List;
import java.util.Map;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.Points;
import org.shopsuite.model.PointsEntry;
import org.shopsuite.model.PointsKind;
import org.shopsuite.model.PointsPurchase;
import org.shopsuite.model.PointsPurchaseInput;
import org.shopsuite.model.event.PointsPurchased;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.points.PointsDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Money;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.shop.ShopService;

/**
 * A customer's points as the counter sees them: the ledger, and sales of points (the bike-rental
 * origin document's purchase of points with a payment, which counts in the day's takings).
 */
public final class PointsService {
    /** The newest entries a customer's points answer with (the balance counts them all). */
    static final int ENTRIES = 500;

    private final Database db;
    private final EventStore events;
    private final Times times;

    public PointsService(Database db, EventStore events, Times times) {
        this.db = db;
        this.events = events;
        this.times = times;
    }

    public Points get(long customerId) {
        return db.read(tx -> points(tx, customerId));
    }

    private static Points points(Tx tx, long customerId) {
        if (tx.customers().find(customerId).isEmpty()) {
            throw ApiException.notFound("customer", customerId);
        }
        List<PointsEntry> entries = tx.points().entries(customerId, ENTRIES).stream()
                .map(e -> new PointsEntry(
                        e.id(),
                        e.kind(),
                        e.points(),
                        e.reference(),
                        e.at(),
                        e.byUser(),
                        e.appointmentId(),
                        e.invoiceId(),
                        e.paymentId(),
                        e.purchaseId()))
                .toList();
        return new Points(customerId, PointsLedger.balance(tx, customerId), entries);
    }

    /**
     * Sells points: the payment and the points in one transaction. The price is the shop's to
     * set ({@code amount}, by cash, card or transfer); a merged-away customer is refused (409).
     */
    public Change<PointsPurchase> purchase(Actor actor, long customerId, PointsPurchaseInput in) {
        Check c = new Check();
        Long points = c.required("points", in.points());
        if (points != null && (points < 1 || points > ShopService.MAX_POINTS)) {
            c.fail(
                    "points",
                    ErrorCode.OUT_OF_RANGE,
                    "must be 1-" + ShopService.MAX_POINTS,
                    Map.of("min", 1, "max", ShopService.MAX_POINTS));
        }
        Long amount = c.required("amount", in.amount());
        if (amount != null && (amount < 1 || amount > Money.MAX)) {
            c.fail(
                    "amount",
                    ErrorCode.OUT_OF_RANGE,
                    "must be more than 0 and at most " + Money.MAX,
                    Map.of("min", 1, "max", Money.MAX));
        }
        PaymentMethod method = c.required("method", in.method());
        if (method == PaymentMethod.POINTS) {
            c.fail(
                    "method",
                    ErrorCode.NOT_ALLOWED_VALUE,
                    "points are bought with CASH, CARD or TRANSFER",
                    Map.of("allowed", List.of("CASH", "CARD", "TRANSFER")));
        }
        c.done();
        return tx -> {
            var customer =
                    tx.customers().find(customerId).orElseThrow(() -> ApiException.notFound("customer", customerId));
            if (customer.mergedIntoId() != null) {
                throw ApiException.conflict("customer " + customerId + " was merged into " + customer.mergedIntoId()
                        + ": sell the points to that customer");
            }
            var now = times.now();
            long id = tx.points()
                    .insertPurchase(new PointsDao.PurchaseRow(
                            0, customerId, points, amount, method, actor.username(), now, actor.locationId()));
            long balance = PointsLedger.move(
                    tx, actor, customerId, PointsKind.PURCHASED, points, PointsLedger.Ref.purchase(id), now);
            events.append(tx, actor, null, null, new PointsPurchased(customerId, id, points, amount, method, balance));
            return new PointsPurchase(id, customerId, points, amount, method, balance, now, actor.username());
        };
    }
}
