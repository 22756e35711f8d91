package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Pdfs;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Voiding an invoice with money paid refunds it in the same change (or is refused), a void
 * invoice owes nothing, the board follows, and the work is invoiced again by a manager.
 */
class VoidAndReissueTest {
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
    void voidingAPaidInvoiceWithoutARefundMethodIsRefusedNamingTheAmountAndWritesNothing() {
        long invoice = invoiceOf(finishedReceipt());
        pay(invoice, TOTAL, "CARD");
        JsonNode before = manager.get("/invoices/" + invoice).json();
        long seq = lastSeq();

        Api.Res r = manager.post("/invoices/" + invoice + "/void", obj("reason", "오발행"));

        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.errorFields()).containsExactly("refundMethod");
        assertThat(r.json().path("detail").asText()).contains("171600");
        assertThat(r.json().at("/errors/0/code").asText()).isEqualTo("required");
        assertThat(r.json().at("/errors/0/params/paid").asLong()).isEqualTo(171600);
        assertThat(r.json().at("/errors/0/params/allowed").toString()).contains("CASH", "CARD", "TRANSFER");
        assertThat(manager.get("/invoices/" + invoice).json()).isEqualTo(before);
        assertThat(lastSeq()).as("no event").isEqualTo(seq);
    }

    @Test
    void voidingAPaidInvoiceRefundsWhatWasPaidInTheSameChangeAndTheBoardFollows() {
        long receipt = finishedReceipt();
        long invoice = invoiceOf(receipt);
        pay(invoice, TOTAL, "CARD");
        long seq = lastSeq();

        Api.Res r = manager.post("/invoices/" + invoice + "/void", obj("reason", "카드 착오", "refundMethod", "CARD"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode inv = r.json();
        assertThat(inv.path("status").asText()).isEqualTo("VOID");
        assertThat(inv.path("paid").asLong()).isZero();
        assertThat(inv.path("balance").asLong()).isZero();
        assertThat(inv.path("voidReason").asText()).isEqualTo("카드 착오");
        assertThat(inv.path("voidedAt").asText()).isNotEmpty();
        JsonNode payments = inv.path("payments");
        assertThat(payments).hasSize(2);
        JsonNode refund = payments.get(1);
        assertThat(refund.path("amount").asLong()).isEqualTo(-TOTAL);
        assertThat(refund.path("method").asText()).isEqualTo("CARD");
        assertThat(refund.path("receivedBy").asText()).isEqualTo("admin");
        assertThat(refund.path("receivedAt").asText()).isNotEmpty();

        JsonNode events = manager.get("/events?since=" + seq).json().path("items");
        assertThat(events.findValuesAsText("type")).containsExactly("InvoiceVoided", "PaymentRefunded");
        JsonNode refunded = events.get(1).path("data");
        assertThat(refunded.path("invoiceId").asLong()).isEqualTo(invoice);
        assertThat(refunded.path("paymentId").asLong())
                .isEqualTo(refund.path("id").asLong());
        assertThat(refunded.path("amount").asLong()).isEqualTo(-TOTAL);
        assertThat(refunded.path("method").asText()).isEqualTo("CARD");
        assertThat(refunded.path("paid").asLong()).isZero();
        assertThat(refunded.path("balance").asLong()).isZero();
        assertThat(refunded.path("status").asText()).isEqualTo("VOID");

        JsonNode row = manager.get("/statusPages/" + receipt).json();
        assertThat(row.path("invoiceTotal").isNull()).as(row.toString()).isTrue();
        assertThat(row.path("invoiceStatus").asText()).isEqualTo("VOID");

        assertThat(Pdfs.invoiceText(manager, invoice))
                .contains("VOID", "환불", "Refunded", "+KRW 171,600", "Balance due KRW 0");
    }

    @Test
    void voidingAPartlyPaidInvoiceRefundsThePartPaid() {
        long invoice = invoiceOf(finishedReceipt());
        pay(invoice, 100_000, "CASH");

        Api.Res r = manager.post("/invoices/" + invoice + "/void", obj("reason", "재작업", "refundMethod", "cash"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("paid").asLong()).isZero();
        assertThat(r.json().path("balance").asLong()).isZero();
        assertThat(r.json().path("payments").findValuesAsText("amount")).containsExactly("100000", "-100000");
    }

    @Test
    void voidingAnUnpaidInvoiceOwesNothingAndRecordsNoRefund() {
        long receipt = finishedReceipt();
        long invoice = invoiceOf(receipt);
        assertThat(manager.get("/statusPages/" + receipt)
                        .json()
                        .path("invoiceStatus")
                        .asText())
                .isEqualTo("ISSUED");

        Api.Res r = manager.post("/invoices/" + invoice + "/void", obj("reason", "오발행", "refundMethod", "CASH"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("balance").asLong()).isZero();
        assertThat(r.json().path("payments")).isEmpty();
        assertThat(manager.get("/statusPages/" + receipt)
                        .json()
                        .path("invoiceTotal")
                        .isNull())
                .isTrue();
        assertThat(manager.post("/invoices/" + invoice + "/void", obj("reason", "again"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aManagerReissuesAVoidInvoiceForTheSameWorkWithTodaysSettings() {
        long receipt = finishedReceipt();
        long first = invoiceOf(receipt);
        JsonNode original = manager.get("/invoices/" + first).json();
        pay(first, TOTAL, "CARD");
        manager.post("/invoices/" + first + "/void", obj("reason", "카드 착오", "refundMethod", "CARD"));
        setShop(70_000, 7);
        long seq = lastSeq();

        assertThat(counter.post("/receipts/" + receipt + "/reissueInvoice", obj("reason", "재발행"))
                        .status())
                .isEqualTo(403);
        Api.Res r = manager.post("/receipts/" + receipt + "/reissueInvoice", obj("reason", "법인 카드로 재결제"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("id").asLong()).as("the receipt").isEqualTo(receipt);
        long second = r.json().path("invoiceId").asLong();
        assertThat(second).isNotEqualTo(first);
        JsonNode inv = manager.get("/invoices/" + second).json();
        String year = original.path("number").asText().substring(4, 8);
        assertThat(inv.path("number").asText()).isEqualTo("INV-" + year + "-000002");
        assertThat(inv.path("status").asText()).isEqualTo("ISSUED");
        assertThat(inv.path("replacesInvoiceId").asLong()).isEqualTo(first);
        assertThat(inv.path("receiptId").asLong()).isEqualTo(receipt);
        assertThat(inv.path("jobId").asLong()).isEqualTo(original.path("jobId").asLong());
        // the same work: the hours and the part as at finish, priced with today's settings
        assertThat(inv.path("lines").findValuesAsText("quantity"))
                .isEqualTo(original.path("lines").findValuesAsText("quantity"));
        assertThat(inv.path("lines").findValuesAsText("description"))
                .isEqualTo(original.path("lines").findValuesAsText("description"));
        assertThat(inv.path("laborRatePerHour").asLong()).isEqualTo(70_000);
        assertThat(inv.path("taxRatePercent").decimalValue()).isEqualByComparingTo("7");
        assertThat(inv.path("subtotal").asLong()).isEqualTo(176_000);
        assertThat(inv.path("tax").asLong()).isEqualTo(12_320);
        assertThat(inv.path("balance").asLong()).isEqualTo(188_320);

        JsonNode events = manager.get("/events?since=" + seq).json().path("items");
        assertThat(events.findValuesAsText("type")).containsExactly("InvoiceIssued");
        JsonNode issued = events.get(0).path("data");
        assertThat(issued.path("invoiceId").asLong()).isEqualTo(second);
        assertThat(issued.path("replacesInvoiceId").asLong()).isEqualTo(first);
        assertThat(issued.path("reason").asText()).isEqualTo("법인 카드로 재결제");

        JsonNode row = manager.get("/statusPages/" + receipt).json();
        assertThat(row.path("invoiceTotal").asLong()).isEqualTo(188_320);
        assertThat(row.path("invoiceStatus").asText()).isEqualTo("ISSUED");
        assertThat(manager.get("/jobs/" + inv.path("jobId").asLong())
                        .json()
                        .path("invoiceId")
                        .asLong())
                .isEqualTo(second);
        JsonNode old = manager.get("/invoices/" + first).json();
        assertThat(old.path("status").asText()).isEqualTo("VOID");
        assertThat(old.path("taxRatePercent").decimalValue()).isEqualByComparingTo("10");

        // A receipt has one invoice that is not void: a second reissue is refused.
        Api.Res again = manager.post("/receipts/" + receipt + "/reissueInvoice", obj("reason", "또"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().path("detail").asText())
                .contains(inv.path("number").asText());
        assertThat(pay(second, 188_320, "CARD").path("status").asText()).isEqualTo("PAID");
        assertThat(manager.get("/statusPages/" + receipt)
                        .json()
                        .path("invoiceStatus")
                        .asText())
                .isEqualTo("PAID");
    }

    @Test
    void reissueIsRefusedWithoutAVoidInvoiceOrFinishedWork() {
        long open = finishedReceipt();
        assertThat(manager.post("/receipts/" + open + "/reissueInvoice", obj("reason", "x"))
                        .status())
                .isEqualTo(409);
        long unfinished = Shop.receipt(manager, mechanicId, "1").id();
        assertThat(manager.post("/receipts/" + unfinished + "/reissueInvoice", obj("reason", "x"))
                        .status())
                .isEqualTo(409);
        assertThat(manager.post("/receipts/999999/reissueInvoice", obj("reason", "x"))
                        .status())
                .isEqualTo(404);
        Api.Res blank = manager.post("/receipts/" + open + "/reissueInvoice", obj("reason", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorFields()).containsExactly("reason");
    }

    @Test
    void aRepeatedReissueWithTheSameIdempotencyKeyIssuesOnce() {
        long receipt = voidedReceipt();
        Map<String, String> key = Map.of("Idempotency-Key", "reissue-1");
        Api.Res first = manager.post("/receipts/" + receipt + "/reissueInvoice", "{\"reason\":\"재발행\"}", key);
        Api.Res again = manager.post("/receipts/" + receipt + "/reissueInvoice", "{\"reason\":\"재발행\"}", key);
        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(invoicesOf(receipt)).isEqualTo(2);
    }

    @Test
    void concurrentReissuesIssueExactlyOneNewInvoice() throws Exception {
        long receipt = voidedReceipt();
        int clients = 16;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Api.Res> results = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Res>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return manager.post("/receipts/" + receipt + "/reissueInvoice", obj("reason", "동시 재발행"));
                }));
            }
            go.countDown();
            for (Future<Api.Res> f : futures) {
                results.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(results.stream().filter(r -> r.status() == 200)).hasSize(1);
        assertThat(results.stream().filter(r -> r.status() == 409)).hasSize(clients - 1);
        assertThat(invoicesOf(receipt)).isEqualTo(2);
    }

    @Test
    void theSchemaAllowsOneInvoiceThatIsNotVoidPerReceipt() throws Exception {
        long receipt = voidedReceipt();
        long first = invoiceOf(receipt);
        assertThat(manager.post("/receipts/" + receipt + "/reissueInvoice", obj("reason", "재발행"))
                        .status())
                .isEqualTo(200);
        server.stop();
        try (Connection c = TestServer.database(dir)) {
            assertThatThrownBy(() -> c.createStatement()
                            .executeUpdate("UPDATE invoices SET status = 'ISSUED' WHERE id = " + first))
                    .isInstanceOf(SQLException.class)
                    .message()
                    .containsIgnoringCase("unique");
        }
        server.start();
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

    private long voidedReceipt() {
        long receipt = finishedReceipt();
        Api.Res r = manager.post("/invoices/" + invoiceOf(receipt) + "/void", obj("reason", "오발행"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return receipt;
    }

    private long invoiceOf(long receipt) {
        return manager.get("/receipts/" + receipt).json().path("invoiceId").asLong();
    }

    private int invoicesOf(long receipt) {
        int n = 0;
        for (JsonNode inv : manager.get("/invoices?limit=500").json().path("items")) {
            if (inv.path("receiptId").asLong() == receipt) {
                n++;
            }
        }
        return n;
    }

    private JsonNode pay(long invoice, long amount, String method) {
        Api.Res r = counter.post("/invoices/" + invoice + "/payments", obj("amount", amount, "method", method));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
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
