package org.shopsuite.desktop.ui;

import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.model.PurchaseOrder;
import org.shopsuite.model.PurchaseOrderStatus;
import org.shopsuite.model.VendorReturn;
import org.testfx.api.FxToolkit;

/**
 * Renders the purchasing screens of issue 19 (orders, receiving by scanner, suppliers, vendor
 * returns) at 1280x720 in both languages, for docs/screenshots. Runs only when asked, as {@link
 * ScreenshotTest}: {@code -Dtest=PurchasingScreenshotTest -Dscreenshots=docs/screenshots}.
 */
@Tag("gui")
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class PurchasingScreenshotTest {
    @TempDir
    Path dir;

    ServerFixture server;
    Path out;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        server = new ServerFixture(dir);
        out = Shots.outDir();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
    }

    @Test
    void rendersOrdersReceivingSuppliersAndReturnsAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = Shots.open(server.url(), lang, "manager");
            d.selectTab("tab-purchasing");
            d.await(() ->
                    !d.<TableView<PurchaseOrder>>node("#po-table").getItems().isEmpty());
            d.fx(() -> {
                TableView<PurchaseOrder> t = d.node("#po-table");
                t.getItems().stream()
                        .filter(o -> o.status() == PurchaseOrderStatus.PARTIALLY_RECEIVED)
                        .findFirst()
                        .ifPresent(o -> t.getSelectionModel().select(o));
            });
            d.await(() -> !d.<Button>node("#po-receive").isDisabled());
            Shots.shot(d, out, "purchasing-orders-" + lang);

            d.press("#po-receive");
            d.await(() -> dialog("receive-dialog") != null);
            PurchaseOrder o = d.fx(() -> d.<TableView<PurchaseOrder>>node("#po-table")
                    .getSelectionModel()
                    .getSelectedItem());
            String partId = o.lines().get(0).partId();
            d.fx(() -> ((TextField) in("receive-dialog", "#receive-invoice")).setText("HB-20261128-02"));
            scan(d, partId, "3");
            scan(d, partId, "2");
            scan(d, "8809999999999", "");
            Shots.shotWith(d, out, "purchasing-receive-" + lang, "receive-dialog");
            d.fx(() -> ((Button) in("receive-dialog", "#receive-dialog-cancel")).fire());

            d.fx(() -> d.<TabPane>node("#purchasing-tabs").getSelectionModel().select(1));
            d.await(() -> !d.<TableView<?>>node("#suppliers-table").getItems().isEmpty());
            d.fx(() ->
                    d.<TableView<?>>node("#suppliers-table").getSelectionModel().select(0));
            Shots.shot(d, out, "purchasing-suppliers-" + lang);
            d.fx(() -> d.<TabPane>node("#purchasing-tabs").getSelectionModel().select(2));
            d.await(() -> !d.<TableView<?>>node("#vr-table").getItems().isEmpty());
            d.fx(() -> {
                TableView<VendorReturn> t = d.node("#vr-table");
                t.getItems().stream()
                        .filter(r -> r.kind().name().equals("CORE"))
                        .findFirst()
                        .ifPresent(r -> t.getSelectionModel().select(r));
            });
            Shots.shot(d, out, "purchasing-returns-" + lang);
            d.close();
        }
    }

    private static void scan(FxDriver d, String code, String qty) throws Exception {
        d.fx(() -> {
            ((TextField) in("receive-dialog", "#receive-qty")).setText(qty);
            TextField scan = (TextField) in("receive-dialog", "#receive-scan");
            scan.setText(code);
            scan.fireEvent(new javafx.event.ActionEvent());
        });
    }
}
