package org.shopsuite.desktop.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.chart.BarChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.testfx.api.FxToolkit;

/**
 * Renders the manager's Reports screen (issue 21) at 1280x720 in both languages, for
 * docs/screenshots: each report, the daily close before and after the count, the reopen dialog, and
 * the settings with the report settings. Runs only when asked: {@code -Dtest=ReportsScreenshotTest
 * -Dscreenshots=docs/screenshots}.
 */
@Tag("gui")
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class ReportsScreenshotTest {
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
    void rendersEachReportAndTheDailyClose() throws Exception {
        Path out = Shots.outDir();
        ShopClient boss = new ShopClient(server.url());
        boss.login("manager", ServerFixture.PASSWORD);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        for (String lang : new String[] {"en", "ko"}) {
            if (boss.dailyClose(today).close() != null) {
                boss.reopenDailyClose(today, "rendered again", ShopClient.newIdempotencyKey());
            }
            FxDriver d = Shots.open(server.url(), lang, "manager");
            d.selectTab("tab-reports");
            ReportsScreenTest.report(d, "report-sales");
            ReportsScreenTest.range(d, today.minusDays(13), today, "day");
            d.await(() ->
                    d.<BarChart<String, Number>>node("#sales-chart").getData().size() == 1);
            settle(d);
            Shots.shot(d, out, "manager-reports-sales-" + lang);
            // how each figure is made, opened under the table
            d.fx(() ->
                    d.<javafx.scene.control.TitledPane>node("#sales-formulas").setExpanded(true));
            settle(d);
            Shots.shot(d, out, "manager-reports-formulas-" + lang);
            d.fx(() ->
                    d.<javafx.scene.control.TitledPane>node("#sales-formulas").setExpanded(false));

            ReportsScreenTest.report(d, "report-technicians");
            d.await(() -> d.<BarChart<String, Number>>node("#technicians-chart")
                            .getData()
                            .size()
                    == 2);
            settle(d);
            Shots.shot(d, out, "manager-reports-technicians-" + lang);

            ReportsScreenTest.report(d, "report-receivables");
            d.await(() -> d.<BarChart<String, Number>>node("#receivables-chart")
                            .getData()
                            .size()
                    == 1);
            settle(d);
            Shots.shot(d, out, "manager-reports-receivables-" + lang);

            ReportsScreenTest.report(d, "report-daily-close");
            d.await(() -> d.has("#close-count-form") && d.has("#close-expected"));
            long expected = boss.dailyClose(today).cash().expected();
            d.type("#close-counted", Long.toString(expected - 3000));
            d.type("#close-note", "ko".equals(lang) ? "동전 통 확인 필요" : "coin tray to check");
            settle(d);
            Shots.shot(d, out, "manager-reports-daily-close-" + lang);
            d.press("#close-record");
            d.await(() -> d.has("#close-closed") && d.has("#close-difference"));
            settle(d);
            Shots.shot(d, out, "manager-reports-daily-close-counted-" + lang);
            d.press("#close-reopen");
            d.await(() -> InvoiceDialogsTest.dialog("close-reopen-dialog") != null);
            d.fx(() -> ((javafx.scene.control.TextField)
                            InvoiceDialogsTest.in("close-reopen-dialog", "#close-reopen-reason"))
                    .setText("ko".equals(lang) ? "지폐를 다시 셈" : "recounting the notes"));
            settle(d);
            Shots.shotWith(d, out, "manager-reports-reopen-" + lang, "close-reopen-dialog");
            d.fx(() -> ((javafx.scene.control.Button)
                            InvoiceDialogsTest.in("close-reopen-dialog", "#close-reopen-dialog-submit"))
                    .fire());
            d.await(() -> d.has("#close-count-form") && !d.has("#close-closed"));

            d.selectTab("tab-settings");
            d.await(() -> !d.<javafx.scene.control.TextField>node("#settings-opening-cash-float")
                    .getText()
                    .isEmpty());
            settle(d);
            Shots.shot(d, out, "manager-settings-reports-" + lang);
            d.close();
        }
    }

    private static void settle(FxDriver d) throws Exception {
        for (int i = 0; i < 3; i++) {
            Thread.sleep(150);
            d.fx(() -> d.stage().getScene().getRoot().layout());
        }
    }
}
