package org.shopsuite.desktop.ui;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.testfx.api.FxToolkit;

/**
 * Renders the customer card with its points and coupons, and the redeem-coupon dialog, at 1280x720
 * in English and Korean. Runs only when asked ({@code -Dscreenshots=docs/screenshots}).
 */
@Tag("gui")
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class PointsScreenshotTest {
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
    void rendersTheCustomersPointsAndCouponsAndTheRedeemDialogAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            // each language redeems the demo customer's coupon: a demo shop of its own
            server.close();
            server = new ServerFixture(dir.resolve(lang));
            FxDriver d = Shots.open(server.url(), lang, "counter");
            d.selectTab("tab-customers");
            CustomersViewTest.open(d, "정우", "정우성");
            d.await(() -> ((javafx.scene.control.ListView<?>) d.node("#points-ledger"))
                                    .getItems()
                                    .size()
                            > 3
                    && !((javafx.scene.control.ListView<?>) d.node("#customer-coupons"))
                            .getItems()
                            .isEmpty());
            Shots.shot(d, out, "counter-customer-points-" + lang);

            d.press("#points-sell");
            d.await(() -> InvoiceDialogsTest.dialog("points-sell-dialog") != null);
            d.fx(() -> ((javafx.scene.control.TextField)
                            InvoiceDialogsTest.in("points-sell-dialog", "#points-sell-points"))
                    .setText("5000"));
            Shots.shotWith(d, out, "counter-sell-points-" + lang, "points-sell-dialog");
            d.fx(() -> InvoiceDialogsTest.dialog("points-sell-dialog")
                    .getScene()
                    .getWindow()
                    .hide());

            d.press("#reminders-open");
            d.await(() -> InvoiceDialogsTest.dialog("reminders-dialog") != null);
            d.await(() -> !((TableView<?>) InvoiceDialogsTest.in("reminders-dialog", "#reminders-table"))
                    .getItems()
                    .isEmpty());
            Shots.shotWith(d, out, "counter-reminders-" + lang, "reminders-dialog");
            d.fx(() -> InvoiceDialogsTest.dialog("reminders-dialog")
                    .getScene()
                    .getWindow()
                    .hide());

            InvoiceDialogsTest.openReceipt(d, PointsAndCouponsTest.CUSTOMER);
            d.await(() ->
                    !d.<javafx.scene.control.Button>node("#invoice-redeem").isDisabled());
            d.fx(() -> d.<javafx.scene.control.ComboBox<org.shopsuite.model.PaymentMethod>>node("#pay-method")
                    .setValue(org.shopsuite.model.PaymentMethod.POINTS));
            d.await(() -> !d.text("#pay-points-balance").isEmpty());
            d.press("#invoice-redeem");
            d.await(() -> InvoiceDialogsTest.dialog("redeem-dialog") != null);
            javafx.scene.control.ListView<?> coupons =
                    (javafx.scene.control.ListView<?>) InvoiceDialogsTest.in("redeem-dialog", "#redeem-coupons");
            d.await(() -> !coupons.getItems().isEmpty());
            d.fx(() -> coupons.getSelectionModel().select(0));
            Shots.shotWith(d, out, "counter-redeem-coupon-" + lang, "redeem-dialog");
            d.fx(() -> ((javafx.scene.control.Button) InvoiceDialogsTest.in("redeem-dialog", "#redeem-submit")).fire());
            d.await(() -> InvoiceDialogsTest.dialog("redeem-dialog") == null);
            javafx.scene.control.TableView<org.shopsuite.model.InvoiceLine> lines = d.node("#invoice-lines");
            d.await(() -> lines.getItems().stream().anyMatch(l -> l.kind() == org.shopsuite.model.LineKind.DISCOUNT));
            d.fx(() -> {
                // the invoice, its discount line and the points beside the payment, in view
                for (javafx.scene.Node n = lines; n != null; n = n.getParent()) {
                    if (n instanceof javafx.scene.control.ScrollPane sp) {
                        sp.setVvalue(sp.getVmax());
                    }
                }
            });
            Shots.shot(d, out, "counter-invoice-discount-" + lang);
            d.close();
        }
    }

    @Test
    void rendersThePromotionsAndTheSettingsAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = Shots.open(server.url(), lang, "manager");
            d.selectTab("tab-settings");
            d.await(() -> !d.<javafx.scene.control.TextField>node("#settings-pointValue")
                    .getText()
                    .isEmpty());
            Shots.shot(d, out, "manager-settings-points-" + lang);
            d.press("#settings-promotions");
            d.await(() -> InvoiceDialogsTest.dialog("promotions-dialog") != null);
            javafx.scene.control.ListView<?> list =
                    (javafx.scene.control.ListView<?>) InvoiceDialogsTest.in("promotions-dialog", "#promotions-list");
            d.await(() -> !list.getItems().isEmpty());
            d.fx(() -> list.getSelectionModel().select(0));
            Shots.shotWith(d, out, "manager-promotions-" + lang, "promotions-dialog");
            d.close();
        }
    }
}
