package org.shopsuite.desktop.ui.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shopsuite.desktop.ui.OfflineSession;
import org.shopsuite.desktop.ui.PaymentMethods;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.PaymentMethod;

/** What is refused before a payment with points is sent, and where points are offered at all. */
class PayWithPointsTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            # point value, amount, refused
            1,  5000, false
            10, 5000, false
            10, 5005, true
            1,  0,    true
            """)
    void anAmountMustBeAWholeNumberOfPoints(long pointValue, long amount, boolean refused) {
        PayWithPoints p = new PayWithPoints(OfflineSession.of("en", pointValue), Tasks.direct());
        assertThat(p.refusal(amount) != null).isEqualTo(refused);
        if (refused) {
            assertThat(p.refusal(amount)).contains("multiple");
        }
    }

    @Test
    void withoutACustomerThereAreNoPointsToUse() {
        PayWithPoints p = new PayWithPoints(OfflineSession.of("ko", 1), Tasks.direct());
        p.load(null);
        assertThat(p.textProperty().get()).isEqualTo("고객 정보가 없는 접수라 포인트를 쓸 수 없습니다");
        assertThat(p.balance()).isNull();
    }

    @Test
    void pointsPayInvoicesOnly() {
        assertThat(PaymentMethods.INVOICE).contains(PaymentMethod.POINTS);
        assertThat(PaymentMethods.MONEY)
                .containsExactly(PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.TRANSFER)
                .doesNotContain(PaymentMethod.POINTS);
        assertThat(List.copyOf(PaymentMethods.MONEY)).hasSize(3);
    }
}
