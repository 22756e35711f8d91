package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.PauseReason;
import org.shopsuite.model.TimeEntry;
import org.shopsuite.model.TimeEntryKind;
import org.testfx.api.FxToolkit;

/** The mechanic's time clock on the workstation (issue 21): clock in, a job's clock paused and resumed, clock out. */
class JobClockTest {
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
    void aMechanicClocksInPausesAJobForPartsResumesItAndClocksOut() throws Exception {
        ShopClient kim = new ShopClient(server.url());
        kim.login("kim", ServerFixture.PASSWORD);
        long me = kim.user().mechanicId();
        Job job = kim.jobs(me, JobStatus.WAITING, null).get(0);
        // the demo's morning clocked kim in with the work he did: he went home since
        if (kim.clock(me).clockedIn()) {
            kim.clockOut(me, ShopClient.newIdempotencyKey());
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        int before = kim.timeEntries(me, today, today).size();

        FxDriver d = FxDriver.open(server.url());
        d.login("kim", ServerFixture.PASSWORD);
        d.selectTab("tab-jobs");
        d.await(() -> d.text("#clock-status").equals("Not clocked in"));
        assertThat(d.<Button>node("#clock-out").isDisable()).isTrue();
        d.press("#clock-in");
        d.await(() -> d.text("#clock-status").startsWith("Clocked in since"));

        OrderItTest.selectJob(d, job.id());
        d.press("#job-start");
        d.await(() -> d.text("#clock-status").contains("on job " + job.id()));
        d.await(() -> !d.<MenuButton>node("#job-pause").isDisable());
        assertThat(d.<Button>node("#job-resume").isDisable()).isTrue();

        d.fx(() -> {
            MenuButton pause = d.node("#job-pause");
            MenuItem parts = pause.getItems().stream()
                    .filter(i -> "job-pause-WAITING_PARTS".equals(i.getId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(parts.getText()).isEqualTo("Waiting for parts");
            parts.fire();
        });
        d.await(() -> !d.<Button>node("#job-resume").isDisable());
        d.await(() -> !d.text("#clock-status").contains("on job"));
        d.press("#job-resume");
        d.await(() -> d.text("#clock-status").contains("on job " + job.id()));
        assertThat(d.text("#clock-today")).startsWith("Today:");

        d.press("#clock-out");
        d.await(() -> d.text("#clock-status").equals("Not clocked in"));

        List<TimeEntry> all = kim.timeEntries(me, today, today);
        List<TimeEntry> entries = all.subList(before, all.size());
        assertThat(entries.stream().filter(e -> e.kind() == TimeEntryKind.ATTENDANCE))
                .hasSize(1)
                .allMatch(e -> e.end() != null && !e.automatic());
        assertThat(entries.stream()
                        .filter(e -> e.kind() == TimeEntryKind.JOB)
                        .map(TimeEntry::pauseReason)
                        .toList())
                .containsExactly(PauseReason.WAITING_PARTS, PauseReason.END_OF_SHIFT);
    }
}
