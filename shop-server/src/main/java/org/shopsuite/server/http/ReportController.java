package org.shopsuite.server.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.shopsuite.model.DailyClose;
import org.shopsuite.model.DailyCloseInput;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.PauseReason;
import org.shopsuite.model.ReasonInput;
import org.shopsuite.model.Receivables;
import org.shopsuite.model.SalesReport;
import org.shopsuite.model.TechnicianReport;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.document.ReportPdf;
import org.shopsuite.server.service.report.ReportService;
import org.shopsuite.server.service.shop.ShopService;

/** The manager's reports: JSON by default, CSV with {@code ?format=csv}. */
final class ReportController {
    private final ReportService reports;
    private final ShopService shop;
    private final Bodies bodies;
    private final Respond respond;

    ReportController(ReportService reports, ShopService shop, Bodies bodies, Respond respond) {
        this.reports = reports;
        this.shop = shop;
        this.bodies = bodies;
        this.respond = respond;
    }

    /** Who a report's PDF names: the location asked for, or the chain. */
    private org.shopsuite.model.ShopSettings issuer(Context ctx) {
        Long location = Params.longValue(ctx, "locationId");
        return location == null ? shop.get() : shop.at(location);
    }

    void dailyClose(Context ctx) {
        String format = Csv.format(ctx, "json", "csv", "pdf");
        Long asked = Params.longValue(ctx, "locationId");
        DailyClose d =
                reports.dailyClose(asked == null ? Respond.actor(ctx).locationId() : asked, Params.date(ctx, "date"));
        if (format.equals("json")) {
            Respond.json(ctx, d);
            return;
        }
        if (format.equals("pdf")) {
            pdf(ctx, ReportPdf.dailyClose(d, shop.at(d.locationId())), "daily-close-" + d.date() + ".pdf");
            return;
        }
        Csv out = new Csv("section", "item", "count", "amount");
        for (DailyClose.MethodTotal m : d.payments()) {
            out.row("payments", m.method(), m.count(), m.amount());
        }
        for (DailyClose.MethodTotal m : d.refunds()) {
            out.row("refunds", m.method(), m.count(), m.amount());
        }
        DailyClose.Invoices i = d.invoices();
        out.row("invoices", "issued (subtotal)", i.issued(), i.subtotal());
        out.row("invoices", "issued (tax)", i.issued(), i.tax());
        out.row("invoices", "issued (total)", i.issued(), i.total());
        out.row("invoices", "unpaid at end of day", i.unpaid(), i.unpaidAmount());
        out.row("invoices", "voided", i.voided(), i.voidedTotal());
        for (DailyClose.MethodTotal m : d.counterSales().byMethod()) {
            out.row("counterSales", m.method(), m.count(), m.amount());
        }
        out.row(
                "counterSales",
                "refunded",
                d.counterSales().refundedCount(),
                d.counterSales().refundedTotal());
        for (DailyClose.MethodTotal m : d.points().soldByMethod()) {
            out.row("pointsSold", m.method(), m.count(), m.amount());
        }
        out.row("pointsSold", "points", d.points().sold(), d.points().soldPoints());
        out.row("pointsSpent", "points", null, d.points().spentPoints());
        DailyClose.Cash c = d.cash();
        out.row("cash", "opening float", null, c.openingFloat());
        out.row("cash", "payments", null, c.payments());
        out.row("cash", "counter sales", null, c.counterSales());
        out.row("cash", "points sales", null, c.pointsSales());
        out.row("cash", "refunds", null, c.refunds());
        out.row("cash", "expected", null, c.expected());
        out.row("cash", "counted", null, c.counted());
        out.row("cash", "difference", null, c.difference());
        out.send(ctx, "daily-close-" + d.date() + ".csv");
    }

    void close(Context ctx) {
        respond.post(ctx, 201, reports.close(Respond.actor(ctx), bodies.read(ctx, DailyCloseInput.class)));
    }

    void reopen(Context ctx) {
        LocalDate day;
        try {
            day = LocalDate.parse(ctx.pathParam("date"));
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("date", ErrorCode.INVALID_DATE, "must be a date like 2026-11-21");
        }
        ReasonInput in = bodies.read(ctx, ReasonInput.class);
        respond.post(ctx, 200, reports.reopen(Respond.actor(ctx), day, in.reason()));
    }

    void technicians(Context ctx) {
        String format = Csv.format(ctx, "json", "csv", "pdf");
        TechnicianReport r = reports.technicians(
                Respond.actor(ctx),
                Params.date(ctx, "from"),
                Params.date(ctx, "to"),
                Params.longValue(ctx, "mechanicId"),
                Params.longValue(ctx, "locationId"));
        if (format.equals("json")) {
            Respond.json(ctx, r);
            return;
        }
        if (format.equals("pdf")) {
            pdf(ctx, ReportPdf.technicians(r, issuer(ctx)), "technicians-" + r.from() + "-" + r.to() + ".pdf");
            return;
        }
        java.util.List<String> header = new java.util.ArrayList<>(java.util.List.of(
                "mechanicId",
                "name",
                "attendedHours",
                "clockedHours",
                "billedHours",
                "warrantyHours",
                "efficiencyPercent",
                "productivityPercent",
                "proficiencyPercent"));
        for (PauseReason p : PauseReason.values()) {
            header.add("pause" + p.name());
        }
        Csv out = new Csv(header.toArray(new String[0]));
        for (TechnicianReport.Technician t : r.items()) {
            java.util.List<Object> row = new java.util.ArrayList<>(java.util.Arrays.asList(
                    t.mechanicId(),
                    t.name(),
                    t.attendedHours(),
                    t.clockedHours(),
                    t.billedHours(),
                    t.warrantyHours(),
                    t.efficiencyPercent(),
                    t.productivityPercent(),
                    t.proficiencyPercent()));
            for (PauseReason p : PauseReason.values()) {
                row.add(t.pauseHours().get(p));
            }
            out.row(row.toArray());
        }
        out.send(ctx, "technicians-" + r.from() + "-" + r.to() + ".csv");
    }

    void sales(Context ctx) {
        String format = Csv.format(ctx, "json", "csv", "pdf");
        SalesReport r = reports.sales(
                Params.date(ctx, "from"),
                Params.date(ctx, "to"),
                Params.text(ctx, "groupBy"),
                Params.longValue(ctx, "locationId"));
        if (format.equals("json")) {
            Respond.json(ctx, r);
            return;
        }
        if (format.equals("pdf")) {
            pdf(ctx, ReportPdf.sales(r, issuer(ctx)), "sales-" + r.from() + "-" + r.to() + ".pdf");
            return;
        }
        Csv out = Csv.ofRecord(SalesReport.Period.class);
        for (SalesReport.Period p : r.periods()) {
            out.record(p);
        }
        out.record(r.total());
        out.send(ctx, "sales-" + r.from() + "-" + r.to() + ".csv");
    }

    void receivables(Context ctx) {
        String format = Csv.format(ctx, "json", "csv", "pdf");
        Receivables r = reports.receivables(Params.longValue(ctx, "locationId"));
        if (format.equals("json")) {
            Respond.json(ctx, r);
            return;
        }
        if (format.equals("pdf")) {
            pdf(ctx, ReportPdf.receivables(r, issuer(ctx)), "receivables-" + r.asOf() + ".pdf");
            return;
        }
        Csv out = Csv.ofRecord(Receivables.Item.class);
        for (Receivables.Item i : r.items()) {
            out.record(i);
        }
        out.send(ctx, "receivables-" + r.asOf() + ".csv");
    }

    private static void pdf(Context ctx, byte[] bytes, String filename) {
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
                .result(bytes);
    }
}
