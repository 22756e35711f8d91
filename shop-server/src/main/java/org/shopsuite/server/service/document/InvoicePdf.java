package org.shopsuite.server.service.document;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.InvoiceIssuer;
import org.shopsuite.model.InvoiceLine;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.Job;
import org.shopsuite.model.LineKind;
import org.shopsuite.model.Payment;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.Receipt;

/**
 * Renders an invoice as an A4 PDF, bilingual (Korean and English), with NanumGothic embedded so
 * Korean text shows on any computer. Every line is printed whole (long descriptions wrap); the car
 * with its odometer reading, the payments and the balance are on it.
 */
public final class InvoicePdf {
    private static final float MARGIN = PdfPage.MARGIN;
    private static final float WIDTH = PdfPage.WIDTH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** How stored labour lines begin (an invoice keeps its lines as issued). */
    private static final String LABOUR = "Labour: ";

    private InvoicePdf() {}

    /**
     * The invoice as issued: its issuer, rates and amounts are those it keeps, so a copy printed
     * years later is the same document. {@code zone} only sets how times are shown; {@code job}
     * (null when there is none) gives the mechanic's notes (정비사 소견) printed under the totals.
     */
    public static byte[] render(Invoice inv, Receipt receipt, Job job, ZoneId zone) {
        return PdfPage.render(w -> {
            write(w, inv, receipt, zone);
            ReceiptDocuments.mechanicsNotes(w, job);
        });
    }

    private static void write(PdfPage w, Invoice inv, Receipt receipt, ZoneId zone) throws IOException {
        Money money = new Money(inv.currency());
        issuer(w, inv.issuer());
        w.text("청구서 INVOICE  " + inv.number(), 16, MARGIN);
        if (inv.status() == InvoiceStatus.VOID) {
            w.text("VOID / 무효", 16, WIDTH - MARGIN - 120);
        }
        w.down(22);
        w.line("발행일 Issued: " + DATE.format(inv.issuedAt().atZone(zone)), 10);
        w.line(
                "고객 Customer: " + receipt.customerName()
                        + (receipt.customerPhone() == null ? "" : "  " + receipt.customerPhone()),
                10);
        w.line("차량 Car: " + receipt.carId() + ReceiptDocuments.car(receipt.vehicle()), 10);
        w.line("접수 Receipt: " + receipt.id() + "    정비사 Mechanic: " + receipt.mechanicName(), 10);
        w.down(12);

        float[] cols = {MARGIN, MARGIN + 290, MARGIN + 350, MARGIN + 430};
        w.text("내역 Description", 10, cols[0]);
        w.right("수량 Qty", 10, cols[1] + 40);
        w.right("단가 Unit", 10, cols[2] + 70);
        w.right("금액 Amount", 10, WIDTH - MARGIN);
        w.down(6);
        w.rule();
        w.down(14);
        for (InvoiceLine line : inv.lines()) {
            List<String> rows = w.lines(description(line), 10, cols[1] - cols[0] - 20);
            w.need(16f * rows.size());
            w.right(quantity(line), 10, cols[1] + 40);
            w.right(money.format(line.unitPrice()), 10, cols[2] + 70);
            w.right(money.format(line.amount()), 10, WIDTH - MARGIN);
            for (String row : rows) {
                w.text(row, 10, cols[0]);
                w.down(14);
            }
            w.down(2);
        }
        w.rule();
        w.down(16);
        total(w, "소계 Subtotal", money.format(inv.subtotal()), 10);
        total(
                w,
                "세금 Tax (" + inv.taxRatePercent().stripTrailingZeros().toPlainString() + "%)",
                money.format(inv.tax()),
                10);
        total(w, "합계 Total", money.format(inv.total()), 13);
        w.down(6);
        for (Payment p : inv.payments()) {
            boolean refund = p.amount() < 0;
            String label = p.voidsPaymentId() != null ? "결제 취소 Payment voided " : refund ? "환불 Refunded " : "결제 Paid ";
            total(
                    w,
                    label + method(p.method()) + " "
                            + DATE.format(p.receivedAt().atZone(zone)),
                    (refund ? "+" : "-") + money.format(Math.abs(p.amount())),
                    10);
        }
        total(w, "잔액 Balance due", money.format(inv.balance()), 12);
    }

    /** A labour line says so in both languages; a part line is its number and name. */
    private static String description(InvoiceLine line) {
        String d = line.description();
        if (line.kind() == LineKind.LABOR) {
            return "공임 Labour: " + (d.startsWith(LABOUR) ? d.substring(LABOUR.length()) : d);
        }
        if (line.kind() == LineKind.DISCOUNT) {
            return "할인 Discount: " + d;
        }
        return d;
    }

    /** A payment method in both languages. */
    public static String method(PaymentMethod m) {
        return switch (m) {
            case CASH -> "현금 Cash";
            case CARD -> "카드 Card";
            case TRANSFER -> "계좌이체 Transfer";
            case POINTS -> "포인트 Points";
        };
    }

    /**
     * The issuer block: name, then 대표자 and 사업자등록번호 (when the shop had set them), address
     * and phone, as the invoice was issued.
     */
    /** The shop as it issues a document: name, representative, registration number, address, phone. */
    public static void issuer(PdfPage w, InvoiceIssuer issuer) throws IOException {
        w.text(issuer.name(), 18, MARGIN);
        w.down(22);
        StringBuilder ids = new StringBuilder();
        if (issuer.representative() != null) {
            ids.append("대표자 Representative: ").append(issuer.representative());
        }
        if (issuer.businessRegistrationNumber() != null) {
            ids.append(ids.length() == 0 ? "" : "    ")
                    .append("사업자등록번호 Business reg. no.: ")
                    .append(issuer.businessRegistrationNumber());
        }
        if (ids.length() > 0) {
            w.text(ids.toString(), 10, MARGIN);
            w.down(14);
        }
        if (!issuer.address().isBlank()) {
            w.text("주소 Address: " + issuer.address(), 10, MARGIN);
            w.down(14);
        }
        if (!issuer.phone().isBlank()) {
            w.text("전화 Phone: " + issuer.phone(), 10, MARGIN);
            w.down(14);
        }
        w.down(16);
    }

    private static void total(PdfPage w, String label, String amount, float size) throws IOException {
        w.need(size + 6);
        w.text(label, size, WIDTH - MARGIN - 300);
        w.right(amount, size, WIDTH - MARGIN);
        w.down(size + 6);
    }

    private static String quantity(InvoiceLine line) {
        return line.quantity().stripTrailingZeros().toPlainString() + (line.kind() == LineKind.LABOR ? " h" : "");
    }

    /** Minor units formatted with the currency's own decimals and symbol. */
    /** An amount in minor units as printed: {@code KRW 234,300}. */
    public static String money(String currency, long minor) {
        return new Money(currency).format(minor);
    }

    private static final class Money {
        private final Currency currency;
        private final DecimalFormat format;

        Money(String code) {
            currency = Currency.getInstance(code);
            int digits = Math.max(0, currency.getDefaultFractionDigits());
            format = new DecimalFormat(
                    digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                    DecimalFormatSymbols.getInstance(Locale.ROOT));
        }

        String format(long minor) {
            return currency.getCurrencyCode() + " "
                    + format.format(BigDecimal.valueOf(minor, Math.max(0, currency.getDefaultFractionDigits())));
        }
    }
}
