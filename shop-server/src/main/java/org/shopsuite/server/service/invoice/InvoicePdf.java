package org.shopsuite.server.service.invoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.InvoiceIssuer;
import org.shopsuite.model.InvoiceLine;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.LineKind;
import org.shopsuite.model.Payment;
import org.shopsuite.model.Receipt;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Money;

/**
 * Renders an invoice as an A4 PDF, bilingual (Korean and English), with NanumGothic embedded so
 * Korean text shows on any computer.
 */
public final class InvoicePdf {
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * Renders at a time. Each render parses the embedded font (~4 MB) into tens of MB of heap; without
     * a bound, 18 concurrent downloads ran a 128 MB server out of memory. Others wait their turn.
     */
    private static final java.util.concurrent.Semaphore RENDERS = new java.util.concurrent.Semaphore(2, true);

    private InvoicePdf() {}

    /**
     * The invoice as issued: its issuer, rates and amounts are those it keeps, so a copy printed
     * years later is the same document. {@code zone} only sets how times are shown.
     */
    public static byte[] render(Invoice inv, Receipt receipt, ZoneId zone) {
        try {
            if (!RENDERS.tryAcquire(20, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new ApiException(
                        503, "Busy", "Too many invoices are being rendered; try again shortly.", java.util.List.of());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "Busy", "Interrupted while waiting to render.", java.util.List.of());
        }
        try {
            return renderNow(inv, receipt, zone);
        } finally {
            RENDERS.release();
        }
    }

    private static byte[] renderNow(Invoice inv, Receipt receipt, ZoneId zone) {
        try (PDDocument doc = new PDDocument();
                InputStream fontFile = InvoicePdf.class.getResourceAsStream("/fonts/NanumGothic.ttf")) {
            PDType0Font font = PDType0Font.load(doc, fontFile);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            Money money = new Money(inv.currency());
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                Writer w = new Writer(out, font, PDRectangle.A4.getHeight() - MARGIN);
                issuer(w, inv.issuer());
                w.text("청구서 INVOICE  " + inv.number(), 16, MARGIN);
                if (inv.status() == InvoiceStatus.VOID) {
                    w.text("VOID / 무효", 16, WIDTH - MARGIN - 120);
                }
                w.down(22);
                w.text("발행일 Issued: " + DATE.format(inv.issuedAt().atZone(zone)), 10, MARGIN);
                w.down(14);
                w.text(
                        "고객 Customer: " + receipt.customerName()
                                + (receipt.customerPhone() == null ? "" : "  " + receipt.customerPhone()),
                        10,
                        MARGIN);
                w.down(14);
                w.text(
                        "차량 Car: " + receipt.carId() + "    접수 Receipt: " + receipt.id() + "    정비사 Mechanic: "
                                + receipt.mechanicName(),
                        10,
                        MARGIN);
                w.down(26);

                float[] cols = {MARGIN, MARGIN + 290, MARGIN + 350, MARGIN + 430};
                w.text("내역 Description", 10, cols[0]);
                w.right("수량 Qty", 10, cols[1] + 40);
                w.right("단가 Unit", 10, cols[2] + 70);
                w.right("금액 Amount", 10, WIDTH - MARGIN);
                w.down(6);
                w.rule();
                w.down(14);
                for (InvoiceLine line : inv.lines()) {
                    w.text(fit(line.description(), 42), 10, cols[0]);
                    w.right(quantity(line), 10, cols[1] + 40);
                    w.right(money.format(line.unitPrice()), 10, cols[2] + 70);
                    w.right(money.format(line.amount()), 10, WIDTH - MARGIN);
                    w.down(16);
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
                    String label =
                            p.voidsPaymentId() != null ? "결제 취소 Payment voided " : refund ? "환불 Refunded " : "결제 Paid ";
                    total(
                            w,
                            label + p.method() + " "
                                    + DATE.format(p.receivedAt().atZone(zone)),
                            (refund ? "+" : "-") + money.format(Math.abs(p.amount())),
                            10);
                }
                total(w, "잔액 Balance due", money.format(inv.balance()), 12);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The issuer block: name, then 대표자 and 사업자등록번호 (when the shop had set them), address
     * and phone, as the invoice was issued.
     */
    private static void issuer(Writer w, InvoiceIssuer issuer) throws IOException {
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

    private static void total(Writer w, String label, String amount, float size) throws IOException {
        w.text(label, size, WIDTH - MARGIN - 300);
        w.right(amount, size, WIDTH - MARGIN);
        w.down(size + 6);
    }

    private static String quantity(InvoiceLine line) {
        return line.quantity().stripTrailingZeros().toPlainString() + (line.kind() == LineKind.LABOR ? " h" : "");
    }

    private static String fit(String text, int max) {
        return text.codePointCount(0, text.length()) <= max
                ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** Minor units formatted with the currency's own decimals and symbol. */
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

    /** Writes lines of text down the page. */
    private static final class Writer {
        private final PDPageContentStream out;
        private final PDType0Font font;
        private float y;

        Writer(PDPageContentStream out, PDType0Font font, float top) {
            this.out = out;
            this.font = font;
            this.y = top;
        }

        /**
         * Draws word by word: NanumGothic's space glyph has no Unicode mapping in the subset, so a
         * drawn space would copy out of the PDF as NUL; gaps make readers insert real spaces.
         */
        void text(String s, float size, float x) throws IOException {
            if (s == null || s.isBlank()) {
                return;
            }
            float space = gap(size);
            float at = x;
            for (String word : s.split(" ", -1)) {
                if (!word.isEmpty()) {
                    out.beginText();
                    out.setFont(font, size);
                    out.newLineAtOffset(at, y);
                    out.showText(word);
                    out.endText();
                    at += width(word, size);
                }
                at += space;
            }
        }

        void right(String s, float size, float rightEdge) throws IOException {
            float space = gap(size);
            float total = 0;
            for (String word : s.split(" ", -1)) {
                total += width(word, size) + space;
            }
            text(s, size, rightEdge - (total - space));
        }

        /** A word gap of a third of an em: wide Hangul glyphs need it to read, and to copy out, as a space. */
        private float gap(float size) throws IOException {
            return Math.max(font.getSpaceWidth() / 1000 * size, size / 3);
        }

        private float width(String word, float size) throws IOException {
            return font.getStringWidth(word) / 1000 * size;
        }

        void rule() throws IOException {
            out.moveTo(MARGIN, y);
            out.lineTo(WIDTH - MARGIN, y);
            out.stroke();
        }

        void down(float by) {
            y -= by;
        }
    }
}
