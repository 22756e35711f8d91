package org.shopsuite.desktop.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.DeliveryInput;
import org.shopsuite.model.DeliveryLine;
import org.shopsuite.model.Job;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.StockCountLine;
import org.shopsuite.model.VehiclePart;
import org.shopsuite.model.VehiclePartInput;
import org.testfx.api.FxToolkit;

/**
 * Renders the stock count (differences and an unknown barcode), the reconciliation and the
 * mechanic's "Order it" and its arrival at 1280x720 in both languages, for docs/screenshots. Runs
 * only when asked: {@code -Dtest=StockScreensScreenshotTest -Dscreenshots=docs/screenshots}.
 */
@Tag("gui")
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class StockScreensScreenshotTest {
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
    void rendersTheCountTheReconciliationAndOrderItAt1280x720() throws Exception {
        ShopClient boss = StockScreensTest.manager(server);
        Job job = OrderItTest.kimsJobInProgress(server);
        VehiclePart bulb = boss.catalogue(OrderItTest.NONE_IN_STOCK, false).get(0);
        long supplier = boss.suppliers(false).get(0).id();
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = Shots.open(server.url(), lang, "manager");
            d.selectTab("tab-stock");
            d.await(() -> d.has("#count-start"));
            d.press("#count-start");
            d.await(() -> StockScreensTest.line(d, "WF-2L") != null);
            List<StockCountLine> lines = d.fx(() -> List.copyOf(
                    d.<TableView<StockCountLine>>node("#count-table").getItems()));
            // parts counted as expected, one over (amber), one short (red), the next not counted yet
            int first = 12;
            for (int i = first; i < first + 6; i++) {
                StockCountLine l = lines.get(i);
                VehiclePart p = boss.catalogue(l.partId(), false).get(0);
                int counted = i == first + 3 ? l.expected() + 1 : i == first + 5 ? l.expected() - 1 : l.expected();
                scan(d, p.barcode(), counted);
            }
            d.fx(() -> d.<TableView<StockCountLine>>node("#count-table").scrollTo(first));
            d.type("#count-scan", "4006381333931");
            d.enter("#count-scan");
            d.await(() -> d.has("#count-unknown"));
            Shots.shot(d, out, "manager-stock-count-" + lang);

            d.fx(() -> d.<javafx.scene.control.TabPane>node("#stock-tabs")
                    .getSelectionModel()
                    .select(1));
            d.await(() -> !d.<TableView<?>>node("#recon-table").getItems().isEmpty());
            Shots.shot(d, out, "manager-reconciliation-" + lang);
            d.close();

            FxDriver kim = Shots.open(server.url(), lang, "kim");
            kim.selectTab("tab-jobs");
            OrderItTest.selectJob(kim, job.id());
            PartRequest refused = OrderItTest.askForThePartNoneInStock(kim);
            kim.await(() -> kim.has("#part-order-" + refused.id()));
            defaultSupplier(boss, null);
            kim.press("#part-order-" + refused.id()); // no default supplier yet: said in words
            kim.await(() -> !kim.text("#job-error").isEmpty());
            scrollDown(kim);
            Shots.shot(kim, out, "mechanic-order-it-" + lang);
            defaultSupplier(boss, supplier);
            kim.press("#part-order-" + refused.id());
            kim.await(() -> OrderItTest.requests(kim).stream()
                    .anyMatch(r -> r.id() == refused.id() && r.backorderId() != null));
            long order = OrderItTest.requests(kim).stream()
                    .filter(r -> r.id() == refused.id())
                    .findFirst()
                    .orElseThrow()
                    .backorderId();
            boss.placePurchaseOrder(order, ShopClient.newIdempotencyKey());
            boss.receive(
                    order,
                    new DeliveryInput("DH-" + lang, null, List.of(new DeliveryLine(bulb.id(), null, 1, null)), false),
                    ShopClient.newIdempotencyKey());
            kim.await(() -> kim.has("#job-arrival-box"));
            kim.await(() -> OrderItTest.requests(kim).stream()
                    .anyMatch(r -> r.partId().equals(OrderItTest.NONE_IN_STOCK)
                            && r.status() == org.shopsuite.model.PartRequestStatus.ISSUED));
            scrollDown(kim);
            Shots.shot(kim, out, "mechanic-order-arrived-" + lang);
            kim.close();
        }
    }

    /** A scan of {@code quantity} units (0: one scan, no quantity typed). */
    private static void scan(FxDriver d, String barcode, int quantity) throws Exception {
        if (quantity < 0) {
            return;
        }
        d.type("#count-quantity", quantity == 0 ? "" : Integer.toString(quantity));
        String before = d.text("#count-totals");
        d.type("#count-scan", barcode);
        d.enter("#count-scan");
        d.await(() -> !d.text("#count-totals").equals(before));
    }

    private static void defaultSupplier(ShopClient boss, Long supplier) {
        VehiclePart bulb = boss.catalogue(OrderItTest.NONE_IN_STOCK, false).get(0);
        boss.updatePart(
                bulb.id(),
                bulb.version(),
                new VehiclePartInput(
                        bulb.partId(),
                        bulb.partName(),
                        null,
                        bulb.partPrice(),
                        bulb.costPrice(),
                        bulb.reorderPoint(),
                        bulb.barcode(),
                        supplier,
                        bulb.coreCharge()));
    }

    /** The mechanic's detail scrolled to its end: the message and the part requests. */
    private static void scrollDown(FxDriver d) throws Exception {
        d.fx(() -> d.stage().getScene().getRoot().lookupAll(".scroll-pane").stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollPane)
                .forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1)));
        d.fx(() -> {
            javafx.scene.control.ListView<?> list = d.node("#requests-list");
            list.scrollTo(list.getItems().size() - 1);
        });
    }
}
