package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.text;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
import org.shopsuite.model.PurchaseOrder;
import org.shopsuite.model.PurchaseOrderStatus;
import org.shopsuite.model.Supplier;
import org.shopsuite.model.VehiclePart;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The manager's purchasing screens through the real UI (headless), issue 19. */
@Tag("gui")
class PurchasingScreensTest {
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
        java.util.prefs.Preferences.userRoot().node("shop-suite-test").removeNode();
    }

    private ShopClient api() {
        ShopClient c = new ShopClient(server.url());
        c.login("manager", ServerFixture.PASSWORD);
        return c;
    }

    private FxDriver boss() throws Exception {
        FxDriver boss = FxDriver.open(server.url());
        boss.login("manager", ServerFixture.PASSWORD);
        boss.selectTab("tab-purchasing");
        boss.await(() ->
                !boss.<TableView<PurchaseOrder>>node("#po-table").getItems().isEmpty());
        return boss;
    }

    private static void select(FxDriver d, PurchaseOrder o) throws Exception {
        d.fx(() -> {
            TableView<PurchaseOrder> t = d.node("#po-table");
            t.getItems().stream()
                    .filter(x -> x.id() == o.id())
                    .findFirst()
                    .ifPresent(x -> t.getSelectionModel().select(x));
        });
    }

    @SuppressWarnings("unchecked")
    private static String count(int row) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
                    TableView<Object> t = (TableView<Object>) in("receive-dialog", "#receive-lines");
                    return (String) t.getColumns().get(3).getCellData(row);
                })
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** A cell of the receive table shows this text. */
    private static boolean shown(String text) {
        return in("receive-dialog", "#receive-lines").lookupAll(".table-cell").stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText()));
    }

    @Test
    void receivingByScannerCountsFlagsAndPostsOneDelivery() throws Exception {
        ShopClient api = api();
        PurchaseOrder tyres =
                api.purchaseOrders(PurchaseOrderStatus.PARTIALLY_RECEIVED, null).get(0);
        VehiclePart tyre = api.catalogue(null, false).stream()
                .filter(p -> p.id() == tyres.lines().get(0).vehiclePartId())
                .findFirst()
                .orElseThrow();
        FxDriver boss = boss();
        select(boss, tyres);
        boss.await(() -> !boss.<Button>node("#po-receive").isDisabled());
        assertThat(boss.fx(() -> boss.<Button>node("#po-order").isDisabled()))
                .as("only a draft is placed")
                .isTrue();
        boss.press("#po-receive");
        boss.await(() -> dialog("receive-dialog") != null);
        TextField scan = boss.fx(() -> (TextField) in("receive-dialog", "#receive-scan"));
        boss.await(scan::isFocused);
        assertThat(count(0)).isEqualTo("0 / 4");

        // The scanner types the code and Enter: one more, and the dialog stays open for the next.
        FxRobot robot = new FxRobot();
        boss.fx(() -> scan.setText(tyre.barcode()));
        robot.type(KeyCode.ENTER);
        boss.await(() -> "1 / 4".equals(count(0)));
        boss.await(() -> shown("1 / 4")); // the cell on screen follows, not only the model
        assertThat(dialog("receive-dialog"))
                .as("Enter in the scan field is not Post")
                .isNotNull();
        assertThat(boss.fx(() -> scan.getText())).isEmpty();

        // A typed count for the next scan.
        boss.fx(() -> ((TextField) in("receive-dialog", "#receive-qty")).setText("2"));
        boss.fx(() -> scan.setText(tyre.barcode()));
        robot.type(KeyCode.ENTER);
        boss.await(() -> "3 / 4".equals(count(0)));

        // A code not on this order: red, and nothing counted.
        boss.fx(() -> scan.setText("9999999999999"));
        robot.type(KeyCode.ENTER);
        boss.await(() -> boss.fx(() -> in("receive-dialog", "#receive-unknown").isVisible()));
        Node unknown = boss.fx(() -> in("receive-dialog", "#receive-unknown"));
        assertThat(text("receive-dialog", "#receive-unknown")).contains("9999999999999");
        assertThat(unknown.getStyleClass()).contains("scan-unknown");
        assertThat(count(0)).isEqualTo("3 / 4");

        // Two more than outstanding: the line turns amber and Post is refused until allowed.
        boss.fx(() -> ((TextField) in("receive-dialog", "#receive-qty")).setText("3"));
        boss.fx(() -> scan.setText(tyre.barcode()));
        robot.type(KeyCode.ENTER);
        boss.await(() -> "6 / 4 - over".equals(count(0)));
        boss.await(() -> shown("6 / 4 - over"));
        assertThat(boss.fx(() -> unknown.isVisible())).isFalse();
        assertThat(boss.fx(() -> in("receive-dialog", "#receive-lines")
                        .lookupAll(".over-receipt")
                        .isEmpty()))
                .as("the over line is flagged")
                .isFalse();
        CheckBox allow = boss.fx(() -> (CheckBox) in("receive-dialog", "#receive-allow-over"));
        assertThat(boss.fx(allow::isVisible)).isTrue();
        boss.fx(() -> ((TextField) in("receive-dialog", "#receive-invoice")).setText("HB-1128"));
        boss.fx(() -> ((Button) in("receive-dialog", "#receive-dialog-submit")).fire());
        boss.await(() -> !text("receive-dialog", "#receive-error").isEmpty());
        assertThat(text("receive-dialog", "#receive-error")).contains("Allow over-receipt");
        assertThat(api.purchaseOrder(tyres.id()).lines().get(0).receivedQuantity())
                .isEqualTo(4);

        boss.fx(() -> allow.setSelected(true));
        boss.fx(() -> ((Button) in("receive-dialog", "#receive-dialog-submit")).fire());
        boss.await(() -> dialog("receive-dialog") == null);
        boss.await(() -> boss.text("#po-message").startsWith("Delivery received on order #" + tyres.id()));
        assertThat(boss.text("#po-message")).endsWith("now Received.");
        PurchaseOrder after = api.purchaseOrder(tyres.id());
        assertThat(after.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(after.deliveries()).last().satisfies(d -> {
            assertThat(d.overReceived()).isTrue();
            assertThat(d.vendorInvoiceNumber()).isEqualTo("HB-1128");
        });
        assertThat(api.catalogue(tyre.partId(), false).get(0).stock()).isEqualTo(tyre.stock() + 6);
        boss.await(() -> boss.text("#po-title").contains("(Received)"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void orderLowStockMakesOneDraftPerSupplierInOneStep() throws Exception {
        ShopClient api = api();
        List<VehiclePart> low = api.catalogue(null, true);
        List<Supplier> suppliers = api.suppliers(false);
        int drafts = api.purchaseOrders(PurchaseOrderStatus.DRAFT, null).size();
        FxDriver boss = boss();
        boss.press("#po-low-stock");
        boss.await(() -> dialog("low-stock-dialog") != null
                && dialog("low-stock-dialog").lookup("#low-stock-qty-" + (low.size() - 1)) != null);
        String first = boss.fx(() -> ((TextField) in("low-stock-dialog", "#low-stock-qty-0")).getText());
        assertThat(first)
                .isEqualTo(Integer.toString(
                        Math.max(1, 2 * low.get(0).reorderPoint() - low.get(0).available())));

        // No part has a default supplier yet: Create says which rows need one and makes nothing.
        boss.fx(() -> ((Button) in("low-stock-dialog", "#low-stock-dialog-submit")).fire());
        boss.await(() -> !text("low-stock-dialog", "#low-stock-row-error-0").isEmpty());
        assertThat(api.purchaseOrders(PurchaseOrderStatus.DRAFT, null)).hasSize(drafts);

        for (int i = 0; i < low.size(); i++) {
            int row = i;
            Supplier s = suppliers.get(i == 1 ? 1 : 0);
            boss.fx(() -> ((ComboBox<Supplier>) in("low-stock-dialog", "#low-stock-supplier-" + row))
                    .getSelectionModel()
                    .select(((ComboBox<Supplier>) in("low-stock-dialog", "#low-stock-supplier-" + row))
                            .getItems().stream()
                                    .filter(x -> x.id() == s.id())
                                    .findFirst()
                                    .orElseThrow()));
        }
        boss.fx(() -> ((TextField) in("low-stock-dialog", "#low-stock-qty-0")).setText("12"));
        boss.fx(() -> ((Button) in("low-stock-dialog", "#low-stock-dialog-submit")).fire());
        boss.await(() -> dialog("low-stock-dialog") == null);
        boss.await(() -> boss.text("#po-message").startsWith("2 draft orders made"));
        List<PurchaseOrder> now = api.purchaseOrders(PurchaseOrderStatus.DRAFT, null);
        assertThat(now).hasSize(drafts + 2);
        PurchaseOrder toFirst = now.stream()
                .filter(o -> o.supplierId() == suppliers.get(0).id()
                        && o.lines().stream()
                                .anyMatch(l -> l.vehiclePartId() == low.get(0).id()))
                .findFirst()
                .orElseThrow();
        assertThat(toFirst.lines()).hasSize(low.size() - 1);
        assertThat(toFirst.lines().get(0).quantity()).isEqualTo(12);
        assertThat(toFirst.lines().get(0).unitCost()).isEqualTo(low.get(0).costPrice());
        boss.await(() -> boss.<TableView<PurchaseOrder>>node("#po-table").getItems().stream()
                .anyMatch(o -> o.id() == toFirst.id()));
        assertThat(boss.fx(() -> boss.<Button>node("#po-order").isDisabled()))
                .as("the new draft is selected, ready to place")
                .isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewOrderIsTypedPlacedAndCancelledOnlyWithAReason() throws Exception {
        ShopClient api = api();
        VehiclePart part = api.catalogue(null, false).get(5);
        Supplier supplier = api.suppliers(false).get(1);
        FxDriver boss = boss();
        boss.press("#po-new");
        boss.await(() -> dialog("po-form") != null
                && !((ComboBox<Supplier>) in("po-form", "#po-form-supplier"))
                        .getItems()
                        .isEmpty());
        boss.fx(() -> {
            ComboBox<Supplier> s = (ComboBox<Supplier>) in("po-form", "#po-form-supplier");
            s.getItems().stream()
                    .filter(x -> x.id() == supplier.id())
                    .findFirst()
                    .ifPresent(s::setValue);
        });
        // The part number typed (or scanned) into the part picker, then Enter: the part is taken and
        // its cost price filled in; the form is not submitted.
        ComboBox<VehiclePart> picker = boss.fx(() -> (ComboBox<VehiclePart>) in("po-form", "#po-form-part-0"));
        boss.fx(() -> {
            picker.requestFocus();
            picker.getEditor().setText(part.partId().toLowerCase(java.util.Locale.ROOT));
        });
        boss.await(() -> picker.getEditor().isFocused());
        new FxRobot().type(KeyCode.ENTER);
        boss.await(() -> picker.getValue() != null);
        assertThat(picker.getValue().id()).isEqualTo(part.id());
        assertThat(dialog("po-form")).isNotNull();
        assertThat(boss.fx(() -> ((TextField) in("po-form", "#po-form-cost-0")).getText()))
                .isEqualTo(Long.toString(part.costPrice()));
        boss.fx(() -> ((TextField) in("po-form", "#po-form-qty-0")).setText("3"));
        boss.fx(() -> ((Button) in("po-form", "#po-form-submit")).fire());
        boss.await(() -> dialog("po-form") == null);
        boss.await(() -> boss.text("#po-title").contains("Draft"));
        PurchaseOrder draft =
                api.purchaseOrders(PurchaseOrderStatus.DRAFT, supplier.id()).get(0);
        assertThat(draft.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.quantity()).isEqualTo(3));

        boss.press("#po-order");
        boss.await(() -> boss.text("#po-title").contains("(Ordered)"));
        assertThat(api.purchaseOrder(draft.id()).status()).isEqualTo(PurchaseOrderStatus.ORDERED);

        boss.press("#po-cancel");
        boss.await(() -> dialog("po-cancel-dialog") != null);
        boss.fx(() -> ((Button) in("po-cancel-dialog", "#po-cancel-dialog-submit")).fire());
        boss.await(() -> !text("po-cancel-dialog", "#po-cancel-reason-error").isEmpty());
        assertThat(api.purchaseOrder(draft.id()).status()).isEqualTo(PurchaseOrderStatus.ORDERED);
        boss.fx(() -> ((TextField) in("po-cancel-dialog", "#po-cancel-reason")).setText("supplier out of stock"));
        boss.fx(() -> ((Button) in("po-cancel-dialog", "#po-cancel-dialog-submit")).fire());
        boss.await(() -> dialog("po-cancel-dialog") == null);
        boss.await(() -> boss.text("#po-title").contains("(Cancelled)"));
        assertThat(api.purchaseOrder(draft.id()).cancelReason()).isEqualTo("supplier out of stock");
    }
}
