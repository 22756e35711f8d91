package org.shopsuite.desktop.ui;

import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.openReceipt;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.FinishInput;
import org.testfx.api.FxToolkit;

/**
 * Renders the receipt screens of issue 15 (documents to print, the mechanic's notes, the edit
 * dialog, a receipt for a past day) at 1280x720 in both languages, for docs/screenshots. Runs only
 * when asked, as {@link ScreenshotTest}: {@code -Dtest=ReceiptScreensScreenshotTest -Dscreenshots=docs/screenshots}.
 */
@Tag("gui")
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class ReceiptScreensScreenshotTest {
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
    void rendersTheReceiptDocumentsNotesEditAndPastDayAt1280x720() throws Exception {
        ShopClient lee = new ShopClient(server.url());
        lee.login("lee", ServerFixture.PASSWORD);
        ShopClient desk = new ShopClient(server.url());
        desk.login("counter", ServerFixture.PASSWORD);
        long job =
                desk.receipts("Daniel Park", null, null, null, 1).items().get(0).jobId();
        lee.finishJob(
                job,
                new FinishInput(new BigDecimal("3.5"), "Rear pads at 3 mm - advise customer"),
                ShopClient.newIdempotencyKey());
        for (String lang : new String[] {"en", "ko"}) {
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
            d.login("counter", ServerFixture.PASSWORD);

            openReceipt(d, "Daniel Park");
            d.await(() -> d.has("#invoice-title") && d.has("#receipt-notes"));
            d.fx(() -> {
                javafx.scene.control.ListView<?> timeline = d.node("#receipt-timeline");
                timeline.scrollTo(timeline.getItems().size() - 1);
            });
            shot(d, "counter-receipt-notes-" + lang);

            openReceipt(d, "이도현");
            d.await(() -> !d.<Button>node("#receipt-edit").isDisabled());
            d.press("#receipt-edit");
            d.await(() -> dialog("edit-receipt") != null);
            d.await(() -> ((ComboBox<?>) in("edit-receipt", "#edit-mechanic")).getValue() != null);
            d.fx(() -> ((TextField) in("edit-receipt", "#edit-estimatedHours")).setText("9"));
            d.fx(() -> ((Button) in("edit-receipt", "#edit-receipt-submit")).fire());
            d.await(() -> !InvoiceDialogsTest.text("edit-receipt", "#edit-estimatedHours-error")
                    .isEmpty());
            shotWithDialog(d, "edit-receipt", "counter-edit-receipt-refused-" + lang);
            d.fx(() -> ((Button) in("edit-receipt", "#edit-receipt-cancel")).fire());

            d.selectTab("tab-new-receipt");
            d.await(() -> !((ComboBox<?>) d.node("#mechanic")).getItems().isEmpty());
            d.fx(() -> d.<DatePicker>node("#receipt-date")
                    .setValue(LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(7)));
            d.type("#customerName", lang.equals("ko") ? "이순신" : "Sarah Kim");
            d.type("#carId", "55하 1212");
            d.type("#estimatedHours", "0.3");
            d.type("#request", "x");
            d.fx(() -> {
                ComboBox<org.shopsuite.desktop.ui.receipt.MechanicChoice> box = d.node("#mechanic");
                box.getSelectionModel().select(0);
            });
            d.await(() -> d.has("#receipt-date-warning"));
            shot(d, "counter-new-receipt-past-date-" + lang);
            d.press("#receipt-submit");
            d.await(() -> dialog("past-date-confirm") != null);
            shotWithDialog(d, "past-date-confirm", "counter-new-receipt-past-date-confirm-" + lang);
            d.fx(() -> ((Button) in("past-date-confirm", "#past-date-change")).fire());
            d.close();
        }
    }

    private void shotWithDialog(FxDriver d, String dialogId, String name) throws Exception {
        WritableImage main = d.fx(() -> d.stage().getScene().snapshot(null));
        javafx.stage.Window w = d.fx(() -> dialog(dialogId).getScene().getWindow());
        WritableImage shown = d.fx(() -> w.getScene().snapshot(null));
        double x = d.fx(() -> w.getX() - d.stage().getX());
        double y = d.fx(() -> w.getY() - d.stage().getY());
        java.awt.image.BufferedImage img = SwingFXUtils.fromFXImage(main, null);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(0, 0, 0, 70));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.drawImage(SwingFXUtils.fromFXImage(shown, null), (int) x, (int) y, null);
        g.dispose();
        ImageIO.write(img, "png", out.resolve(name + ".png").toFile());
    }

    private void shot(FxDriver d, String name) throws Exception {
        WritableImage image = d.fx(() -> d.stage().getScene().snapshot(null));
        File file = out.resolve(name + ".png").toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
    }
}
