package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.jobs.JobClockViewModel;
import org.shopsuite.desktop.ui.manage.SettingsViewModel;
import org.shopsuite.desktop.ui.report.ReportsViewModel;
import org.shopsuite.model.TechnicianReport;

/**
 * Issue 21's ViewModels against a real in-process server: the report range's presets and formats,
 * a report saved as the server's CSV, the two report settings, and the clock bar's hours of today.
 */
class ReportsViewModelTest {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path dir;

    ServerFixture server;
    Preferences prefs;

    @BeforeEach
    void setUp() throws Exception {
        server = new ServerFixture(dir);
        prefs = Preferences.userRoot().node("shop-suite-test-" + System.nanoTime());
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
        server.close();
    }

    Session login(String user, Locale language) {
        return server.session(prefs, user, language);
    }

    @Test
    void theRangePresetsLoadTheReportShownAndFiguresAreFormatted() {
        ReportsViewModel vm = new ReportsViewModel(login("manager", Locale.ENGLISH), Tasks.direct());
        LocalDate today = LocalDate.now(SEOUL);
        vm.lastMonth();
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        assertThat(vm.fromProperty().get()).isEqualTo(first);
        assertThat(vm.toProperty().get()).isEqualTo(first.withDayOfMonth(first.lengthOfMonth()));
        assertThat(vm.salesProperty().get().periods()).hasSize(first.lengthOfMonth());

        vm.groupByProperty().set("month");
        assertThat(vm.salesProperty().get().periods()).hasSize(1);
        vm.last7Days();
        assertThat(vm.fromProperty().get()).isEqualTo(today.minusDays(6));
        vm.groupByProperty().set("day");
        assertThat(vm.salesProperty().get().periods()).hasSize(7);
        vm.thisMonth();
        assertThat(vm.fromProperty().get()).isEqualTo(today.withDayOfMonth(1));
        assertThat(vm.toProperty().get()).isEqualTo(today);

        vm.fromProperty().set(today);
        vm.toProperty().set(today.minusDays(1));
        vm.refresh();
        assertThat(vm.errorProperty().get()).isEqualTo("The first day comes after the last");

        assertThat(vm.percent(null)).isEqualTo("-");
        assertThat(vm.percent(new BigDecimal("12.5"))).isEqualTo("12.5%");
        assertThat(vm.percent(new BigDecimal("100"))).isEqualTo("100.0%");
        assertThat(vm.money((Long) null)).isEqualTo("-");
        assertThat(vm.differenceText(0L)).isEqualTo("even");
        assertThat(vm.differenceText(-2000L)).endsWith("2,000 short");
    }

    @Test
    void theReportShownIsSavedAsTheServersCsvWithItsBom() throws Exception {
        ReportsViewModel vm = new ReportsViewModel(login("manager", Locale.KOREAN), Tasks.direct());
        vm.reportProperty().set(ReportsViewModel.Report.TECHNICIANS);
        LocalDate today = LocalDate.now(SEOUL);
        vm.range(today.minusDays(2), today);
        assertThat(vm.fileName("csv")).isEqualTo("정비사-" + today.minusDays(2) + "-" + today + ".csv");
        Path file = dir.resolve("technicians.csv");
        vm.export("csv", file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("efficiencyPercent");
        // Hangul intact: the demo's mechanics have Korean names
        assertThat(text).containsPattern("[가-힣]");
        assertThat(vm.messageProperty().get()).contains("technicians.csv");

        vm.reportProperty().set(ReportsViewModel.Report.DAILY_CLOSE);
        Path close = dir.resolve("close.csv");
        vm.export("csv", close);
        assertThat(Files.readString(close, StandardCharsets.UTF_8)).contains("expected");
        // the printable day: the server's A4 PDF, saved and fetched for the printer alike
        Path pdf = dir.resolve("close.pdf");
        vm.export("pdf", pdf);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        AtomicReference<byte[]> printed = new AtomicReference<>();
        vm.fetchPdf(printed::set);
        assertThat(new String(printed.get(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        vm.reportProperty().set(ReportsViewModel.Report.SALES);
        Path sales = dir.resolve("sales.pdf");
        vm.export("pdf", sales);
        assertThat(new String(Files.readAllBytes(sales), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(vm.errorProperty().get()).isEmpty();
        // the formulas on a Korean screen are the desktop's Korean words, not the server's English
        vm.reportProperty().set(ReportsViewModel.Report.DAILY_CLOSE);
        assertThat(vm.formula(
                        ReportsViewModel.Report.DAILY_CLOSE,
                        "cash.expected",
                        vm.dailyCloseProperty().get().formulas()))
                .startsWith("시재금 +");
    }

    @Test
    void settingsSendTheOpeningCashFloatAndTheLabourCost() {
        Session s = login("manager", Locale.ENGLISH);
        SettingsViewModel vm = new SettingsViewModel(s, Tasks.direct());
        vm.refresh();
        vm.openingCashFloatProperty().set("-5");
        vm.laborCostPerHourProperty().set("abc");
        vm.save();
        assertThat(vm.fieldErrors()).containsKeys("openingCashFloat", "laborCostPerHour");

        vm.openingCashFloatProperty().set("150,000");
        vm.laborCostPerHourProperty().set("32000");
        vm.save();
        assertThat(vm.fieldErrors()).isEmpty();
        assertThat(vm.messageProperty().get()).isNotEmpty();
        ShopClient c = s.client();
        assertThat(c.shop().openingCashFloat()).isEqualTo(150_000L);
        assertThat(c.shop().laborCostPerHour()).isEqualTo(32_000L);
        // the daily close starts from the float
        assertThat(c.dailyClose(LocalDate.now(SEOUL)).cash().openingFloat()).isEqualTo(150_000L);

        SettingsViewModel again = new SettingsViewModel(s, Tasks.direct());
        again.refresh();
        assertThat(again.openingCashFloatProperty().get()).isEqualTo("150000");
        assertThat(again.laborCostPerHourProperty().get()).isEqualTo("32000");
    }

    @Test
    void theClockBarSaysTodaysHoursAtWorkOnJobsAndBilledFromTheTechniciansReport() {
        Session kim = login("kim", Locale.ENGLISH);
        long me = kim.user().mechanicId();
        JobClockViewModel clock = new JobClockViewModel(kim, Tasks.direct());
        clock.refresh();
        LocalDate today = LocalDate.now(SEOUL);
        TechnicianReport report = kim.client().technicianReport(today, today, me);
        TechnicianReport.Technician t = report.items().get(0);
        Messages m = kim.messages();
        // hours at work and on jobs run on while the clocks run: the billed hours are the fixed part
        assertThat(clock.todayProperty().get())
                .startsWith("Today: ")
                .endsWith(", " + m.hours(t.billedHours()) + " billed");
        assertThat(clock.errorProperty().get()).isEmpty();
    }
}
