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
    void rendersTheCustomersPointsAndCouponsAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = Shots.open(server.url(), lang, "counter");
            d.selectTab("tab-customers");
            CustomersViewTest.open(d, PointsAndCouponsTest.CUSTOMER_QUERY, PointsAndCouponsTest.CUSTOMER);
            d.await(() -> !((TableView<?>) d.node("#points-ledger")).getItems().isEmpty());
            Shots.shot(d, out, "customer-points-" + lang);
            d.close();
        }
    }
}
