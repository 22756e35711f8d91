package org.shopsuite.desktop.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.ui.receipt.MechanicChoice;
import org.shopsuite.model.Job;
import org.testfx.api.FxToolkit;

/**
 * Renders every screen, in English and Korean, to PNG files for docs/screenshots. Runs only when
 * asked: {@code ./mvnw -pl shop-desktop -am test -Dtest=ScreenshotTest -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots=docs/screenshots}.
 */
@Tag("gui")
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class ScreenshotTest {
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
        java.util.prefs.Preferences.userRoot().node("shop-suite-test").removeNode();
    }

    @Test
    void rendersEveryScreenInBothLanguages() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver counter = FxDriver.open(server.url());
            counter.fx(() -> {
                counter.stage().setWidth(1280);
                counter.stage().setHeight(800);
            });
            counter.await(() -> counter.has("#login-submit"));
            pickLanguage(counter, lang);
            counter.type("#username", "counter");
            shot(counter, "login-" + lang);
            counter.login("counter", ServerFixture.PASSWORD);
            counter.await(() -> counter.text("#connection").length() > 2
                    && !((javafx.scene.control.TableView<?>) counter.node("#board-table"))
                            .getItems()
                            .isEmpty());
            shot(counter, "counter-board-" + lang);

            counter.selectTab("tab-receipts");
            counter.type("#receipts-query", "Emily");
            counter.enter("#receipts-query");
            counter.await(() -> ((javafx.scene.control.TableView<?>) counter.node("#receipts-table"))
                            .getItems()
                            .size()
                    == 1);
            counter.fx(() -> ((javafx.scene.control.TableView<?>) counter.node("#receipts-table"))
                    .getSelectionModel()
                    .select(0));
            counter.await(() -> counter.has("#invoice-title"));
            shot(counter, "counter-receipt-invoice-" + lang);

            counter.selectTab("tab-new-receipt");
            counter.await(
                    () -> !((ComboBox<?>) counter.node("#mechanic")).getItems().isEmpty());
            counter.type("#customerName", lang.equals("ko") ? "이순신" : "Sarah Kim");
            counter.type("#customerPhone", "010-2222-3333");
            counter.type("#carId", "33아 5678");
            counter.type("#make", "BMW");
            counter.type("#model", "520d");
            counter.type("#estimatedHours", "3");
            counter.type("#request", lang.equals("ko") ? "엔진 경고등 점검 및 수리" : "Check engine light; diagnose and repair");
            counter.fx(() -> {
                ComboBox<MechanicChoice> box = counter.node("#mechanic");
                box.getItems().stream()
                        .filter(c -> c.mechanic().name().equals("박지훈"))
                        .findFirst()
                        .ifPresent(c -> box.getSelectionModel().select(c));
            });
            counter.press("#receipt-submit");
            counter.await(() -> counter.has("#receipt-outcome"));
            shot(counter, "counter-new-receipt-rejected-" + lang);
            counter.close();
        }

        FxDriver kim = FxDriver.open(server.url());
        kim.fx(() -> {
            kim.stage().setWidth(1280);
            kim.stage().setHeight(800);
        });
        kim.login("lee", ServerFixture.PASSWORD);
        kim.await(() -> !((ListView<?>) kim.node("#jobs-list")).getItems().isEmpty());
        kim.fx(() -> {
            ListView<Job> list = kim.node("#jobs-list");
            list.getItems().stream()
                    .filter(j -> j.status().name().equals("IN_PROGRESS"))
                    .findFirst()
                    .ifPresent(j -> list.getSelectionModel().select(j));
        });
        kim.type("#part-query", "DG-LED-01");
        kim.enter("#part-query");
        kim.await(() -> !((ListView<?>) kim.node("#parts-list")).getItems().isEmpty());
        kim.press("#part-request");
        kim.await(() -> kim.text("#job-message").length() > 0);
        shot(kim, "mechanic-workstation-en");
        kim.close();

        FxDriver boss = FxDriver.open(server.url());
        boss.fx(() -> {
            boss.stage().setWidth(1280);
            boss.stage().setHeight(800);
        });
        boss.login("manager", ServerFixture.PASSWORD);
        boss.selectTab("tab-parts");
        boss.await(() -> !((javafx.scene.control.TableView<?>) boss.node("#parts-table"))
                .getItems()
                .isEmpty());
        boss.fx(() -> ((javafx.scene.control.TableView<?>) boss.node("#parts-table"))
                .getSelectionModel()
                .select(0));
        boss.await(() -> !((javafx.scene.control.TableView<?>) boss.node("#parts-ledger"))
                .getItems()
                .isEmpty());
        shot(boss, "manager-parts-en");
        boss.selectTab("tab-people");
        boss.await(() -> !((javafx.scene.control.TableView<?>) boss.node("#users-table"))
                .getItems()
                .isEmpty());
        shot(boss, "manager-people-en");
        boss.selectTab("tab-settings");
        shot(boss, "manager-settings-en");
    }

    private static void pickLanguage(FxDriver d, String lang) throws Exception {
        d.fx(() -> {
            ComboBox<java.util.Locale> box = d.node("#language");
            box.getItems().stream()
                    .filter(l -> l.getLanguage().equals(lang))
                    .findFirst()
                    .ifPresent(l -> box.getSelectionModel().select(l));
        });
        d.await(() -> d.has("#login-submit"));
    }

    private void shot(FxDriver d, String name) throws Exception {
        WritableImage image = d.fx(() -> d.stage().getScene().snapshot(null));
        File file = out.resolve(name + ".png").toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
    }
}
