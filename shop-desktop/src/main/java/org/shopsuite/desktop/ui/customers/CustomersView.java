package org.shopsuite.desktop.ui.customers;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.util.Duration;
import org.shopsuite.desktop.ui.Confirm;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.model.Coupon;
import org.shopsuite.model.Customer;
import org.shopsuite.model.PointsEntry;
import org.shopsuite.model.VehicleRecord;
import org.shopsuite.model.Visit;

/** The customers screen: binds to {@link CustomersViewModel}, opens its dialogs. */
public final class CustomersView {
    private final CustomersViewModel vm;
    private final Messages m;
    private final String currency;
    private final ZoneId zone;
    private final PauseTransition typing = new PauseTransition(Duration.millis(250));

    @FXML
    private TextField query;

    @FXML
    private ListView<Customer> results;

    @FXML
    private Label title;

    @FXML
    private Label card;

    @FXML
    private Button edit;

    @FXML
    private Button merge;

    @FXML
    private ListView<VehicleRecord> vehicles;

    @FXML
    private Button addVehicle;

    @FXML
    private Button editVehicle;

    @FXML
    private Button transfer;

    @FXML
    private Label historyTitle;

    @FXML
    private ListView<Visit> history;

    @FXML
    private Button comeback;

    @FXML
    private ListView<org.shopsuite.model.DeclinedWork> declined;

    @FXML
    private Button sellPoints;

    @FXML
    private Label balance;

    @FXML
    private ListView<PointsEntry> ledger;

    @FXML
    private ListView<Coupon> coupons;

    @FXML
    private Label pointsError;

    @FXML
    private Label message;

    @FXML
    private Label error;

    private final Session session;

    public CustomersView(CustomersViewModel vm, Session session) {
        this.vm = vm;
        this.session = session;
        this.m = session.messages();
        this.currency = session.shop().currency();
        this.zone = ZoneId.of(session.shop().timezone());
    }

    @FXML
    private void initialize() {
        query.textProperty().bindBidirectional(vm.queryProperty());
        typing.setOnFinished(e -> vm.search());
        query.textProperty().addListener((o, a, b) -> typing.playFromStart());
        query.setOnAction(e -> {
            typing.stop();
            vm.search();
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.results().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        results.setItems(vm.results());
        // The list is refreshed after an edit: the customer shown stays the one selected.
        vm.results().addListener((javafx.collections.ListChangeListener<Customer>) c -> {
            Customer shown = vm.customerProperty().get();
            Customer sel = results.getSelectionModel().getSelectedItem();
            if (shown != null && (sel == null || sel.id() != shown.id())) {
                vm.results().stream()
                        .filter(r -> r.id() == shown.id())
                        .findFirst()
                        .ifPresent(r -> results.getSelectionModel().select(r));
            }
        });
        results.setCellFactory(l -> cell(c -> CustomerText.result(c, m)));
        results.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null
                    && (vm.customerProperty().get() == null
                            || vm.customerProperty().get().id() != b.id())) {
                vm.select(b);
            }
        });
        vehicles.setItems(vm.vehicles());
        vehicles.setCellFactory(l -> cell(v -> CustomerText.vehicle(v, m)));
        vehicles.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.vehicleProperty().set(b);
            }
        });
        vm.vehicleProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(vehicles.getSelectionModel().getSelectedItem())) {
                vehicles.getSelectionModel().select(b);
            }
            historyTitle.setText(b == null ? m.get("customers.history") : m.get("customers.historyOf", b.plate()));
        });
        vm.vehicles().addListener((javafx.collections.ListChangeListener<VehicleRecord>) c -> {
            VehicleRecord v = vm.vehicleProperty().get();
            if (v != null) {
                vehicles.getSelectionModel().select(v);
            }
        });
        history.setItems(vm.history());
        declined.setItems(vm.declinedWork().items());
        declined.setPlaceholder(new javafx.scene.control.Label(m.get("declined.none")));
        declined.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(org.shopsuite.model.DeclinedWork d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : vm.declinedWork().text(d));
            }
        });
        // A visit takes several lines: each cell is a wrapping label as wide as the list, as tall as its text.
        history.setCellFactory(l -> wrapping(history, v -> CustomerText.visit(v, currency, zone, m)));
        // Every car of the customer in view (a few at most), without a scroll bar.
        vehicles.setFixedCellSize(36);
        vehicles.prefHeightProperty()
                .bind(javafx.beans.binding.Bindings.max(1, javafx.beans.binding.Bindings.size(vm.vehicles()))
                        .multiply(36)
                        .add(4));
        history.setPlaceholder(new Label(m.get("customers.history.none")));
        // A comeback is registered against a finished repair only.
        comeback.disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> !org.shopsuite.desktop.ui.warranty.RegisterComebackViewModel.mayRegister(
                                history.getSelectionModel().getSelectedItem()),
                        history.getSelectionModel().selectedItemProperty()));
        vm.customerProperty().addListener((o, a, b) -> showCard(b));
        edit.disableProperty().bind(vm.customerProperty().isNull());
        addVehicle.disableProperty().bind(vm.customerProperty().isNull());
        editVehicle.disableProperty().bind(vm.vehicleProperty().isNull());
        transfer.disableProperty().bind(vm.vehicleProperty().isNull());
        // Merging is the manager's: the counter does not see the button at all.
        merge.setVisible(vm.mayMerge());
        merge.setManaged(vm.mayMerge());
        merge.disableProperty().bind(vm.canMergeProperty().not());
        message.textProperty().bind(vm.messageProperty());
        error.textProperty().bind(vm.errorProperty());
        bindPoints();
        showCard(null);
    }

    /** The third column: the shown customer's points (balance and ledger) and coupons. */
    private void bindPoints() {
        CustomerPointsViewModel p = vm.points();
        balance.textProperty().bind(p.balanceTextProperty());
        pointsError.textProperty().bind(p.errorProperty());
        sellPoints.disableProperty().bind(vm.customerProperty().isNull());
        ledger.setItems(p.entries());
        ledger.setPlaceholder(new Label(m.get("points.none")));
        // An entry takes two lines: points in or out, kind and reference; when and by whom under them.
        ledger.setCellFactory(l -> wrapping(ledger, p::text));
        coupons.setItems(p.coupons());
        coupons.setPlaceholder(new Label(m.get("coupons.none")));
        // A coupon takes two lines: its code, what it takes off, status and expiry; its promotion under them.
        coupons.setCellFactory(l -> wrapping(coupons, p::text));
    }

    /** A cell whose text wraps at the list's width, as tall as its text. */
    private static <T> ListCell<T> wrapping(ListView<T> list, java.util.function.Function<T, String> f) {
        return new ListCell<>() {
            private final Label text = new Label();

            {
                getStyleClass().add("visit-cell");
                text.setPadding(new javafx.geometry.Insets(2, 0, 4, 0));
                text.setWrapText(true);
                text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                text.maxWidthProperty().bind(list.widthProperty().subtract(36));
                text.prefWidthProperty().bind(list.widthProperty().subtract(36));
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    text.setText(f.apply(item));
                    setGraphic(text);
                }
            }
        };
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private void showCard(Customer c) {
        if (c == null) {
            title.setText(m.get("customers.none"));
            card.setText("");
            return;
        }
        title.setText(CustomerText.name(c, m) + "  (#" + c.id() + ")");
        List<String> lines = new ArrayList<>();
        lines.add(m.get("customers.card.phones", CustomerText.phones(c).isEmpty() ? "-" : CustomerText.phones(c)));
        lines.add(m.get("customers.card.email", c.email() == null ? "-" : c.email()));
        lines.add(m.get("customers.card.address", c.address() == null ? "-" : c.address()));
        if (c.notes() != null && !c.notes().isBlank()) {
            lines.add(m.get("customers.card.notes", c.notes()));
        }
        lines.add(m.get(c.consentToMessages() ? "customers.card.consent" : "customers.card.noConsent"));
        card.setText(String.join("\n", lines));
    }

    private Window window() {
        return query.getScene().getWindow();
    }

    @FXML
    private void addCustomer() {
        CustomerDialogs.customer(window(), vm.newCustomerForm(), m, vm::saved).show();
    }

    @FXML
    private void editCustomer() {
        CustomerFormViewModel form = vm.editCustomerForm();
        if (form != null) {
            CustomerDialogs.customer(window(), form, m, vm::saved).show();
        }
    }

    @FXML
    private void addVehicle() {
        VehicleFormViewModel form = vm.newVehicleForm();
        if (form != null) {
            CustomerDialogs.vehicle(window(), form, m, v -> vm.changed(m.get("vehicles.saved", v.plate()), v.id()))
                    .show();
        }
    }

    @FXML
    private void editVehicle() {
        VehicleFormViewModel form = vm.editVehicleForm();
        if (form != null) {
            CustomerDialogs.vehicle(window(), form, m, v -> vm.changed(m.get("vehicles.saved", v.plate()), v.id()))
                    .show();
        }
    }

    @FXML
    private void transfer() {
        PickCustomerViewModel form = vm.transferForm();
        if (form != null) {
            CustomerDialogs.pick(window(), form, m, text -> vm.changed(text, null))
                    .show();
        }
    }

    /** "Comeback…" on the selected visit: registers it, then says what coverage it got and why. */
    @FXML
    private void comeback() {
        org.shopsuite.desktop.ui.warranty.RegisterComebackViewModel form =
                vm.comebackForm(history.getSelectionModel().getSelectedItem());
        if (form != null) {
            org.shopsuite.desktop.ui.warranty.WarrantyDialogs.register(window(), form, m, claim -> {
                        vm.messageProperty().set(form.shortOutcome());
                        Confirm.tell(
                                        window(),
                                        "comeback-registered",
                                        javafx.scene.control.Alert.AlertType.INFORMATION,
                                        m.get("comeback.title"),
                                        form.outcome(),
                                        m)
                                .show();
                    })
                    .show();
        }
    }

    @FXML
    private void sellPoints() {
        SellPointsViewModel form = vm.sellPointsForm();
        if (form != null) {
            PointsDialogs.sell(window(), form, m, vm::pointsSold).show();
        }
    }

    @FXML
    private void reminders() {
        RemindersDialog.show(window(), new RemindersViewModel(session, vm.tasks()), m);
    }

    @FXML
    private void merge() {
        PickCustomerViewModel form = vm.mergeForm();
        if (form != null) {
            CustomerDialogs.pick(window(), form, m, text -> vm.changed(text, null))
                    .show();
        }
    }
}
