package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.LocationRole;
import org.shopsuite.model.Role;
import org.shopsuite.model.User;
import org.testfx.api.FxToolkit;

/**
 * Where a user works, on the People screen (issue 22), through the real window against the demo
 * chain (two locations): the manager puts the counter's login at Gangnam too, makes a login for
 * Gangnam alone, is told to choose a location when none is ticked, and saving a user with a
 * different role at each location keeps both roles.
 */
@Tag("gui")
class PeopleLocationsTest {
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

    private static User user(ShopClient api, String username) {
        return api.users().stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private static void select(FxDriver d, String username) throws Exception {
        d.fx(() -> {
            TableView<User> users = d.node("#users-table");
            users.getItems().stream()
                    .filter(u -> u.username().equals(username))
                    .findFirst()
                    .ifPresent(u -> users.getSelectionModel().select(u));
        });
    }

    /** The users list's role cells on screen (the selected user scrolled to). */
    private static List<String> roles(FxDriver d) throws Exception {
        return d.fx(() -> {
            TableView<User> users = d.node("#users-table");
            users.scrollTo(users.getSelectionModel().getSelectedIndex());
            return users.lookupAll(".table-cell").stream()
                    .map(c -> (javafx.scene.control.Labeled) c)
                    // a wrapping column shows its text as a Text graphic
                    .map(c -> c.getGraphic() instanceof javafx.scene.text.Text t ? t.getText() : c.getText())
                    .filter(java.util.Objects::nonNull)
                    .toList();
        });
    }

    private static boolean ticked(FxDriver d, long locationId) throws Exception {
        return d.fx(() -> d.<CheckBox>node("#user-location-" + locationId).isSelected());
    }

    @Test
    void theManagerChoosesWhereEachUserWorks() throws Exception {
        ShopClient api = new ShopClient(server.url());
        api.login("manager", ServerFixture.PASSWORD);
        long gangnam = api.locations().stream()
                .filter(l -> l.id() != 1)
                .findFirst()
                .orElseThrow()
                .id();
        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-people");
        d.await(() -> !d.<TableView<?>>node("#users-table").getItems().isEmpty());
        d.await(() -> d.has("#user-location-" + gangnam));

        // the counter's login works at the first location; now at Gangnam too, with the same role
        select(d, "counter");
        d.await(() -> ticked(d, 1) && !ticked(d, gangnam));
        d.press("#user-location-" + gangnam);
        d.press("#user-save");
        d.await(() -> user(api, "counter").locations().size() == 2);
        assertThat(user(api, "counter").locations())
                .containsExactly(new LocationRole(1L, Role.RECEPTIONIST), new LocationRole(gangnam, Role.RECEPTIONIST));

        // han is the first location's receptionist and Gangnam's manager: the list says both
        select(d, "han");
        d.await(() -> roles(d).contains("Front counter / Manager"));
        assertThat(roles(d)).as("a user with one role is shown with it alone").contains("Mechanic");
        // saved untouched, both stay
        d.await(() -> ticked(d, 1) && ticked(d, gangnam));
        assertThat(d.text("#user-location-role-" + gangnam)).isEqualTo("(Manager here)");
        assertThat(d.text("#user-location-role-1")).as("the form's role").isEmpty();
        d.press("#user-save");
        d.await(() -> d.text("#people-message").contains("han"));
        assertThat(user(api, "han").locations())
                .containsExactly(new LocationRole(1L, Role.RECEPTIONIST), new LocationRole(gangnam, Role.MANAGER));

        // a new login for Gangnam alone; with no location ticked the form says so and sends nothing
        d.press("#user-new");
        d.await(() -> ticked(d, 1) && !ticked(d, gangnam));
        d.type("#user-name", "gn-desk");
        d.type("#user-password", "gangnam-desk-1");
        d.press("#user-location-1");
        d.press("#user-save");
        d.await(() -> !d.text("#user-locations-error").isEmpty());
        assertThat(api.users()).noneMatch(u -> u.username().equals("gn-desk"));
        d.press("#user-location-" + gangnam);
        d.press("#user-save");
        d.await(() -> api.users().stream().anyMatch(u -> u.username().equals("gn-desk")));
        assertThat(user(api, "gn-desk").locations()).isEqualTo(List.of(new LocationRole(gangnam, Role.RECEPTIONIST)));
        d.close();

        // the new login signs in at Gangnam without choosing (its one location)
        ShopClient desk = new ShopClient(server.url());
        assertThat(desk.login("gn-desk", "gangnam-desk-1", null).locationId()).isEqualTo(gangnam);
    }
}
