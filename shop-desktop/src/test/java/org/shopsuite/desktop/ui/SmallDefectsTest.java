package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.testfx.api.FxToolkit;

/** Issue 15, defect 12: the smaller things a new user stumbles on. */
@Tag("gui")
class SmallDefectsTest {
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

    private static double sceneY(FxDriver d, String selector) throws Exception {
        return d.fx(() -> {
            Node n = d.node(selector);
            Bounds b = n.localToScene(n.getBoundsInLocal());
            return b.getMinY();
        });
    }

    @Test
    void customerSuggestionsLieOverTheFormWithoutMovingIt() throws Exception {
        FxDriver counter = FxDriver.open(server.url());
        counter.login("counter", ServerFixture.PASSWORD);
        counter.selectTab("tab-new-receipt");
        counter.await(() -> !counter.<ComboBox<?>>node("#mechanic").getItems().isEmpty());
        double phone = sceneY(counter, "#customerPhone");
        double car = sceneY(counter, "#carId");
        TextField name = counter.node("#customerName");
        counter.fx(() -> {
            name.requestFocus();
            name.setText("Emily");
        });
        counter.await(() -> counter.has("#suggestions"));
        counter.await(
                () -> !counter.<ListView<?>>node("#suggestions").getItems().isEmpty());
        assertThat(sceneY(counter, "#customerPhone"))
                .as("Phone stays beside its label")
                .isEqualTo(phone);
        assertThat(sceneY(counter, "#carId")).as("the form is not pushed down").isEqualTo(car);
        double nameBottom =
                counter.fx(() -> name.localToScene(name.getBoundsInLocal()).getMaxY());
        assertThat(sceneY(counter, "#suggestions")).as("right under the name").isEqualTo(nameBottom);
    }

    @Test
    void anOutOfStockResultLooksLikeARefusal() throws Exception {
        FxDriver kim = FxDriver.open(server.url());
        kim.login("kim", ServerFixture.PASSWORD);
        ListView<Job> jobs = kim.node("#jobs-list");
        kim.await(() -> !jobs.getItems().isEmpty());
        kim.fx(() -> jobs.getSelectionModel().select(0));
        if (kim.fx(() -> jobs.getItems().get(0).status()) == JobStatus.WAITING) {
            kim.press("#job-start");
            kim.await(() -> kim.text("#job-message").contains("started"));
        }
        kim.type("#part-query", "8801234500011");
        kim.enter("#part-query");
        kim.await(() -> !((ListView<?>) kim.node("#parts-list")).getItems().isEmpty());
        kim.press("#part-request");
        kim.await(() -> kim.text("#job-message").startsWith("Issued"));
        assertThat(kim.node("#job-message").getStyleClass()).doesNotContain("job-message-refused");

        kim.type("#part-query", "DG-LED-01");
        kim.enter("#part-query");
        kim.await(() -> ((ListView<?>) kim.node("#parts-list")).getItems().size() == 1);
        kim.press("#part-request");
        kim.await(() -> kim.text("#job-message").startsWith("Out of stock"));
        assertThat(kim.node("#job-message").getStyleClass()).contains("job-message-refused");
    }

    @Test
    void datePickersShowDatesAsTheListsDoInKorean() throws Exception {
        FxDriver counter = FxDriver.open(server.url());
        counter.login("counter", ServerFixture.PASSWORD);
        AccountMenuTest.menu(counter, "menu-language-ko");
        counter.await(
                () -> counter.has("#tabs") && counter.text("#current-user").contains("counter"));
        counter.selectTab("tab-new-receipt");
        DatePicker date = counter.node("#receipt-date");
        Messages ko = new Messages(Locale.KOREAN);
        counter.await(() -> date.getValue() != null);
        String shown = counter.fx(() -> date.getEditor().getText());
        assertThat(shown).isEqualTo(ko.date(date.getValue())).matches("\\d{4}\\. \\d{1,2}\\. \\d{1,2}\\.");
        counter.fx(() -> {
            date.getEditor().setText("2026. 12. 1.");
            date.setValue(date.getConverter().fromString(date.getEditor().getText()));
        });
        assertThat(date.getValue()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
    }

    @Test
    void aSortedBoardColumnShowsItsArrow() throws Exception {
        FxDriver counter = FxDriver.open(server.url());
        counter.login("counter", ServerFixture.PASSWORD);
        counter.selectTab("tab-board");
        TableView<org.shopsuite.model.StatusPageRow> table = counter.node("#board-table");
        counter.await(() -> !table.getItems().isEmpty());
        counter.fx(() ->
                table.getSortOrder().setAll(java.util.List.of(table.getColumns().get(2))));
        counter.await(() -> table.lookupAll(".column-header .arrow").stream()
                .anyMatch(a -> InvoiceDialogsTest.shown(a)
                        && a.getLayoutBounds().getWidth() > 0
                        && a.getLayoutBounds().getHeight() > 0));
        assertThat(counter.fx(() -> table.getSortOrder().size())).isEqualTo(1);

        // A filter shows a new list of rows: still sorted, still marked so.
        counter.type("#board-filter", "가");
        counter.await(() -> table.getSortOrder().size() == 1);
        counter.await(() -> table.lookupAll(".column-header .arrow").stream().anyMatch(InvoiceDialogsTest::shown));
    }

    @Test
    void loginFocusStartsOnTheUserNameWhenTheServerIsFilledIn() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.await(() -> d.has("#login-submit"));
        assertThat(d.fx(() -> d.<TextField>node("#server").getText())).isNotBlank();
        d.await(() -> d.node("#username").isFocused());
    }

    @Test
    void settingsSayTheLabourRateInTheShopsCurrency() throws Exception {
        FxDriver boss = FxDriver.open(server.url());
        boss.login("manager", ServerFixture.PASSWORD);
        boss.selectTab("tab-settings");
        boss.await(() -> boss.text("#settings-labor-rate-label").equals("Labour rate (₩ per hour)"));
        AccountMenuTest.menu(boss, "menu-language-ko");
        boss.await(() -> boss.has("#settings-labor-rate-label")
                && boss.text("#settings-labor-rate-label").equals("시간당 공임 (₩)"));
    }
}
