package org.shopsuite.server.service.document;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shopsuite.model.DailyClose;
import org.shopsuite.model.InvoiceIssuer;
import org.shopsuite.model.PauseReason;
import org.shopsuite.model.Receivables;
import org.shopsuite.model.SalesReport;
import org.shopsuite.model.ShopSettings;
import org.shopsuite.model.TechnicianReport;

/**
 * The manager's reports on A4, in Korean and English, with the formulas under the figures: the
 * daily close (to sign and keep with the drawer's count) and the sales, technician and receivables
 * tables.
 */
public final class ReportPdf {
    private static final float MARGIN = PdfPage.MARGIN;
    private static final float WIDTH = PdfPage.WIDTH;
    private static final float ROW = 13;

    private ReportPdf() {}

    public static byte[] dailyClose(DailyClose d, ShopSettings shop) {
        String cur = d.currency();
        return PdfPage.render(w -> {
            header(w, shop, "일일 마감 DAILY CLOSE  " + d.date());
            section(w, "결제 Payments on invoices");
            for (DailyClose.MethodTotal m : d.payments()) {
                pair(w, InvoicePdf.method(m.method()) + " (" + m.count() + ")", money(cur, m.amount()));
            }
            section(w, "환불 Refunds");
            for (DailyClose.MethodTotal m : d.refunds()) {
                pair(w, InvoicePdf.method(m.method()) + " (" + m.count() + ")", money(cur, m.amount()));
            }
            DailyClose.Invoices i = d.invoices();
            section(w, "청구서 Invoices");
            pair(w, "발행 Issued (" + i.issued() + ")  공급가액 subtotal", money(cur, i.subtotal()));
            pair(w, "부가세 VAT", money(cur, i.tax()));
            pair(w, "합계 Total", money(cur, i.total()));
            pair(w, "마감 시 미수 Unpaid at end of day (" + i.unpaid() + ")", money(cur, i.unpaidAmount()));
            pair(w, "무효 Voided (" + i.voided() + ")", money(cur, i.voidedTotal()));
            section(w, "카운터 판매 Counter sales");
            for (DailyClose.MethodTotal m : d.counterSales().byMethod()) {
                pair(w, InvoicePdf.method(m.method()) + " (" + m.count() + ")", money(cur, m.amount()));
            }
            pair(
                    w,
                    "환불 Refunded (" + d.counterSales().refundedCount() + ")",
                    money(cur, d.counterSales().refundedTotal()));
            section(w, "포인트 Points");
            for (DailyClose.MethodTotal m : d.points().soldByMethod()) {
                pair(w, "판매 Sold, " + InvoicePdf.method(m.method()) + " (" + m.count() + ")", money(cur, m.amount()));
            }
            pair(w, "판매 포인트 Points sold", String.valueOf(d.points().soldPoints()));
            pair(w, "사용 포인트 Points spent", String.valueOf(d.points().spentPoints()));
            DailyClose.Cash c = d.cash();
            section(w, "현금 시재 Cash count");
            pair(w, "시작 시재 Opening float", money(cur, c.openingFloat()));
            pair(w, "+ 현금 결제 Cash payments", money(cur, c.payments()));
            pair(w, "+ 현금 카운터 판매 Cash counter sales", money(cur, c.counterSales()));
            pair(w, "+ 현금 포인트 판매 Cash points sales", money(cur, c.pointsSales()));
            pair(w, "- 현금 환불 Cash refunds", money(cur, c.refunds()));
            pair(w, "= 예상 현금 Expected cash", money(cur, c.expected()));
            pair(w, "실사 현금 Counted cash", c.counted() == null ? "-" : money(cur, c.counted()));
            pair(
                    w,
                    "과부족 Over (+) / short (-)",
                    c.difference() == null ? "-" : (c.difference() > 0 ? "+" : "") + money(cur, c.difference()));
            if (d.close() != null) {
                w.down(4);
                w.line(
                        "마감 Closed by " + d.close().closedBy() + " at "
                                + d.close().closedAt()
                                + (d.close().note() == null
                                        ? ""
                                        : "  (" + d.close().note() + ")"),
                        9);
            }
            if (d.changedSinceClose()) {
                w.line("주의 Money moved after the count: the expected cash has changed since.", 9);
            }
            w.down(20);
            w.need(40);
            w.text("확인 Checked by: ____________________", 10, MARGIN);
            w.text("서명 Signature: ____________________", 10, MARGIN + 260);
            w.down(24);
            formulas(w, d.formulas());
        });
    }

    public static byte[] sales(SalesReport r, ShopSettings shop) {
        String cur = r.currency();
        List<String[]> rows = new ArrayList<>();
        for (SalesReport.Period p : r.periods()) {
            rows.add(salesRow(p.period().toString(), p, cur));
        }
        rows.add(salesRow("합계 Total", r.total(), cur));
        return PdfPage.render(w -> {
            header(w, shop, "매출 SALES  " + r.from() + " ~ " + r.to() + "  (" + r.groupBy() + ")");
            table(
                    w,
                    new String[] {
                        "기간 Period", "RO", "매출 Sales", "ARO", "시간 Hours", "ELR", "공임 Labour", "부품 Parts", "GP", "GP%"
                    },
                    new float[] {70, 30, 62, 52, 40, 48, 58, 58, 58, 39},
                    rows);
            w.down(10);
            w.line("인건비 Labour cost per hour: " + money(cur, r.laborCostPerHour()), 9);
            w.down(6);
            formulas(w, r.formulas());
        });
    }

    private static String[] salesRow(String label, SalesReport.Period p, String cur) {
        return new String[] {
            label,
            String.valueOf(p.repairOrders()),
            money(cur, p.sales()),
            p.averageRepairOrder() == null ? "-" : money(cur, p.averageRepairOrder()),
            p.billedHours().toPlainString(),
            p.effectiveLaborRate() == null ? "-" : money(cur, p.effectiveLaborRate()),
            money(cur, p.laborSales()),
            money(cur, p.partsSales()),
            money(cur, p.grossProfit()),
            percent(p.gpPercent())
        };
    }

    public static byte[] technicians(TechnicianReport r, ShopSettings shop) {
        List<String[]> rows = new ArrayList<>();
        for (TechnicianReport.Technician t : r.items()) {
            BigDecimal paused = t.pauseHours().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(new String[] {
                t.name(),
                t.attendedHours().toPlainString(),
                t.clockedHours().toPlainString(),
                t.billedHours().toPlainString(),
                t.warrantyHours().toPlainString(),
                percent(t.efficiencyPercent()),
                percent(t.productivityPercent()),
                percent(t.proficiencyPercent()),
                paused.toPlainString()
            });
        }
        return PdfPage.render(w -> {
            header(w, shop, "정비사 TECHNICIANS  " + r.from() + " ~ " + r.to());
            table(
                    w,
                    new String[] {
                        "정비사 Mechanic",
                        "근무 Att.",
                        "작업 Clock",
                        "청구 Billed",
                        "보증 Warr.",
                        "Eff.%",
                        "Prod.%",
                        "Prof.%",
                        "정지 Paused"
                    },
                    new float[] {95, 50, 52, 52, 50, 48, 48, 48, 52},
                    rows);
            w.down(10);
            List<String> paused = new ArrayList<>();
            for (TechnicianReport.Technician t : r.items()) {
                List<String> by = new ArrayList<>();
                for (PauseReason p : PauseReason.values()) {
                    BigDecimal h = t.pauseHours().get(p);
                    if (h != null && h.signum() > 0) {
                        by.add(p.name() + " " + h.toPlainString() + " h");
                    }
                }
                if (!by.isEmpty()) {
                    paused.add(t.name() + ": " + String.join(", ", by));
                }
            }
            w.wrapped(
                    "정지 사유 Pause reasons: " + (paused.isEmpty() ? "없음 none" : String.join("; ", paused)),
                    8,
                    MARGIN,
                    WIDTH - 2 * MARGIN);
            w.down(6);
            formulas(w, r.formulas());
        });
    }

    public static byte[] receivables(Receivables r, ShopSettings shop) {
        String cur = r.currency();
        List<String[]> rows = new ArrayList<>();
        for (Receivables.Item i : r.items()) {
            rows.add(new String[] {
                i.number(),
                i.customerName() == null ? "" : i.customerName(),
                i.issuedAt()
                        .atZone(java.time.ZoneId.of(shop.timezone()))
                        .toLocalDate()
                        .toString(),
                String.valueOf(i.ageDays()),
                i.bucket(),
                money(cur, i.total()),
                money(cur, i.balance())
            });
        }
        return PdfPage.render(w -> {
            header(w, shop, "미수금 RECEIVABLES  " + r.asOf());
            for (Receivables.Bucket b : r.buckets()) {
                pair(w, b.bucket() + " 일 days (" + b.count() + ")", money(cur, b.balance()));
            }
            pair(w, "합계 Total (" + r.count() + ")", money(cur, r.total()));
            w.down(8);
            table(
                    w,
                    new String[] {"번호 Number", "고객 Customer", "발행 Issued", "일수 Age", "구간", "합계 Total", "잔액 Balance"},
                    new float[] {100, 100, 65, 40, 45, 72, 73},
                    rows);
            w.down(6);
            formulas(w, r.formulas());
        });
    }

    private static void header(PdfPage w, ShopSettings shop, String title) throws IOException {
        InvoicePdf.issuer(
                w,
                new InvoiceIssuer(
                        shop.name(),
                        shop.address(),
                        shop.phone(),
                        shop.businessRegistrationNumber(),
                        shop.representative()));
        w.text(title, 15, MARGIN);
        w.down(24);
    }

    private static void section(PdfPage w, String title) throws IOException {
        w.need(2 * ROW + 6);
        w.down(6);
        w.text(title, 11, MARGIN);
        w.down(4);
        w.rule();
        w.down(ROW);
    }

    private static void pair(PdfPage w, String label, String value) throws IOException {
        w.need(ROW);
        w.text(label, 10, MARGIN + 10);
        w.right(value, 10, WIDTH - MARGIN);
        w.down(ROW);
    }

    /** A table: the first column left-aligned, the others right-aligned within their widths. */
    private static void table(PdfPage w, String[] header, float[] widths, List<String[]> rows) throws IOException {
        tableRow(w, header, widths, 7.5f);
        w.rule();
        w.down(ROW);
        for (String[] row : rows) {
            tableRow(w, row, widths, 8);
        }
        w.rule();
        w.down(ROW);
    }

    private static void tableRow(PdfPage w, String[] cells, float[] widths, float size) throws IOException {
        w.need(ROW);
        float x = MARGIN;
        for (int c = 0; c < cells.length; c++) {
            float fitted = fit(w, cells[c], size, widths[c] - 3);
            if (c == 0) {
                w.text(cells[c], fitted, x);
            } else {
                w.right(cells[c], fitted, x + widths[c]);
            }
            x += widths[c];
        }
        w.down(ROW);
    }

    /** The size at which {@code s} fits {@code max} (down to 5 points: a cell is never cut). */
    private static float fit(PdfPage w, String s, float size, float max) throws IOException {
        float fitted = size;
        while (fitted > 5 && w.width(s, fitted) > max) {
            fitted -= 0.5f;
        }
        return fitted;
    }

    private static void formulas(PdfPage w, Map<String, String> formulas) throws IOException {
        w.need(2 * ROW);
        w.text("산식 How each figure is made", 9, MARGIN);
        w.down(12);
        for (Map.Entry<String, String> f : formulas.entrySet()) {
            w.wrapped(f.getKey() + ": " + f.getValue(), 7.5f, MARGIN, WIDTH - 2 * MARGIN);
        }
    }

    private static String money(String currency, long minor) {
        return InvoicePdf.money(currency, minor);
    }

    private static String percent(BigDecimal p) {
        return p == null ? "-" : p.toPlainString() + "%";
    }
}
