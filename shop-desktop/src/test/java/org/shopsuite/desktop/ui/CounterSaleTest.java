package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.counter.SaleLine;
import org.shopsuite.model.CounterSale;
import org.shopsuite.model.CounterSaleStatus;
import org.shopsuite.model.VehiclePart;
import org.testfx.api.FxToolkit;

/**
 * The parts counter through its screen: scans, an unknown barcode, a short payment, cash with change,
 * the handover taking stock down, and a cancel and a return from the day's sales.
 */
@Tag("gui")
class CounterSaleTest {
    static final String WIPER_600 = "8801234500073";

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

    private ShopClient manager() {
        ShopClient c = new ShopClient(server.url());
        c.login("manager", ServerFixture.PASSWORD);
        return c;
    }

    private static VehiclePart wiper(ShopClient c) {
        return c.parts(WIPER_600).stream()
                .filter(p -> WIPER_600.equals(p.barcode()))
                .findFirst()
                .orElseThrow();
    }

    private static void scan(FxDriver d, String code) throws Exception {
        d.type("#counter-scan", code);
        d.enter("#counter-scan");
    }

    /** A key pressed in a node, as the keyboard sends it. */
    private static void key(FxDriver d, String selector, KeyCode code, boolean ctrl) throws Exception {
        d.fx(() -> d.node(selector)
                .fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, ctrl, false, false)));
    }

    @SuppressWarnings("unchecked")
    private static String cell(TableView<CounterSale> table, String column, CounterSale row) {
        return ((TableColumn<CounterSale, String>) table.getColumns().stream()
                        .filter(c -> column.equals(c.getId()))
                        .findFirst()
                        .orElseThrow())
                .getCellData(row);
    }

    @Test
    void aQuickSaleScannedPaidInCashAndHandedOverTakesTheStockDown() throws Exception {
        int stock = wiper(manager()).stock();
        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        d.selectTab("tab-counter");
        TableView<SaleLine> lines = d.node("#counter-lines");

        scan(d, WIPER_600);
        d.await(() -> lines.getItems().size() == 1);
        scan(d, WIPER_600);
        d.await(() -> lines.getItems().get(0).quantity() == 2);
        assertThat(d.text("#counter-total")).isEqualTo("₩30,800");
        assertThat(d.<TextField>node("#counter-received").getText()).isEqualTo("30800");

        scan(d, "1234567890123");
        d.await(() -> !d.text("#counter-scan-error").isEmpty());
        assertThat(d.text("#counter-scan-error")).contains("1234567890123").contains("nothing was added");
        assertThat(d.<TextField>node("#counter-scan").getStyleClass()).contains("scan-unknown");
        assertThat(lines.getItems()).hasSize(1);
        assertThat(lines.getItems().get(0).quantity()).isEqualTo(2);

        // a name offers the catalogue; Enter moves to the list and Enter there picks
        d.type("#counter-scan", "wiper");
        d.enter("#counter-scan");
        ListView<VehiclePart> matches = d.node("#counter-matches");
        d.await(() -> matches.isFocused() && matches.getSelectionModel().getSelectedItem() != null);
        assertThat(d.<TextField>node("#counter-scan").getStyleClass()).doesNotContain("scan-unknown");
        d.fx(() -> matches.getSelectionModel()
                .select(matches.getItems().stream()
                        .filter(p -> p.partId().equals("WB-400"))
                        .findFirst()
                        .orElseThrow()));
        key(d, "#counter-matches", KeyCode.ENTER, false);
        d.await(() -> lines.getItems().size() == 2);
        d.fx(() -> lines.getItems().remove(1)); // the clerk takes it off again
        d.await(() -> d.text("#counter-total").equals("₩30,800"));

        // the customer, found by name
        d.type("#counter-customer-query", "송혜교");
        d.enter("#counter-customer-query");
        javafx.scene.control.ComboBox<org.shopsuite.model.Customer> customer = d.node("#counter-customer");
        d.await(() -> customer.getValue() != null);

        // short: refused beside the amount, nothing sold
        d.type("#counter-received", "20000");
        d.press("#counter-pay");
        assertThat(d.text("#counter-amount-error")).isEqualTo("Short: ₩30,800 is due, ₩20,000 was given");
        assertThat(d.text("#counter-message")).isEmpty();

        d.type("#counter-received", "40000");
        assertThat(d.text("#counter-amount-error")).as("edited: the error goes").isEmpty();
        assertThat(d.text("#counter-change")).isEqualTo("Change due: ₩9,200");
        key(d, "#counter-received", KeyCode.ENTER, true); // Ctrl+Enter takes the payment
        d.await(() -> d.text("#counter-message").startsWith("Sale "));
        assertThat(d.text("#counter-message")).contains("Give ₩9,200 change");
        long customerId = customer.getValue().id();
        assertThat(wiper(manager()).stock()).as("paid, not yet handed over").isEqualTo(stock);

        d.press("#counter-hand-over");
        d.await(() -> d.text("#counter-message").contains("handed over"));
        assertThat(wiper(manager()).stock()).isEqualTo(stock - 2);
        assertThat(d.<Button>node("#counter-hand-over").isDisabled()).isTrue();

        // the day's sales show it, live
        TableView<CounterSale> sales = d.node("#counter-sales");
        d.await(() -> sales.getItems().stream()
                .anyMatch(s -> s.status() == CounterSaleStatus.HANDED_OVER
                        && s.changeGiven() == 9_200
                        && Long.valueOf(customerId).equals(s.customerId())));

        d.press("#counter-new");
        assertThat(lines.getItems()).isEmpty();
        assertThat(d.text("#counter-message")).isEmpty();
        assertThat(d.<TextField>node("#counter-scan").isDisabled()).isFalse();
    }

    @Test
    void theDaysSalesCancelAPaidSaleAndTakeBackOneHandedOverEachWithAReason() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        d.selectTab("tab-counter");
        TableView<CounterSale> sales = d.node("#counter-sales");
        d.await(() -> sales.getItems().size() == 4);
        CounterSale paid = sales.getItems().stream()
                .filter(s -> s.status() == CounterSaleStatus.PAID)
                .findFirst()
                .orElseThrow();
        assertThat(cell(sales, "statusCol", paid)).isEqualTo("Paid");
        assertThat(cell(sales, "methodCol", paid)).isEqualTo("Card");

        d.fx(() -> sales.getSelectionModel().select(paid));
        assertThat(d.<Button>node("#counter-sales-return").isDisabled()).isTrue();
        d.press("#counter-sales-cancel");
        d.await(() -> dialog("cancel-sale-dialog") != null);
        d.fx(() -> ((Button) in("cancel-sale-dialog", "#cancel-sale-submit")).fire());
        d.await(() -> !((javafx.scene.control.Label) in("cancel-sale-dialog", "#cancel-sale-reason-error"))
                .getText()
                .isEmpty());
        assertThat(manager().counterSale(paid.id()).status()).isEqualTo(CounterSaleStatus.PAID);
        d.fx(() -> ((TextField) in("cancel-sale-dialog", "#cancel-sale-reason")).setText("wrong battery"));
        d.fx(() -> ((Button) in("cancel-sale-dialog", "#cancel-sale-submit")).fire());
        d.await(() -> dialog("cancel-sale-dialog") == null);
        d.await(() -> d.text("#counter-sales-message").contains("cancelled"));
        assertThat(manager().counterSale(paid.id()).status()).isEqualTo(CounterSaleStatus.CANCELLED);
        d.await(() -> sales.getItems().stream()
                .anyMatch(s -> s.id() == paid.id() && "Cancelled".equals(cell(sales, "statusCol", s))));

        CounterSale handed = sales.getItems().stream()
                .filter(s -> s.status() == CounterSaleStatus.HANDED_OVER)
                .findFirst()
                .orElseThrow();
        d.fx(() -> sales.getSelectionModel().select(handed));
        assertThat(d.<Button>node("#counter-sales-cancel").isDisabled()).isTrue();
        d.press("#counter-sales-return");
        d.await(() -> dialog("cancel-sale-dialog") != null);
        d.fx(() -> ((TextField) in("cancel-sale-dialog", "#cancel-sale-reason")).setText("wrong length"));
        d.fx(() -> ((Button) in("cancel-sale-dialog", "#cancel-sale-submit")).fire());
        d.await(() -> dialog("cancel-sale-dialog") == null);
        assertThat(manager().counterSale(handed.id()).status()).isEqualTo(CounterSaleStatus.RETURNED);
        d.await(() -> d.text("#counter-sales-message").contains("returned"));
    }
}
