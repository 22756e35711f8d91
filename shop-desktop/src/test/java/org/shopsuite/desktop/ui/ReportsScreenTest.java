package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.DailyClose;
import org.shopsuite.model.TechnicianReport;
import org.testfx.api.FxToolkit;

/**
 * The manager's Reports screen (issue 21): the sales chart has a point per period of the range, the
 * technicians chart a category per mechanic, and a day is counted and reopened with a reason.
 */
class ReportsScreenTest {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

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

    static void report(FxDriver d, String tabId) throws Exception {
        d.fx(() -> {
            TabPane reports = d.node("#reports-tabs");
            reports.getTabs().stream()
                    .filter(t -> tabId.equals(t.getId()))
                    .findFirst()
                    .ifPresent(t -> reports.getSelectionModel().select(t));
        });
    }

    static void range(FxDriver d, LocalDate from, LocalDate to, String groupBy) throws Exception {
        d.fx(() -> {
            d.<DatePicker>node("#reports-from").setValue(from);
            d.<DatePicker>node("#reports-to").setValue(to);
            d.<ComboBox<String>>node("#reports-group-by").setValue(groupBy);
        });
        d.press("#reports-refresh");
    }

    @Test
    void theSalesChartHasAPointPerPeriodAndTheTechniciansChartACategoryPerMechanic() throws Exception {
        ShopClient boss = new ShopClient(server.url());
        boss.login("manager", ServerFixture.PASSWORD);
        LocalDate today = LocalDate.now(SEOUL);
        LocalDate from = today.minusDays(9);

        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-reports");
        report(d, "report-sales");
        range(d, from, today, "day");
        // ten days: ten bars, ten ARO and car count points, and the ten periods with the total row
        d.await(() -> d.<BarChart<String, Number>>node("#sales-chart").getData().size() == 1
                && d.<BarChart<String, Number>>node("#sales-chart")
                                .getData()
                                .get(0)
                                .getData()
                                .size()
                        == 10);
        assertThat(d.fx(() -> d.<LineChart<String, Number>>node("#aro-chart")
                        .getData()
                        .get(0)
                        .getData()
                        .size()))
                .isEqualTo(10);
        assertThat(d.fx(() -> d.<LineChart<String, Number>>node("#cars-chart")
                        .getData()
                        .get(0)
                        .getData()
                        .size()))
                .isEqualTo(10);
        TableView<?> periods = d.node("#sales-table");
        assertThat(d.fx(() -> periods.getItems().size())).isEqualTo(11);
        long sales = boss.salesReport(from, today, "day").total().sales();
        Messages en = new Messages(java.util.Locale.ENGLISH);
        String lastRowSales =
                d.fx(() -> String.valueOf(periods.getColumns().get(2).getCellData(10)));
        assertThat(lastRowSales).isEqualTo(en.money(sales, "KRW"));

        // by week: the weeks the same days touch (from Monday)
        range(d, from, today, "week");
        int weeks = boss.salesReport(from, today, "week").periods().size();
        d.await(() -> d.<BarChart<String, Number>>node("#sales-chart")
                        .getData()
                        .get(0)
                        .getData()
                        .size()
                == weeks);
        assertThat(weeks).isBetween(2, 3);

        report(d, "report-technicians");
        TechnicianReport hours = boss.technicianReport(from, today, null);
        List<String> names =
                hours.items().stream().map(TechnicianReport.Technician::name).toList();
        assertThat(names).hasSizeGreaterThan(1);
        d.await(() ->
                d.<BarChart<String, Number>>node("#technicians-chart").getData().size() == 2);
        BarChart<String, Number> chart = d.node("#technicians-chart");
        assertThat(d.fx(() -> List.copyOf(((CategoryAxis) chart.getXAxis()).getCategories())))
                .containsExactlyElementsOf(names);
        assertThat(d.fx(() -> chart.getData().get(0).getData().size())).isEqualTo(names.size());
        assertThat(d.fx(() -> chart.getData().get(1).getData().size())).isEqualTo(names.size());
        assertThat(d.fx(() ->
                        d.<TableView<?>>node("#technicians-table").getItems().size()))
                .isEqualTo(names.size());

        report(d, "report-receivables");
        int unpaid = boss.receivables().items().size();
        d.await(() ->
                d.<BarChart<String, Number>>node("#receivables-chart").getData().size() == 1);
        assertThat(d.fx(() -> d.<BarChart<String, Number>>node("#receivables-chart")
                        .getData()
                        .get(0)
                        .getData()
                        .size()))
                .isEqualTo(4);
        assertThat(d.fx(() ->
                        d.<TableView<?>>node("#receivables-table").getItems().size()))
                .isEqualTo(unpaid);
        d.close();
    }

    @Test
    void aDayIsCountedThenReopenedWithAReason() throws Exception {
        ShopClient boss = new ShopClient(server.url());
        boss.login("manager", ServerFixture.PASSWORD);
        LocalDate today = LocalDate.now(SEOUL);
        if (boss.dailyClose(today).close() != null) {
            boss.reopenDailyClose(today, "a test counts again", ShopClient.newIdempotencyKey());
        }
        long expected = boss.dailyClose(today).cash().expected();

        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-reports");
        report(d, "report-daily-close");
        d.await(() -> d.has("#close-count-form") && d.has("#close-expected"));
        assertThat(d.text("#close-expected")).isEqualTo(new Messages(java.util.Locale.ENGLISH).money(expected, "KRW"));

        // nothing typed: the count is asked for, nothing is recorded
        d.press("#close-record");
        d.await(() -> !d.text("#close-counted-error").isEmpty());
        assertThat(boss.dailyClose(today).close()).isNull();

        d.type("#close-counted", Long.toString(expected + 5000));
        d.type("#close-note", "one note too many");
        d.press("#close-record");
        d.await(() -> d.has("#close-closed") && d.has("#close-difference"));
        String over = new Messages(java.util.Locale.ENGLISH).money(5000, "KRW") + " over";
        assertThat(d.text("#close-difference")).isEqualTo(over);
        assertThat(d.text("#reports-message")).contains(over);
        DailyClose closed = boss.dailyClose(today);
        assertThat(closed.close().countedCash()).isEqualTo(expected + 5000);
        assertThat(closed.close().difference()).isEqualTo(5000);
        assertThat(closed.close().note()).isEqualTo("one note too many");
        assertThat(d.has("#close-count-form")).isFalse();

        d.press("#close-reopen");
        d.await(() -> InvoiceDialogsTest.dialog("close-reopen-dialog") != null);
        javafx.scene.control.Button submit = (javafx.scene.control.Button)
                InvoiceDialogsTest.in("close-reopen-dialog", "#close-reopen-dialog-submit");
        // a reason is required: the button waits for one
        assertThat(d.fx(submit::isDisabled)).isTrue();
        d.fx(() -> ((TextField) InvoiceDialogsTest.in("close-reopen-dialog", "#close-reopen-reason"))
                .setText("recounted the notes"));
        assertThat(d.fx(submit::isDisabled)).isFalse();
        d.fx(submit::fire);
        d.await(() -> InvoiceDialogsTest.dialog("close-reopen-dialog") == null);
        d.await(() -> d.has("#close-count-form") && !d.has("#close-closed"));
        DailyClose reopened = boss.dailyClose(today);
        assertThat(reopened.close()).isNull();
        assertThat(reopened.history().get(0).reopenReason()).isEqualTo("recounted the notes");
        assertThat(reopened.history().get(0).reopenedBy()).isEqualTo("manager");
        d.await(() -> d.<javafx.scene.control.ListView<?>>node("#close-history")
                        .getItems()
                        .size()
                == reopened.history().size());

        d.close();
    }
}
