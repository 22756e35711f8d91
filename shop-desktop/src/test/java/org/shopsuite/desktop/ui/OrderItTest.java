package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.DeliveryInput;
import org.shopsuite.model.DeliveryLine;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.PartRequestStatus;
import org.shopsuite.model.VehiclePart;
import org.shopsuite.model.VehiclePartInput;
import org.testfx.api.FxToolkit;

/**
 * The mechanic's "Order it" on a part refused for stock: with no default supplier they are told to
 * ask the manager; with one the request shows "on order"; when the manager receives the order the
 * part appears issued on the job at once, with a notice.
 */
@Tag("gui")
class OrderItTest {
    /** The licence plate LED bulb: none in stock in the demo data. */
    static final String NONE_IN_STOCK = "DG-LED-01";

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

    /** Kim's job in progress (one of kim's waiting jobs started when there is none). */
    static Job kimsJobInProgress(ServerFixture server) {
        ShopClient kim = new ShopClient(server.url());
        kim.login("kim", ServerFixture.PASSWORD);
        long me = kim.user().mechanicId();
        List<Job> working = kim.jobs(me, JobStatus.IN_PROGRESS, null);
        if (!working.isEmpty()) {
            return working.get(0);
        }
        Job waiting = kim.jobs(me, JobStatus.WAITING, null).get(0);
        return kim.startJob(waiting.id(), ShopClient.newIdempotencyKey());
    }

    static List<PartRequest> requests(FxDriver d) throws Exception {
        return d.fx(() ->
                List.copyOf(d.<ListView<PartRequest>>node("#requests-list").getItems()));
    }

    static void selectJob(FxDriver d, long jobId) throws Exception {
        d.await(() -> d.<ListView<Job>>node("#jobs-list").getItems().stream().anyMatch(j -> j.id() == jobId));
        d.fx(() -> {
            ListView<Job> jobs = d.node("#jobs-list");
            jobs.getItems().stream()
                    .filter(j -> j.id() == jobId)
                    .findFirst()
                    .ifPresent(j -> jobs.getSelectionModel().select(j));
        });
        d.await(() -> d.text("#job-title").startsWith("#" + jobId));
    }

    /** Asks for the part on the job in the mechanic's screen: refused for stock. */
    static PartRequest askForThePartNoneInStock(FxDriver d) throws Exception {
        d.type("#part-query", NONE_IN_STOCK);
        d.enter("#part-query");
        d.await(() -> !d.<ListView<VehiclePart>>node("#parts-list").getItems().isEmpty());
        d.await(() -> d.fx(() ->
                d.<ListView<VehiclePart>>node("#parts-list").getSelectionModel().getSelectedItem() != null));
        d.type("#part-quantity", "1");
        d.press("#part-request");
        d.await(() -> requests(d).stream()
                .anyMatch(r -> r.partId().equals(NONE_IN_STOCK)
                        && r.status() == PartRequestStatus.REJECTED
                        && r.backorderId() == null));
        return requests(d).stream()
                .filter(r -> r.partId().equals(NONE_IN_STOCK)
                        && r.status() == PartRequestStatus.REJECTED
                        && r.backorderId() == null)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void orderingAPartOutOfStockPutsItOnOrderAndItsArrivalIsIssuedToTheJobLive() throws Exception {
        Job job = kimsJobInProgress(server);
        ShopClient boss = StockScreensTest.manager(server);
        FxDriver d = FxDriver.open(server.url());
        d.login("kim", ServerFixture.PASSWORD);
        d.selectTab("tab-jobs");
        selectJob(d, job.id());
        PartRequest refused = askForThePartNoneInStock(d);
        assertThat(d.text("#job-message")).contains("Out of stock");

        // no default supplier: said in words, nothing ordered
        d.await(() -> d.has("#part-order-" + refused.id()));
        d.press("#part-order-" + refused.id());
        d.await(() -> d.text("#job-error").contains("has no default supplier"));
        assertThat(d.text("#job-error")).contains("Ask the manager");
        assertThat(d.has("#part-order-" + refused.id())).isTrue();

        // the manager gives the part a default supplier: now it can be ordered
        long supplier = boss.suppliers(false).get(0).id();
        VehiclePart bulb = boss.catalogue(NONE_IN_STOCK, false).get(0);
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
        // this time from the keyboard: Enter on the refused request in the list
        d.fx(() -> {
            ListView<PartRequest> list = d.node("#requests-list");
            list.getItems().stream()
                    .filter(r -> r.id() == refused.id())
                    .findFirst()
                    .ifPresent(r -> list.getSelectionModel().select(r));
            list.requestFocus();
            list.fireEvent(new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED,
                    "",
                    "",
                    javafx.scene.input.KeyCode.ENTER,
                    false,
                    false,
                    false,
                    false));
        });
        d.await(() -> d.text("#job-message").contains("Ordered"));
        assertThat(d.text("#job-error")).isEmpty();
        d.await(() -> requests(d).stream().anyMatch(r -> r.id() == refused.id() && r.backorderId() != null));
        PartRequest onOrder = requests(d).stream()
                .filter(r -> r.id() == refused.id())
                .findFirst()
                .orElseThrow();
        assertThat(d.has("#part-order-" + refused.id())).as("ordered once").isFalse();
        String cell = d.fx(() -> d.<ListView<?>>node("#requests-list").lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText())
                .filter(t -> t != null && t.contains("on order"))
                .findFirst()
                .orElse(""));
        assertThat(cell).contains("purchase order " + onOrder.backorderId());
        assertThat(d.has("#job-arrival-box")).isFalse();

        // the manager orders and receives it through the API: issued to the job at once, announced
        long order = onOrder.backorderId();
        boss.placePurchaseOrder(order, ShopClient.newIdempotencyKey());
        boss.receive(
                order,
                new DeliveryInput("DH-TEST-1", null, List.of(new DeliveryLine(bulb.id(), null, 1, null)), false),
                ShopClient.newIdempotencyKey());
        d.await(() -> d.has("#job-arrival-box"));
        assertThat(d.text("#job-arrival"))
                .contains("Ordered part arrived")
                .contains("번호판 LED")
                .contains("job " + job.id());
        d.await(() -> requests(d).stream()
                .anyMatch(r -> r.partId().equals(NONE_IN_STOCK) && r.status() == PartRequestStatus.ISSUED));
        d.press("#job-arrival-dismiss");
        d.await(() -> !d.has("#job-arrival-box"));
    }
}
