package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.Customer;
import org.shopsuite.model.CustomerInput;
import org.shopsuite.model.VehicleRecord;
import org.shopsuite.model.Visit;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The customers screen, driven through the real window against the demo shop. */
@Tag("gui")
class CustomersViewTest {
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

    private ShopClient api() {
        ShopClient c = new ShopClient(server.url());
        c.login("manager", ServerFixture.PASSWORD);
        return c;
    }

    static FxDriver customersOf(ServerFixture server, String user) throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login(user, ServerFixture.PASSWORD);
        d.selectTab("tab-customers");
        return d;
    }

    static List<String> results(FxDriver d) throws Exception {
        return d.fx(() -> d.<ListView<Customer>>node("#customers-results").getItems().stream()
                .map(Customer::name)
                .toList());
    }

    /** Types a search and opens the first customer with that name. */
    static void open(FxDriver d, String query, String name) throws Exception {
        d.type("#customers-query", query);
        d.await(() -> results(d).contains(name));
        d.fx(() -> {
            ListView<Customer> list = d.node("#customers-results");
            list.getItems().stream()
                    .filter(c -> name.equals(c.name()))
                    .findFirst()
                    .ifPresent(c -> list.getSelectionModel().select(c));
        });
        d.await(() -> d.text("#customer-title").startsWith(name));
    }

    @Test
    void findsACustomerByNamePhoneTailOrPlateAndShowsBothVisitsOfTheirCar() throws Exception {
        FxDriver d = customersOf(server, "counter");
        d.type("#customers-query", "정우");
        d.await(() -> results(d).contains("정우성"));
        d.type("#customers-query", "6789");
        d.await(() -> results(d).contains("정우성"));
        d.type("#customers-query", "12가");
        d.await(() -> results(d).contains("정우성"));

        open(d, "정우", "정우성");
        assertThat(d.text("#customer-card")).contains("010-2345-6789").contains("02-555-0123");
        ListView<VehicleRecord> cars = d.node("#customer-vehicles");
        d.await(() -> cars.getItems().stream().anyMatch(v -> v.plate().equals("12가3456")));
        d.fx(() -> cars.getSelectionModel()
                .select(cars.getItems().stream()
                        .filter(v -> v.plate().equals("12가3456"))
                        .findFirst()
                        .orElseThrow()));
        ListView<Visit> history = d.node("#vehicle-history");
        d.await(() -> history.getItems().size() == 2);
        List<Visit> visits = d.fx(() -> List.copyOf(history.getItems()));
        assertThat(visits.get(0).date())
                .as("newest first")
                .isAfter(visits.get(1).date());
        assertThat(visits.get(0).receiptId()).isEqualTo(7);
        assertThat(visits.get(1).releasedAt()).isNotNull();
        assertThat(visits.get(1).invoiceNumber()).isNotNull();
        assertThat(d.text("#history-title")).contains("12가3456");
    }

    @Test
    void editSavesWithTheVersionReadAndAStaleEditSaysSoAndReloads() throws Exception {
        FxDriver d = customersOf(server, "counter");
        open(d, "정우", "정우성");
        d.press("#customer-edit");
        d.await(() -> dialog("customer-dialog") != null);
        d.await(() -> in("customer-dialog", "#customer-name").isFocused());
        d.fx(() -> ((TextInputControl) in("customer-dialog", "#customer-address")).setText("부산시 해운대구 센텀로 9"));
        new FxRobot().type(KeyCode.ENTER); // Enter in a field saves
        d.await(() -> dialog("customer-dialog") == null);
        d.await(() -> d.text("#customer-card").contains("센텀로 9"));
        long id = d.fx(() -> d.<ListView<Customer>>node("#customers-results")
                .getSelectionModel()
                .getSelectedItem()
                .id());
        assertThat(api().customer(id).address()).isEqualTo("부산시 해운대구 센텀로 9");

        // Someone else saves while the form is open: the save is refused and the form shows theirs.
        d.press("#customer-edit");
        d.await(() -> dialog("customer-dialog") != null);
        ShopClient other = api();
        Customer now = other.customer(id);
        other.updateCustomer(
                id,
                now.version(),
                new CustomerInput(
                        now.name(), now.phones(), now.email(), now.address(), "VIP", now.consentToMessages()));
        d.fx(() -> ((TextInputControl) in("customer-dialog", "#customer-email")).setText("new@example.com"));
        d.fx(() -> ((Button) in("customer-dialog", "#customer-dialog-submit")).fire());
        d.await(() ->
                InvoiceDialogsTest.text("customer-dialog", "#customer-error").contains("Someone else changed"));
        assertThat(d.fx(() -> ((TextInputControl) in("customer-dialog", "#customer-notes")).getText()))
                .isEqualTo("VIP");
        new FxRobot().type(KeyCode.ESCAPE);
        d.await(() -> dialog("customer-dialog") == null);
    }

    @Test
    void aMechanicHasNoCustomersTab() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("kim", ServerFixture.PASSWORD);
        assertThat(d.has("#tab-jobs") || d.has("#jobs-list")).isTrue();
        javafx.scene.control.TabPane tabs = d.node("#tabs");
        assertThat(d.fx(() -> tabs.getTabs().stream()
                        .map(javafx.scene.control.Tab::getId)
                        .toList()))
                .doesNotContain("tab-customers");
    }

    @Test
    void aReceptionistHasNoMergeButton() throws Exception {
        FxDriver d = customersOf(server, "counter");
        open(d, "정우", "정우성");
        assertThat(d.has("#customer-merge")).isFalse();
        assertThat(d.has("#customer-edit")).isTrue();
    }

    @Test
    void aManagerMergesADuplicatePickedBySearchAfterAConfirmationNamingBoth() throws Exception {
        ShopClient api = api();
        Customer keep = api.createCustomer(
                new CustomerInput("윤아름", List.of("010-4242-1001"), null, null, null, false),
                ShopClient.newIdempotencyKey());
        Customer dup = api.createCustomer(
                new CustomerInput("윤아름", List.of("010-4242-1002"), "areum@example.com", null, null, false),
                ShopClient.newIdempotencyKey());
        FxDriver d = customersOf(server, "manager");
        d.type("#customers-query", "010-4242-1001");
        d.await(() -> results(d).contains("윤아름"));
        d.fx(() -> d.<ListView<Customer>>node("#customers-results")
                .getSelectionModel()
                .select(0));
        d.await(() -> d.text("#customer-title").contains("#" + keep.id()));

        d.press("#customer-merge");
        d.await(() -> dialog("pick-dialog") != null);
        d.fx(() -> ((Button) in("pick-dialog", "#pick-dialog-submit")).fire());
        d.await(() ->
                InvoiceDialogsTest.text("pick-dialog", "#pick-reason-error").length() > 0);
        d.fx(() -> ((TextInputControl) in("pick-dialog", "#pick-query")).setText("윤아름"));
        @SuppressWarnings("unchecked")
        ListView<Customer> found = (ListView<Customer>) d.fx(() -> in("pick-dialog", "#pick-results"));
        d.await(() -> found.getItems().stream().anyMatch(c -> c.id() == dup.id()));
        assertThat(d.fx(() -> found.getItems().stream().noneMatch(c -> c.id() == keep.id())))
                .as("a customer is not offered as their own duplicate")
                .isTrue();
        d.fx(() -> {
            found.getSelectionModel()
                    .select(found.getItems().stream()
                            .filter(c -> c.id() == dup.id())
                            .findFirst()
                            .orElseThrow());
            ((TextInputControl) in("pick-dialog", "#pick-reason")).setText("같은 고객 두 번 등록");
            ((Button) in("pick-dialog", "#pick-dialog-submit")).fire();
        });
        d.await(() -> dialog("pick-confirm") != null);
        String question = d.fx(() -> ((javafx.scene.control.DialogPane) dialog("pick-confirm")).getContentText());
        assertThat(question).contains("#" + dup.id()).contains("#" + keep.id()).contains("010-4242-1002");
        d.fx(() -> ((Button) in("pick-confirm", "#pick-confirm-yes")).fire());
        d.await(() -> dialog("pick-dialog") == null);
        d.await(() -> d.text("#customers-message").contains("merged"));
        assertThat(api.customer(dup.id()).mergedIntoId()).isEqualTo(keep.id());
        d.await(() -> d.text("#customer-card").contains("010-4242-1002"));
    }
}
