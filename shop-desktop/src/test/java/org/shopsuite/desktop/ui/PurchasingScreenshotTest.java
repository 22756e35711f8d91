package org.shopsuite.desktop.ui;

import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javax.imageio.ImageIO;
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
        Path target = Path.of(System.getProperty("screenshots"));
        out = target.isAbsolute()
                ? target
                : Path.of(System.getProperty("user.dir")).getParent().resolve(target);
        Files.createDirectories(out);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
    }

    @Test
    void rendersOrdersReceivingSuppliersAndReturnsAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = open(lang);
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
            shot(d, "purchasing-orders-" + lang);

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
            shotWith(d, "purchasing-receive-" + lang, "receive-dialog");
            d.fx(() -> ((Button) in("receive-dialog", "#receive-dialog-cancel")).fire());

            d.fx(() -> d.<TabPane>node("#purchasing-tabs").getSelectionModel().select(1));
            d.await(() -> !d.<TableView<?>>node("#suppliers-table").getItems().isEmpty());
            d.fx(() ->
                    d.<TableView<?>>node("#suppliers-table").getSelectionModel().select(0));
            shot(d, "purchasing-suppliers-" + lang);
            d.fx(() -> d.<TabPane>node("#purchasing-tabs").getSelectionModel().select(2));
            d.await(() -> !d.<TableView<?>>node("#vr-table").getItems().isEmpty());
            d.fx(() -> {
                TableView<VendorReturn> t = d.node("#vr-table");
                t.getItems().stream()
                        .filter(r -> r.kind().name().equals("CORE"))
                        .findFirst()
                        .ifPresent(r -> t.getSelectionModel().select(r));
            });
            shot(d, "purchasing-returns-" + lang);
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

    private FxDriver open(String lang) throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.fx(() -> {
            d.stage().setWidth(1280);
            d.stage().setHeight(720);
        });
        d.await(() -> d.has("#login-submit"));
        d.fx(() -> {
            ComboBox<java.util.Locale> box = d.node("#language");
            box.getItems().stream()
                    .filter(l -> l.getLanguage().equals(lang))
                    .findFirst()
                    .ifPresent(l -> box.getSelectionModel().select(l));
        });
        d.login("manager", ServerFixture.PASSWORD);
        return d;
    }

    private void shot(FxDriver d, String name) throws Exception {
        BufferedImage img =
                SwingFXUtils.fromFXImage(d.fx(() -> d.stage().getScene().snapshot(null)), null);
        ImageIO.write(img, "png", out.resolve(name + ".png").toFile());
    }

    /** The main window dimmed, with the dialogs drawn over it where they are on screen. */
    private void shotWith(FxDriver d, String name, String... dialogIds) throws Exception {
        BufferedImage img =
                SwingFXUtils.fromFXImage(d.fx(() -> d.stage().getScene().snapshot(null)), null);
        Graphics2D g = img.createGraphics();
        for (String id : dialogIds) {
            Window w = d.fx(() -> dialog(id).getScene().getWindow());
            BufferedImage shown =
                    SwingFXUtils.fromFXImage(d.fx(() -> w.getScene().snapshot(null)), null);
            double x = d.fx(() -> w.getX() - d.stage().getX());
            double y = d.fx(() -> w.getY() - d.stage().getY());
            g.setColor(new java.awt.Color(0, 0, 0, 70));
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.drawImage(shown, (int) Math.max(0, x), (int) Math.max(0, y), null);
        }
        g.dispose();
        ImageIO.write(img, "png", out.resolve(name + ".png").toFile());
    }
}
