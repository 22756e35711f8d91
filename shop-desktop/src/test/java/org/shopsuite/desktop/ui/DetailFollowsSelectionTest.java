package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.ui.manage.PartsViewModel;
import org.shopsuite.model.VehiclePart;

/** Issue 15: a detail panel shows the selected row, also after a filter change or a refresh. */
class DetailFollowsSelectionTest {
    @TempDir
    Path dir;

    ServerFixture server;
    Preferences prefs;

    @BeforeEach
    void setUp() {
        server = new ServerFixture(dir);
        prefs = Preferences.userRoot().node("shop-suite-test-" + System.nanoTime());
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
        server.close();
    }

    private Session login(String user) {
        return server.session(prefs, user, Locale.ENGLISH);
    }

    @Test
    void aPartFilteredOutOfTheListIsNoLongerShownInTheForm() {
        PartsViewModel vm = new PartsViewModel(login("manager"), Tasks.direct());
        vm.refresh();
        VehiclePart plenty =
                vm.parts().stream().filter(p -> !p.lowStock()).findFirst().orElseThrow();
        vm.selectedProperty().set(plenty);
        assertThat(vm.partIdProperty().get()).isEqualTo(plenty.partId());

        vm.lowStockOnlyProperty().set(true);
        vm.refresh();
        assertThat(vm.parts()).noneMatch(p -> p.id() == plenty.id());
        assertThat(vm.selectedProperty().get())
                .as("not in the list, not selected")
                .isNull();
        assertThat(vm.partIdProperty().get()).as("and not in the form").isEmpty();

        vm.lowStockOnlyProperty().set(false);
        vm.refresh();
        VehiclePart again = vm.parts().stream()
                .filter(p -> p.id() == plenty.id())
                .findFirst()
                .orElseThrow();
        vm.selectedProperty().set(again);
        vm.refresh();
        assertThat(vm.selectedProperty().get())
                .as("still in the list: still selected, as now")
                .isEqualTo(again);
        assertThat(vm.partIdProperty().get()).isEqualTo(plenty.partId());
    }
}
