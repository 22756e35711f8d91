package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.model.StatusPageRow;
import org.testfx.api.FxToolkit;

/**
 * File > Switch location… (issue 22), through the real window against the demo chain: the demo's
 * {@code han} signs in at the first location's desk, sees its board, and moves to Gangnam, where
 * they are the manager, without signing in again: Gangnam's board and the manager's screens.
 */
@Tag("gui")
class SwitchLocationTest {
    private static final String GANGNAM = "한빛 자동차 정비소 강남점 (Hanbit Gangnam)";

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

    private static List<String> boardCustomers(FxDriver d) throws Exception {
        return d.fx(() -> d.<TableView<StatusPageRow>>node("#board-table").getItems().stream()
                .map(StatusPageRow::customerName)
                .toList());
    }

    private static boolean hasTab(FxDriver d, String id) throws Exception {
        return d.fx(() ->
                d.<javafx.scene.control.TabPane>node("#tabs").getTabs().stream().anyMatch(t -> id.equals(t.getId())));
    }

    @Test
    void aUserAtTwoLocationsMovesToTheOtherWithoutSigningInAgain() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.await(() -> d.has("#login-submit"));
        d.type("#username", "han");
        d.type("#password", ServerFixture.PASSWORD);
        d.press("#login-submit");
        d.await(() -> d.has("#login-location"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.shopsuite.desktop.client.ShopClient.LocationChoice> choice =
                d.node("#login-location");
        d.fx(() -> choice.getSelectionModel()
                .select(choice.getItems().stream()
                        .filter(c -> c.locationId() == 1)
                        .findFirst()
                        .orElseThrow()));
        d.press("#login-submit");
        d.await(() -> d.has("#tabs"));
        d.await(() -> !boardCustomers(d).isEmpty());
        assertThat(boardCustomers(d))
                .as("the first location's board")
                .contains("정우성")
                .doesNotContain("윤아름");
        assertThat(hasTab(d, "tab-settings")).as("a receptionist here").isFalse();

        AccountMenuTest.menu(d, "menu-switch-location");
        d.await(() -> dialog("switch-location") != null);
        d.fx(() -> {
            DialogPane pane = (DialogPane) dialog("switch-location");
            ((javafx.scene.control.Button) pane.lookupButton(ButtonType.OK)).fire();
        });
        d.await(() -> d.has("#current-user") && d.text("#current-user").endsWith(GANGNAM));
        assertThat(d.text("#current-user")).contains("Manager");
        d.await(() -> !boardCustomers(d).isEmpty());
        assertThat(boardCustomers(d))
                .as("Gangnam's board")
                .contains("윤아름", "Daniel Park")
                .doesNotContain("정우성");
        assertThat(hasTab(d, "tab-settings")).as("the manager's screens there").isTrue();
    }
}
