package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shopsuite.model.EventType;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.PartRequestStatus;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.Role;

/** English and Korean are complete: same keys, and every key the screens use exists. */
class MessagesTest {
    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/shopsuite/desktop/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_ko.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheScreensUseExists() throws IOException {
        Set<String> used = new HashSet<>();
        Pattern code = Pattern.compile("(?:m|messages\\(\\))\\.get\\(\"([a-zA-Z]+(?:\\.[a-zA-Z]+)*)\"");
        Pattern fxml = Pattern.compile("\"%([a-zA-Z.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                for (Pattern p : new Pattern[] {code, fxml}) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (var e : EventType.values()) used.add("event." + e.name());
        for (var s : ReceiptStatus.values()) used.add("status." + s.name());
        for (var s : JobStatus.values()) used.add("job." + s.name());
        for (var s : InvoiceStatus.values()) used.add("invoice." + s.name());
        for (var s : PaymentMethod.values()) used.add("payment." + s.name());
        for (var s : PartRequestStatus.values()) used.add("partRequest." + s.name());
        for (var s : Role.values()) used.add("role." + s.name());
        for (var s : org.shopsuite.model.MovementKind.values()) used.add("movement." + s.name());
        for (var s : org.shopsuite.desktop.ui.manage.AuditViewModel.ENTITIES) used.add("audit.entity." + s);
        for (var s : org.shopsuite.desktop.client.EventStream.State.values()) used.add("connection." + s.name());
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void serverFieldMessagesAreTranslatedWithTheirNumbers() {
        Messages ko = new Messages(Locale.KOREAN);
        assertThat(ko.field("must be at most 100 characters")).isEqualTo("100자 이하");
        assertThat(ko.field("the payment 5000 is more than the balance 4000")).isEqualTo("결제액 5000이(가) 잔액 4000보다 큽니다");
        assertThat(ko.field("must be 1-20 letters, digits, spaces or hyphens")).startsWith("문자, 숫자");
        assertThat(ko.field("something new the client does not know"))
                .isEqualTo("something new the client does not know");
    }

    @Test
    void aServerThatAnswers503IsUnavailableNotUnreachable() {
        Messages en = new Messages(Locale.ENGLISH);
        var stopping = new org.shopsuite.desktop.client.ServerUnreachable(
                "the server at http://127.0.0.1:7070 is not available (503)",
                new org.shopsuite.desktop.client.ApiError(new org.shopsuite.model.Problem(
                        "about:blank", "Service Unavailable", 503, "the server is stopping", java.util.List.of())));
        var silent = new org.shopsuite.desktop.client.ServerUnreachable(
                "cannot reach the server", new java.net.ConnectException("Connection refused"));
        assertThat(en.describe(stopping)).startsWith("The server is not available right now");
        assertThat(en.describe(silent)).startsWith("The server cannot be reached");
        assertThat(new Messages(Locale.KOREAN).describe(stopping)).startsWith("서버를 지금 사용할 수 없습니다");
    }

    @Test
    void serverFieldErrorsWithoutATranslationOfTheirWordsAreTranslatedByCode() {
        Messages ko = new Messages(Locale.KOREAN);
        Messages en = new Messages(Locale.ENGLISH);
        var tooLong = new org.shopsuite.model.FieldError(
                "customerName",
                org.shopsuite.model.ErrorCode.TOO_LONG,
                "must hold at most 1000 code points",
                java.util.Map.of("max", 1000));
        assertThat(ko.field(tooLong)).isEqualTo("1,000자 이하");
        assertThat(en.field(tooLong))
                .as("English shows the server's words")
                .isEqualTo("must hold at most 1000 code points");
        var hidden = new org.shopsuite.model.FieldError(
                "customerName",
                org.shopsuite.model.ErrorCode.INVALID_CHARACTERS,
                "must not contain invisible formatting characters (U+200B)");
        assertThat(ko.field(hidden)).startsWith("보이지 않는 문자");
        var known = new org.shopsuite.model.FieldError(
                "customerName", org.shopsuite.model.ErrorCode.TOO_LONG, "must be at most 100 characters");
        assertThat(ko.field(known)).as("the exact words' translation first").isEqualTo("100자 이하");
        var unknownCode = new org.shopsuite.model.FieldError("x", null, "a newer server's words");
        assertThat(ko.field(unknownCode)).isEqualTo("a newer server's words");
    }

    @Test
    void moneyAndHoursAreFormattedForTheLocale() {
        Messages ko = new Messages(Locale.KOREAN);
        Messages en = new Messages(Locale.ENGLISH);
        assertThat(en.money(307_450, "KRW")).contains("307,450").doesNotContain(".");
        assertThat(en.money(12_345, "USD")).isEqualTo("$123.45");
        assertThat(ko.hours(new java.math.BigDecimal("1.5"))).isEqualTo("1.5시간");
        assertThat(en.hours(new java.math.BigDecimal("1.5"))).isEqualTo("1.5 h");
    }

    @Test
    void labourLinesAreNamedInTheUsersLanguage() {
        var labour = new org.shopsuite.model.InvoiceLine(
                org.shopsuite.model.LineKind.LABOR, "Labour: 엔진오일 교환", java.math.BigDecimal.ONE, 66_000, 66_000);
        var part = new org.shopsuite.model.InvoiceLine(
                org.shopsuite.model.LineKind.PART, "EO-1 엔진오일", java.math.BigDecimal.ONE, 48_000, 48_000);
        assertThat(new Messages(Locale.KOREAN).invoiceLine(labour)).isEqualTo("공임: 엔진오일 교환");
        assertThat(new Messages(Locale.ENGLISH).invoiceLine(labour)).isEqualTo("Labour: 엔진오일 교환");
        assertThat(new Messages(Locale.KOREAN).invoiceLine(part)).isEqualTo("EO-1 엔진오일");
    }
}
