package org.shopsuite.server.service.invoice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.InvoiceLine;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.LineKind;
import org.shopsuite.model.Page;
import org.shopsuite.model.PartRequestStatus;
import org.shopsuite.model.Payment;
import org.shopsuite.model.PaymentInput;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.event.InvoiceIssued;
import org.shopsuite.model.event.InvoiceVoided;
import org.shopsuite.model.event.PaymentRecorded;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.invoice.InvoiceDao;
import org.shopsuite.server.db.job.JobDao;
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
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.shop.ShopService;

/**
 * Invoices: issued when a job finishes, paid in one or more payments, voided by a manager. Every
 * amount is whole minor units; each product is rounded half-up once.
 */
public final class InvoiceService {
    private static final int LABOR_DESCRIPTION_MAX = 80;

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
        ShopDao.Row s = shop.row();
        InvoiceDao dao = tx.invoices();
        List<InvoiceDao.LineRow> lines = new ArrayList<>();
        long labor = Money.times(job.laborCenti(), s.laborRatePerHour());
        lines.add(new InvoiceDao.LineRow(
                0, 1, LineKind.LABOR, laborDescription(job.request()), job.laborCenti(), s.laborRatePerHour(), labor));
        for (JobDao.PartRequestRow pr : tx.jobs().partRequestsOf(List.of(job.id()))) {
            if (pr.status() == PartRequestStatus.ISSUED) {
                lines.add(new InvoiceDao.LineRow(
                        0,
                        lines.size() + 1,
                        LineKind.PART,
                        pr.partNumber() + " " + pr.partName(),
                        pr.quantity() * 100L,
                        pr.unitPrice(),
                        Math.multiplyExact(pr.unitPrice(), (long) pr.quantity())));
            }
        }
        long subtotal = lines.stream().mapToLong(InvoiceDao.LineRow::amount).sum();
        long tax = Money.percent(subtotal, s.taxRateBp());
        long total = subtotal + tax;
        var issuedAt = times.now();
        int year = LocalDate.ofInstant(issuedAt, ZoneId.of(s.timezone())).getYear();
        String number = String.format("%s-%d-%06d", s.invoicePrefix(), year, dao.nextNumber(year));
        long id = dao.insert(new InvoiceDao.Row(
                0,
                number,
                job.receiptId(),
                job.id(),
                s.currency(),
                subtotal,
                tax,
                total,
                0,
                InvoiceStatus.ISSUED,
                issuedAt,
                null,
                1));
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
                new InvoiceIssued(id, number, s.currency(), subtotal, tax, total));
    }

    public Invoice get(long id) {
        return db.read(tx -> load(tx, id));
    }

    public Page<Invoice> list(InvoiceStatus status, String cursor, int limit) {
        long before = Cursor.before(cursor);
        return db.read(tx -> {
            List<InvoiceDao.Row> rows = tx.invoices().list(before, status, limit + 1);
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
            long paymentId =
                    dao.insertPayment(new InvoiceDao.PaymentRow(0, id, amount, method, actor.username(), times.now()));
            dao.setPaid(id, paid, status);
            events.append(
                    tx,
                    actor,
                    inv.receiptId(),
                    inv.jobId(),
                    new PaymentRecorded(id, paymentId, amount, method, paid, inv.total() - paid, status));
            return load(tx, id);
        };
    }

    public Change<Invoice> voidInvoice(Actor actor, long id, String reasonText) {
        Check c = new Check();
        String reason = c.text("reason", reasonText, 500);
        c.done();
        return tx -> {
            InvoiceDao dao = tx.invoices();
            InvoiceDao.Row inv = dao.find(id).orElseThrow(() -> ApiException.notFound("invoice", id));
            if (dao.markVoid(id, reason, times.now()) == 0) {
                throw ApiException.conflict("invoice " + inv.number() + " is already void");
            }
            events.append(tx, actor, inv.receiptId(), inv.jobId(), new InvoiceVoided(id, inv.number(), reason));
            return load(tx, id);
        };
    }

    private static String laborDescription(String request) {
        String oneLine = request.replaceAll("\\s+", " ").strip();
        String text = oneLine.codePointCount(0, oneLine.length()) > LABOR_DESCRIPTION_MAX
                ? oneLine.substring(0, oneLine.offsetByCodePoints(0, LABOR_DESCRIPTION_MAX - 1)) + "…"
                : oneLine;
        return "Labour: " + text;
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
        List<Payment> payments = dao.payments(r.id()).stream()
                .map(p -> new Payment(p.id(), p.amount(), p.method(), p.receivedBy(), p.receivedAt()))
                .toList();
        return new Invoice(
                r.id(),
                r.number(),
                r.receiptId(),
                r.jobId(),
                r.currency(),
                lines,
                r.subtotal(),
                r.tax(),
                r.total(),
                r.paid(),
                r.total() - r.paid(),
                r.status(),
                r.issuedAt(),
                r.voidReason(),
                payments,
                r.version());
    }
}
