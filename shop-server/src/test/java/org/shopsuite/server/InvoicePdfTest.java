package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.TestServer;

class InvoicePdfTest {
    @TempDir
    Path dir;

    @Test
    void theInvoicePdfCarriesTheShopTheLinesAndKoreanText() throws Exception {
        try (TestServer server = new TestServer(dir, Clock.systemUTC(), true)) {
            Api counter = server.api().as("counter", DemoData.PASSWORD);
            long id = counter.get("/invoices?status=PARTIALLY_PAID")
                    .json()
                    .path("items")
                    .get(0)
                    .path("id")
                    .asLong();
            String number = counter.get("/invoices/" + id).json().path("number").asText();
            HttpResponse<byte[]> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(counter.base() + "/invoices/" + id + ".pdf"))
                                    .header("Authorization", "Bearer " + counter.token())
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            try (var pdf = Loader.loadPDF(r.body())) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00A0\\u3000]+", " ");
                assertThat(text).contains(number, "한빛 자동차 정비소", "청구서", "BP-FR-KIA", "KRW 307,450", "KRW 207,450");
                assertThat(text).contains("대표자", "김한빛", "사업자등록번호", "123-45-67891", "Tax (10%)");
            }
            assertThat(server.api().get("/invoices/" + id + ".pdf").status()).isEqualTo(401);
            assertThat(server.api()
                            .as("kim", DemoData.PASSWORD)
                            .get("/invoices/" + id + ".pdf")
                            .status())
                    .isEqualTo(403);
        }
    }

    @Test
    void theMechanicsNotesAndHoursWorkedAreOnTheInvoice() throws Exception {
        try (TestServer server = new TestServer(dir, Clock.systemUTC(), true)) {
            Api counter = server.api().as("counter", DemoData.PASSWORD);
            Api lee = server.api().as("lee", DemoData.PASSWORD);
            // the demo's Carnival (receipt 5): in progress, by lee
            long job = counter.get("/receipts/5").json().path("jobId").asLong();
            Api.Res finished = lee.post(
                    "/jobs/" + job + "/finish",
                    org.shopsuite.server.support.Api.obj(
                            "laborHours", "2.5", "notes", "Rear pads at 3 mm - advise customer"));
            assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
            long invoice = finished.json().path("invoiceId").asLong();

            String text = org.shopsuite.server.support.Pdfs.invoiceText(counter, invoice);
            assertThat(text)
                    .contains("정비사 소견", "Mechanic's notes")
                    .contains("Rear pads at 3 mm - advise customer")
                    .contains("Hours worked: 2.5 h");
        }
    }
}
