package org.shopsuite.server.service.purchase;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shopsuite.model.BackorderInput;
import org.shopsuite.model.CreditInput;
import org.shopsuite.model.DeliveredPart;
import org.shopsuite.model.Delivery;
import org.shopsuite.model.DeliveryInput;
import org.shopsuite.model.DeliveryLine;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.MovementKind;
import org.shopsuite.model.Page;
import org.shopsuite.model.PartReconciliation;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.PartRequestStatus;
import org.shopsuite.model.PurchaseOrder;
import org.shopsuite.model.PurchaseOrderInput;
import org.shopsuite.model.PurchaseOrderLine;
import org.shopsuite.model.PurchaseOrderLineInput;
import org.shopsuite.model.PurchaseOrderStatus;
import org.shopsuite.model.Supplier;
import org.shopsuite.model.SupplierInput;
import org.shopsuite.model.VendorReturn;
import org.shopsuite.model.VendorReturnInput;
import org.shopsuite.model.VendorReturnKind;
import org.shopsuite.model.VendorReturnLine;
import org.shopsuite.model.VendorReturnStatus;
import org.shopsuite.model.event.PartBackordered;
import org.shopsuite.model.event.PartsReceived;
import org.shopsuite.model.event.PurchaseOrderCancelled;
import org.shopsuite.model.event.PurchaseOrderClosed;
import org.shopsuite.model.event.PurchaseOrderCreated;
import org.shopsuite.model.event.PurchaseOrderPlaced;
import org.shopsuite.model.event.PurchaseOrderUpdated;
import org.shopsuite.model.event.SupplierCreated;
import org.shopsuite.model.event.SupplierUpdated;
import org.shopsuite.model.event.VendorCreditReceived;
import org.shopsuite.model.event.VendorReturnCreated;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.job.JobDao;
import org.shopsuite.server.db.part.PartDao;
import org.shopsuite.server.db.purchase.PurchasingDao;
import org.shopsuite.server.db.purchase.PurchasingDao.LineRow;
import org.shopsuite.server.db.purchase.PurchasingDao.OrderRow;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.job.JobService;
import org.shopsuite.server.service.part.PartService;

/**
 * Parts purchasing (issue 19): suppliers, purchase orders and their deliveries. A delivery raises
 * stock in its transaction with a RECEIVED ledger row naming the order and the vendor's invoice, and
 * moves the part's cost by moving average: (stock x cost + received x unit cost) / (stock +
 * received), half-up; a part out of stock takes the delivery's cost.
 */
public final class PurchasingService {
    static final int MAX_LINES = 200;
    static final int MAX_QUANTITY = 100_000;

    private final Database db;
    private final EventStore events;
    private final PartService parts;
    private final JobService jobs;
    private final Times times;

    public PurchasingService(Database db, EventStore events, PartService parts, JobService jobs, Times times) {
        this.db = db;
        this.events = events;
        this.parts = parts;
        this.jobs = jobs;
        this.times = times;
    }

    /**
     * A request rejected for stock, ordered: a line of the supplier's newest draft order (a new one
     * when it has none), tied to the job and the request; when it arrives and the job is still open
     * it is issued to the job at once. The supplier given, else the part's default (400 naming
     * supplierId when there is neither). The request stays REJECTED and names the order.
     */
    public Change<PartRequest> backorder(Actor actor, long requestId, BackorderInput in) {
        Check c = new Check();
        c.positiveId("supplierId", in.supplierId());
        c.done();
        return tx -> {
            JobDao.PartRequestRow pr = JobService.requestOf(tx, actor, requestId);
            if (pr.status() != PartRequestStatus.REJECTED || pr.backorderId() != null) {
                throw ApiException.conflict(
                        "id",
                        ErrorCode.INVALID_STATE,
                        pr.backorderId() != null
                                ? "part request " + requestId + " is on order already (purchase order "
                                        + pr.backorderId() + ")"
                                : "part request " + requestId + " is " + pr.status()
                                        + "; only a request rejected for stock is backordered");
            }
            // ordered for the location of the job's receipt, and delivered there
            long location = tx.receipts()
                    .locationOf(tx.jobs().find(pr.jobId()).orElseThrow().receiptId());
            PartDao.Row part = tx.parts().find(pr.vehiclePartId(), location).orElseThrow();
            Long supplierId = in.supplierId() != null ? in.supplierId() : part.defaultSupplierId();
            if (supplierId == null) {
                throw ApiException.invalid(
                        "supplierId", ErrorCode.REQUIRED, part.partId() + " has no default supplier; name one");
            }
            activeSupplier(tx, supplierId);
            PurchasingDao dao = tx.purchasing();
            Instant now = times.now();
            OrderRow draft = dao.draftOf(supplierId, location).orElse(null);
            long orderId = draft != null ? draft.id() : dao.insertOrder(supplierId, actor.username(), now, location);
            dao.insertLines(List.of(new LineRow(
                    0,
                    orderId,
                    dao.lastPosition(orderId) + 1,
                    part.id(),
                    part.partId(),
                    part.partName(),
                    pr.quantity(),
                    part.costPrice(),
                    0,
                    pr.jobId(),
                    pr.id())));
            List<LineRow> lines = dao.lines(List.of(orderId));
            if (draft == null) {
                events.append(
                        tx,
                        actor,
                        null,
                        null,
                        new PurchaseOrderCreated(orderId, supplierId, lines.size(), total(lines)));
            } else {
                dao.touch(orderId, now);
                events.append(
                        tx,
                        actor,
                        null,
                        null,
                        new PurchaseOrderUpdated(orderId, supplierId, lines.size(), total(lines)));
            }
            tx.jobs().backordered(pr.id(), orderId);
            JobDao.Row job = tx.jobs().find(pr.jobId()).orElseThrow();
            events.append(
                    tx,
                    actor,
                    job.receiptId(),
                    pr.jobId(),
                    new PartBackordered(pr.id(), orderId, supplierId, part.id(), pr.quantity(), pr.jobId()));
            return JobService.toApi(tx.jobs().findPartRequest(pr.id()).orElseThrow());
        };
    }

    // ---- suppliers -------------------------------------------------------------------------

    public Page<Supplier> suppliers(Boolean active, String cursor, int limit) {
        Cursor.NameKey after = Cursor.afterName(cursor);
        List<PurchasingDao.SupplierRow> rows = db.read(tx -> tx.purchasing()
                .suppliers(after == null ? null : after.name(), after == null ? 0 : after.id(), active, limit + 1));
        return Pages.byName(
                rows, limit, PurchasingDao.SupplierRow::name, PurchasingDao.SupplierRow::id, PurchasingService::toApi);
    }

    public Supplier supplier(long id) {
        return db.read(tx -> toApi(findSupplier(tx, id)));
    }

    private record ValidSupplier(
            String name, String phone, String email, String businessNumber, String notes, boolean active) {}

    private static ValidSupplier check(SupplierInput in) {
        Check c = new Check();
        String name = c.text("name", in.name(), 100);
        String phone = c.phone("phone", in.phone());
        String email = c.optionalText("email", in.email(), 200);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            c.fail("email", ErrorCode.PATTERN, "must be an e-mail address", Map.of("pattern", "name@domain.tld"));
        }
        String number = c.optionalText("businessNumber", in.businessNumber(), 20);
        if (number != null && !number.replace("-", "").matches("[0-9]{10}")) {
            c.fail(
                    "businessNumber",
                    ErrorCode.PATTERN,
                    "must be 10 digits (사업자등록번호, hyphens allowed)",
                    Map.of("pattern", "000-00-00000"));
        }
        String notes = c.longText("notes", in.notes(), 2000, false);
        c.done();
        return new ValidSupplier(name, phone, email, number, notes, in.active() == null || in.active());
    }

    public Change<Supplier> createSupplier(Actor actor, SupplierInput in) {
        ValidSupplier v = check(in);
        return tx -> {
            long id = tx.purchasing()
                    .insertSupplier(v.name, v.phone, v.email, v.businessNumber, v.notes, v.active, times.now());
            events.append(tx, actor, null, null, new SupplierCreated(id, v.name));
            return toApi(findSupplier(tx, id));
        };
    }

    public SupplierInput supplierAsInput(long id) {
        Supplier s = supplier(id);
        return new SupplierInput(s.name(), s.phone(), s.email(), s.businessNumber(), s.notes(), s.active());
    }

    public Change<Supplier> updateSupplier(Actor actor, long id, long version, SupplierInput in) {
        ValidSupplier v = check(in);
        return tx -> {
            PurchasingDao.SupplierRow row = findSupplier(tx, id);
            if (row.version() != version
                    || tx.purchasing()
                                    .updateSupplier(
                                            id,
                                            version,
                                            v.name,
                                            v.phone,
                                            v.email,
                                            v.businessNumber,
                                            v.notes,
                                            v.active,
                                            times.now())
                            == 0) {
                throw ApiException.preconditionFailed(row.version());
            }
            events.append(tx, actor, null, null, new SupplierUpdated(id, v.name, v.active));
            return toApi(findSupplier(tx, id));
        };
    }

    // ---- purchase orders -----------------------------------------------------------------------

    public Page<PurchaseOrder> orders(PurchaseOrderStatus status, Long supplierId, String cursor, int limit) {
        long before = Cursor.before(cursor);
        return db.read(tx -> {
            List<OrderRow> rows = tx.purchasing().orders(before, status, supplierId, limit + 1);
            List<OrderRow> page = rows.size() > limit ? rows.subList(0, limit) : rows;
            List<Long> ids = page.stream().map(OrderRow::id).toList();
            PurchasingDao dao = tx.purchasing();
            List<LineRow> lines = ids.isEmpty() ? List.of() : dao.lines(ids);
            List<PurchasingDao.DeliveryRow> deliveries = ids.isEmpty() ? List.of() : dao.deliveriesOf(ids);
            List<PurchasingDao.DeliveryLineRow> delivered = ids.isEmpty() ? List.of() : dao.deliveryLinesOf(ids);
            return Pages.of(rows, limit, OrderRow::id, o -> toApi(o, lines, deliveries, delivered));
        });
    }

    public PurchaseOrder order(long id) {
        return db.read(tx -> load(tx, id));
    }

    private record ValidOrder(long supplierId, List<PurchaseOrderLineInput> lines) {}

    private static ValidOrder check(PurchaseOrderInput in) {
        Check c = new Check();
        Long supplier = c.required("supplierId", in.supplierId());
        c.positiveId("supplierId", supplier);
        List<PurchaseOrderLineInput> lines = c.required("lines", in.lines());
        if (lines != null) {
            if (lines.size() > MAX_LINES) {
                c.fail(
                        "lines",
                        ErrorCode.OUT_OF_RANGE,
                        "at most " + MAX_LINES + " lines",
                        Map.of("min", 0, "max", MAX_LINES));
            }
            for (int i = 0; i < lines.size() && i < MAX_LINES; i++) {
                String at = "lines[" + i + "]";
                PurchaseOrderLineInput l = lines.get(i);
                if (l == null) {
                    c.required(at, null);
                    continue;
                }
                c.positiveId(at + ".vehiclePartId", c.required(at + ".vehiclePartId", l.vehiclePartId()));
                c.wholeNumber(at + ".quantity", l.quantity(), 1, MAX_QUANTITY, true);
                c.money(at + ".unitCost", l.unitCost(), false);
                c.positiveId(at + ".jobId", l.jobId());
            }
        }
        c.done();
        return new ValidOrder(supplier, lines);
    }

    public Change<PurchaseOrder> createOrder(Actor actor, PurchaseOrderInput in) {
        ValidOrder v = check(in);
        return tx -> {
            activeSupplier(tx, v.supplierId);
            Instant now = times.now();
            long id = tx.purchasing().insertOrder(v.supplierId, actor.username(), now, actor.locationId());
            List<LineRow> lines = lines(tx, id, v.lines);
            events.append(
                    tx, actor, null, null, new PurchaseOrderCreated(id, v.supplierId, lines.size(), total(lines)));
            return load(tx, id);
        };
    }

    public PurchaseOrderInput orderAsInput(long id) {
        PurchaseOrder o = order(id);
        return new PurchaseOrderInput(
                o.supplierId(),
                o.lines().stream()
                        .map(l -> new PurchaseOrderLineInput(l.vehiclePartId(), l.quantity(), l.unitCost(), l.jobId()))
                        .toList());
    }

    /** A draft's supplier and lines (the whole list) replaced; 409 once ordered. */
    public Change<PurchaseOrder> updateOrder(Actor actor, long id, long version, PurchaseOrderInput in) {
        ValidOrder v = check(in);
        return tx -> {
            OrderRow o = findOrder(tx, id);
            if (o.version() != version) {
                throw ApiException.preconditionFailed(o.version());
            }
            requireStatus(o, "changed", PurchaseOrderStatus.DRAFT);
            activeSupplier(tx, v.supplierId);
            PurchasingDao dao = tx.purchasing();
            if (dao.updateDraft(id, version, v.supplierId, times.now()) == 0) {
                throw ApiException.preconditionFailed(o.version());
            }
            dao.deleteLines(id);
            List<LineRow> lines = lines(tx, id, v.lines);
            events.append(
                    tx, actor, null, null, new PurchaseOrderUpdated(id, v.supplierId, lines.size(), total(lines)));
            return load(tx, id);
        };
    }

    public Change<PurchaseOrder> place(Actor actor, long id) {
        return tx -> {
            OrderRow o = findOrder(tx, id);
            requireStatus(o, "ordered", PurchaseOrderStatus.DRAFT);
            List<LineRow> lines = tx.purchasing().lines(List.of(id));
            if (lines.isEmpty()) {
                throw ApiException.conflict(
                        "lines", ErrorCode.INVALID_STATE, "an order without lines cannot be placed");
            }
            tx.purchasing().setStatus(id, PurchaseOrderStatus.ORDERED, null, List.of("DRAFT"), times.now());
            events.append(tx, actor, null, null, new PurchaseOrderPlaced(id, o.supplierId(), total(lines)));
            return load(tx, id);
        };
    }

    public Change<PurchaseOrder> close(Actor actor, long id) {
        return tx -> {
            OrderRow o = findOrder(tx, id);
            requireStatus(
                    o,
                    "closed",
                    PurchaseOrderStatus.ORDERED,
                    PurchaseOrderStatus.PARTIALLY_RECEIVED,
                    PurchaseOrderStatus.RECEIVED);
            tx.purchasing()
                    .setStatus(
                            id,
                            PurchaseOrderStatus.CLOSED,
                            null,
                            List.of("ORDERED", "PARTIALLY_RECEIVED", "RECEIVED"),
                            times.now());
            events.append(tx, actor, null, null, new PurchaseOrderClosed(id));
            return load(tx, id);
        };
    }

    public Change<PurchaseOrder> cancel(Actor actor, long id, String reasonText) {
        Check c = new Check();
        String reason = c.longText("reason", reasonText, 500, true);
        c.done();
        return tx -> {
            OrderRow o = findOrder(tx, id);
            requireStatus(o, "cancelled", PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.ORDERED);
            tx.purchasing()
                    .setStatus(id, PurchaseOrderStatus.CANCELLED, reason, List.of("DRAFT", "ORDERED"), times.now());
            events.append(tx, actor, null, null, new PurchaseOrderCancelled(id, reason));
            return load(tx, id);
        };
    }

    /**
     * A delivery: each part (by id or scanned barcode) goes to the order's lines of that part in
     * order; more than ordered is refused (409 naming the part and the quantities) unless {@code
     * allowOver}, and then flagged. Stock, ledger, cost and the order's status change together.
     */
    public Change<PurchaseOrder> receive(Actor actor, long id, DeliveryInput in) {
        Check c = new Check();
        String invoice = c.optionalText("vendorInvoiceNumber", in.vendorInvoiceNumber(), 50);
        LocalDate invoiceDate = in.vendorInvoiceDate();
        List<DeliveryLine> given = c.required("lines", in.lines());
        if (given != null) {
            if (given.isEmpty()) {
                c.fail("lines", ErrorCode.REQUIRED, "must have at least one line");
            }
            if (given.size() > MAX_LINES) {
                c.fail(
                        "lines",
                        ErrorCode.OUT_OF_RANGE,
                        "at most " + MAX_LINES + " lines",
                        Map.of("min", 1, "max", MAX_LINES));
            }
            for (int i = 0; i < given.size() && i < MAX_LINES; i++) {
                String at = "lines[" + i + "]";
                DeliveryLine l = given.get(i);
                if (l == null) {
                    c.required(at, null);
                    continue;
                }
                c.positiveId(at + ".vehiclePartId", l.vehiclePartId());
                String barcode = c.optionalText(at + ".barcode", l.barcode(), 64);
                if (l.vehiclePartId() == null && barcode == null && !c.failed(at + ".barcode")) {
                    c.fail(at + ".vehiclePartId", ErrorCode.REQUIRED, "vehiclePartId or barcode is required");
                }
                if (l.quantity() != null) {
                    c.wholeNumber(at + ".quantity", l.quantity(), 1, MAX_QUANTITY, true);
                }
                c.money(at + ".unitCost", l.unitCost(), false);
            }
        }
        c.done();
        boolean allowOver = Boolean.TRUE.equals(in.allowOver());
        return tx -> {
            OrderRow o = findOrder(tx, id);
            requireStatus(o, "received against", PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.PARTIALLY_RECEIVED);
            PurchasingDao dao = tx.purchasing();
            PartDao partDao = tx.parts();
            List<LineRow> lines = dao.lines(List.of(id));
            Map<Long, Integer> open = new HashMap<>(); // order line id -> quantity still to come
            lines.forEach(l -> open.put(l.id(), Math.max(0, l.quantity() - l.receivedQuantity())));
            record Take(long lineId, PartDao.Row part, int quantity, long unitCost, LineRow orderLine) {}
            List<Take> takes = new ArrayList<>();
            boolean over = false;
            for (int i = 0; i < given.size(); i++) {
                DeliveryLine g = given.get(i);
                String at = "lines[" + i + "]";
                PartDao.Row part = g.vehiclePartId() != null
                        ? partDao.find(g.vehiclePartId(), o.locationId())
                                .orElseThrow(() -> ApiException.invalid(
                                        at + ".vehiclePartId",
                                        ErrorCode.NOT_FOUND,
                                        "vehicle part " + g.vehiclePartId() + " does not exist"))
                        : partDao.findByBarcode(g.barcode().strip(), o.locationId())
                                .orElseThrow(() -> ApiException.invalid(
                                        at + ".barcode",
                                        ErrorCode.NOT_FOUND,
                                        "no part has the barcode " + g.barcode().strip()));
                int left = g.quantity() == null ? 1 : g.quantity(); // a scan is one unit
                LineRow last = null;
                for (LineRow l : lines) {
                    if (l.vehiclePartId() != part.id()) {
                        continue;
                    }
                    last = l;
                    int take = Math.min(left, open.get(l.id()));
                    if (take > 0) {
                        open.put(l.id(), open.get(l.id()) - take);
                        takes.add(new Take(l.id(), part, take, g.unitCost() == null ? l.unitCost() : g.unitCost(), l));
                        left -= take;
                    }
                }
                if (left > 0) {
                    if (!allowOver) {
                        int ordered = lines.stream()
                                .filter(l -> l.vehiclePartId() == part.id())
                                .mapToInt(LineRow::quantity)
                                .sum();
                        throw ApiException.conflict(
                                at + ".quantity",
                                ErrorCode.INVALID_STATE,
                                part.partId() + " " + part.partName() + ": " + left + " more than ordered (" + ordered
                                        + " ordered); send allowOver: true to receive them anyway",
                                Map.of("vehiclePartId", part.id(), "ordered", ordered, "over", left));
                    }
                    over = true;
                    long cost = g.unitCost() != null ? g.unitCost() : last != null ? last.unitCost() : part.costPrice();
                    takes.add(new Take(last == null ? 0 : last.id(), part, left, cost, last));
                }
            }
            Instant now = times.now();
            long delivery = dao.insertDelivery(id, invoice, invoiceDate, over, actor.username(), now);
            List<PurchasingDao.DeliveryLineRow> rows = new ArrayList<>();
            List<DeliveredPart> delivered = new ArrayList<>();
            String reason = "PO " + id + (invoice == null ? "" : ", vendor invoice " + invoice);
            for (Take t : takes) {
                if (t.lineId() != 0) {
                    dao.received(t.lineId(), t.quantity());
                }
                // delivered to the location that ordered
                PartDao.Row before = partDao.find(t.part().id(), o.locationId()).orElseThrow();
                parts.move(
                        tx,
                        actor,
                        before,
                        t.quantity(),
                        MovementKind.RECEIVED,
                        reason,
                        t.orderLine() == null ? null : t.orderLine().jobId(),
                        null,
                        id,
                        invoice,
                        t.unitCost());
                partDao.setCost(
                        before.id(),
                        movingAverage(before.chainStock(), before.costPrice(), t.quantity(), t.unitCost()),
                        now);
                if (t.orderLine() != null && t.orderLine().partRequestId() != null && t.lineId() != 0) {
                    // a backorder: issued to its job at once while the job is open, else it stays in stock
                    jobs.issueArrived(tx, actor, t.orderLine().jobId(), t.part().id(), t.quantity());
                }
                rows.add(new PurchasingDao.DeliveryLineRow(
                        0,
                        delivery,
                        t.lineId() == 0 ? null : t.lineId(),
                        t.part().id(),
                        t.quantity(),
                        t.unitCost()));
                delivered.add(new DeliveredPart(t.part().id(), t.quantity(), t.unitCost()));
            }
            dao.insertDeliveryLines(rows);
            boolean all = dao.lines(List.of(id)).stream().allMatch(l -> l.receivedQuantity() >= l.quantity());
            PurchaseOrderStatus status = all ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTIALLY_RECEIVED;
            dao.setStatus(id, status, null, List.of("ORDERED", "PARTIALLY_RECEIVED"), now);
            events.append(
                    tx,
                    actor,
                    null,
                    null,
                    new PartsReceived(id, delivery, invoice, List.copyOf(delivered), over, status));
            return load(tx, id);
        };
    }

    // ---- reconciliation ---------------------------------------------------------------------

    /** Days a report covers at most. */
    static final int MAX_REPORT_DAYS = 366;

    /**
     * Per part over {@code from}..{@code to} (inclusive days in the shop's time zone; this month
     * so far when omitted): received, issued to jobs, returned from jobs, billed, sold and returned
     * over the counter, returned to vendors, adjusted, counted, on hand at the end, and the
     * differences.
     */
    public List<PartReconciliation> reconciliation(
            LocalDate from, LocalDate to, java.time.ZoneId zone, LocalDate today) {
        LocalDate first = from == null ? today.withDayOfMonth(1) : from;
        LocalDate last = to == null ? today : to;
        if (last.isBefore(first)) {
            throw ApiException.invalid("to", ErrorCode.OUT_OF_RANGE, "must not be before from");
        }
        if (first.plusDays(MAX_REPORT_DAYS).isBefore(last)) {
            throw ApiException.invalid(
                    "to",
                    ErrorCode.OUT_OF_RANGE,
                    "a report covers at most " + MAX_REPORT_DAYS + " days",
                    Map.of("maxDays", MAX_REPORT_DAYS));
        }
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        return db.read(tx -> tx.reconciliation().report(start, end)).stream()
                .map(r -> new PartReconciliation(
                        r.vehiclePartId(),
                        r.partId(),
                        r.partName(),
                        r.received(),
                        r.issuedToJobs(),
                        r.returnedFromJobs(),
                        r.billed(),
                        r.soldOverCounter(),
                        r.saleReturns(),
                        r.returnedToVendor(),
                        r.adjusted(),
                        r.counted(),
                        r.onHand(),
                        r.issuedToJobs() - r.returnedFromJobs() - r.billed(),
                        r.receivedWithoutVendorInvoice(),
                        r.creditOutstanding()))
                .toList();
    }

    // ---- vendor returns and cores ---------------------------------------------------------------

    public Page<VendorReturn> vendorReturns(VendorReturnStatus status, Long supplierId, String cursor, int limit) {
        long before = Cursor.before(cursor);
        return db.read(tx -> {
            List<PurchasingDao.ReturnRow> rows = tx.purchasing().vendorReturns(before, status, supplierId, limit + 1);
            List<PurchasingDao.ReturnRow> page = rows.size() > limit ? rows.subList(0, limit) : rows;
            List<PurchasingDao.ReturnLineRow> lines = page.isEmpty()
                    ? List.of()
                    : tx.purchasing()
                            .returnLines(page.stream()
                                    .map(PurchasingDao.ReturnRow::id)
                                    .toList());
            Instant now = times.now();
            return Pages.of(rows, limit, PurchasingDao.ReturnRow::id, r -> toApi(r, lines, now));
        });
    }

    public VendorReturn vendorReturn(long id) {
        return db.read(tx -> loadReturn(tx, id));
    }

    /**
     * Parts sent back to a supplier: a RETURN takes them out of stock (VENDOR_RETURN ledger rows at
     * the cost given, else the part's cost); a CORE sends old parts back for their deposit (the
     * part's coreCharge when no cost is given) and moves no stock. Open until the credit memo.
     */
    public Change<VendorReturn> createReturn(Actor actor, VendorReturnInput in) {
        Check c = new Check();
        Long supplierId = c.required("supplierId", in.supplierId());
        c.positiveId("supplierId", supplierId);
        VendorReturnKind kind = c.required("kind", in.kind());
        List<VendorReturnLine> lines = c.required("lines", in.lines());
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
                VendorReturnLine l = lines.get(i);
                if (l == null) {
                    c.required(at, null);
                    continue;
                }
                c.positiveId(at + ".vehiclePartId", c.required(at + ".vehiclePartId", l.vehiclePartId()));
                c.wholeNumber(at + ".quantity", l.quantity(), 1, MAX_QUANTITY, true);
                c.money(at + ".unitCost", l.unitCost(), false);
                c.text(at + ".reason", l.reason(), 200);
            }
        }
        c.done();
        return tx -> {
            activeSupplier(tx, supplierId);
            PartDao partDao = tx.parts();
            List<PurchasingDao.ReturnLineRow> rows = new ArrayList<>();
            long total = 0;
            for (int i = 0; i < lines.size(); i++) {
                VendorReturnLine l = lines.get(i);
                int at = i;
                PartDao.Row p = partDao.find(l.vehiclePartId(), actor.locationId())
                        .orElseThrow(() -> ApiException.invalid(
                                "lines[" + at + "].vehiclePartId",
                                ErrorCode.NOT_FOUND,
                                "vehicle part " + l.vehiclePartId() + " does not exist"));
                long cost = l.unitCost() != null
                        ? l.unitCost()
                        : kind == VendorReturnKind.CORE ? p.coreCharge() : p.costPrice();
                total = Math.addExact(total, Math.multiplyExact(cost, (long) l.quantity()));
                rows.add(new PurchasingDao.ReturnLineRow(
                        0, p.id(), l.quantity(), cost, l.reason().strip()));
            }
            Instant now = times.now();
            long id = tx.purchasing().insertReturn(supplierId, kind, total, actor.username(), now, actor.locationId());
            List<PurchasingDao.ReturnLineRow> withId = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                PurchasingDao.ReturnLineRow r = rows.get(i);
                withId.add(
                        new PurchasingDao.ReturnLineRow(id, r.vehiclePartId(), r.quantity(), r.unitCost(), r.reason()));
                if (kind == VendorReturnKind.RETURN) {
                    // from the stock of the location that returns them
                    PartDao.Row before =
                            partDao.find(r.vehiclePartId(), actor.locationId()).orElseThrow();
                    PartDao.Row after = parts.move(
                            tx,
                            actor,
                            before,
                            -r.quantity(),
                            MovementKind.VENDOR_RETURN,
                            "vendor return " + id + ": " + r.reason(),
                            null,
                            null,
                            null,
                            null,
                            r.unitCost());
                    if (after == null) {
                        throw ApiException.conflict(
                                "lines[" + i + "].quantity",
                                ErrorCode.INVALID_STATE,
                                before.partId() + " " + before.partName() + ": " + before.available() + " available, "
                                        + r.quantity() + " to return",
                                Map.of("available", before.available(), "requested", r.quantity()));
                    }
                    partDao.markVendorReturn(r.vehiclePartId(), id);
                    parts.lowStockCheck(tx, actor, before, after);
                }
            }
            tx.purchasing().insertReturnLines(withId);
            events.append(tx, actor, null, null, new VendorReturnCreated(id, supplierId, kind, withId.size(), total));
            return loadReturn(tx, id);
        };
    }

    /** The supplier's credit memo: the return is CREDITED (the amount may differ from what was expected). */
    public Change<VendorReturn> credit(Actor actor, long id, CreditInput in) {
        Check c = new Check();
        String memo = c.text("creditMemoNumber", in.creditMemoNumber(), 50);
        Long amount = c.money("amount", c.required("amount", in.amount()), false);
        c.done();
        return tx -> {
            PurchasingDao.ReturnRow r =
                    tx.purchasing().vendorReturn(id).orElseThrow(() -> ApiException.notFound("vendor return", id));
            if (r.status() != VendorReturnStatus.OPEN || tx.purchasing().credit(id, memo, amount, times.now()) == 0) {
                throw ApiException.conflict(
                        "id",
                        ErrorCode.INVALID_STATE,
                        "vendor return " + id + " was credited already (" + r.creditMemoNumber() + ")");
            }
            events.append(tx, actor, null, null, new VendorCreditReceived(id, memo, amount));
            return loadReturn(tx, id);
        };
    }

    private VendorReturn loadReturn(Tx tx, long id) {
        PurchasingDao.ReturnRow r =
                tx.purchasing().vendorReturn(id).orElseThrow(() -> ApiException.notFound("vendor return", id));
        return toApi(r, tx.purchasing().returnLines(List.of(id)), times.now());
    }

    private static VendorReturn toApi(PurchasingDao.ReturnRow r, List<PurchasingDao.ReturnLineRow> all, Instant now) {
        List<VendorReturnLine> lines = all.stream()
                .filter(l -> l.vendorReturnId() == r.id())
                .map(l -> new VendorReturnLine(l.vehiclePartId(), l.quantity(), l.unitCost(), l.reason()))
                .toList();
        long age = r.status() == VendorReturnStatus.OPEN
                ? java.time.Duration.between(r.createdAt(), now).toDays()
                : 0;
        return new VendorReturn(
                r.id(),
                r.supplierId(),
                r.supplierName(),
                r.kind(),
                r.status(),
                lines,
                r.total(),
                r.creditMemoNumber(),
                r.creditAmount(),
                r.createdBy(),
                r.createdAt(),
                r.creditedAt(),
                age,
                r.version());
    }

    /** (stock x cost + received x unit cost) / (stock + received), half-up; the unit cost when out of stock. */
    static long movingAverage(int stock, long cost, int received, long unitCost) {
        if (stock <= 0) {
            return unitCost;
        }
        BigInteger value = BigInteger.valueOf(stock)
                .multiply(BigInteger.valueOf(cost))
                .add(BigInteger.valueOf(received).multiply(BigInteger.valueOf(unitCost)));
        BigInteger units = BigInteger.valueOf((long) stock + received);
        BigInteger[] qr = value.divideAndRemainder(units);
        return qr[0].longValueExact() + (qr[1].shiftLeft(1).compareTo(units) >= 0 ? 1 : 0);
    }

    private List<LineRow> lines(Tx tx, long orderId, List<PurchaseOrderLineInput> in) {
        List<LineRow> rows = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            PurchaseOrderLineInput l = in.get(i);
            String at = "lines[" + i + "]";
            PartDao.Row part = tx.parts()
                    .find(l.vehiclePartId(), org.shopsuite.server.service.Actor.FIRST_LOCATION)
                    .orElseThrow(() -> ApiException.invalid(
                            at + ".vehiclePartId",
                            ErrorCode.NOT_FOUND,
                            "vehicle part " + l.vehiclePartId() + " does not exist"));
            if (l.jobId() != null && tx.jobs().find(l.jobId()).isEmpty()) {
                throw ApiException.invalid(at + ".jobId", ErrorCode.NOT_FOUND, "job " + l.jobId() + " does not exist");
            }
            rows.add(new LineRow(
                    0,
                    orderId,
                    i + 1,
                    part.id(),
                    part.partId(),
                    part.partName(),
                    l.quantity(),
                    l.unitCost() == null ? part.costPrice() : l.unitCost(),
                    0,
                    l.jobId(),
                    null));
        }
        if (!rows.isEmpty()) {
            tx.purchasing().insertLines(rows);
        }
        return rows;
    }

    private static long total(List<LineRow> lines) {
        long sum = 0;
        for (LineRow l : lines) {
            sum = Math.addExact(sum, Math.multiplyExact((long) l.quantity(), l.unitCost()));
        }
        return sum;
    }

    private static void activeSupplier(Tx tx, long id) {
        PurchasingDao.SupplierRow s = tx.purchasing()
                .supplier(id)
                .orElseThrow(() ->
                        ApiException.invalid("supplierId", ErrorCode.NOT_FOUND, "supplier " + id + " does not exist"));
        if (!s.active()) {
            throw ApiException.conflict(
                    "supplierId", ErrorCode.INVALID_STATE, "supplier " + s.name() + " is not active");
        }
    }

    private static void requireStatus(OrderRow o, String what, PurchaseOrderStatus... allowed) {
        for (PurchaseOrderStatus s : allowed) {
            if (o.status() == s) {
                return;
            }
        }
        throw ApiException.conflict(
                "id",
                ErrorCode.INVALID_STATE,
                "purchase order " + o.id() + " is " + o.status() + "; it cannot be " + what);
    }

    private static PurchasingDao.SupplierRow findSupplier(Tx tx, long id) {
        return tx.purchasing().supplier(id).orElseThrow(() -> ApiException.notFound("supplier", id));
    }

    private static OrderRow findOrder(Tx tx, long id) {
        return tx.purchasing().order(id).orElseThrow(() -> ApiException.notFound("purchase order", id));
    }

    private static PurchaseOrder load(Tx tx, long id) {
        PurchasingDao dao = tx.purchasing();
        OrderRow o = findOrder(tx, id);
        return toApi(o, dao.lines(List.of(id)), dao.deliveries(id), dao.deliveryLines(id));
    }

    private static PurchaseOrder toApi(
            OrderRow o,
            List<LineRow> all,
            List<PurchasingDao.DeliveryRow> deliveries,
            List<PurchasingDao.DeliveryLineRow> deliveryLines) {
        List<LineRow> mine =
                all.stream().filter(l -> l.purchaseOrderId() == o.id()).toList();
        List<PurchaseOrderLine> lines = mine.stream()
                .map(l -> new PurchaseOrderLine(
                        l.id(),
                        l.vehiclePartId(),
                        l.partId(),
                        l.partName(),
                        l.quantity(),
                        l.unitCost(),
                        l.receivedQuantity(),
                        l.jobId()))
                .toList();
        List<Delivery> received = deliveries.stream()
                .filter(d -> d.purchaseOrderId() == o.id())
                .map(d -> new Delivery(
                        d.id(),
                        d.vendorInvoiceNumber(),
                        d.vendorInvoiceDate(),
                        d.overReceived(),
                        deliveryLines.stream()
                                .filter(l -> l.purchaseDeliveryId() == d.id())
                                .map(l -> new DeliveredPart(l.vehiclePartId(), l.quantity(), l.unitCost()))
                                .toList(),
                        d.receivedBy(),
                        d.receivedAt()))
                .toList();
        return new PurchaseOrder(
                o.id(),
                o.supplierId(),
                o.supplierName(),
                o.status(),
                lines,
                total(mine),
                received,
                o.cancelReason(),
                o.createdBy(),
                o.createdAt(),
                o.orderedAt(),
                o.closedAt(),
                o.version());
    }

    private static Supplier toApi(PurchasingDao.SupplierRow r) {
        return new Supplier(
                r.id(), r.name(), r.phone(), r.email(), r.businessNumber(), r.notes(), r.active(), r.version());
    }
}
