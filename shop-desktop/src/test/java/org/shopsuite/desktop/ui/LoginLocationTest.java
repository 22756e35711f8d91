package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.LocationRole;
import org.shopsuite.model.Role;
import org.shopsuite.model.UserInput;
import org.testfx.api.FxToolkit;

/**
 * Signing in at one of several locations (issue 22), through the real login screen against a real
 * server: the location is asked for only when the user works at several, and the role is the one
 * at the location chosen.
 */
@Tag("gui")
class LoginLocationTest {
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
    void aUserAtSeveralLocationsChoosesOneAndWorksThereWithTheRoleThere() throws Exception {
        ShopClient manager = new ShopClient(server.url());
        manager.login("manager", ServerFixture.PASSWORD);
        long gangnam = manager.locations().stream()
                .filter(l -> l.invoicePrefix().equals("INV-GN"))
                .findFirst()
                .orElseThrow()
                .id();
        manager.createUser(
                new UserInput(
                        "two.shops",
                        "two-shops-pass-1",
                        null,
                        null,
                        true,
                        null,
                        List.of(new LocationRole(1L, Role.RECEPTIONIST), new LocationRole(gangnam, Role.MANAGER))),
                ShopClient.newIdempotencyKey());

        FxDriver d = FxDriver.open(server.url());
        d.await(() -> d.has("#login-submit"));
        assertThat(d.has("#login-location"))
                .as("not asked before the server says so")
                .isFalse();
        d.type("#username", "two.shops");
        d.type("#password", "two-shops-pass-1");
        d.press("#login-submit");
        d.await(() -> d.has("#login-location"));
        assertThat(d.text("#login-error")).startsWith("You work at several locations");
        @SuppressWarnings("unchecked")
        ComboBox<ShopClient.LocationChoice> choice = d.node("#login-location");
        assertThat(d.fx(() -> choice.getItems().stream()
                        .map(ShopClient.LocationChoice::locationId)
                        .toList()))
                .containsExactly(1L, gangnam);
        d.fx(() -> choice.getSelectionModel()
                .select(choice.getItems().stream()
                        .filter(c -> c.locationId() == gangnam)
                        .findFirst()
                        .orElseThrow()));
        d.press("#login-submit");
        d.await(() -> d.has("#tabs"));
        assertThat(d.fx(() -> d.<javafx.scene.control.TabPane>node("#tabs").getTabs().stream()
                        .anyMatch(t -> "tab-settings".equals(t.getId()))))
                .as("a manager at Gangnam sees the manager's screens")
                .isTrue();
        assertThat(d.fx(() -> d.text("#current-user"))).endsWith("· 한빛 자동차 정비소 강남점 (Hanbit Gangnam)");
    }
}
