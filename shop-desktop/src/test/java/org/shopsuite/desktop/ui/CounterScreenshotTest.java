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
import org.shopsuite.model.CounterSale;
import org.testfx.api.FxToolkit;

/**
 * Renders the parts counter (a quick sale with cash above the total, the day's sales) at 1280x720 in
 * both languages, for docs/screenshots. Runs only when asked, as {@link ScreenshotTest}: {@code
 * -Dtest=CounterScreenshotTest -Dscreenshots=docs/screenshots}.
 */
@Tag("gui")
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class CounterScreenshotTest {
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
    void rendersTheCounterAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = Shots.open(server.url(), lang, "counter");
            d.selectTab("tab-counter");
            TableView<?> lines = d.node("#counter-lines");
            for (String code : new String[] {"8801234500073", "8801234500073", "8801234500011"}) {
                int before = d.fx(() -> lines.getItems().stream()
                        .mapToInt(l -> ((org.shopsuite.desktop.ui.counter.SaleLine) l).quantity())
                        .sum());
                d.type("#counter-scan", code);
                d.enter("#counter-scan");
                d.await(() -> lines.getItems().stream()
                                .mapToInt(l -> ((org.shopsuite.desktop.ui.counter.SaleLine) l).quantity())
                                .sum()
                        == before + 1);
            }
            d.type("#counter-received", "100000");
            d.type("#counter-scan", "0000000000000");
            d.enter("#counter-scan");
            d.await(() -> !d.text("#counter-scan-error").isEmpty());
            TableView<CounterSale> sales = d.node("#counter-sales");
            d.await(() -> !sales.getItems().isEmpty());
            d.fx(() -> sales.getSelectionModel().select(0));
            Shots.shot(d, out, "counter-parts-sale-" + lang);
            d.close();
        }
    }
}
