package org.shopsuite.desktop.ui;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.testfx.api.FxToolkit;

/**
 * Renders the workstation's time clock and the status board's comeback column (issues 20 and 21) at
 * 1280x720 in both languages, for docs/screenshots. Runs only when asked: {@code
 * -Dtest=ClockScreenshotTest -Dscreenshots=docs/screenshots}.
 */
@Tag("gui")
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class ClockScreenshotTest {
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

    @Test
    void rendersTheClockBarAndTheBoardsComebacks() throws Exception {
        Path out = Shots.outDir();
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver lee = Shots.open(server.url(), lang, "lee");
            lee.await(() -> lee.<ListView<Job>>node("#jobs-list").getItems().stream()
                    .anyMatch(j -> j.status() == JobStatus.IN_PROGRESS));
            lee.fx(() -> {
                ListView<Job> list = lee.node("#jobs-list");
                list.getItems().stream()
                        .filter(j -> j.status() == JobStatus.IN_PROGRESS)
                        .findFirst()
                        .ifPresent(j -> list.getSelectionModel().select(j));
            });
            lee.await(() -> !lee.text("#clock-today").isEmpty());
            Shots.shot(lee, out, "mechanic-clock-" + lang);
            lee.close();

            FxDriver desk = Shots.open(server.url(), lang, "counter");
            desk.selectTab("tab-board");
            desk.await(
                    () -> desk
                            .<javafx.scene.control.TableView<org.shopsuite.model.StatusPageRow>>node("#board-table")
                            .getItems()
                            .stream()
                            .anyMatch(r -> r.warrantyStatus() != null));
            Shots.shot(desk, out, "counter-board-comebacks-" + lang);
            desk.close();

            FxDriver boss = Shots.open(server.url(), lang, "manager");
            boss.selectTab("tab-people");
            javafx.scene.control.TableView<org.shopsuite.model.Mechanic> table = boss.node("#mechanics-table");
            boss.await(() -> !table.getItems().isEmpty());
            boss.fx(() -> table.getSelectionModel()
                    .select(table.getItems().stream()
                            .filter(x -> x.name().equals("이서준"))
                            .findFirst()
                            .orElseThrow()));
            boss.await(() -> !boss.<javafx.scene.control.Button>node("#mechanic-time-entries")
                    .isDisabled());
            Shots.shot(boss, out, "manager-people-" + lang);
            boss.press("#mechanic-time-entries");
            boss.await(() -> InvoiceDialogsTest.dialog("time-entries-dialog") != null);
            boss.await(() -> !((ListView<?>) InvoiceDialogsTest.in("time-entries-dialog", "#time-entries"))
                    .getItems()
                    .isEmpty());
            boss.fx(() -> ((ListView<?>) InvoiceDialogsTest.in("time-entries-dialog", "#time-entries"))
                    .getSelectionModel()
                    .select(0));
            Shots.shotWith(boss, out, "manager-time-entries-" + lang, "time-entries-dialog");
            boss.close();
        }
    }
}
