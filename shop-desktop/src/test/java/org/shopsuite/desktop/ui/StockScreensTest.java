package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.PartReconciliation;
import org.shopsuite.model.ScanInput;
import org.shopsuite.model.StockCountLine;
import org.shopsuite.model.VehiclePart;
import org.testfx.api.FxToolkit;

/**
 * The manager's stock screen: a count by scanner (one unit per scan, an unknown barcode signalled, a
 * second scanner's counts shown live, posting changes the stock on the server, the open sheet back
 * after signing in again) and the reconciliation with its differences highlighted.
 */
@Tag("gui")
class StockScreensTest {
    static final String WASHER_FLUID = "8801234500257";

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

    static ShopClient manager(ServerFixture server) {
        ShopClient c = new ShopClient(server.url());
        c.login("manager", ServerFixture.PASSWORD);
        return c;
    }

    static StockCountLine line(FxDriver d, String partId) throws Exception {
        return d.fx(() -> d.<TableView<StockCountLine>>node("#count-table").getItems().stream()
                .filter(l -> l.partId().equals(partId))
                .findFirst()
                .orElse(null));
    }

    @Test
    void countingByScannerSignalsUnknownCodesShowsOtherScannersLiveAndPostingChangesTheStock() throws Exception {
        ShopClient boss = manager(server);
        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-stock");
        d.await(() -> d.has("#count-start"));
        assertThat(d.<TextField>node("#count-scan").isDisabled())
                .as("no sheet: nothing to scan")
                .isTrue();

        d.type("#count-parts", "WF-2L");
        d.press("#count-start");
        d.await(() -> line(d, "WF-2L") != null);
        int expected = line(d, "WF-2L").expected();
        assertThat(d.<TableView<?>>node("#count-table").getItems()).hasSize(1);

        // three scans: three units, one each
        for (int i = 0; i < 3; i++) {
            d.type("#count-scan", WASHER_FLUID);
            d.enter("#count-scan");
            int n = i + 1;
            d.await(() -> line(d, "WF-2L").counted() == n);
        }
        assertThat(d.<TextField>node("#count-scan").getText())
                .as("ready for the next scan")
                .isEmpty();
        assertThat(d.text("#count-totals")).contains("Scans: 3").contains("Units counted: 3");
        assertThat(d.text("#count-message")).contains("워셔액");

        // an unknown barcode: a clear red signal, nothing counted
        d.type("#count-scan", "0000000000000");
        d.enter("#count-scan");
        d.await(() -> d.has("#count-unknown"));
        assertThat(d.text("#count-unknown")).contains("Unknown barcode: 0000000000000");
        assertThat(d.<TextField>node("#count-scan").getStyleClass()).contains("scan-unknown");
        assertThat(line(d, "WF-2L").counted()).isEqualTo(3);
        // the next good scan clears the signal
        d.type("#count-scan", WASHER_FLUID);
        d.await(() -> !d.has("#count-unknown"));
        assertThat(d.<TextField>node("#count-scan").getStyleClass()).doesNotContain("scan-unknown");
        d.type("#count-scan", "");

        // a second scanner counts the same sheet through the server: shown live
        long sheetId = d.fx(() -> Long.parseLong(d.text("#count-title").replaceAll("^Count (\\d+).*", "$1")));
        boss.scan(sheetId, new ScanInput(WASHER_FLUID, null, 2), ShopClient.newIdempotencyKey());
        d.await(() -> line(d, "WF-2L").counted() == 5);
        assertThat(line(d, "WF-2L").scans()).isEqualTo(4);
        assertThat(line(d, "WF-2L").difference()).isEqualTo(5 - expected);
        // short: the row is red
        d.await(() -> d.<TableView<?>>node("#count-table").lookupAll(".count-short").stream()
                .anyMatch(Node::isVisible));

        // a typed count: quantity 2 on one scan
        d.type("#count-quantity", "2");
        d.type("#count-scan", WASHER_FLUID);
        d.enter("#count-scan");
        d.await(() -> line(d, "WF-2L").counted() == 7);
        assertThat(d.<TextField>node("#count-quantity").getText()).isEmpty();

        // signed out and in again: the open sheet is back
        AccountMenuTest.menu(d, "menu-logout");
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-stock");
        d.await(() -> line(d, "WF-2L") != null && line(d, "WF-2L").counted() == 7);
        assertThat(d.text("#count-title")).startsWith("Count " + sheetId + ": open");

        // post: the question says what changes, then the stock on the server is what was counted
        d.press("#count-post");
        d.await(() -> dialog("count-post-confirm") != null);
        String question = d.fx(() -> ((javafx.scene.control.DialogPane) dialog("count-post-confirm")).getContentText());
        assertThat(question)
                .contains("1 parts change")
                .contains("units removed")
                .contains("WF-2L")
                .contains(Integer.toString(7 - expected));
        d.fx(() -> ((Button) in("count-post-confirm", "#count-post-confirm-yes")).fire());
        d.await(() -> d.text("#count-title").contains("posted"));
        assertThat(d.text("#count-message")).contains("posted");
        List<VehiclePart> fluid = boss.catalogue("WF-2L", false);
        assertThat(fluid.get(0).stock()).isEqualTo(7);
        assertThat(boss.movements(fluid.get(0).id()).get(0).kind().name()).isEqualTo("COUNT");
        // a posted sheet is read-only
        assertThat(d.<TextField>node("#count-scan").isDisabled()).isTrue();
        assertThat(d.<Button>node("#count-post").isDisabled()).isTrue();
    }

    @Test
    void theReconciliationLoadsThisMonthHighlightsDifferencesAndFiltersThem() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-stock");
        d.fx(() -> {
            javafx.scene.control.TabPane inner = d.node("#stock-tabs");
            inner.getSelectionModel().select(1);
        });
        TableView<PartReconciliation> table = d.node("#recon-table");
        d.await(() -> !table.getItems().isEmpty());
        int all = d.fx(() -> table.getItems().size());
        long differing = d.fx(() -> table.getItems().stream()
                .filter(r ->
                        r.issuedNotBilled() != 0 || r.receivedWithoutVendorInvoice() != 0 || r.creditOutstanding() != 0)
                .count());
        assertThat(differing)
                .as("the demo's open core return is credit still owed")
                .isPositive();
        // the alternator's open core: credit outstanding highlighted
        PartReconciliation alternator = d.fx(() -> table.getItems().stream()
                .filter(r -> r.partId().equals("ALT-90A"))
                .findFirst()
                .orElseThrow());
        assertThat(alternator.creditOutstanding()).isPositive();
        d.fx(() -> table.scrollTo(alternator));
        d.await(() -> table.lookupAll(".recon-difference").stream().anyMatch(Node::isVisible));
        assertThat(d.text("#recon-summary")).contains(differing + " with differences");

        d.fx(() ->
                d.<javafx.scene.control.CheckBox>node("#recon-only-differences").setSelected(true));
        d.await(() -> table.getItems().size() == differing);
        assertThat(d.fx(() -> table.getItems().stream()
                        .allMatch(org.shopsuite.desktop.ui.stock.ReconciliationViewModel::differs)))
                .isTrue();
        d.fx(() ->
                d.<javafx.scene.control.CheckBox>node("#recon-only-differences").setSelected(false));
        d.await(() -> table.getItems().size() == all);
    }
}
