package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.StockMovement;
import org.shopsuite.model.VehiclePart;
import org.testfx.api.FxToolkit;

/**
 * Parts > Send units to another location (issue 22), through the real window against the demo
 * chain: the manager sends units of a part to Gangnam from the keyboard; this location's stock goes
 * down, the ledger shows the transfer, Gangnam has the units, and asking for more than there are is
 * refused next to the quantity with nothing moved.
 */
@Tag("gui")
class PartsTransferTest {
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
        java.util.prefs.Preferences.userRoot().node("shop-suite-test").removeNode();
    }

    @Test
    void theManagerSendsUnitsOfAPartToAnotherLocation() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-parts");
        TableView<VehiclePart> table = d.node("#parts-table");
        d.await(() -> !table.getItems().isEmpty());
        d.fx(() -> table.getSelectionModel().select(0));
        VehiclePart part = d.fx(() -> table.getSelectionModel().getSelectedItem());
        d.await(() -> d.node("#transfer-submit").isVisible());
        assertThat(d.fx(() -> d.<javafx.scene.control.ComboBox<?>>node("#transfer-to")
                        .getValue()
                        .toString()))
                .contains("Gangnam");

        d.type("#transfer-quantity", "2");
        d.type("#transfer-note", "강남점 요청");
        d.enter("#transfer-quantity");
        d.await(() -> d.text("#parts-message").contains("Gangnam"));
        d.await(() -> d.fx(() ->
                table.getItems().stream().anyMatch(p -> p.id() == part.id() && p.stock() == part.stock() - 2)));
        TableView<StockMovement> ledger = d.node("#parts-ledger");
        d.await(() -> d.fx(() -> !ledger.getItems().isEmpty()
                && ledger.getItems().get(0).kind() == org.shopsuite.model.MovementKind.TRANSFER_OUT));

        ShopClient api = new ShopClient(server.url());
        api.login("manager", ServerFixture.PASSWORD);
        long gangnam = api.locations().stream()
                .filter(l -> l.invoicePrefix().equals("INV-GN"))
                .findFirst()
                .orElseThrow()
                .id();
        // the demo's han manages Gangnam
        ShopClient there = new ShopClient(server.url());
        there.login("han", ServerFixture.PASSWORD, gangnam);
        assertThat(there.catalogue(part.partId(), false).get(0).stock()).isEqualTo(2);

        // more than there is: refused next to the quantity, nothing moved
        d.type("#transfer-quantity", "100000");
        d.press("#transfer-submit");
        d.await(() -> !d.text("#transfer-error").isEmpty());
        assertThat(d.fx(() -> table.getItems().stream()
                        .filter(p -> p.id() == part.id())
                        .findFirst()
                        .orElseThrow()
                        .stock()))
                .isEqualTo(part.stock() - 2);
    }
}
