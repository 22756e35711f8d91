package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.TimeEntry;
import org.shopsuite.model.TimeEntryKind;
import org.testfx.api.FxToolkit;

/** The manager corrects a mechanic's time entry with a reason; the original stays beside it (issue 21). */
class TimeEntriesTest {
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
    @SuppressWarnings("unchecked") // the dialog's list, looked up by id
    void theManagerCorrectsAClockInWithAReasonAndTheOriginalStaysBesideIt() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-people");
        TableView<Mechanic> table = d.node("#mechanics-table");
        d.await(() -> !table.getItems().isEmpty());
        // 이서준 (lee) started the Carnival's timing belt this morning: clocked in by the job
        Mechanic lee = d.fx(() -> table.getItems().stream()
                .filter(x -> x.name().equals("이서준"))
                .findFirst()
                .orElseThrow());
        d.fx(() -> table.getSelectionModel().select(lee));
        d.await(() -> !d.<Button>node("#mechanic-time-entries").isDisabled());
        d.press("#mechanic-time-entries");
        d.await(() -> dialog("time-entries-dialog") != null);
        ListView<TimeEntry> list = d.fx(() -> (ListView<TimeEntry>) in("time-entries-dialog", "#time-entries"));
        d.await(() -> list.getItems().stream().anyMatch(e -> e.kind() == TimeEntryKind.ATTENDANCE));
        TimeEntry attendance = d.fx(() -> list.getItems().stream()
                .filter(e -> e.kind() == TimeEntryKind.ATTENDANCE)
                .findFirst()
                .orElseThrow());
        d.fx(() -> list.getSelectionModel().select(attendance));
        String earlier = LocalDate.now(ZoneId.of("Asia/Seoul")) + " 00:05";
        d.fx(() -> ((TextField) in("time-entries-dialog", "#time-start")).setText(earlier));
        d.fx(() -> ((Button) in("time-entries-dialog", "#time-entries-dialog-submit")).fire());
        d.await(() -> !((Label) in("time-entries-dialog", "#time-reason-error"))
                .getText()
                .isEmpty());

        d.fx(() -> ((TextField) in("time-entries-dialog", "#time-reason")).setText("출근 기록 누락"));
        d.fx(() -> ((Button) in("time-entries-dialog", "#time-entries-dialog-submit")).fire());
        d.await(() ->
                ((Label) in("time-entries-dialog", "#time-message")).getText().startsWith("Corrected"));
        d.await(() -> list.getItems().stream()
                .anyMatch(e -> e.id() == attendance.id() && !e.edits().isEmpty()));

        ShopClient boss = new ShopClient(server.url());
        boss.login("manager", ServerFixture.PASSWORD);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        List<TimeEntry> entries = boss.timeEntries(lee.id(), today, today);
        TimeEntry fixed = entries.stream()
                .filter(e -> e.id() == attendance.id())
                .findFirst()
                .orElseThrow();
        assertThat(fixed.start()).isBefore(attendance.start());
        assertThat(fixed.edits()).hasSize(1);
        assertThat(fixed.edits().get(0).before().start()).isEqualTo(attendance.start());
        assertThat(fixed.edits().get(0).reason()).isEqualTo("출근 기록 누락");
    }
}
