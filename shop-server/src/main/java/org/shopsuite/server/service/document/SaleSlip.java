package org.shopsuite.server.service.document;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.shopsuite.model.CounterSale;
import org.shopsuite.model.CounterSaleLine;
import org.shopsuite.model.CounterSaleStatus;
import org.shopsuite.model.InvoiceIssuer;
import org.shopsuite.model.ShopSettings;

/** 영수증 RECEIPT: the slip of a counter sale, A4, Korean and English. */
public final class SaleSlip {
    private static final float MARGIN = PdfPage.MARGIN;
    private static final float WIDTH = PdfPage.WIDTH;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SaleSlip() {}

    public static byte[] render(CounterSale sale, ShopSettings shop, ZoneId zone) {
        return PdfPage.render(w -> {
            InvoicePdf.issuer(
                    w,
                    new InvoiceIssuer(
                            shop.name(),
                            shop.address(),
                            shop.phone(),
                            shop.businessRegistrationNumber(),
                            shop.representative()));
            w.text("영수증 RECEIPT  No. S-" + sale.id(), 16, MARGIN);
            if (sale.status() == CounterSaleStatus.CANCELLED || sale.status() == CounterSaleStatus.RETURNED) {
                w.text(
                        sale.status() == CounterSaleStatus.CANCELLED ? "취소 CANCELLED" : "반품 RETURNED",
                        14,
                        WIDTH - MARGIN - 140);
            }
            w.down(22);
            w.line("판매일시 Sold: " + TIME.format(sale.soldAt().atZone(zone)) + "    판매자 Sold by: " + sale.soldBy(), 10);
            w.down(8);
            w.text("품목 Item", 10, MARGIN);
            w.right("수량 Qty", 10, MARGIN + 330);
            w.right("단가 Unit", 10, MARGIN + 410);
            w.right("금액 Amount", 10, WIDTH - MARGIN);
            w.down(6);
            w.rule();
            w.down(14);
            for (CounterSaleLine l : sale.lines()) {
                java.util.List<String> rows = w.lines(l.partId() + " " + l.partName(), 10, 270);
                w.need(14f * rows.size());
                w.right(String.valueOf(l.quantity()), 10, MARGIN + 330);
                w.right(InvoicePdf.money(sale.currency(), l.unitPrice()), 10, MARGIN + 410);
                w.right(InvoicePdf.money(sale.currency(), l.amount()), 10, WIDTH - MARGIN);
                for (String row : rows) {
                    w.text(row, 10, MARGIN);
                    w.down(14);
                }
            }
            w.rule();
            w.down(14);
            w.right("공급가액 Subtotal  " + InvoicePdf.money(sale.currency(), sale.subtotal()), 10, WIDTH - MARGIN);
            w.down(14);
            w.right("부가세 VAT  " + InvoicePdf.money(sale.currency(), sale.tax()), 10, WIDTH - MARGIN);
            w.down(16);
            w.right("합계 Total  " + InvoicePdf.money(sale.currency(), sale.total()), 12, WIDTH - MARGIN);
            w.down(18);
            w.right(
                    "결제 Paid: " + InvoicePdf.method(sale.method()) + "  "
                            + InvoicePdf.money(sale.currency(), sale.amountReceived()),
                    10,
                    WIDTH - MARGIN);
            w.down(14);
            if (sale.changeGiven() > 0) {
                w.right("거스름돈 Change  " + InvoicePdf.money(sale.currency(), sale.changeGiven()), 10, WIDTH - MARGIN);
                w.down(14);
            }
            if (sale.refunded() > 0) {
                w.right("환불 Refunded  " + InvoicePdf.money(sale.currency(), sale.refunded()), 10, WIDTH - MARGIN);
                w.down(14);
                if (sale.cancelReason() != null) {
                    w.wrapped("사유 Reason: " + sale.cancelReason(), 9, MARGIN, WIDTH - 2 * MARGIN);
                }
            }
            w.down(10);
            w.wrapped("교환·반품은 미개봉 상태로 영수증을 지참해 주세요. Returns: unopened, with this slip.", 9, MARGIN, WIDTH - 2 * MARGIN);
        });
    }
}
