package org.shopsuite.server.service.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shopsuite.model.CouponCodeInput;
import org.shopsuite.model.CouponStatus;
import org.shopsuite.model.Decision;
import org.shopsuite.model.Discrepancy;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.InvoiceIssuer;
import org.shopsuite.model.InvoiceLine;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.LineKind;
import org.shopsuite.model.Page;
import org.shopsuite.model.Payment;
import org.shopsuite.model.PaymentInput;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.PointsKind;
import org.shopsuite.model.ReasonInput;
import org.shopsuite.model.RefundInput;
import org.shopsuite.model.VoidInput;
import org.shopsuite.model.event.CouponRedeemed;
import org.shopsuite.model.event.DepositRestored;
import org.shopsuite.model.event.InvoiceIssued;
import org.shopsuite.model.event.InvoiceVoided;
import org.shopsuite.model.event.PaymentRecorded;
import org.shopsuite.model.event.PaymentRefunded;
import org.shopsuite.model.event.PaymentVoided;
import org.shopsuite.model.event.PointsEarned;
import org.shopsuite.model.event.PointsRestored;
import org.shopsuite.model.event.PointsReversed;
import org.shopsuite.model.event.PointsSpent;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.coupon.CouponDao;
import org.shopsuite.server.db.estimate.EstimateDao;
import org.shopsuite.server.db.invoice.InvoiceDao;
import org.shopsuite.server.db.job.JobDao;
import org.shopsuite.server.db.location.LocationDao;
import org.shopsuite.server.db.shop.ShopDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Hours;
import org.shopsuite.server.service.Money;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.coupon.CouponService;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.points.PointsLedger;
import org.shopsuite.server.service.shop.ShopService;

/**
 * Invoices: issued when a job finishes, paid in one or more payments, voided by a manager (with a
 * refund of what was paid), issued again for the same work after a void. An invoice keeps the
 * rates and issuer it was issued with. Every amount is whole minor units; each product is rounded
 * half-up once.
 */
public final class InvoiceService {
    private static final int LABOR_DESCRIPTION_MAX = 80;
    private static final int REASON_MAX = 500;

    private final Database db;
    private final EventStore events;
    private final ShopService shop;
    private final Times times;

    public InvoiceService(Database db, EventStore events, ShopService shop, Times times) {
        this.db = db;
        this.events = events;
        this.shop = shop;
        this.times = times;
    }

    /** Issues the invoice of a just-finished job, inside the finishing transaction. */
    public void issue(WriteTx tx, Actor actor, JobDao.Row job) {
        issue(tx, actor, job, null, null);
    }

    /**
     * Invoices a finished job again, inside the caller's transaction: its invoice was voided and
     * the work still has to be billed. The lines are recomputed as at finish (the labour hours
     * and the parts issued, at their price of issue), priced and taxed with today's settings,
     * which the new invoice keeps. Refused (409) while the receipt has an invoice that is not
     * void, or no finished work.
     */
    public void reissue(WriteTx tx, Actor actor, long receiptId, String reason) {
        List<InvoiceDao.Row> existing = tx.invoices().ofReceipt(receiptId);
        for (InvoiceDao.Row inv : existing) {
            if (inv.status() != InvoiceStatus.VOID) {
                throw ApiException.conflict("invoice " + inv.number() + " of receipt " + receiptId + " is "
                        + inv.status() + "; only a receipt whose invoice is void can be invoiced again");
            }
        }
        if (existing.isEmpty()) {
            throw ApiException.conflict(
                    "receipt " + receiptId + " has no invoice to reissue: its work is not finished");
        }
        InvoiceDao.Row voided = existing.get(0);
        JobDao.Row job = tx.jobs().find(voided.jobId()).orElseThrow(() -> ApiException.notFound("job", voided.jobId()));
        issue(tx, actor, job, voided.id(), reason);
    }

    private void issue(WriteTx tx, Actor actor, JobDao.Row job, Long replaces, String reason) {
        ShopDao.Row s = shop.row();
        InvoiceDao dao = tx.invoices();
        List<InvoiceDao.LineRow> lines = new ArrayList<>();
        EstimateDao.Row estimate = tx.estimates().presented(job.receiptId()).orElse(null);
        List<EstimateDao.LineRow> approved = estimate == null
                ? List.of()
                : tx.estimates().lines(estimate.id()).stream()
                        .filter(l -> l.decision() == Decision.APPROVED)
                        .toList();
        if (estimate == null && job.laborCenti() != null) {
            // no estimate: the hours worked at the shop's rate, as always (a visit billing only a
            // contractor's work has none)
            long labor = Money.times(job.laborCenti(), s.laborRatePerHour());
            lines.add(new InvoiceDao.LineRow(
                    0,
                    1,
                    LineKind.LABOR,
                    laborDescription(job.request()),
                    job.laborCenti(),
                    s.laborRatePerHour(),
                    labor));
        }
        // an estimate: exactly its approved lines (labour at the approved hours and rate), parts as issued
        Map<Long, Long> approvedPrice = new HashMap<>();
        Map<Long, Long> approvedQuantity = new LinkedHashMap<>();
        Map<Long, String> partNames = new HashMap<>();
        for (EstimateDao.LineRow l : approved) {
            if (l.kind() == EstimateLineKind.PART) {
                if (l.vehiclePartId() != null) {
                    approvedPrice.putIfAbsent(l.vehiclePartId(), l.unitPrice());
                    approvedQuantity.merge(l.vehiclePartId(), l.quantityCenti(), Long::sum);
                    partNames.putIfAbsent(l.vehiclePartId(), l.description());
                    continue;
                }
            }
            LineKind kind = LineKind.valueOf(l.kind().name());
            lines.add(new InvoiceDao.LineRow(
                    0,
                    lines.size() + 1,
                    kind,
                    kind == LineKind.LABOR ? laborDescription(l.description()) : l.description(),
                    kind == LineKind.LABOR ? l.hoursCenti() : l.quantityCenti(),
                    kind == LineKind.LABOR ? l.rate() : l.unitPrice(),
                    l.amount()));
        }
        Map<Long, Integer> issued = new LinkedHashMap<>();
        for (JobDao.PartRequestRow pr : tx.jobs().partRequestsOf(List.of(job.id()))) {
            int kept = pr.outstanding(); // issued, less what went back to stock
            if (kept > 0) {
                long price = approvedPrice.getOrDefault(pr.vehiclePartId(), pr.unitPrice());
                issued.merge(pr.vehiclePartId(), kept, Integer::sum);
                partNames.putIfAbsent(pr.vehiclePartId(), pr.partName());
                lines.add(new InvoiceDao.LineRow(
                        0,
                        lines.size() + 1,
                        LineKind.PART,
                        pr.partNumber() + " " + pr.partName(),
                        kept * 100L,
                        price,
                        Math.multiplyExact(price, (long) kept)));
            }
        }
        // work sent out: each completed order at its price (one made for an approved estimate line
        // is billed by that line, above); what the contractor charged stays on the order
        for (var o : tx.warranty().subletsOfJob(job.id())) {
            if (o.status() == org.shopsuite.model.SubletOrderStatus.COMPLETED && o.estimateLineId() == null) {
                long price = o.price() == null ? o.cost() : o.price();
                lines.add(new InvoiceDao.LineRow(
                        0, lines.size() + 1, LineKind.SUBLET, "외주 (sublet) " + o.description(), 100, price, price));
            }
        }
        String discrepancies = estimate == null ? null : discrepancies(approvedQuantity, issued, partNames);
        boolean warranty = tx.warranty()
                .claimOfReceipt(job.receiptId())
                .flatMap(claim -> tx.warranty().find(claim))
                .map(claim -> claim.coverage() == org.shopsuite.model.Coverage.WARRANTY)
                .orElse(false);
        if (warranty) {
            // a comeback under warranty: the work and parts listed at no charge (무상); what they
            // cost the shop stays with the job and its part requests
            lines.replaceAll(l -> new InvoiceDao.LineRow(
                    l.invoiceId(), l.lineNo(), l.kind(), "무상 (warranty) " + l.description(), l.quantityCenti(), 0, 0));
        }
        long subtotal = lines.stream().mapToLong(InvoiceDao.LineRow::amount).sum();
        long tax = Money.percent(subtotal, s.taxRateBp());
        long total = subtotal + tax;
        var issuedAt = times.now();
        // the receipt's location issues it: its number (prefix, year in its time zone, counter) and
        // the business named on it; the chain's currency, tax, rates and representative
        long locationId = tx.receipts().locationOf(job.receiptId());
        LocationDao.Row at = tx.locations().find(locationId).orElseThrow();
        int year = LocalDate.ofInstant(issuedAt, ZoneId.of(at.timezone())).getYear();
        String number = String.format("%s-%d-%06d", at.invoicePrefix(), year, dao.nextNumber(locationId, year));
        long id = dao.insert(new InvoiceDao.Row(
                0,
                number,
                job.receiptId(),
                job.id(),
                s.currency(),
                s.taxRateBp(),
                s.laborRatePerHour(),
                at.name(),
                at.address(),
                at.phone(),
                at.businessRegistrationNumber(),
                s.representative(),
                subtotal,
                tax,
                total,
                0,
                InvoiceStatus.ISSUED,
                issuedAt,
                null,
                null,
                replaces,
                1,
                discrepancies,
                locationId));
        for (InvoiceDao.LineRow line : lines) {
            dao.insertLine(new InvoiceDao.LineRow(
                    id,
                    line.lineNo(),
                    line.kind(),
                    line.description(),
                    line.quantityCenti(),
                    line.unitPrice(),
                    line.amount()));
        }
        events.append(
                tx,
                actor,
                job.receiptId(),
                job.id(),
                new InvoiceIssued(id, number, s.currency(), subtotal, tax, total, replaces, reason));
        if (warranty) {
            tx.warranty().markWarrantyInvoice(id);
        }
        if (total == 0) {
            dao.setPaid(id, 0, InvoiceStatus.PAID); // nothing to pay: PAID at issue (DOMAIN.md)
        }
        applyDeposit(tx, actor, dao.find(id).orElseThrow()); // with nothing to pay, all of it goes back
    }

    public Invoice get(long id) {
        return db.read(tx -> load(tx, id));
    }

    /** A page of invoices, newest first; null filters (location included) match all. */
    public Page<Invoice> list(InvoiceStatus status, Long locationId, String cursor, int limit) {
        long before = Cursor.before(cursor);
        return db.read(tx -> {
            List<InvoiceDao.Row> rows = tx.invoices().list(before, status, locationId, limit + 1);
            return Pages.of(rows, limit, InvoiceDao.Row::id, r -> toApi(tx, r));
        });
    }

    public Change<Invoice> pay(Actor actor, long id, PaymentInput in) {
        Check c = new Check();
        Long amount = c.required("amount", in.amount());
        if (amount != null && (amount <= 0 || amount > Money.MAX)) {
            c.fail(
                    "amount",
                    ErrorCode.OUT_OF_RANGE,
                    "must be more than 0 and at most " + Money.MAX,
                    Map.of("min", 1, "max", Money.MAX));
        }
        PaymentMethod method = c.required("method", in.method());
        c.done();
        return tx -> {
            InvoiceDao dao = tx.invoices();
            InvoiceDao.Row inv = dao.find(id).orElseThrow(() -> ApiException.notFound("invoice", id));
            if (inv.status() == InvoiceStatus.VOID) {
                throw ApiException.conflict("invoice " + inv.number() + " is void");
            }
            long balance = inv.total() - inv.paid();
            if (balance == 0) {
                throw ApiException.conflict(
                        "amount", ErrorCode.INVALID_STATE, "invoice " + inv.number() + " is already paid");
            }
            if (amount > balance) {
                throw ApiException.conflict(
                        "amount",
                        ErrorCode.OUT_OF_RANGE,
                        "the payment " + amount + " is more than the balance " + balance,
                        Map.of("min", 1, "max", balance));
            }
            long paid = inv.paid() + amount;
            InvoiceStatus status = paid == inv.total() ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
            Long points = null;
            Long customer = null;
            if (method == PaymentMethod.POINTS) {
                long value = shop.row().pointValue();
                if (amount % value != 0) {
                    throw ApiException.invalid(
                            "amount",
                            ErrorCode.NOT_ALLOWED_VALUE,
                            "a payment with points is a whole number of points: a multiple of the point value " + value,
                            Map.of("pointValue", value));
                }
                points = amount / value;
                customer = customerOf(tx, inv);
            }
            long paymentId = dao.insertPayment(new InvoiceDao.PaymentRow(
                    0, id, amount, method, actor.username(), times.now(), null, null, points));
            dao.setPaid(id, paid, status);
            events.append(
                    tx,
                    actor,
                    inv.receiptId(),
                    inv.jobId(),
                    new PaymentRecorded(id, paymentId, amount, method, paid, inv.total() - paid, status));
            if (points != null) {
                spendPoints(tx, actor, inv, customer, paymentId, points);
            }
            if (status == InvoiceStatus.PAID) {
                earn(tx, actor, inv);
            }
            return load(tx, id);
        };
    }

    /**
     * Voids an invoice. Money paid on it goes back in the same transaction, as a refund entry in
     * its payments (a negative amount, by {@code refundMethod}): without a method, an invoice with
     * money paid is refused (409, naming the amount) and nothing is written.
     */
    public Change<Invoice> voidInvoice(Actor actor, long id, VoidInput in) {
        Check c = new Check();
        String reason = c.text("reason", in.reason(), 500);
        c.done();
        PaymentMethod refundMethod = in.refundMethod();
        return tx -> {
            InvoiceDao dao = tx.invoices();
            InvoiceDao.Row inv = dao.find(id).orElseThrow(() -> ApiException.notFound("invoice", id));
            if (inv.status() == InvoiceStatus.VOID) {
                throw ApiException.conflict("invoice " + inv.number() + " is already void");
            }
            long refund = inv.paid();
            List<InvoiceDao.PaymentRow> payments = dao.payments(id);
            long pointsAmount = 0;
            long points = 0;
            for (InvoiceDao.PaymentRow p : payments) {
                if (p.method() == PaymentMethod.POINTS) {
                    pointsAmount += p.amount();
                    points += p.points();
                }
            }
            long cash = refund - pointsAmount;
            if (cash > 0 && (refundMethod == null || refundMethod == PaymentMethod.POINTS)) {
                throw ApiException.conflict(
                        "refundMethod",
                        ErrorCode.REQUIRED,
                        "a refund method is required: " + cash + " " + inv.currency() + " was paid on invoice "
                                + inv.number()
                                + " and voiding it refunds that; say how (CASH, CARD or TRANSFER)",
                        Map.of(
                                "paid",
                                cash,
                                "currency",
                                inv.currency(),
                                "allowed",
                                List.of("CASH", "CARD", "TRANSFER")));
            }
            Instant now = times.now();
            dao.markVoid(id, 0, reason, now);
            events.append(tx, actor, inv.receiptId(), inv.jobId(), new InvoiceVoided(id, inv.number(), reason));
            long left = refund;
            if (pointsAmount > 0) {
                // what was paid with points goes back as points, not as money
                left -= pointsAmount;
                long paymentId = dao.insertPayment(new InvoiceDao.PaymentRow(
                        0, id, -pointsAmount, PaymentMethod.POINTS, actor.username(), now, null, reason, -points));
                events.append(
                        tx,
                        actor,
                        inv.receiptId(),
                        inv.jobId(),
                        new PaymentRefunded(
                                id,
                                paymentId,
                                -pointsAmount,
                                PaymentMethod.POINTS,
                                left,
                                0,
                                InvoiceStatus.VOID,
                                reason));
                restorePoints(tx, actor, inv, paymentId, points, now);
            }
            if (cash > 0) {
                long paymentId = dao.insertPayment(new InvoiceDao.PaymentRow(
                        0, id, -cash, refundMethod, actor.username(), now, null, reason, null));
                events.append(
                        tx,
                        actor,
                        inv.receiptId(),
                        inv.jobId(),
                        new PaymentRefunded(id, paymentId, -cash, refundMethod, 0, 0, InvoiceStatus.VOID, reason));
            }
            reverseEarned(tx, actor, inv, now);
            CouponService.giveBack(tx, actor, events, id, inv.receiptId(), inv.jobId(), now);
            return load(tx, id);
        };
    }

    /**
     * Voids one payment: a new entry of its negative amount, by its method, linked to it ({@code
     * voidsPaymentId}); the payment itself is not changed. The invoice's {@code paid} and status
     * follow. Refused (409, nothing written) when the payment is already voided, is itself a
     * correction (a refund or a void), its invoice is void, or the refunds given since would take
     * {@code paid} below zero.
     */
    public Change<Invoice> voidPayment(Actor actor, long paymentId, ReasonInput in) {
        Check c = new Check();
        String reason = c.text("reason", in.reason(), REASON_MAX);
        c.done();
        return tx -> {
            InvoiceDao dao = tx.invoices();
            InvoiceDao.PaymentRow p =
                    dao.payment(paymentId).orElseThrow(() -> ApiException.notFound("payment", paymentId));
            InvoiceDao.Row inv =
                    dao.find(p.invoiceId()).orElseThrow(() -> ApiException.notFound("invoice", p.invoiceId()));
            if (inv.status() == InvoiceStatus.VOID) {
                throw ApiException.conflict("payment " + paymentId + " is on invoice " + inv.number()
                        + ", which is void: its payments were settled with the void");
            }
            if (p.amount() < 0) {
                throw ApiException.conflict("payment " + paymentId + " is itself a correction ("
                        + (p.voidsPaymentId() != null ? "the void of payment " + p.voidsPaymentId() : "a refund")
                        + "); only a payment can be voided");
            }
            var voidedBy = dao.voidOf(paymentId);
            if (voidedBy.isPresent()) {
                throw ApiException.conflict(
                        "payment " + paymentId + " is already voided (by entry " + voidedBy.get() + ")");
            }
            long paid = inv.paid() - p.amount();
            if (paid < 0) {
                throw ApiException.conflict("payment " + paymentId + " of " + p.amount() + " " + inv.currency()
                        + " cannot be voided: only " + inv.paid() + " is paid net of refunds on invoice "
                        + inv.number());
            }
            InvoiceStatus status = statusOf(inv.total(), paid);
            long entry = dao.insertPayment(new InvoiceDao.PaymentRow(
                    0,
                    inv.id(),
                    -p.amount(),
                    p.method(),
                    actor.username(),
                    times.now(),
                    paymentId,
                    reason,
                    p.points() == null ? null : -p.points()));
            dao.setPaid(inv.id(), paid, status);
            events.append(
                    tx,
                    actor,
                    inv.receiptId(),
                    inv.jobId(),
                    new PaymentVoided(
                            inv.id(),
                            entry,
                            paymentId,
                            -p.amount(),
                            p.method(),
                            reason,
                            paid,
                            inv.total() - paid,
                            status));
            if (p.method() == PaymentMethod.POINTS) {
                restorePoints(tx, actor, inv, entry, p.points(), times.now());
            }
            return load(tx, inv.id());
        };
    }

    /**
     * Refunds part (or all) of what was paid on an invoice: a new entry with the negative amount,
     * by {@code method}. The amount is 1..the net paid (400 {@code out_of_range} above it); a void
     * invoice, or one with nothing paid, is refused (409). The invoice's {@code paid} and status
     * follow.
     */
    public Change<Invoice> refund(Actor actor, long id, RefundInput in) {
        Check c = new Check();
        Long amount = c.required("amount", in.amount());
        if (amount != null && (amount <= 0 || amount > Money.MAX)) {
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
                    "points go back by voiding the payment made with them, not as a refund",
                    Map.of("allowed", List.of("CASH", "CARD", "TRANSFER")));
        }
        String reason = c.text("reason", in.reason(), REASON_MAX);
        c.done();
        return tx -> {
            InvoiceDao dao = tx.invoices();
            InvoiceDao.Row inv = dao.find(id).orElseThrow(() -> ApiException.notFound("invoice", id));
            if (inv.status() == InvoiceStatus.VOID) {
                throw ApiException.conflict(
                        "invoice " + inv.number() + " is void: what was paid on it was refunded" + " with the void");
            }
            if (inv.paid() == 0) {
                throw ApiException.conflict(
                        "amount", ErrorCode.INVALID_STATE, "nothing is paid on invoice " + inv.number() + " to refund");
            }
            if (amount > inv.paid()) {
                throw ApiException.invalid(
                        "amount",
                        ErrorCode.OUT_OF_RANGE,
                        "the refund " + amount + " is more than the " + inv.paid()
                                + " paid (net of refunds) on invoice " + inv.number(),
                        Map.of("min", 1, "max", inv.paid()));
            }
            long paid = inv.paid() - amount;
            InvoiceStatus status = statusOf(inv.total(), paid);
            long entry = dao.insertPayment(new InvoiceDao.PaymentRow(
                    0, id, -amount, method, actor.username(), times.now(), null, reason, null));
            dao.setPaid(id, paid, status);
            events.append(
                    tx,
                    actor,
                    inv.receiptId(),
                    inv.jobId(),
                    new PaymentRefunded(id, entry, -amount, method, paid, inv.total() - paid, status, reason));
            return load(tx, id);
        };
    }

    // ---- points and coupons --------------------------------------------------------------------

    /** The customer an invoice bills (its receipt's); 409 when the receipt names none. */
    private static long customerOf(Tx tx, InvoiceDao.Row inv) {
        Long customer = tx.receipts()
                .find(inv.receiptId())
                .map(org.shopsuite.server.db.receipt.ReceiptDao.Row::customerId)
                .orElse(null);
        if (customer == null) {
            throw ApiException.conflict(
                    "method",
                    ErrorCode.INVALID_STATE,
                    "invoice " + inv.number() + " is for a receipt with no customer record: it has no points");
        }
        return customer;
    }

    private void spendPoints(WriteTx tx, Actor actor, InvoiceDao.Row inv, long customer, long paymentId, long points) {
        var balance = PointsLedger.spend(
                tx,
                actor,
                customer,
                PointsKind.SPENT,
                points,
                PointsLedger.Ref.invoice(inv.number(), inv.id(), paymentId),
                times.now());
        if (balance.isEmpty()) {
            long has = PointsLedger.balance(tx, customer);
            throw ApiException.conflict(
                    "amount",
                    ErrorCode.OUT_OF_RANGE,
                    "the customer has " + has + " points; this payment needs " + points,
                    Map.of("balance", has, "points", points, "reason", "INSUFFICIENT_POINTS"));
        }
        events.append(
                tx,
                actor,
                inv.receiptId(),
                inv.jobId(),
                new PointsSpent(customer, inv.id(), paymentId, points, balance.getAsLong()));
    }

    private void restorePoints(WriteTx tx, Actor actor, InvoiceDao.Row inv, long paymentId, long points, Instant at) {
        long customer = customerOf(tx, inv);
        long balance = PointsLedger.move(
                tx,
                actor,
                customer,
                PointsKind.RESTORED,
                points,
                PointsLedger.Ref.invoice(inv.number(), inv.id(), paymentId),
                at);
        events.append(
                tx,
                actor,
                inv.receiptId(),
                inv.jobId(),
                new PointsRestored(customer, inv.id(), paymentId, points, balance));
    }

    /**
     * A paid invoice earns points once (the first time it is paid in full): {@code
     * pointsEarnRatePercent} of its subtotal less what was paid with points, in points of {@code
     * pointValue}, rounded down.
     */
    private void earn(WriteTx tx, Actor actor, InvoiceDao.Row inv) {
        ShopDao.Row s = shop.row();
        if (s.pointsEarnRateBp() == 0 || tx.points().hasEarned(inv.id())) {
            return;
        }
        Long customer = tx.receipts()
                .find(inv.receiptId())
                .map(org.shopsuite.server.db.receipt.ReceiptDao.Row::customerId)
                .orElse(null);
        if (customer == null) {
            return;
        }
        long withPoints = 0;
        for (InvoiceDao.PaymentRow p : tx.invoices().payments(inv.id())) {
            if (p.method() == PaymentMethod.POINTS) {
                withPoints += p.amount();
            }
        }
        long base = Math.max(0, inv.subtotal() - withPoints);
        long points = java.math.BigInteger.valueOf(base)
                .multiply(java.math.BigInteger.valueOf(s.pointsEarnRateBp()))
                .divide(java.math.BigInteger.valueOf(10_000L * s.pointValue()))
                .longValueExact();
        if (points <= 0) {
            return;
        }
        long balance = PointsLedger.move(
                tx,
                actor,
                customer,
                PointsKind.EARNED,
                points,
                PointsLedger.Ref.invoice(inv.number(), inv.id(), null),
                times.now());
        events.append(tx, actor, inv.receiptId(), inv.jobId(), new PointsEarned(customer, inv.id(), points, balance));
    }

    /** A voided invoice takes back what it earned (the balance may go below zero). */
    private void reverseEarned(WriteTx tx, Actor actor, InvoiceDao.Row inv, Instant at) {
        long earned = tx.points().earnedBy(inv.id());
        if (earned <= 0) {
            return;
        }
        long customer = customerOf(tx, inv);
        long balance = PointsLedger.move(
                tx,
                actor,
                customer,
                PointsKind.REVERSED,
                -earned,
                PointsLedger.Ref.invoice(inv.number(), inv.id(), null),
                at);
        events.append(tx, actor, inv.receiptId(), inv.jobId(), new PointsReversed(customer, inv.id(), earned, balance));
    }

    /**
     * The deposit a receipt carries from its appointment pays its invoice at issue, as a POINTS
     * payment of up to the total; what the invoice does not use goes back to the customer.
     */
    private void applyDeposit(WriteTx tx, Actor actor, InvoiceDao.Row inv) {
        long deposit = tx.receipts().depositPoints(inv.receiptId());
        if (deposit == 0) {
            return;
        }
        long customer = customerOf(tx, inv);
        long appointment = tx.appointments()
                .ofReceipt(inv.receiptId())
                .map(org.shopsuite.server.db.schedule.AppointmentDao.Row::id)
                .orElseThrow();
        long value = shop.row().pointValue();
        long used = Math.min(deposit, inv.total() / value);
        Instant now = times.now();
        tx.receipts().setDepositPoints(inv.receiptId(), 0);
        if (used > 0) {
            long amount = used * value;
            long paid = inv.paid() + amount;
            InvoiceStatus status = statusOf(inv.total(), paid);
            long paymentId = tx.invoices()
                    .insertPayment(new InvoiceDao.PaymentRow(
                            0, inv.id(), amount, PaymentMethod.POINTS, actor.username(), now, null, null, used));
            tx.invoices().setPaid(inv.id(), paid, status);
            events.append(
                    tx,
                    actor,
                    inv.receiptId(),
                    inv.jobId(),
                    new PaymentRecorded(
                            inv.id(), paymentId, amount, PaymentMethod.POINTS, paid, inv.total() - paid, status));
            if (status == InvoiceStatus.PAID) {
                earn(tx, actor, tx.invoices().find(inv.id()).orElseThrow());
            }
        }
        long rest = deposit - used;
        if (rest > 0) {
            long balance = PointsLedger.move(
                    tx,
                    actor,
                    customer,
                    PointsKind.DEPOSIT_RESTORED,
                    rest,
                    PointsLedger.Ref.deposit(appointment, inv.number(), inv.id()),
                    now);
            events.append(
                    tx,
                    actor,
                    inv.receiptId(),
                    inv.jobId(),
                    new DepositRestored(customer, appointment, inv.receiptId(), rest, balance));
        }
    }

    /**
     * Redeems a coupon on an invoice of the coupon's customer with nothing paid yet: a DISCOUNT
     * line (negative) before tax, which is recomputed. Racing redemptions of one code: one wins,
     * the others are refused (409).
     */
    public Change<Invoice> redeem(Actor actor, long id, CouponCodeInput in) {
        Check c = new Check();
        String typed = c.text("code", in.code(), 40);
        c.done();
        String code = CouponService.normalise(typed);
        return tx -> {
            InvoiceDao dao = tx.invoices();
            InvoiceDao.Row inv = dao.find(id).orElseThrow(() -> ApiException.notFound("invoice", id));
            CouponDao.CouponRow coupon =
                    tx.coupons().byCode(code).orElseThrow(() -> ApiException.notFound("coupon", code));
            if (inv.status() == InvoiceStatus.VOID) {
                throw ApiException.conflict(
                        "code",
                        ErrorCode.INVALID_STATE,
                        "invoice " + inv.number() + " is void",
                        Map.of("reason", "INVOICE_VOID"));
            }
            if (inv.paid() != 0) {
                throw ApiException.conflict(
                        "code",
                        ErrorCode.INVALID_STATE,
                        "invoice " + inv.number() + " has " + inv.paid() + " paid: a coupon is redeemed before anything"
                                + " is paid (void the payment first)",
                        Map.of("paid", inv.paid(), "reason", "INVOICE_PAID"));
            }
            Long customer = tx.receipts()
                    .find(inv.receiptId())
                    .map(org.shopsuite.server.db.receipt.ReceiptDao.Row::customerId)
                    .orElse(null);
            if (customer == null || customer != coupon.customerId()) {
                throw ApiException.conflict(
                        "code",
                        ErrorCode.NOT_ALLOWED_VALUE,
                        "coupon " + code + " belongs to another customer than invoice " + inv.number() + "'s",
                        Map.of("reason", "OTHER_CUSTOMER"));
            }
            Instant now = times.now();
            var shown = CouponService.toApi(coupon, now);
            if (shown.status() != CouponStatus.ISSUED) {
                throw ApiException.conflict(
                        "code",
                        ErrorCode.INVALID_STATE,
                        "coupon " + code + " is " + shown.status(),
                        Map.of(
                                "status",
                                shown.status().name(),
                                "reason",
                                "COUPON_" + shown.status().name()));
            }
            List<InvoiceDao.LineRow> lines = dao.lines(id);
            long labor = lines.stream()
                    .filter(l -> l.kind() == LineKind.LABOR)
                    .mapToLong(InvoiceDao.LineRow::amount)
                    .sum();
            long subtotal = lines.stream().mapToLong(InvoiceDao.LineRow::amount).sum();
            long discount = CouponService.discount(coupon.kind(), coupon.value(), labor, subtotal);
            if (discount == 0) {
                throw ApiException.conflict(
                        "code",
                        ErrorCode.INVALID_STATE,
                        "coupon " + code + " takes nothing off invoice " + inv.number()
                                + (coupon.kind() == org.shopsuite.model.PromotionKind.PERCENT_LABOR
                                        ? ": it has no labour"
                                        : ""),
                        Map.of("reason", "NOTHING_TO_DISCOUNT"));
            }
            if (tx.coupons().redeem(coupon.id(), id, now) == 0) {
                throw ApiException.conflict(
                        "code",
                        ErrorCode.INVALID_STATE,
                        "coupon " + code + " was just redeemed elsewhere",
                        Map.of("status", "REDEEMED", "reason", "COUPON_REDEEMED"));
            }
            int lineNo =
                    lines.stream().mapToInt(InvoiceDao.LineRow::lineNo).max().orElse(0) + 1;
            dao.insertLine(new InvoiceDao.LineRow(
                    id,
                    lineNo,
                    LineKind.DISCOUNT,
                    coupon.promotionName() + " (" + code + ")",
                    100,
                    -discount,
                    -discount));
            long newSubtotal = subtotal - discount;
            long tax = Money.percent(newSubtotal, inv.taxRateBp());
            long total = newSubtotal + tax;
            InvoiceStatus status = total == 0 ? InvoiceStatus.PAID : InvoiceStatus.ISSUED;
            dao.setTotals(id, newSubtotal, tax, total, status);
            events.append(
                    tx,
                    actor,
                    inv.receiptId(),
                    inv.jobId(),
                    new CouponRedeemed(
                            coupon.id(), code, coupon.customerId(), id, -discount, newSubtotal, tax, total, status));
            return load(tx, id);
        };
    }

    /** The status of an open invoice that has {@code paid} of its {@code total} paid. */
    private static InvoiceStatus statusOf(long total, long paid) {
        if (paid >= total) {
            return InvoiceStatus.PAID;
        }
        return paid == 0 ? InvoiceStatus.ISSUED : InvoiceStatus.PARTIALLY_PAID;
    }

    private static String laborDescription(String request) {
        String oneLine = request.replaceAll("\\s+", " ").strip();
        String text = oneLine.codePointCount(0, oneLine.length()) > LABOR_DESCRIPTION_MAX
                ? oneLine.substring(0, oneLine.offsetByCodePoints(0, LABOR_DESCRIPTION_MAX - 1)) + "…"
                : oneLine;
        return "Labour: " + text;
    }

    /** Basis points as a percent with no trailing zeros ({@code 1000} is {@code 10}). */
    private static BigDecimal percent(long bp) {
        BigDecimal p = BigDecimal.valueOf(bp, 2).stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    private static Invoice load(Tx tx, long id) {
        InvoiceDao.Row r = tx.invoices().find(id).orElseThrow(() -> ApiException.notFound("invoice", id));
        return toApi(tx, r);
    }

    private static Invoice toApi(Tx tx, InvoiceDao.Row r) {
        InvoiceDao dao = tx.invoices();
        List<InvoiceLine> lines = dao.lines(r.id()).stream()
                .map(l -> new InvoiceLine(
                        l.kind(), l.description(), Hours.of(l.quantityCenti()), l.unitPrice(), l.amount()))
                .toList();
        List<InvoiceDao.PaymentRow> rows = dao.payments(r.id());
        Map<Long, Long> voidedBy = new java.util.HashMap<>();
        for (InvoiceDao.PaymentRow p : rows) {
            if (p.voidsPaymentId() != null) {
                voidedBy.put(p.voidsPaymentId(), p.id());
            }
        }
        List<Payment> payments = rows.stream()
                .map(p -> new Payment(
                        p.id(),
                        p.amount(),
                        p.method(),
                        p.receivedBy(),
                        p.receivedAt(),
                        p.voidsPaymentId(),
                        voidedBy.get(p.id()),
                        p.reason()))
                .toList();
        return new Invoice(
                r.id(),
                r.number(),
                r.receiptId(),
                r.jobId(),
                r.currency(),
                percent(r.taxRateBp()),
                r.laborRatePerHour(),
                new InvoiceIssuer(
                        r.issuerName(),
                        r.issuerAddress(),
                        r.issuerPhone(),
                        r.issuerBusinessRegistrationNumber(),
                        r.issuerRepresentative()),
                lines,
                r.subtotal(),
                r.tax(),
                r.total(),
                r.paid(),
                r.status() == InvoiceStatus.VOID ? 0 : r.total() - r.paid(),
                r.status(),
                r.issuedAt(),
                r.voidReason(),
                r.voidedAt(),
                r.replacesInvoiceId(),
                payments,
                r.version(),
                discrepanciesOf(r.discrepancies()),
                r.locationId());
    }

    /** Parts issued in other quantities than approved, as JSON kept with the invoice (null when none). */
    private static String discrepancies(
            Map<Long, Long> approvedCenti, Map<Long, Integer> issued, Map<Long, String> names) {
        List<Discrepancy> out = new ArrayList<>();
        java.util.Set<Long> parts = new java.util.LinkedHashSet<>(approvedCenti.keySet());
        parts.addAll(issued.keySet());
        for (long part : parts) {
            long approved = approvedCenti.getOrDefault(part, 0L);
            int kept = issued.getOrDefault(part, 0);
            if (approved != kept * 100L) {
                out.add(new Discrepancy(part, names.get(part), Hours.of(approved), kept));
            }
        }
        if (out.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Discrepancy> discrepanciesOf(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(json, Discrepancy[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = org.shopsuite.model.Json.newMapper();
}
