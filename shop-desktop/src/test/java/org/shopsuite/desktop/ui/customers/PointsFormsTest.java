package org.shopsuite.desktop.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.OfflineSession;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Coupon;
import org.shopsuite.model.CouponStatus;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.PointsEntry;
import org.shopsuite.model.PointsKind;
import org.shopsuite.model.PromotionKind;

/**
 * The points forms' rules that need no server: the amount follows the points until it is typed,
 * what is refused before sending, and how coupons and ledger entries read. The client points at a
 * port nobody listens on: a call that is made fails, and the tests say when one must not be.
 */
class PointsFormsTest {
    static SellPointsViewModel sell(long pointValue) {
        return new SellPointsViewModel(OfflineSession.of("en", pointValue), Tasks.direct(), 7, "Kim", pointValue);
    }

    @Test
    void theAmountFollowsThePointsTimesTheirValueUntilTheUserTypesOne() {
        SellPointsViewModel vm = sell(5);
        vm.pointsProperty().set("3000");
        assertThat(vm.amountProperty().get()).isEqualTo("15000");
        vm.pointsProperty().set("5,000");
        assertThat(vm.amountProperty().get()).isEqualTo("25000");
        vm.amountProperty().set("20000");
        vm.pointsProperty().set("6000");
        assertThat(vm.amountProperty().get()).as("typed by the user: kept").isEqualTo("20000");
        vm.amountProperty().set("");
        vm.pointsProperty().set("100");
        assertThat(vm.amountProperty().get()).as("cleared: it follows again").isEqualTo("500");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # points, amount, method, field refused
            '',     '100', CASH,   points
            0,      '0',   CARD,   points
            abc,    '100', CASH,   points
            100,    '-5',  CASH,   amount
            100,    '100', POINTS, method
            """)
    void refusesBeforeSending(String points, String amount, PaymentMethod method, String field) {
        SellPointsViewModel vm = sell(1);
        vm.pointsProperty().set(points);
        vm.amountProperty().set(amount);
        vm.methodProperty().set(method);
        AtomicReference<Object> sold = new AtomicReference<>();
        vm.submit(() -> sold.set("closed"), sold::set);
        assertThat(vm.fieldErrors()).containsKey(field);
        assertThat(vm.errorProperty().get()).as("nothing was sent").isEmpty();
        assertThat(sold.get()).isNull();
    }

    @Test
    void aSaleTheServerCannotTakeKeepsTheDialogOpenWithTheReason() {
        SellPointsViewModel vm = sell(1);
        vm.pointsProperty().set("3000");
        AtomicReference<Object> sold = new AtomicReference<>();
        vm.submit(() -> sold.set("closed"), sold::set);
        assertThat(sold.get()).isNull();
        assertThat(vm.errorProperty().get()).isNotEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            en, PERCENT_LABOR, 10,   10% off labour
            en, PERCENT_TOTAL, 5,    5% off the total
            en, AMOUNT,        5000, '₩5,000 off'
            ko, PERCENT_LABOR, 10,   공임 10% 할인
            ko, AMOUNT,        5000, '₩5,000 할인'
            """)
    void aCouponSaysWhatItTakesOff(String lang, PromotionKind kind, long value, String text) {
        assertThat(CustomerPointsViewModel.discount(kind, value, new Messages(Locale.forLanguageTag(lang)), "KRW"))
                .isEqualTo(text);
    }

    @Test
    void theLedgerReadsInTheUsersLanguageWithItsSign() {
        CustomerPointsViewModel vm = new CustomerPointsViewModel(OfflineSession.of("ko", 1), Tasks.direct());
        PointsEntry in = new PointsEntry(
                1, PointsKind.PURCHASED, 3000, "sale 1", Instant.EPOCH, "counter", null, null, null, null);
        PointsEntry out =
                new PointsEntry(2, PointsKind.SPENT, -1000, "INV-1", Instant.EPOCH, "counter", null, null, null, null);
        assertThat(vm.kind(in)).isEqualTo("충전");
        assertThat(vm.signed(in)).isEqualTo("+3,000");
        assertThat(vm.kind(out)).isEqualTo("사용");
        assertThat(vm.signed(out)).isEqualTo("−1,000");
        assertThat(vm.balanceText(8000, 1)).isEqualTo("8,000포인트 (₩8,000)");
        Coupon c = new Coupon(
                1,
                "BK-1",
                1,
                "Booking",
                PromotionKind.PERCENT_LABOR,
                10,
                7,
                null,
                CouponStatus.ISSUED,
                Instant.EPOCH,
                Instant.parse("2026-12-31T03:00:00Z"),
                null,
                null);
        assertThat(vm.status(c)).isEqualTo("사용 가능");
        assertThat(vm.expires(c)).isEqualTo(new Messages(Locale.KOREAN).date(java.time.LocalDate.of(2026, 12, 31)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            en, appointment 8,                          'Booking #8'
            ko, appointment 8,                          '예약 #8'
            ko, purchase 2,                             '충전 #2'
            ko, invoice INV-2026-0004,                  INV-2026-0004
            en, 'appointment 3, invoice INV-2026-0004', 'Booking #3 → INV-2026-0004'
            ko, something else,                         something else
            """)
    void aLedgerReferenceIsSaidInTheUsersLanguage(String lang, String reference, String shown) {
        CustomerPointsViewModel vm = new CustomerPointsViewModel(OfflineSession.of(lang, 1), Tasks.direct());
        assertThat(vm.reference(new PointsEntry(
                        1, PointsKind.DEPOSIT, -1000, reference, Instant.EPOCH, "desk", null, null, null, null)))
                .isEqualTo(shown);
    }

    @Test
    void everyPointsKindAndCouponStatusIsTranslated() {
        for (String lang : new String[] {"en", "ko"}) {
            Messages m = new Messages(Locale.forLanguageTag(lang));
            for (PointsKind k : PointsKind.values()) {
                assertThat(m.get("points.kind." + k.name())).doesNotStartWith("points.kind.");
            }
            for (CouponStatus s : CouponStatus.values()) {
                assertThat(m.get("coupon.status." + s.name())).doesNotStartWith("coupon.status.");
            }
            for (PaymentMethod p : PaymentMethod.values()) {
                assertThat(m.get("payment." + p.name())).doesNotStartWith("payment.");
            }
        }
    }
}
