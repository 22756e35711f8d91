package org.shopsuite.server.service.sale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shopsuite.model.CounterSale;
import org.shopsuite.model.CounterSaleInput;
import org.shopsuite.model.CounterSaleLine;
import org.shopsuite.model.CounterSaleLineInput;
import org.shopsuite.model.CounterSaleStatus;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.MovementKind;
import org.shopsuite.model.Page;
import org.shopsuite.model.PaymentInput;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.SoldPart;
import org.shopsuite.model.event.CounterSaleCancelled;
import org.shopsuite.model.event.CounterSaleCreated;
import org.shopsuite.model.event.CounterSaleHandedOver;
import org.shopsuite.model.event.CounterSaleReturned;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.part.PartDao;
import org.shopsuite.server.db.sale.CounterSaleDao;
import org.shopsuite.server.db.shop.ShopDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Money;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.part.PartService;
import org.shopsuite.server.service.shop.ShopService;

/**
 * Parts sold over the counter (the used-car purchase origin flow): the sale exists only with its
 * payment; its units are reserved at once (what is available to anyone else is stock less reserved,
 * so the last unit cannot be sold twice) and leave stock when handed over, with a SOLD ledger row at
 * the part's cost. Cancelling before the handover lets the reservation go; after it, the parts come
 * back (SALE_RETURN). Either way the money is refunded in full.
 */
public final class CounterSaleService {
    static final int MAX_LINES = 100;

    private final Database db;
    private final EventStore events;
    private final ShopService shop;
    private final PartService parts;
    private final Times times;

    public CounterSaleService(Database db, EventStore events, ShopService shop, PartService parts, Times times) {
        this.db = db;
        this.events = events;
        this.shop = shop;
        this.parts = parts;
        this.times = times;
    }

    public Page<CounterSale> list(CounterSaleStatus status, LocalDate day, String cursor, int limit) {
        long before = Cursor.before(cursor);
        return db.read(tx -> {
            List<CounterSaleDao.Row> rows = tx.counterSales().list(before, status, day, limit + 1);
            List<CounterSaleDao.Row> page = rows.size() > limit ? rows.subList(0, limit) : rows;
            List<CounterSaleDao.LineRow> lines = page.isEmpty()
                    ? List.of()
                    : tx.counterSales()
                            .lines(page.stream().map(CounterSaleDao.Row::id).toList());
            return Pages.of(rows, limit, CounterSaleDao.Row::id, r -> toApi(r, lines));
        });
    }

    public CounterSale get(long id) {
        return db.read(tx -> load(tx, id));
    }

    public Change<CounterSale> create(Actor actor, CounterSaleInput in) {
        Check c = new Check();
        c.positiveId("customerId", in.customerId());
        List<CounterSaleLineInput> lines = c.required("lines", in.lines());
        if (lines != null) {
            if (lines.isEmpty() || lines.size() > MAX_LINES) {
                c.fail(
                        "lines",
                        ErrorCode.OUT_OF_RANGE,
                        "1 to " + MAX_LINES + " lines",
                        Map.of("min", 1, "max", MAX_LINES));
            }
            for (int i = 0; i < lines.size() && i < MAX_LINES; i++) {
                String at = "lines[" + i + "]";
                CounterSaleLineInput l = lines.get(i);
                if (l == null) {
                    c.required(at, null);
                    continue;
                }
                c.positiveId(at + ".vehiclePartId", c.required(at + ".vehiclePartId", l.vehiclePartId()));
                c.wholeNumber(at + ".quantity", l.quantity(), 1, 10_000, true);
            }
        }
        PaymentInput payment = c.required("payment", in.payment());
        if (payment != null) {
            Long amount = c.required("payment.amount", payment.amount());
            if (amount != null && (amount <= 0 || amount > Money.MAX)) {
                c.fail(
                        "payment.amount",
                        ErrorCode.OUT_OF_RANGE,
                        "must be more than 0 and at most " + Money.MAX,
                        Map.of("min", 1, "max", Money.MAX));
            }
            if (c.required("payment.method", payment.method()) == PaymentMethod.POINTS) {
                c.fail(
                        "payment.method",
                        ErrorCode.NOT_ALLOWED_VALUE,
                        "a counter sale is paid by CASH, CARD or TRANSFER",
                        Map.of("allowed", java.util.List.of("CASH", "CARD", "TRANSFER")));
            }
        }
        c.done();
        return tx -> {
            if (in.customerId() != null && tx.customers().find(in.customerId()).isEmpty()) {
                throw ApiException.invalid(
                        "customerId", ErrorCode.NOT_FOUND, "customer " + in.customerId() + " does not exist");
            }
            ShopDao.Row s = shop.row();
            PartDao partDao = tx.parts();
            List<CounterSaleDao.LineRow> rows = new ArrayList<>();
            List<PartDao.Row> before = new ArrayList<>();
            long subtotal = 0;
            for (int i = 0; i < lines.size(); i++) {
                CounterSaleLineInput l = lines.get(i);
                int at = i;
                PartDao.Row p = partDao.find(l.vehiclePartId(), actor.locationId())
                        .orElseThrow(() -> ApiException.invalid(
                                "lines[" + at + "].vehiclePartId",
                                ErrorCode.NOT_FOUND,
                                "vehicle part " + l.vehiclePartId() + " does not exist"));
                long amount = Math.multiplyExact(p.partPrice(), (long) l.quantity());
                subtotal = Math.addExact(subtotal, amount);
                rows.add(new CounterSaleDao.LineRow(
                        0, 0, i + 1, p.id(), p.partId(), p.partName(), l.quantity(), p.partPrice(), amount));
                before.add(p);
            }
            long tax = Money.percent(subtotal, s.taxRateBp());
            long total = subtotal + tax;
            long received = payment.amount();
            PaymentMethod method = payment.method();
            if (received < total || (method != PaymentMethod.CASH && received != total)) {
                throw ApiException.conflict(
                        "payment.amount",
                        ErrorCode.INVALID_STATE,
                        (received < total
                                        ? "the payment is short: " + total + " is due, " + received + " was given"
                                        : method + " payments are exact: " + total + " is due, " + received
                                                + " was given")
                                + "; nothing was sold",
                        Map.of("amountDue", total, "amountGiven", received));
            }
            Instant now = times.now();
            for (int i = 0; i < rows.size(); i++) {
                CounterSaleDao.LineRow l = rows.get(i);
                if (partDao.reserve(l.vehiclePartId(), actor.locationId(), l.quantity(), now) == 0) {
                    PartDao.Row p =
                            partDao.find(l.vehiclePartId(), actor.locationId()).orElseThrow();
                    throw ApiException.conflict(
                            "lines[" + i + "].quantity",
                            ErrorCode.INVALID_STATE,
                            p.partId() + " " + p.partName() + ": " + Math.max(0, p.available()) + " available, "
                                    + l.quantity() + " asked; nothing was sold",
                            Map.of("available", Math.max(0, p.available()), "requested", l.quantity()));
                }
            }
            LocalDate today = LocalDate.ofInstant(now, ZoneId.of(s.timezone()));
            long id = tx.counterSales()
                    .insert(new CounterSaleDao.Row(
                            0,
                            in.customerId(),
                            CounterSaleStatus.PAID,
                            s.currency(),
                            s.taxRateBp(),
                            subtotal,
                            tax,
                            total,
                            method,
                            received,
                            received - total,
                            0,
                            null,
                            actor.username(),
                            now,
                            today,
                            null,
                            null,
                            1,
                            actor.locationId()));
            List<CounterSaleDao.LineRow> withId = new ArrayList<>();
            for (CounterSaleDao.LineRow l : rows) {
                withId.add(new CounterSaleDao.LineRow(
                        0,
                        id,
                        l.position(),
                        l.vehiclePartId(),
                        l.partNumber(),
                        l.partName(),
                        l.quantity(),
                        l.unitPrice(),
                        l.amount()));
            }
            tx.counterSales().insertLines(withId);
            events.append(
                    tx,
                    actor,
                    null,
                    null,
                    new CounterSaleCreated(id, in.customerId(), sold(rows), total, method, received, received - total));
            for (PartDao.Row p : before) {
                parts.lowStockCheck(
                        tx, actor, p, partDao.find(p.id(), p.locationId()).orElseThrow());
            }
            return load(tx, id);
        };
    }

    /** The parts handed over: stock and the reservation down, a SOLD ledger row each. */
    public Change<CounterSale> handOver(Actor actor, long id) {
        return tx -> {
            CounterSaleDao.Row sale = find(tx, id);
            require(sale, "handed over", CounterSaleStatus.PAID);
            Instant now = times.now();
            List<CounterSaleDao.LineRow> lines = tx.counterSales().lines(List.of(id));
            PartDao partDao = tx.parts();
            for (CounterSaleDao.LineRow l : lines) {
                // the sale's location's units
                PartDao.Row p =
                        partDao.find(l.vehiclePartId(), sale.locationId()).orElseThrow();
                if (partDao.handOver(p.id(), p.locationId(), l.quantity(), now) == 0) {
                    throw new IllegalStateException("counter sale " + id + " held fewer units of part " + p.id());
                }
                parts.saleMovement(tx, actor, p, -l.quantity(), MovementKind.SOLD, id);
            }
            tx.counterSales().handOver(id, now);
            events.append(tx, actor, null, null, new CounterSaleHandedOver(id, sold(lines)));
            return load(tx, id);
        };
    }

    /**
     * Before the handover: the reservation released, the money refunded ({@code CANCELLED}). After
     * it, a return: the parts back in stock ({@code SALE_RETURN}) and the money refunded ({@code
     * RETURNED}).
     */
    public Change<CounterSale> cancel(Actor actor, long id, String reasonText) {
        Check c = new Check();
        String reason = c.longText("reason", reasonText, 500, true);
        c.done();
        return tx -> {
            CounterSaleDao.Row sale = find(tx, id);
            require(sale, "cancelled", CounterSaleStatus.PAID, CounterSaleStatus.HANDED_OVER);
            Instant now = times.now();
            List<CounterSaleDao.LineRow> lines = tx.counterSales().lines(List.of(id));
            PartDao partDao = tx.parts();
            boolean returned = sale.status() == CounterSaleStatus.HANDED_OVER;
            for (CounterSaleDao.LineRow l : lines) {
                PartDao.Row p =
                        partDao.find(l.vehiclePartId(), sale.locationId()).orElseThrow();
                if (returned) {
                    parts.saleMovement(tx, actor, p, l.quantity(), MovementKind.SALE_RETURN, id);
                } else if (partDao.release(p.id(), p.locationId(), l.quantity(), now) == 0) {
                    throw new IllegalStateException("counter sale " + id + " held fewer units of part " + p.id());
                }
            }
            CounterSaleStatus to = returned ? CounterSaleStatus.RETURNED : CounterSaleStatus.CANCELLED;
            tx.counterSales().end(id, sale.status(), to, reason, now);
            events.append(
                    tx,
                    actor,
                    null,
                    null,
                    returned
                            ? new CounterSaleReturned(id, reason, sale.total())
                            : new CounterSaleCancelled(id, reason, sale.total()));
            return load(tx, id);
        };
    }

    private static List<SoldPart> sold(List<CounterSaleDao.LineRow> lines) {
        return lines.stream()
                .map(l -> new SoldPart(l.vehiclePartId(), l.quantity()))
                .toList();
    }

    private static void require(CounterSaleDao.Row sale, String what, CounterSaleStatus... allowed) {
        for (CounterSaleStatus s : allowed) {
            if (sale.status() == s) {
                return;
            }
        }
        throw ApiException.conflict(
                "id",
                ErrorCode.INVALID_STATE,
                "counter sale " + sale.id() + " is " + sale.status() + "; it cannot be " + what);
    }

    private static CounterSaleDao.Row find(Tx tx, long id) {
        return tx.counterSales().find(id).orElseThrow(() -> ApiException.notFound("counter sale", id));
    }

    private static CounterSale load(Tx tx, long id) {
        return toApi(find(tx, id), tx.counterSales().lines(List.of(id)));
    }

    private static CounterSale toApi(CounterSaleDao.Row r, List<CounterSaleDao.LineRow> all) {
        List<CounterSaleLine> lines = all.stream()
                .filter(l -> l.counterSaleId() == r.id())
                .map(l -> new CounterSaleLine(
                        l.vehiclePartId(), l.partNumber(), l.partName(), l.quantity(), l.unitPrice(), l.amount()))
                .toList();
        return new CounterSale(
                r.id(),
                r.customerId(),
                r.status(),
                lines,
                r.currency(),
                r.subtotal(),
                r.tax(),
                r.total(),
                r.method(),
                r.amountReceived(),
                r.changeGiven(),
                r.refunded(),
                r.cancelReason(),
                r.soldBy(),
                r.soldAt(),
                r.handedOverAt(),
                r.cancelledAt(),
                r.version(),
                r.locationId());
    }
}
