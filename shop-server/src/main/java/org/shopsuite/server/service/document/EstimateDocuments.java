package org.shopsuite.server.service.document;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.shopsuite.model.Decision;
import org.shopsuite.model.Estimate;
import org.shopsuite.model.EstimateLine;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.InvoiceIssuer;
import org.shopsuite.model.InvoiceLine;
import org.shopsuite.model.Job;
import org.shopsuite.model.LineKind;
import org.shopsuite.model.PartGrade;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.PartRequestStatus;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.ShopSettings;

/**
 * The documents Korean law asks a repair shop to give (자동차관리법 시행규칙 §134), A4 and bilingual:
 * the estimate (견적서: every line with the parts grade, totals, validity and the customer's
 * signature) and the repair statement (정비명세서: the work done, parts with grades, the mechanic
 * and the totals billed).
 */
public final class EstimateDocuments {
    private static final float MARGIN = PdfPage.MARGIN;
    private static final float WIDTH = PdfPage.WIDTH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    /** How an invoice's labour lines begin (the kind column says it in both languages). */
    private static final String LABOUR = "Labour: ";

    private static final float[] COLS = {MARGIN, MARGIN + 250, MARGIN + 300, MARGIN + 350, MARGIN + 425};

    private EstimateDocuments() {}

    /** 견적서 ESTIMATE, version {@code e.number()}; a draft says so across its title. */
    public static byte[] estimate(Estimate e, Receipt r, ShopSettings shop, ZoneId zone) {
        return PdfPage.render(w -> {
            InvoicePdf.issuer(w, issuer(shop));
            w.text("견적서 ESTIMATE  No. " + r.id() + "-" + e.number(), 16, MARGIN);
            if (e.status() != org.shopsuite.model.EstimateStatus.PRESENTED) {
                w.text(
                        e.status() == org.shopsuite.model.EstimateStatus.DRAFT ? "초안 DRAFT" : "대체됨 SUPERSEDED",
                        14,
                        WIDTH - MARGIN - 130);
            }
            w.down(22);
            w.line(
                    "작성일 Date: " + DAY.format((e.presentedAt() == null ? e.createdAt() : e.presentedAt()).atZone(zone))
                            + (e.validUntil() == null ? "" : "    유효기간 Valid until: " + e.validUntil()),
                    10);
            customer(w, r);
            w.down(10);
            header(w);
            for (EstimateLine l : e.lines()) {
                row(
                        w,
                        l.description(),
                        kindAndGrade(l.kind(), l.grade()),
                        quantity(l),
                        price(e, l),
                        money(e, l.amount()),
                        decision(l.decision()));
            }
            totals(w, e.currency(), e.subtotal(), e.taxRatePercent(), e.tax(), e.total());
            w.down(10);
            w.wrapped(
                    "부품 등급 Parts grades: A 신품 New, B 재생 Remanufactured, C 중고 Used, F 수입 Imported"
                            + " (자동차관리법 시행규칙 제134조). 고객의 동의 없이 작업하지 않습니다."
                            + " No work is done without the customer's consent.",
                    9,
                    MARGIN,
                    WIDTH - 2 * MARGIN);
            signatures(w, "고객 확인 Customer's approval", "견적자 Estimated by");
        });
    }

    /** 정비명세서 REPAIR STATEMENT of a finished job, with the totals of its invoice. */
    public static byte[] statement(Receipt r, Job job, Invoice inv, Estimate approved, ShopSettings shop, ZoneId zone) {
        return PdfPage.render(w -> {
            InvoicePdf.issuer(w, inv == null ? issuer(shop) : inv.issuer());
            w.text("정비명세서 REPAIR STATEMENT  No. " + r.id(), 16, MARGIN);
            w.down(22);
            w.line(
                    "작업일 Work day: " + r.requestDate()
                            + (job.finishedAt() == null
                                    ? ""
                                    : "    완료 Finished: "
                                            + DAY.format(job.finishedAt().atZone(zone)))
                            + "    정비사 Mechanic: " + job.mechanicName(),
                    10);
            customer(w, r);
            w.down(8);
            ReceiptDocuments.section(w, "요청 작업 Work requested");
            w.wrapped(r.request(), 10, MARGIN, WIDTH - 2 * MARGIN);
            w.down(8);
            ReceiptDocuments.section(w, "정비 내역 Work done");
            if (job.laborHours() != null) {
                w.line("작업 시간 Hours worked: " + plain(job.laborHours()) + " h", 10);
            }
            if (job.notes() != null) {
                w.wrapped("정비사 소견 Mechanic's notes: " + job.notes(), 10, MARGIN, WIDTH - 2 * MARGIN);
            }
            w.down(6);
            header(w);
            if (inv != null) {
                for (InvoiceLine l : inv.lines()) {
                    PartGrade grade = l.kind() == LineKind.PART ? gradeOf(job, l) : null;
                    String d = l.kind() == LineKind.LABOR && l.description().startsWith(LABOUR)
                            ? l.description().substring(LABOUR.length())
                            : l.description();
                    row(
                            w,
                            d,
                            kindAndGrade(EstimateLineKind.valueOf(l.kind().name()), grade),
                            plain(l.quantity()) + (l.kind() == LineKind.LABOR ? " h" : ""),
                            InvoicePdf.money(inv.currency(), l.unitPrice()),
                            InvoicePdf.money(inv.currency(), l.amount()),
                            "");
                }
                totals(w, inv.currency(), inv.subtotal(), inv.taxRatePercent(), inv.tax(), inv.total());
                w.line("청구서 Invoice: " + inv.number(), 9);
            }
            if (approved != null) {
                List<EstimateLine> declined = approved.lines().stream()
                        .filter(l -> l.decision() == Decision.DECLINED)
                        .toList();
                if (!declined.isEmpty()) {
                    w.down(6);
                    ReceiptDocuments.section(w, "고객이 보류한 작업 Work declined (recommended for a later visit)");
                    for (EstimateLine l : declined) {
                        w.wrapped(
                                "- " + l.description() + "  " + money(approved, l.amount()),
                                10,
                                MARGIN,
                                WIDTH - 2 * MARGIN);
                    }
                }
            }
            signatures(w, "정비책임자 Responsible mechanic", "고객 확인 Received by");
        });
    }

    private static PartGrade gradeOf(Job job, InvoiceLine l) {
        for (PartRequest p : job.partRequests()) {
            if (p.status() != PartRequestStatus.REJECTED && l.description().startsWith(p.partId() + " ")) {
                return p.grade();
            }
        }
        return PartGrade.NEW;
    }

    private static InvoiceIssuer issuer(ShopSettings s) {
        return new InvoiceIssuer(s.name(), s.address(), s.phone(), s.businessRegistrationNumber(), s.representative());
    }

    private static void customer(PdfPage w, Receipt r) throws IOException {
        w.line(
                "고객 Customer: " + r.customerName()
                        + (r.customerPhone() == null ? "" : "    전화 Phone: " + r.customerPhone()),
                10);
        w.line("차량 Car: " + r.carId() + ReceiptDocuments.car(r.vehicle()), 10);
    }

    private static void header(PdfPage w) throws IOException {
        w.text("내역 Description", 9, COLS[0]);
        w.text("구분 Kind", 9, COLS[1]);
        w.right("수량 Qty", 9, COLS[3] - 5);
        w.right("단가 Unit", 9, COLS[4] - 5);
        w.right("금액 Amount", 9, WIDTH - MARGIN);
        w.down(6);
        w.rule();
        w.down(14);
    }

    private static void row(
            PdfPage w, String description, String kind, String quantity, String unit, String amount, String decision)
            throws IOException {
        List<String> rows =
                w.lines(description + (decision.isEmpty() ? "" : "  [" + decision + "]"), 9, COLS[1] - COLS[0] - 8);
        List<String> kinds = w.lines(kind, 8, COLS[2] - COLS[1] + 10);
        int n = Math.max(rows.size(), kinds.size());
        w.need(13f * n);
        w.right(quantity, 9, COLS[3] - 5);
        w.right(unit, 9, COLS[4] - 5);
        w.right(amount, 9, WIDTH - MARGIN);
        for (int i = 0; i < n; i++) {
            if (i < rows.size()) {
                w.text(rows.get(i), 9, COLS[0]);
            }
            if (i < kinds.size()) {
                w.text(kinds.get(i), 8, COLS[1]);
            }
            w.down(13);
        }
        w.down(2);
    }

    private static void totals(PdfPage w, String currency, long subtotal, BigDecimal taxPercent, long tax, long total)
            throws IOException {
        w.rule();
        w.down(14);
        w.right("소계 Subtotal  " + InvoicePdf.money(currency, subtotal), 10, WIDTH - MARGIN);
        w.down(14);
        w.right("부가세 VAT " + plain(taxPercent) + "%  " + InvoicePdf.money(currency, tax), 10, WIDTH - MARGIN);
        w.down(16);
        w.right("합계 Total  " + InvoicePdf.money(currency, total), 12, WIDTH - MARGIN);
        w.down(18);
    }

    private static void signatures(PdfPage w, String left, String right) throws IOException {
        w.down(16);
        w.need(64);
        w.text(left + " (서명 signature)", 9, MARGIN);
        w.text(right, 9, MARGIN + 260);
        w.down(8);
        w.box(MARGIN, 220, 40);
        w.box(MARGIN + 260, 220, 40);
        w.down(48);
    }

    private static String kindAndGrade(EstimateLineKind kind, PartGrade grade) {
        String k = switch (kind) {
            case LABOR -> "공임 Labour";
            case PART -> "부품 Part";
            case SUBLET -> "외주 Sublet";
            case FEE -> "기타 Fee";
        };
        if (grade == null) {
            return k;
        }
        return k + " "
                + switch (grade) {
                    case NEW -> "A 신품 New";
                    case REMANUFACTURED -> "B 재생 Reman.";
                    case USED -> "C 중고 Used";
                    case IMPORTED -> "F 수입 Imported";
                };
    }

    private static String decision(Decision d) {
        return switch (d) {
            case PENDING -> "";
            case APPROVED -> "승인 Approved";
            case DECLINED -> "보류 Declined";
        };
    }

    private static String quantity(EstimateLine l) {
        return l.kind() == EstimateLineKind.LABOR ? plain(l.hours()) + " h" : plain(l.quantity());
    }

    private static String price(Estimate e, EstimateLine l) {
        return money(e, l.kind() == EstimateLineKind.LABOR ? l.rate() : l.unitPrice());
    }

    private static String money(Estimate e, long minor) {
        return InvoicePdf.money(e.currency(), minor);
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
