package org.shopsuite.desktop.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.model.SubletOrder;
import org.testfx.api.FxToolkit;

/**
 * Renders the contractor's screen (its sublet orders, one selected) and its Complete… dialog at
 * 1280x720 in English and Korean. Runs only when asked ({@code -Dscreenshots=docs/screenshots}).
 */
@Tag("gui")
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class ContractorScreenshotTest {
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
    void rendersTheContractorsOrdersAndTheCompleteDialogAt1280x720() throws Exception {
        ContractorScreenTest.Work work = ContractorScreenTest.setUpWork(server);
        SubletOrder tint = work.send(work.ours(), "썬팅 (window tint), all side windows", 120_000);
        work.manager()
                .scheduleSublet(
                        tint.id(),
                        LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(2),
                        null);
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = FxDriver.open(server.url());
            d.fx(() -> {
                d.stage().setWidth(1280);
                d.stage().setHeight(720);
            });
            d.await(() -> d.has("#login-submit"));
            NoClippingTest.pickLanguage(d, lang);
            d.login(ContractorScreenTest.CONTRACTOR, ContractorScreenTest.CONTRACTOR_PASSWORD);
            d.await(() -> ContractorScreenTest.listed(d).size() == 2);
            d.fx(() -> d.<TableView<SubletOrder>>node("#sublet-table")
                    .getSelectionModel()
                    .select(1));
            NoClippingTest.settle(d);
            Shots.shot(d, out, "contractor-sublets-" + lang);

            d.press("#sublet-complete");
            d.await(() -> InvoiceDialogsTest.dialog("sublet-complete-dialog") != null);
            d.fx(() -> {
                ((TextArea) InvoiceDialogsTest.in("sublet-complete-dialog", "#sublet-notes"))
                        .setText("Windshield replaced, rain sensor recalibrated");
                ((TextField) InvoiceDialogsTest.in("sublet-complete-dialog", "#sublet-invoice")).setText("GN-2026-118");
            });
            Shots.shotWith(d, out, "contractor-complete-" + lang, "sublet-complete-dialog");
            d.fx(() -> InvoiceDialogsTest.dialog("sublet-complete-dialog")
                    .getScene()
                    .getWindow()
                    .hide());
            d.close();
        }
    }

    @Test
    void rendersAJobsWorkSentOutAndTheSendOutDialogAt1280x720() throws Exception {
        ContractorScreenTest.Work work = ContractorScreenTest.setUpWork(server);
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = Shots.open(server.url(), lang, "counter");
            d.selectTab("tab-receipts");
            d.type("#receipts-query", work.job().carId());
            d.enter("#receipts-query");
            TableView<org.shopsuite.model.Receipt> receipts = d.node("#receipts-table");
            d.await(() -> receipts.getItems().stream()
                    .anyMatch(r -> r.id() == work.job().receiptId()));
            d.fx(() -> receipts.getItems().stream()
                    .filter(r -> r.id() == work.job().receiptId())
                    .findFirst()
                    .ifPresent(r -> receipts.getSelectionModel().select(r)));
            d.await(() -> ((javafx.scene.control.ListView<?>) d.node("#job-sublets"))
                            .getItems()
                            .size()
                    == 2);
            NoClippingTest.settle(d);
            Shots.shot(d, out, "counter-job-sublets-" + lang);
            d.press("#job-sublet-send");
            d.await(() -> InvoiceDialogsTest.dialog("sublet-send-dialog") != null);
            d.fx(() -> {
                ((TextField) InvoiceDialogsTest.in("sublet-send-dialog", "#sublet-description-field"))
                        .setText("Headlight restoration");
                ((TextField) InvoiceDialogsTest.in("sublet-send-dialog", "#sublet-cost-field")).setText("40000");
                ((TextField) InvoiceDialogsTest.in("sublet-send-dialog", "#sublet-price-field")).setText("60000");
            });
            Shots.shotWith(d, out, "counter-send-sublet-" + lang, "sublet-send-dialog");
            d.fx(() -> InvoiceDialogsTest.dialog("sublet-send-dialog")
                    .getScene()
                    .getWindow()
                    .hide());
            d.close();
        }
    }
}
