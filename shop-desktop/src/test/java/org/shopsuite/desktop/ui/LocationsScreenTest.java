package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.text;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.Location;
import org.testfx.api.FxToolkit;

/**
 * The manager's locations (issue 22) through the real dialog against a real server with the demo
 * chain: a new location refused on a taken invoice prefix then added; the shop's own location
 * changed, which changes the shop settings.
 */
@Tag("gui")
class LocationsScreenTest {
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

    private ShopClient manager() {
        ShopClient c = new ShopClient(server.url());
        c.login("manager", ServerFixture.PASSWORD);
        return c;
    }

    private static void set(FxDriver d, String selector, String value) throws Exception {
        d.fx(() -> ((TextField) in("locations-dialog", selector)).setText(value));
    }

    private static void fire(FxDriver d, String selector) throws Exception {
        d.fx(() -> ((Button) in("locations-dialog", selector)).fire());
    }

    @Test
    void theManagerAddsALocationAndChangesTheShopsOwn() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-settings");
        d.press("#settings-locations");
        d.await(() -> dialog("locations-dialog") != null);
        @SuppressWarnings("unchecked")
        ListView<Location> list = (ListView<Location>) d.fx(() -> in("locations-dialog", "#locations-list"));
        d.await(() -> list.getItems().size() == 2);
        assertThat(text("locations-dialog", "#locations-heading")).isEqualTo("New location");
        assertThat(((TextField) d.fx(() -> in("locations-dialog", "#locations-timezone"))).getText())
                .as("a new location is where the others are")
                .isEqualTo("Asia/Seoul");

        // a prefix another location numbers with is refused beside the field
        set(d, "#locations-name", "한빛 자동차 정비소 부산점 (Busan)");
        set(d, "#locations-address", "부산광역시 해운대구 센텀중앙로 55");
        set(d, "#locations-prefix", "inv-gn");
        fire(d, "#locations-save");
        d.await(() -> !text("locations-dialog", "#locations-prefix-error").isEmpty());
        assertThat(list.getItems()).hasSize(2);
        set(d, "#locations-prefix", "INV-BS");
        d.await(() -> text("locations-dialog", "#locations-prefix-error").isEmpty());
        fire(d, "#locations-save");
        d.await(() -> text("locations-dialog", "#locations-message").contains("부산점"));
        d.await(() -> list.getItems().size() == 3);
        Location busan = manager().locations().stream()
                .filter(l -> l.invoicePrefix().equals("INV-BS"))
                .findFirst()
                .orElseThrow();
        assertThat(busan.address()).isEqualTo("부산광역시 해운대구 센텀중앙로 55");
        assertThat(busan.timezone()).isEqualTo("Asia/Seoul");
        assertThat(text("locations-dialog", "#locations-heading"))
                .as("the added location stays selected")
                .isEqualTo("Location");

        // the shop's own location: its details are the shop settings'
        Location first = d.fx(() ->
                list.getItems().stream().filter(l -> l.id() == 1).findFirst().orElseThrow());
        d.fx(() -> list.getSelectionModel().select(first));
        d.await(() -> text("locations-dialog", "#locations-heading").startsWith("This shop"));
        set(d, "#locations-phone", "02-123-9999");
        fire(d, "#locations-save");
        d.await(() -> text("locations-dialog", "#locations-message").endsWith("saved"));
        assertThat(manager().shop().phone()).isEqualTo("02-123-9999");

        // the new-location button empties the form again
        fire(d, "#locations-new");
        d.await(() -> text("locations-dialog", "#locations-heading").equals("New location"));
        assertThat(((TextField) d.fx(() -> in("locations-dialog", "#locations-name"))).getText())
                .isEmpty();
        fire(d, "#locations-close");
        d.await(() -> dialog("locations-dialog") == null);
    }
}
