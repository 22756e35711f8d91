package org.shopsuite.server.http;

import io.javalin.http.Context;
import java.time.ZoneId;
import org.shopsuite.model.ApprovalInput;
import org.shopsuite.model.CannedJobInput;
import org.shopsuite.model.CannedLinesInput;
import org.shopsuite.model.EstimateInput;
import org.shopsuite.model.EstimateStatus;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.OverrideInput;
import org.shopsuite.model.PartsPricing;
import org.shopsuite.model.RecommendationInput;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Services;
import org.shopsuite.server.service.document.EstimateDocuments;

/**
 * Estimates: versions of a receipt's quote, presented to the customer and approved line by line;
 * the mechanic's recommendations, canned jobs, parts pricing and the documents (견적서, 정비명세서).
 */
final class EstimateController {
    private final Services s;
    private final Bodies bodies;
    private final Respond respond;

    EstimateController(Services s, Bodies bodies, Respond respond) {
        this.s = s;
        this.bodies = bodies;
        this.respond = respond;
    }

    void createEstimate(Context ctx) {
        long receiptId = Params.id(ctx, "id");
        EstimateInput in = bodies.readOptional(ctx, EstimateInput.class);
        respond.post(ctx, 201, s.estimates().create(Respond.actor(ctx), receiptId, in));
    }

    void getEstimate(Context ctx) {
        Respond.ok(ctx, s.estimates().get(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void jobEstimate(Context ctx) {
        Respond.ok(ctx, s.estimates().presentedOfJob(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void changeEstimate(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        EstimateInput in = bodies.read(ctx, EstimateInput.class);
        respond.put(ctx, s.estimates().change(Respond.actor(ctx), id, version, in));
    }

    void presentEstimate(Context ctx) {
        long id = Params.id(ctx, "id");
        respond.post(ctx, 200, s.estimates().present(Respond.actor(ctx), id));
    }

    void approve(Context ctx) {
        long id = Params.id(ctx, "id");
        ApprovalInput in = bodies.read(ctx, ApprovalInput.class);
        respond.post(ctx, 201, s.estimates().approve(Respond.actor(ctx), id, in));
    }

    void addCannedLines(Context ctx) {
        long id = Params.id(ctx, "id");
        CannedLinesInput in = bodies.read(ctx, CannedLinesInput.class);
        respond.post(ctx, 201, s.estimates().addCanned(Respond.actor(ctx), id, in));
    }

    void overrideLine(Context ctx) {
        long id = Params.id(ctx, "id");
        long lineId = Params.id(ctx, "lineId");
        OverrideInput in = bodies.read(ctx, OverrideInput.class);
        respond.post(ctx, 200, s.estimates().override(Respond.actor(ctx), id, lineId, in));
    }

    void recommend(Context ctx) {
        long jobId = Params.id(ctx, "id");
        RecommendationInput in = bodies.read(ctx, RecommendationInput.class);
        respond.post(ctx, 201, s.estimates().recommend(Respond.actor(ctx), jobId, in));
    }

    void declinedWork(Context ctx) {
        Respond.json(
                ctx,
                s.estimates()
                        .declinedWork(
                                Respond.actor(ctx),
                                Params.id(ctx, "id"),
                                Params.text(ctx, "cursor"),
                                Params.limit(ctx)));
    }

    void listCannedJobs(Context ctx) {
        Respond.json(
                ctx, s.cannedJobs().list(Params.bool(ctx, "active"), Params.text(ctx, "cursor"), Params.limit(ctx)));
    }

    void createCannedJob(Context ctx) {
        CannedJobInput in = bodies.read(ctx, CannedJobInput.class);
        respond.post(ctx, 201, s.cannedJobs().create(Respond.actor(ctx), in));
    }

    void getCannedJob(Context ctx) {
        Respond.ok(ctx, s.cannedJobs().get(Params.id(ctx, "id")));
    }

    void updateCannedJob(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        CannedJobInput in = bodies.merge(ctx, s.cannedJobs().asInput(id), CannedJobInput.class);
        respond.put(ctx, s.cannedJobs().update(Respond.actor(ctx), id, version, in));
    }

    void getPartsPricing(Context ctx) {
        Respond.ok(ctx, s.partsPricing().get());
    }

    void putPartsPricing(Context ctx) {
        long version = Params.ifMatch(ctx);
        PartsPricing in = bodies.read(ctx, PartsPricing.class);
        respond.put(ctx, s.partsPricing().put(Respond.actor(ctx), version, in));
    }

    /** 견적서: a presented (or superseded) version is kept as first rendered; a draft is a preview. */
    void estimatePdf(Context ctx) {
        var actor = Respond.actor(ctx);
        var e = s.estimates().get(actor, Params.id(ctx, "id"));
        var receipt = s.receipts().get(e.receiptId());
        var shop = s.shop().at(receipt.locationId());
        ZoneId zone = ZoneId.of(shop.timezone());
        byte[] pdf = e.status() == EstimateStatus.DRAFT
                ? EstimateDocuments.estimate(e, receipt, shop, zone)
                : s.documents().kept("ESTIMATE", e.id(), () -> EstimateDocuments.estimate(e, receipt, shop, zone));
        pdf(ctx, "estimate-" + receipt.id() + "-" + e.number(), pdf);
    }

    /** 정비명세서 of a finished job, kept as first rendered. */
    void statementPdf(Context ctx) {
        var actor = Respond.actor(ctx);
        long id = Params.id(ctx, "id");
        var receipt = s.receipts().get(id);
        if (receipt.jobId() == null || receipt.jobStatus() != JobStatus.FINISHED) {
            throw ApiException.conflict("receipt " + id + " has no finished work yet; the repair statement comes after"
                    + " the job is finished");
        }
        var job = s.jobs().get(actor, receipt.jobId());
        var invoice = receipt.invoiceId() == null ? null : s.invoices().get(receipt.invoiceId());
        var estimate = s.estimates().presentedOf(id).orElse(null);
        var shop = s.shop().at(receipt.locationId());
        ZoneId zone = ZoneId.of(shop.timezone());
        byte[] pdf = s.documents()
                .kept("STATEMENT", id, () -> EstimateDocuments.statement(receipt, job, invoice, estimate, shop, zone));
        pdf(ctx, "repair-statement-" + id, pdf);
    }

    private static void pdf(Context ctx, String name, byte[] pdf) {
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"")
                .result(pdf);
    }
}
