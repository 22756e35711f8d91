package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.openReceipt;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.Coupon;
import org.shopsuite.model.CouponStatus;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.InvoiceLine;
import org.shopsuite.model.LineKind;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.PointsEntry;
import org.shopsuite.model.Receipt;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The bike-rental flow at the counter: points sold twice (3,000 then 5,000) show 8,000 on the card;
 * an invoice paid with points (more than the balance refused beside the amount); a coupon picked
 * from the customer's list redeemed on an invoice, its DISCOUNT line and the new total shown.
 */
@Tag("gui")
class PointsAndCouponsTest {
    /** A demo customer with an issued invoice and nothing paid on it. */
    static final String CUSTOMER = "송혜교";

    static final String CUSTOMER_QUERY = "송혜";

    /** A demo customer with no points. */
    static final String NO_POINTS = "한지민";

    @TempDir
    Path dir;

    ServerFixture server;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        server = new ServerFixture(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
    }

    private ShopClient api() {
        ShopClient c = new ShopClient(server.url());
        c.login("manager", ServerFixture.PASSWORD);
        return c;
    }

    private Receipt receipt(ShopClient c) {
        return c.receipts(CUSTOMER, null, null, null, 5).items().get(0);
    }

    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // the node's type is the caller's to say
    private static <T> T at(String dialogId, String selector) {
        return (T) in(dialogId, selector);
    }

    private void sell(FxDriver d, String points) throws Exception {
        d.press("#points-sell");
        d.await(() -> dialog("points-sell-dialog") != null);
        d.fx(() -> ((TextField) in("points-sell-dialog", "#points-sell-points")).setText(points));
        d.await(() -> !((TextField) in("points-sell-dialog", "#points-sell-amount"))
                .getText()
                .isEmpty());
        d.fx(() -> PointsAndCouponsTest.<ComboBox<PaymentMethod>>at("points-sell-dialog", "#points-sell-method")
                .setValue(PaymentMethod.CASH));
        d.fx(() -> ((javafx.scene.control.Button) in("points-sell-dialog", "#points-sell-dialog-submit")).fire());
        d.await(() -> dialog("points-sell-dialog") == null);
    }

    @Test
    void pointsSoldTwiceShowEightThousandOnTheCard() throws Exception {
        ShopClient check = api();
        FxDriver d = CustomersViewTest.customersOf(server, "counter");
        CustomersViewTest.open(d, "한지", NO_POINTS);
        d.await(() -> d.text("#points-balance").equals("0 points (₩0)"));
        long id = d.fx(() -> d.<ListView<org.shopsuite.model.Customer>>node("#customers-results")
                .getSelectionModel()
                .getSelectedItem()
                .id());

        sell(d, "3000");
        d.await(() -> d.text("#points-balance").equals("3,000 points (₩3,000)"));
        sell(d, "5000");
        d.await(() -> d.text("#points-balance").equals("8,000 points (₩8,000)"));
        assertThat(check.points(id).balance()).isEqualTo(8000);
        ListView<PointsEntry> ledger = d.node("#points-ledger");
        d.await(() -> ledger.getItems().size() == 2);
        assertThat(d.fx(() ->
                        ledger.getItems().stream().map(PointsEntry::points).toList()))
                .as("newest first")
                .containsExactly(5000L, 3000L);
        assertThat(d.text("#customers-message")).isEqualTo("Sold 5,000 points for ₩5,000; the balance is 8,000 points");
    }

    @Test
    void anInvoiceIsPaidWithPointsAndTooManyAreRefusedBesideTheAmount() throws Exception {
        ShopClient check = api();
        Receipt r = receipt(check);
        Invoice inv = check.invoice(r.invoiceId());
        long before = check.points(r.customerId()).balance();
        assertThat(before).as("the demo customer's points").isEqualTo(1000);
        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        openReceipt(d, CUSTOMER);
        d.await(() -> d.text("#invoice-title").contains("(issued)"));
        d.fx(() -> d.<ComboBox<PaymentMethod>>node("#pay-method").setValue(PaymentMethod.POINTS));
        d.await(() -> d.text("#pay-points-balance").equals("Balance 1,000 points (₩1,000)"));

        d.fx(() -> d.<TextField>node("#pay-amount").setText("2000"));
        d.press("#pay-submit");
        d.await(() -> d.text("#pay-error").equals("2,000 points needed, the balance is 1,000"));
        assertThat(dialog("pay-confirm-dialog")).as("nothing to confirm").isNull();

        d.fx(() -> d.<TextField>node("#pay-amount").setText("1000"));
        d.press("#pay-submit");
        d.await(() -> dialog("pay-confirm-dialog") != null);
        d.await(() -> in("pay-confirm-dialog", "#pay-confirm-submit").isFocused());
        new FxRobot().type(KeyCode.ENTER);
        d.await(() -> dialog("pay-confirm-dialog") == null);
        d.await(() -> check.invoice(inv.id()).paid() == 1000);
        assertThat(check.invoice(inv.id()).payments())
                .anyMatch(p -> p.method() == PaymentMethod.POINTS && p.amount() == 1000);
        assertThat(check.points(r.customerId()).balance()).isZero();
        d.await(() -> d.text("#pay-points-balance").equals("Balance 0 points (₩0)"));

        // points pay invoices only: the counter's parts sales take money
        d.selectTab("tab-counter");
        assertThat(d.fx(() -> d.<ComboBox<PaymentMethod>>node("#counter-method").getItems()))
                .containsExactly(PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.TRANSFER);
    }

    @Test
    void aCouponPickedFromTheCustomersListComesOffTheInvoice() throws Exception {
        ShopClient check = api();
        Receipt r = receipt(check);
        Invoice inv = check.invoice(r.invoiceId());
        Coupon coupon = check.coupons(r.customerId()).stream()
                .filter(c -> c.status() == CouponStatus.ISSUED)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo customer has an issued coupon"));
        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        openReceipt(d, CUSTOMER);
        d.await(() -> d.text("#invoice-title").contains("(issued)"));
        d.await(() -> !d.<javafx.scene.control.Button>node("#invoice-redeem").isDisabled());
        d.press("#invoice-redeem");
        d.await(() -> dialog("redeem-dialog") != null);
        ListView<Coupon> list = at("redeem-dialog", "#redeem-coupons");
        d.await(() -> list.getItems().stream().anyMatch(c -> c.code().equals(coupon.code())));
        d.fx(() -> {
            list.requestFocus();
            list.getItems().stream()
                    .filter(c -> c.code().equals(coupon.code()))
                    .findFirst()
                    .ifPresent(c -> list.getSelectionModel().select(c));
        });
        d.await(() ->
                ((TextField) in("redeem-dialog", "#redeem-code")).getText().equals(coupon.code()));
        new FxRobot().type(KeyCode.ENTER);
        d.await(() -> dialog("redeem-dialog") == null);

        Invoice after = check.invoice(inv.id());
        InvoiceLine discount = after.lines().stream()
                .filter(l -> l.kind() == LineKind.DISCOUNT)
                .findFirst()
                .orElseThrow();
        assertThat(discount.amount()).isNegative();
        assertThat(after.total()).isLessThan(inv.total());
        TableView<InvoiceLine> lines = d.node("#invoice-lines");
        d.await(() -> lines.getItems().stream().anyMatch(l -> l.kind() == LineKind.DISCOUNT));
        String total = new Messages(java.util.Locale.ENGLISH).money(after.total(), after.currency());
        d.await(() -> d.text("#invoice-total-2").equals(total));
        assertThat(check.coupons(r.customerId()))
                .anyMatch(c -> c.code().equals(coupon.code()) && c.status() == CouponStatus.REDEEMED);
    }
}
