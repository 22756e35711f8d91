package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Pdfs;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * A manager corrects payments: voids one payment, or refunds part of what was paid. Each is a new
 * entry in the invoice's payments (the original never edited); paid, balance, status and the board
 * row follow; refusals write nothing.
 */
class PaymentCorrectionsTest {
    /** 2 h at 60,000 plus a 36,000 part = 156,000, plus 10% tax. */
    static final long TOTAL = 171_600;

    @TempDir
    Path dir;

    TestServer server;
    Api manager;
    Api counter;
    long mechanicId;
    long oil;

    @BeforeEach
    void setUp() {
        server = new TestServer(dir);
        manager = Shop.admin(server);
        setShop(60_000, 10);
        mechanicId = Shop.mechanic(manager, "김민수", "24");
        oil = Shop.part(manager, "EO-5W30", "엔진오일 5W-30", 50, 36_000);
        counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void voidingAPaymentAddsItsNegativeEntryLinkedToItAndPaidBalanceStatusAndBoardFollow() {
        long receipt = finishedReceipt();
        long invoice = invoiceOf(receipt);
        long card = lastPaymentId(pay(invoice, 100_000, "CARD"));
        pay(invoice, TOTAL - 100_000, "CASH");
        assertThat(board(receipt).path("invoiceStatus").asText()).isEqualTo("PAID");
        long seq = lastSeq();

        Api.Res r = manager.post("/payments/" + card + "/void", obj("reason", "카드 이중 결제"));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode inv = r.json();
        assertThat(inv.path("id").asLong()).isEqualTo(invoice);
        assertThat(inv.path("paid").asLong()).isEqualTo(TOTAL - 100_000);
        assertThat(inv.path("balance").asLong()).isEqualTo(100_000);
        assertThat(inv.path("status").asText()).isEqualTo("PARTIALLY_PAID");
        JsonNode payments = inv.path("payments");
        assertThat(payments).hasSize(3);
        JsonNode original = payments.get(0);
        JsonNode entry = payments.get(2);
        assertThat(original.path("amount").asLong())
                .as("the original is not edited")
                .isEqualTo(100_000);
        assertThat(original.path("receivedBy").asText()).isEqualTo("counter");
        assertThat(original.path("voidedByPaymentId").asLong())
                .isEqualTo(entry.path("id").asLong());
        assertThat(original.path("voidsPaymentId").isNull()).isTrue();
        assertThat(payments.get(1).path("voidedByPaymentId").isNull()).isTrue();
        assertThat(entry.path("amount").asLong()).isEqualTo(-100_000);
        assertThat(entry.path("method").asText()).isEqualTo("CARD");
        assertThat(entry.path("voidsPaymentId").asLong()).isEqualTo(card);
        assertThat(entry.path("reason").asText()).isEqualTo("카드 이중 결제");
        assertThat(entry.path("receivedBy").asText()).isEqualTo("admin");
        assertThat(entry.path("receivedAt").asText()).isNotEmpty();
        assertThat(manager.get("/invoices/" + invoice).json()).isEqualTo(inv);

        JsonNode events = manager.get("/events?since=" + seq).json().path("items");
        assertThat(events.findValuesAsText("type")).containsExactly("PaymentVoided");
        JsonNode data = events.get(0).path("data");
        assertThat(data.path("invoiceId").asLong()).isEqualTo(invoice);
        assertThat(data.path("paymentId").asLong()).isEqualTo(entry.path("id").asLong());
        assertThat(data.path("voidsPaymentId").asLong()).isEqualTo(card);
        assertThat(data.path("amount").asLong()).isEqualTo(-100_000);
        assertThat(data.path("method").asText()).isEqualTo("CARD");
        assertThat(data.path("reason").asText()).isEqualTo("카드 이중 결제");
        assertThat(data.path("paid").asLong()).isEqualTo(TOTAL - 100_000);
        assertThat(data.path("balance").asLong()).isEqualTo(100_000);
        assertThat(data.path("status").asText()).isEqualTo("PARTIALLY_PAID");
        assertThat(events.get(0).path("receiptId").asLong()).isEqualTo(receipt);

        JsonNode row = board(receipt);
        assertThat(row.path("invoiceStatus").asText()).isEqualTo("PARTIALLY_PAID");
        assertThat(row.path("invoiceTotal").asLong()).isEqualTo(TOTAL);

        assertThat(Pdfs.invoiceText(manager, invoice))
                .contains("결제 취소", "Payment voided", "+KRW 100,000", "Balance due KRW 100,000");

        // the balance can be paid again, properly this time
        pay(invoice, 100_000, "TRANSFER");
        assertThat(board(receipt).path("invoiceStatus").asText()).isEqualTo("PAID");
    }

    @Test
    void voidingTheOnlyPaymentTakesTheInvoiceBackToIssued() {
        long receipt = finishedReceipt();
        long invoice = invoiceOf(receipt);
        long p = lastPaymentId(pay(invoice, TOTAL, "CASH"));

        Api.Res r = manager.post("/payments/" + p + "/void", obj("reason", "오결제"));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("paid").asLong()).isZero();
        assertThat(r.json().path("balance").asLong()).isEqualTo(TOTAL);
        assertThat(r.json().path("status").asText()).isEqualTo("ISSUED");
        assertThat(board(receipt).path("invoiceStatus").asText()).isEqualTo("ISSUED");
    }

    @Test
    void refundingPartOfWhatWasPaidAddsANegativeEntryAndTheInvoiceFollows() {
        long receipt = finishedReceipt();
        long invoice = invoiceOf(receipt);
        pay(invoice, TOTAL, "CARD");
        long seq = lastSeq();

        Api.Res r = manager.post(
                "/invoices/" + invoice + "/refunds", obj("amount", 20_000, "method", "CASH", "reason", "부품 할인 적용"));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode inv = r.json();
        assertThat(inv.path("paid").asLong()).isEqualTo(TOTAL - 20_000);
        assertThat(inv.path("balance").asLong()).isEqualTo(20_000);
        assertThat(inv.path("status").asText()).isEqualTo("PARTIALLY_PAID");
        JsonNode payments = inv.path("payments");
        assertThat(payments).hasSize(2);
        assertThat(payments.get(0).path("amount").asLong()).isEqualTo(TOTAL);
        JsonNode refund = payments.get(1);
        assertThat(refund.path("amount").asLong()).isEqualTo(-20_000);
        assertThat(refund.path("method").asText()).isEqualTo("CASH");
        assertThat(refund.path("reason").asText()).isEqualTo("부품 할인 적용");
        assertThat(refund.path("receivedBy").asText()).isEqualTo("admin");
        assertThat(refund.path("voidsPaymentId").isNull()).isTrue();

        JsonNode events = manager.get("/events?since=" + seq).json().path("items");
        assertThat(events.findValuesAsText("type")).containsExactly("PaymentRefunded");
        JsonNode data = events.get(0).path("data");
        assertThat(data.path("paymentId").asLong()).isEqualTo(refund.path("id").asLong());
        assertThat(data.path("amount").asLong()).isEqualTo(-20_000);
        assertThat(data.path("paid").asLong()).isEqualTo(TOTAL - 20_000);
        assertThat(data.path("balance").asLong()).isEqualTo(20_000);
        assertThat(data.path("status").asText()).isEqualTo("PARTIALLY_PAID");
        assertThat(data.path("reason").asText()).isEqualTo("부품 할인 적용");
        assertThat(board(receipt).path("invoiceStatus").asText()).isEqualTo("PARTIALLY_PAID");

        // the rest of it: nothing paid, the invoice is owed in full again
        Api.Res rest = manager.post(
                "/invoices/" + invoice + "/refunds",
                obj("amount", TOTAL - 20_000, "method", "CARD", "reason", "전액 환불"));
        assertThat(rest.status()).as(rest.toString()).isEqualTo(201);
        assertThat(rest.json().path("paid").asLong()).isZero();
        assertThat(rest.json().path("balance").asLong()).isEqualTo(TOTAL);
        assertThat(rest.json().path("status").asText()).isEqualTo("ISSUED");
        assertThat(board(receipt).path("invoiceStatus").asText()).isEqualTo("ISSUED");
    }

    @Test
    void refusalsNameTheReasonAndWriteNothing() {
        long invoice = invoiceOf(finishedReceipt());
        long first = lastPaymentId(pay(invoice, 100_000, "CARD"));
        long second = lastPaymentId(pay(invoice, 50_000, "CASH"));
        long voidEntry = lastPaymentId(manager.post("/payments/" + first + "/void", obj("reason", "이중 결제"))
                .json());
        long refundEntry = lastPaymentId(manager.post(
                        "/invoices/" + invoice + "/refunds", obj("amount", 10_000, "method", "CASH", "reason", "할인"))
                .json());
        JsonNode before = manager.get("/invoices/" + invoice).json();
        assertThat(before.path("paid").asLong()).isEqualTo(40_000);
        long seq = lastSeq();

        Api.Res again = manager.post("/payments/" + first + "/void", obj("reason", "또"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains("already voided");

        for (long correction : new long[] {voidEntry, refundEntry}) {
            Api.Res r = manager.post("/payments/" + correction + "/void", obj("reason", "정정의 정정"));
            assertThat(r.status()).as(r.toString()).isEqualTo(409);
            assertThat(r.json().path("detail").asText()).contains("correction");
        }

        // 50,000 was paid, 10,000 of it refunded: voiding the 50,000 would leave -10,000 paid
        Api.Res below = manager.post("/payments/" + second + "/void", obj("reason", "오결제"));
        assertThat(below.status()).as(below.toString()).isEqualTo(409);
        assertThat(below.json().path("detail").asText()).contains("40000");

        Api.Res tooMuch = manager.post(
                "/invoices/" + invoice + "/refunds", obj("amount", 40_001, "method", "CASH", "reason", "환불"));
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(400);
        assertThat(tooMuch.errorFields()).containsExactly("amount");
        assertThat(tooMuch.json().at("/errors/0/code").asText()).isEqualTo("out_of_range");
        assertThat(tooMuch.json().at("/errors/0/params/min").asLong()).isEqualTo(1);
        assertThat(tooMuch.json().at("/errors/0/params/max").asLong()).isEqualTo(40_000);

        Api.Res noReason = manager.post("/payments/" + second + "/void", obj());
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        Api.Res blank =
                manager.post("/invoices/" + invoice + "/refunds", obj("amount", 0, "method", "CASH", "reason", " "));
        assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
        assertThat(blank.errorFields()).containsExactlyInAnyOrder("amount", "reason");
        Api.Res noMethod = manager.post("/invoices/" + invoice + "/refunds", obj("amount", 1, "reason", "x"));
        assertThat(noMethod.errorFields()).containsExactly("method");

        Api.Res receptionistVoid = counter.post("/payments/" + second + "/void", obj("reason", "오결제"));
        assertThat(receptionistVoid.status()).isEqualTo(403);
        Api.Res receptionistRefund =
                counter.post("/invoices/" + invoice + "/refunds", obj("amount", 1, "method", "CASH", "reason", "환불"));
        assertThat(receptionistRefund.status()).isEqualTo(403);

        assertThat(manager.post("/payments/999999/void", obj("reason", "x")).status())
                .isEqualTo(404);

        assertThat(manager.get("/invoices/" + invoice).json()).isEqualTo(before);
        assertThat(lastSeq()).as("no event").isEqualTo(seq);
    }

    @Test
    void aVoidInvoiceTakesNoCorrections() {
        long invoice = invoiceOf(finishedReceipt());
        long p = lastPaymentId(pay(invoice, 30_000, "CARD"));
        Api.Res v = manager.post("/invoices/" + invoice + "/void", obj("reason", "오발행", "refundMethod", "CARD"));
        assertThat(v.status()).as(v.toString()).isEqualTo(200);
        JsonNode before = manager.get("/invoices/" + invoice).json();
        long seq = lastSeq();

        Api.Res voidPayment = manager.post("/payments/" + p + "/void", obj("reason", "오결제"));
        assertThat(voidPayment.status()).as(voidPayment.toString()).isEqualTo(409);
        assertThat(voidPayment.json().path("detail").asText()).contains("void");
        Api.Res refund =
                manager.post("/invoices/" + invoice + "/refunds", obj("amount", 1, "method", "CASH", "reason", "환불"));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(409);

        assertThat(manager.get("/invoices/" + invoice).json()).isEqualTo(before);
        assertThat(lastSeq()).isEqualTo(seq);
    }

    @Test
    void nothingPaidNothingToRefund() {
        long invoice = invoiceOf(finishedReceipt());
        Api.Res r =
                manager.post("/invoices/" + invoice + "/refunds", obj("amount", 1, "method", "CASH", "reason", "환불"));
        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.errorFields()).containsExactly("amount");
    }

    @Test
    void bothHonourIdempotencyKey() {
        long invoice = invoiceOf(finishedReceipt());
        long p = lastPaymentId(pay(invoice, 100_000, "CARD"));
        pay(invoice, 50_000, "CASH");

        Map<String, String> voidKey = Map.of("Idempotency-Key", "void-1");
        Api.Res first = manager.post("/payments/" + p + "/void", obj("reason", "이중 결제"), voidKey);
        Api.Res second = manager.post("/payments/" + p + "/void", obj("reason", "이중 결제"), voidKey);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json()).isEqualTo(first.json());

        Map<String, String> refundKey = Map.of("Idempotency-Key", "refund-1");
        ObjectNode body = obj("amount", 10_000, "method", "CASH", "reason", "할인");
        Api.Res r1 = manager.post("/invoices/" + invoice + "/refunds", body, refundKey);
        Api.Res r2 = manager.post("/invoices/" + invoice + "/refunds", body, refundKey);
        assertThat(r1.status()).as(r1.toString()).isEqualTo(201);
        assertThat(r2.json()).isEqualTo(r1.json());

        JsonNode inv = manager.get("/invoices/" + invoice).json();
        assertThat(inv.path("payments")).hasSize(4); // two payments, one void, one refund
        assertThat(inv.path("paid").asLong()).isEqualTo(40_000);
    }

    private long finishedReceipt() {
        Api.Res receipt = Shop.receipt(manager, mechanicId, "2");
        long job = receipt.json().path("jobId").asLong();
        assertThat(manager.post("/jobs/" + job + "/start", null).status()).isEqualTo(200);
        assertThat(manager.post("/jobs/" + job + "/partRequests", obj("vehiclePartId", oil, "quantity", 1))
                        .status())
                .isEqualTo(201);
        Api.Res done = manager.post("/jobs/" + job + "/finish", obj("laborHours", "2"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        return receipt.id();
    }

    private long invoiceOf(long receipt) {
        return manager.get("/receipts/" + receipt).json().path("invoiceId").asLong();
    }

    private JsonNode pay(long invoice, long amount, String method) {
        Api.Res r = counter.post("/invoices/" + invoice + "/payments", obj("amount", amount, "method", method));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private static long lastPaymentId(JsonNode invoice) {
        JsonNode payments = invoice.path("payments");
        return payments.get(payments.size() - 1).path("id").asLong();
    }

    private JsonNode board(long receipt) {
        return manager.get("/statusPages/" + receipt).json();
    }

    private long lastSeq() {
        return manager.get("/events/last").json().path("seq").asLong();
    }

    private void setShop(long laborRate, int taxPercent) {
        Api.Res shop = manager.get("/shop");
        ObjectNode body = (ObjectNode) shop.json();
        body.remove("version");
        body.put("laborRatePerHour", laborRate);
        body.put("taxRatePercent", taxPercent);
        Api.Res r = manager.put("/shop", body, Map.of("If-Match", shop.header("ETag")));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
