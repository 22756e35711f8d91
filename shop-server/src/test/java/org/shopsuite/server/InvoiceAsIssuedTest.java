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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Pdfs;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * An invoice keeps what it was issued with (tax rate, labour rate, currency, the issuer's name,
 * address, phone, registration number and representative) and prints those, whatever the shop
 * settings say later; the two newer settings are optional in {@code PUT /shop}.
 */
class InvoiceAsIssuedTest {
    @TempDir
    Path dir;

    TestServer server;
    Api manager;
    long mechanicId;
    long oil;

    @BeforeEach
    void setUp() {
        server = new TestServer(dir);
        manager = Shop.admin(server);
        mechanicId = Shop.mechanic(manager, "김민수", "8");
        oil = Shop.part(manager, "EO-5W30", "엔진오일 5W-30", 10, 36_000);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void anInvoicePrintsTheTaxRateAndIssuerItWasIssuedWithAfterTheSettingsChange() {
        assertThat(putShop(
                                "name", "한빛 자동차 정비소",
                                "address", "서울특별시 마포구 월드컵로 123",
                                "phone", "02-123-4567",
                                "businessRegistrationNumber", "123-45-67891",
                                "representative", "김한빛",
                                "laborRatePerHour", 60_000,
                                "taxRatePercent", 10)
                        .status())
                .isEqualTo(200);
        long invoice = finishedInvoice();

        assertThat(putShop(
                                "name", "새 정비소",
                                "address", "부산광역시",
                                "phone", "051-999-0000",
                                "businessRegistrationNumber", "",
                                "representative", "박새주인",
                                "laborRatePerHour", 70_000,
                                "taxRatePercent", 7)
                        .status())
                .isEqualTo(200);

        JsonNode inv = manager.get("/invoices/" + invoice).json();
        assertThat(inv.path("taxRatePercent").decimalValue()).isEqualByComparingTo("10");
        assertThat(inv.path("laborRatePerHour").asLong()).isEqualTo(60_000);
        assertThat(inv.path("currency").asText()).isEqualTo("KRW");
        assertThat(inv.path("tax").asLong()).isEqualTo(15_600);
        JsonNode issuer = inv.path("issuer");
        assertThat(issuer.path("name").asText()).isEqualTo("한빛 자동차 정비소");
        assertThat(issuer.path("address").asText()).isEqualTo("서울특별시 마포구 월드컵로 123");
        assertThat(issuer.path("phone").asText()).isEqualTo("02-123-4567");
        assertThat(issuer.path("businessRegistrationNumber").asText()).isEqualTo("123-45-67891");
        assertThat(issuer.path("representative").asText()).isEqualTo("김한빛");

        String pdf = Pdfs.invoiceText(manager, invoice);
        assertThat(pdf)
                .contains("Tax (10%)", "KRW 15,600", "KRW 171,600")
                .contains("한빛 자동차 정비소", "서울특별시 마포구 월드컵로 123", "02-123-4567")
                .contains("대표자", "김한빛", "사업자등록번호", "123-45-67891")
                .doesNotContain("7%", "새 정비소", "박새주인", "부산");

        // The next invoice is issued with the settings as they are now.
        JsonNode next = manager.get("/invoices/" + finishedInvoice()).json();
        assertThat(next.path("taxRatePercent").decimalValue()).isEqualByComparingTo("7");
        assertThat(next.path("laborRatePerHour").asLong()).isEqualTo(70_000);
        assertThat(next.path("issuer").path("name").asText()).isEqualTo("새 정비소");
        assertThat(next.path("issuer").path("businessRegistrationNumber").isNull())
                .isTrue();
        assertThat(Pdfs.invoiceText(manager, next.path("id").asLong()))
                .contains("Tax (7%)", "새 정비소", "박새주인")
                .doesNotContain("사업자등록번호");
    }

    @Test
    void registrationNumberAndRepresentativeAreOptionalInPutShopAndAbsentMeansUnchanged() {
        Api.Res set = putShop("businessRegistrationNumber", "1234567891", "representative", " 김한빛 ");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().path("businessRegistrationNumber").asText()).isEqualTo("123-45-67891");
        assertThat(set.json().path("representative").asText()).isEqualTo("김한빛");

        // An older client's body, without the two fields, leaves them as they are.
        ObjectNode old = shopBody();
        old.remove("businessRegistrationNumber");
        old.remove("representative");
        old.put("name", "한빛 정비소");
        Api.Res older = manager.put(
                "/shop", old, Map.of("If-Match", manager.get("/shop").header("ETag")));
        assertThat(older.status()).as(older.toString()).isEqualTo(200);
        assertThat(older.json().path("businessRegistrationNumber").asText()).isEqualTo("123-45-67891");
        assertThat(older.json().path("representative").asText()).isEqualTo("김한빛");

        // Empty clears them.
        Api.Res cleared = putShop("businessRegistrationNumber", "", "representative", "");
        assertThat(cleared.json().path("businessRegistrationNumber").isNull()).isTrue();
        assertThat(cleared.json().path("representative").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused")
    @CsvSource(delimiter = '|', textBlock = """
            businessRegistrationNumber | 123-45-67890
            businessRegistrationNumber | 12-345-67891
            businessRegistrationNumber | 123456789
            businessRegistrationNumber | 123-45-6789a
            businessRegistrationNumber | 123.45.67891
            representative             | 가나다라마바사아자차카타파하가나다라마바사아자차카타파하가나다
            """)
    void anInvalidRegistrationNumberOrRepresentativeIsRefusedNamingTheField(String field, String value) {
        String before = manager.get("/shop").header("ETag");
        Api.Res r = putShop(field, value);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly(field);
        assertThat(manager.get("/shop").header("ETag")).isEqualTo(before);
    }

    /** The current settings as a PUT body, with {@code kv} replacing fields. */
    private Api.Res putShop(Object... kv) {
        ObjectNode body = shopBody();
        body.setAll(obj(kv));
        return manager.put(
                "/shop", body, Map.of("If-Match", manager.get("/shop").header("ETag")));
    }

    private ObjectNode shopBody() {
        ObjectNode body = (ObjectNode) manager.get("/shop").json();
        body.remove("version");
        return body;
    }

    /** A receipt worked for 2 h with one part, finished: its invoice's id. */
    private long finishedInvoice() {
        long job = Shop.receipt(manager, mechanicId, "2").json().path("jobId").asLong();
        assertThat(manager.post("/jobs/" + job + "/start", null).status()).isEqualTo(200);
        assertThat(manager.post("/jobs/" + job + "/partRequests", obj("vehiclePartId", oil, "quantity", 1))
                        .status())
                .isEqualTo(201);
        Api.Res done = manager.post("/jobs/" + job + "/finish", obj("laborHours", "2"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        return done.json().path("invoiceId").asLong();
    }
}
