package org.shopsuite.desktop.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.testfx.api.FxToolkit;

/**
 * Renders the schedule screen on tomorrow's demo day (its bookings on the lifts, the mechanics'
 * load, the list with a moved and a rejected booking) at 1280x720 in both languages, for
 * docs/screenshots. Runs only when asked: {@code -Dtest=ScheduleScreenshotTest
 * -Dscreenshots=docs/screenshots}.
 */
@Tag("gui")
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class ScheduleScreenshotTest {
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
    void rendersTomorrowsScheduleAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = Shots.open(server.url(), lang, "counter");
            d.selectTab("tab-schedule");
            LocalDate tomorrow = ScheduleScreenTest.tomorrow(server);
            d.fx(() -> d.<javafx.scene.control.DatePicker>node("#schedule-date").setValue(tomorrow));
            d.await(() -> d.has(".schedule-block")
                    && !d.<javafx.scene.control.TableView<?>>node("#schedule-table")
                            .getItems()
                            .isEmpty());
            d.fx(() -> d.<javafx.scene.control.TableView<?>>node("#schedule-table")
                    .getSelectionModel()
                    .select(0));
            Shots.shot(d, out, "schedule-" + lang);

            // a booking from the free alignment bay at opening, its customer found by plate
            d.fx(() -> d.node("#schedule-grid").requestFocus());
            d.fx(() -> d.<javafx.scene.Node>node("#schedule-grid").fireEvent(key(javafx.scene.input.KeyCode.DOWN)));
            d.fx(() -> d.<javafx.scene.Node>node("#schedule-grid").fireEvent(key(javafx.scene.input.KeyCode.DOWN)));
            d.fx(() -> d.<javafx.scene.Node>node("#schedule-grid").fireEvent(key(javafx.scene.input.KeyCode.ENTER)));
            d.await(() -> InvoiceDialogsTest.dialog("booking-dialog") != null);
            ScheduleScreenTest.pickCustomer(d, "90마1234");
            d.fx(() -> ((javafx.scene.control.TextField) InvoiceDialogsTest.in("booking-dialog", "#booking-request"))
                    .setText("타이어 점검 (tyre check)"));
            Shots.shotWith(d, out, "schedule-booking-" + lang, "booking-dialog");
            d.fx(() -> ((javafx.scene.control.Button) InvoiceDialogsTest.in("booking-dialog", "#booking-dialog-cancel"))
                    .fire());

            d.press("#schedule-week");
            d.await(() -> d.has("#schedule-day-6"));
            Shots.shot(d, out, "schedule-week-" + lang);
            d.close();
        }
    }

    private static javafx.scene.input.KeyEvent key(javafx.scene.input.KeyCode code) {
        return new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }
}
