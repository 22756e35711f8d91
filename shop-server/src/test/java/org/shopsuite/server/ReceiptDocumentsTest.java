package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.TestServer;

/**
 * The work order and the claim ticket, rendered as the printer would get them: every line of the
 * receipt is in the PDF, whole (a long request wraps rather than being cut), on A4.
 */
class ReceiptDocumentsTest {
    @TempDir
    Path dir;

    static String text(Api api, String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(api.base() + path))
                                .header("Authorization", "Bearer " + api.token())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (var pdf = Loader.loadPDF(r.body())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("A4").isBetween(595f, 596f);
            return new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00A0\\u3000]+", " ");
        }
    }

    @Test
    void theWorkOrderAndTheClaimTicketCarryEveryLineWhole() throws Exception {
        try (TestServer server = new TestServer(dir, Clock.systemUTC(), true)) {
            Api counter = server.api().as("counter", DemoData.PASSWORD);
            Api lee = server.api().as("lee", DemoData.PASSWORD);
            // the demo's Carnival: in progress with parts, by lee
            long id = 5;
            java.time.Instant promised = java.time.Instant.now()
                    .plus(java.time.Duration.ofDays(2))
                    .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
            String shown = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(promised.atZone(java.time.ZoneId.of("Asia/Seoul")));
            String longRequest = "타이밍 벨트 교체 및 워터펌프 점검, 냉각수 누유 확인 후 필요 시 호스 교체"
                    + " (timing belt, water pump check; replace hoses if the coolant leak is confirmed)";
            String version =
                    counter.get("/receipts/" + id).json().path("version").asText();
            Api.Res changed = counter.patch(
                    "/receipts/" + id,
                    obj("request", longRequest, "promisedAt", promised.toString()),
                    Map.of("If-Match", "\"" + version + "\""));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

            String work = text(lee, "/receipts/" + id + "/workOrder.pdf");
            assertThat(work)
                    .contains("작업지시서", "WORK ORDER", "90마 1234", "Carnival", "66,800 km", "이서준")
                    .contains("타이밍 벨트 교체", "hoses if the coolant leak is confirmed)")
                    .contains("TB-KIT-01", "Timing belt kit", "TB-IDL-01", "x2")
                    .contains(shown)
                    .doesNotContain("010-7777-8888", "KRW");

            String ticket = text(counter, "/receipts/" + id + "/claimTicket.pdf");
            assertThat(ticket)
                    .contains("접수증", "CLAIM TICKET", "한빛 자동차 정비소", "123-45-67891", "김한빛")
                    .contains("Daniel Park", "010-7777-8888", "90마 1234", shown)
                    .contains("hoses if the coolant leak is confirmed)");

            // another mechanic's job, and the customer's ticket, are not a mechanic's to print
            Api kim = server.api().as("kim", DemoData.PASSWORD);
            assertThat(kim.get("/receipts/" + id + "/workOrder.pdf").status()).isEqualTo(403);
            assertThat(lee.get("/receipts/" + id + "/claimTicket.pdf").status()).isEqualTo(403);
        }
    }
}
