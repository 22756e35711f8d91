package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * The work of a location (issue 22): a receipt belongs to the location of the session that took it,
 * with its row on the board and its invoice, which the location numbers (its prefix, its own
 * gapless counter per year) and names as issuer. A single shop sees every receipt where it was.
 */
class LocationWorkTest {
    private static final Pattern NUMBER = Pattern.compile("(.+)-(\\d{4})-(\\d{6})");

    @TempDir
    Path dir;

    private static List<Long> ids(JsonNode page, String field) {
        List<Long> out = new ArrayList<>();
        page.path("items").forEach(n -> out.add(n.path(field).asLong()));
        return out;
    }

    private static JsonNode finish(Api api, long job) {
        Api.Res done = api.post("/jobs/" + job + "/finish", obj("laborHours", "1"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        long receipt = done.json().path("receiptId").asLong();
        long invoice = api.get("/receipts/" + receipt).json().path("invoiceId").asLong();
        return api.get("/invoices/" + invoice).json();
    }

    @Test
    void aReceiptItsBoardRowAndItsInvoiceBelongToTheLocationThatTookIt() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api counter = Shop.admin(server);
            long mechanic = Shop.mechanic(counter, "김정비", "8");
            long here = Shop.receipt(counter, mechanic, "1").id();
            assertThat(counter.get("/receipts/" + here)
                            .json()
                            .path("locationId")
                            .asLong())
                    .as("a single shop's receipts are location 1's")
                    .isEqualTo(1);

            long gangnam = counter.post(
                            "/locations",
                            obj(
                                    "name", "강남점",
                                    "address", "서울 강남구 테헤란로 1",
                                    "phone", "02-555-0101",
                                    "businessRegistrationNumber", "220-81-62517",
                                    "invoicePrefix", "INV-GN",
                                    "timezone", "Asia/Seoul"))
                    .id();
            Api boss = Shop.managerAt(counter, gangnam);
            long there = Shop.receipt(boss, mechanic, "1").id();
            JsonNode receipt = boss.get("/receipts/" + there).json();
            assertThat(receipt.path("locationId").asLong()).isEqualTo(gangnam);
            JsonNode taken = boss.get("/receipts/" + there + "/events")
                    .json()
                    .path("items")
                    .get(0);
            assertThat(taken.path("type").asText()).isEqualTo("RepairRequested");
            assertThat(taken.path("data").path("locationId").asLong()).isEqualTo(gangnam);

            assertThat(ids(boss.get("/receipts?locationId=" + gangnam).json(), "id"))
                    .containsExactly(there);
            assertThat(ids(boss.get("/receipts?locationId=1").json(), "id")).containsExactly(here);
            assertThat(ids(boss.get("/receipts").json(), "id"))
                    .as("the chain's")
                    .containsExactly(there, here);
            assertThat(ids(boss.get("/receipts?q=홍길동&locationId=" + gangnam).json(), "id"))
                    .as("found by name, at the location")
                    .containsExactly(there);
            assertThat(ids(boss.get("/receipts?q=1234-5678&locationId=1").json(), "id"))
                    .as("found by phone, at the location")
                    .containsExactly(here);
            assertThat(ids(boss.get("/receipts?q=홍&locationId=" + gangnam).json(), "id"))
                    .as("a name's first letter, at the location")
                    .containsExactly(there);
            JsonNode board = boss.get("/statusPages?locationId=" + gangnam).json();
            assertThat(ids(board, "receiptId")).containsExactly(there);
            assertThat(board.path("items").get(0).path("locationId").asLong()).isEqualTo(gangnam);
            assertThat(ids(boss.get("/statusPages?locationId=1").json(), "receiptId"))
                    .containsExactly(here);
            assertThat(ids(boss.get("/statusPages").json(), "receiptId")).containsExactly(there, here);
            assertThat(boss.get("/receipts?locationId=x").errorFields()).containsExactly("locationId");

            // the invoice: the location's number and its business as issuer; the chain's tax
            long job = receipt.path("jobId").asLong();
            assertThat(boss.post("/jobs/" + job + "/start", null).status()).isEqualTo(200);
            JsonNode invoice = finish(boss, job);
            Matcher n = NUMBER.matcher(invoice.path("number").asText());
            assertThat(n.matches()).as(invoice.path("number").asText()).isTrue();
            assertThat(n.group(1)).isEqualTo("INV-GN");
            assertThat(n.group(3)).isEqualTo("000001");
            assertThat(invoice.path("locationId").asLong()).isEqualTo(gangnam);
            assertThat(invoice.path("issuer").path("name").asText()).isEqualTo("강남점");
            assertThat(invoice.path("issuer").path("address").asText()).isEqualTo("서울 강남구 테헤란로 1");
            assertThat(invoice.path("issuer").path("businessRegistrationNumber").asText())
                    .isEqualTo("220-81-62517");
            assertThat(ids(boss.get("/invoices?locationId=" + gangnam).json(), "id"))
                    .containsExactly(invoice.path("id").asLong());
            assertThat(ids(boss.get("/invoices?locationId=1").json(), "id")).isEmpty();

            // location 1 numbers from its own counter
            long jobHere = counter.get("/receipts/" + here).json().path("jobId").asLong();
            assertThat(counter.post("/jobs/" + jobHere + "/start", null).status())
                    .isEqualTo(200);
            JsonNode first = finish(counter, jobHere);
            assertThat(first.path("number").asText()).matches("INV-\\d{4}-000001");
            assertThat(first.path("locationId").asLong()).isEqualTo(1);

            // after a restart, each goes on where it was
            server.stop();
            server.start();
            Api again = server.api().withToken(boss.token());
            JsonNode second = finish(again, Shop.startedJob(again, mechanic));
            assertThat(second.path("number").asText()).matches("INV-GN-\\d{4}-000002");
            assertThat(again.get("/statusPages?locationId=" + gangnam)
                            .json()
                            .path("items")
                            .size())
                    .isEqualTo(2);
        }
    }

    @Test
    void invoicesFinishedAtOnceAtTwoLocationsAreNumberedGaplessAtEach() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api counter = Shop.admin(server);
            long gangnam = counter.post(
                            "/locations", obj("name", "강남점", "invoicePrefix", "GN", "timezone", "Asia/Seoul"))
                    .id();
            Api boss = Shop.managerAt(counter, gangnam);
            int each = 12;
            List<Callable<String>> finishes = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                long mechanic = Shop.mechanic(counter, "정비" + i, "8");
                long jobHere = Shop.startedJob(counter, mechanic);
                long jobThere = Shop.startedJob(boss, mechanic);
                finishes.add(() -> finish(counter, jobHere).path("number").asText());
                finishes.add(() -> finish(boss, jobThere).path("number").asText());
            }
            List<String> numbers = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (Future<String> f : pool.invokeAll(finishes)) {
                    numbers.add(f.get());
                }
            } finally {
                pool.shutdownNow();
            }
            List<Integer> here = new ArrayList<>();
            List<Integer> there = new ArrayList<>();
            for (String number : numbers) {
                Matcher n = NUMBER.matcher(number);
                assertThat(n.matches()).as(number).isTrue();
                (n.group(1).equals("GN") ? there : here).add(Integer.parseInt(n.group(3)));
                assertThat(n.group(1)).isIn("INV", "GN");
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= each; i++) {
                expected.add(i);
            }
            assertThat(here).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(there).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static void pay(Api api, JsonNode invoice, long amount, String method) {
        Api.Res paid = api.post(
                "/invoices/" + invoice.path("id").asLong() + "/payments", obj("amount", amount, "method", method));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    }

    @Test
    void eachLocationHasItsDrawerAndItsFiguresAndTheChainHasAll() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api counter = Shop.admin(server);
            long mechanic = Shop.mechanic(counter, "김정비", "8");
            long gangnam = counter.post(
                            "/locations", obj("name", "강남점", "invoicePrefix", "GN", "timezone", "Asia/Seoul"))
                    .id();
            Api boss = Shop.managerAt(counter, gangnam);
            JsonNode there = finish(boss, Shop.startedJob(boss, mechanic));
            pay(boss, there, there.path("total").asLong(), "CASH");
            JsonNode here = finish(counter, Shop.startedJob(counter, mechanic));
            pay(counter, here, 1000, "CARD");

            JsonNode drawer = boss.get("/reports/dailyClose").json();
            assertThat(drawer.path("locationId").asLong())
                    .as("the session's drawer")
                    .isEqualTo(gangnam);
            assertThat(drawer.path("cash").path("payments").asLong())
                    .isEqualTo(there.path("total").asLong());
            assertThat(drawer.path("invoices").path("issued").asInt()).isEqualTo(1);
            assertThat(drawer.path("payments").size()).isEqualTo(1);
            assertThat(drawer.path("payments").get(0).path("method").asText()).isEqualTo("CASH");
            JsonNode first = counter.get("/reports/dailyClose").json();
            assertThat(first.path("locationId").asLong()).isEqualTo(1);
            assertThat(first.path("cash").path("payments").asLong()).isZero();
            assertThat(first.path("payments").get(0).path("method").asText()).isEqualTo("CARD");
            assertThat(boss.get("/reports/dailyClose?locationId=1").json().path("payments"))
                    .isEqualTo(first.path("payments"));
            assertThat(boss.get("/reports/dailyClose?locationId=99").errorFields())
                    .containsExactly("locationId");

            // one standing count per location and day
            String today = drawer.path("date").asText();
            long expected = drawer.path("cash").path("expected").asLong();
            Api.Res counted = boss.post("/reports/dailyClose", obj("date", today, "countedCash", expected));
            assertThat(counted.status()).as(counted.toString()).isEqualTo(201);
            assertThat(counted.json().path("close").path("difference").asLong()).isZero();
            JsonNode recorded = boss.get("/events?since=0").json().path("items");
            JsonNode event = recorded.get(recorded.size() - 1);
            assertThat(event.path("type").asText()).isEqualTo("DailyCloseRecorded");
            assertThat(event.path("data").path("locationId").asLong()).isEqualTo(gangnam);
            assertThat(boss.post("/reports/dailyClose", obj("date", today, "countedCash", expected))
                            .status())
                    .isEqualTo(409);
            Api.Res alsoHere = counter.post("/reports/dailyClose", obj("date", today, "countedCash", 0));
            assertThat(alsoHere.status()).as(alsoHere.toString()).isEqualTo(201);
            assertThat(counter.get("/reports/dailyClose")
                            .json()
                            .path("close")
                            .path("countedCash")
                            .asLong())
                    .isZero();

            // the chain's figures, and each location's
            assertThat(counter.get("/reports/sales")
                            .json()
                            .path("total")
                            .path("repairOrders")
                            .asInt())
                    .isEqualTo(2);
            assertThat(counter.get("/reports/sales?locationId=" + gangnam)
                            .json()
                            .path("total")
                            .path("repairOrders")
                            .asInt())
                    .isEqualTo(1);
            assertThat(counter.get("/reports/receivables").json().path("count").asInt())
                    .isEqualTo(1);
            assertThat(counter.get("/reports/receivables?locationId=1")
                            .json()
                            .path("items")
                            .get(0)
                            .path("invoiceId")
                            .asLong())
                    .isEqualTo(here.path("id").asLong());
            assertThat(counter.get("/reports/receivables?locationId=" + gangnam)
                            .json()
                            .path("count")
                            .asInt())
                    .isZero();
            Api.Res pdf = boss.get("/reports/dailyClose?format=pdf");
            assertThat(pdf.status()).isEqualTo(200);
        }
    }
}
