package org.shopsuite.server.http;

import io.javalin.http.Context;
import java.util.Map;
import org.shopsuite.model.FinishInput;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.PartRequestInput;
import org.shopsuite.model.PartReturnInput;
import org.shopsuite.model.PaymentInput;
import org.shopsuite.model.ReasonInput;
import org.shopsuite.model.ReceiptInput;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.RefundInput;
import org.shopsuite.model.VoidInput;
import org.shopsuite.server.service.board.StatusBoardService;
import org.shopsuite.server.service.invoice.InvoiceService;
import org.shopsuite.server.service.job.JobService;
import org.shopsuite.server.service.receipt.ReceiptService;

/** The scenario: receipts, jobs, part requests, invoices and the status board. */
final class RepairController {
    private final ReceiptService receipts;
    private final JobService jobs;
    private final InvoiceService invoices;
    private final StatusBoardService board;
    private final org.shopsuite.server.service.shop.ShopService shop;
    private final Bodies bodies;
    private final Respond respond;

    RepairController(
            ReceiptService receipts,
            JobService jobs,
            InvoiceService invoices,
            StatusBoardService board,
            org.shopsuite.server.service.shop.ShopService shop,
            Bodies bodies,
            Respond respond) {
        this.receipts = receipts;
        this.jobs = jobs;
        this.invoices = invoices;
        this.board = board;
        this.shop = shop;
        this.bodies = bodies;
        this.respond = respond;
    }

    void createReceipt(Context ctx) {
        ReceiptInput in = bodies.read(ctx, ReceiptInput.class);
        respond.post(ctx, 201, receipts.create(Respond.actor(ctx), in));
    }

    void listReceipts(Context ctx) {
        Respond.json(
                ctx,
                receipts.list(
                        Params.enumValue(ctx, "status", ReceiptStatus.class),
                        Params.text(ctx, "q"),
                        Params.date(ctx, "date"),
                        Params.longValue(ctx, "locationId"),
                        Params.text(ctx, "cursor"),
                        Params.limit(ctx)));
    }

    void getReceipt(Context ctx) {
        Respond.ok(ctx, receipts.get(Params.id(ctx, "id")));
    }

    void receiptEvents(Context ctx) {
        Respond.json(ctx, Map.of("items", receipts.timeline(Params.id(ctx, "id"))));
    }

    void cancelReceipt(Context ctx) {
        long id = Params.id(ctx, "id");
        ReasonInput in = bodies.read(ctx, ReasonInput.class);
        respond.post(ctx, 200, receipts.cancel(Respond.actor(ctx), id, in.reason()));
    }

    void changeReceipt(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        ReceiptInput in = bodies.merge(ctx, receipts.asInput(id), ReceiptInput.class);
        respond.put(ctx, receipts.change(Respond.actor(ctx), id, version, in));
    }

    void releaseVehicle(Context ctx) {
        long id = Params.id(ctx, "id");
        bodies.readOptional(ctx, org.shopsuite.model.ReasonInput.class);
        respond.post(ctx, 200, receipts.release(Respond.actor(ctx), id));
    }

    void reissueInvoice(Context ctx) {
        long id = Params.id(ctx, "id");
        ReasonInput in = bodies.read(ctx, ReasonInput.class);
        respond.post(ctx, 200, receipts.reissueInvoice(Respond.actor(ctx), id, in.reason()));
    }

    void listJobs(Context ctx) {
        Respond.json(
                ctx,
                jobs.list(
                        Respond.actor(ctx),
                        Params.longValue(ctx, "mechanicId"),
                        Params.enumValue(ctx, "status", JobStatus.class),
                        Params.date(ctx, "date"),
                        Params.text(ctx, "cursor"),
                        Params.limit(ctx)));
    }

    void getJob(Context ctx) {
        Respond.ok(ctx, jobs.get(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void startJob(Context ctx) {
        long id = Params.id(ctx, "id");
        respond.post(ctx, 200, jobs.start(Respond.actor(ctx), id));
    }

    void finishJob(Context ctx) {
        long id = Params.id(ctx, "id");
        FinishInput in = bodies.readOptional(ctx, FinishInput.class);
        respond.post(ctx, 200, jobs.finish(Respond.actor(ctx), id, in));
    }

    void requestPart(Context ctx) {
        long id = Params.id(ctx, "id");
        PartRequestInput in = bodies.read(ctx, PartRequestInput.class);
        respond.post(ctx, 201, jobs.requestPart(Respond.actor(ctx), id, in));
    }

    void returnPart(Context ctx) {
        long id = Params.id(ctx, "id");
        long rid = Params.id(ctx, "rid");
        PartReturnInput in = bodies.readOptional(ctx, PartReturnInput.class);
        respond.post(ctx, 200, jobs.returnPart(Respond.actor(ctx), id, rid, in));
    }

    void listInvoices(Context ctx) {
        Respond.json(
                ctx,
                invoices.list(
                        Params.enumValue(ctx, "status", InvoiceStatus.class),
                        Params.longValue(ctx, "locationId"),
                        Params.text(ctx, "cursor"),
                        Params.limit(ctx)));
    }

    void getInvoice(Context ctx) {
        Respond.ok(ctx, invoices.get(Params.id(ctx, "id")));
    }

    void invoicePdf(Context ctx) {
        long id = Params.id(ctx, "id");
        var invoice = invoices.get(id);
        var receipt = receipts.get(invoice.receiptId());
        byte[] pdf = org.shopsuite.server.service.document.InvoicePdf.render(
                invoice,
                receipt,
                receipt.jobId() == null ? null : jobs.get(Respond.actor(ctx), receipt.jobId()),
                java.time.ZoneId.of(shop.at(invoice.locationId()).timezone()));
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + invoice.number() + ".pdf\"")
                .result(pdf);
    }

    /** 작업지시서: the work order the mechanic works from (a mechanic: their own jobs only). */
    void workOrderPdf(Context ctx) {
        long id = Params.id(ctx, "id");
        var actor = Respond.actor(ctx);
        var receipt = receipts.get(id);
        var job = receipt.jobId() == null ? null : jobs.get(actor, receipt.jobId());
        if (job == null && !actor.seesCustomerContact()) {
            throw org.shopsuite.server.service.ApiException.forbidden(
                    "a mechanic prints the work orders of their own jobs");
        }
        if (!actor.seesCustomerContact()) {
            receipt = withoutContact(receipt);
        }
        var at = shop.at(receipt.locationId());
        pdf(
                ctx,
                "work-order-" + id,
                org.shopsuite.server.service.document.ReceiptDocuments.workOrder(
                        receipt, job, at, java.time.ZoneId.of(at.timezone())));
    }

    /** 접수증: the claim ticket the customer takes home. */
    void claimTicketPdf(Context ctx) {
        long id = Params.id(ctx, "id");
        var receipt = receipts.get(id);
        var at = shop.at(receipt.locationId());
        pdf(
                ctx,
                "claim-ticket-" + id,
                org.shopsuite.server.service.document.ReceiptDocuments.claimTicket(
                        receipt, at, java.time.ZoneId.of(at.timezone())));
    }

    private static org.shopsuite.model.Receipt withoutContact(org.shopsuite.model.Receipt r) {
        return new org.shopsuite.model.Receipt(
                r.id(),
                r.customerName(),
                null,
                r.carId(),
                r.vehicle(),
                r.mechanicId(),
                r.mechanicName(),
                r.requestDate(),
                r.estimatedHours(),
                r.request(),
                r.status(),
                r.rejectionReason(),
                r.cancelReason(),
                r.jobId(),
                r.jobStatus(),
                r.invoiceId(),
                r.partRequestIds(),
                r.createdBy(),
                r.createdAt(),
                r.updatedAt(),
                r.version(),
                r.customerId(),
                r.vehicleId(),
                r.releasedAt(),
                r.warnings(),
                r.promisedAt(),
                r.estimates(),
                r.locationId());
    }

    private static void pdf(Context ctx, String name, byte[] pdf) {
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"")
                .result(pdf);
    }

    void pay(Context ctx) {
        long id = Params.id(ctx, "id");
        PaymentInput in = bodies.read(ctx, PaymentInput.class);
        respond.post(ctx, 201, invoices.pay(Respond.actor(ctx), id, in));
    }

    void voidInvoice(Context ctx) {
        long id = Params.id(ctx, "id");
        VoidInput in = bodies.read(ctx, VoidInput.class);
        respond.post(ctx, 200, invoices.voidInvoice(Respond.actor(ctx), id, in));
    }

    void voidPayment(Context ctx) {
        long id = Params.id(ctx, "id");
        ReasonInput in = bodies.read(ctx, ReasonInput.class);
        respond.post(ctx, 201, invoices.voidPayment(Respond.actor(ctx), id, in));
    }

    void refund(Context ctx) {
        long id = Params.id(ctx, "id");
        RefundInput in = bodies.read(ctx, RefundInput.class);
        respond.post(ctx, 201, invoices.refund(Respond.actor(ctx), id, in));
    }

    void statusPages(Context ctx) {
        Respond.json(
                ctx,
                board.listJson(
                        Params.date(ctx, "date"),
                        Params.enumValue(ctx, "status", ReceiptStatus.class),
                        Params.longValue(ctx, "locationId"),
                        Params.text(ctx, "cursor"),
                        Params.limit(ctx)));
    }

    void statusPage(Context ctx) {
        Respond.json(ctx, board.get(Params.id(ctx, "receiptId")));
    }
}
