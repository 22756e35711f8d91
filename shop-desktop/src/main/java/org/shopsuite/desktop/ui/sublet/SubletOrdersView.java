package org.shopsuite.desktop.ui.sublet;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.model.SubletOrder;
import org.shopsuite.model.SubletOrderStatus;

/** The contractor's screen ("Sublet orders"): its orders, one in detail, Schedule… and Complete…. */
public final class SubletOrdersView {
    private final SubletOrdersViewModel vm;
    private final Messages m;

    @FXML
    private Label statusLabel;

    @FXML
    private ComboBox<SubletOrderStatus> status;

    @FXML
    private TableView<SubletOrder> table;

    @FXML
    private TableColumn<SubletOrder, String> idCol;

    @FXML
    private TableColumn<SubletOrder, String> plateCol;

    @FXML
    private TableColumn<SubletOrder, String> vehicleCol;

    @FXML
    private TableColumn<SubletOrder, String> descriptionCol;

    @FXML
    private TableColumn<SubletOrder, String> statusCol;

    @FXML
    private TableColumn<SubletOrder, String> scheduledCol;

    @FXML
    private TableColumn<SubletOrder, String> costCol;

    @FXML
    private Label title;

    @FXML
    private Label description;

    @FXML
    private Label facts;

    @FXML
    private Button schedule;

    @FXML
    private Button complete;

    @FXML
    private Label message;

    @FXML
    private Label error;

    public SubletOrdersView(SubletOrdersViewModel vm, Session session) {
        this.vm = vm;
        this.m = session.messages();
    }

    @FXML
    private void initialize() {
        status.getItems().setAll(vm.statuses());
        status.setConverter(Cells.converter(vm::statusText));
        status.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SubletOrderStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : vm.statusText(s)); // null is "All", not an empty box
            }
        });
        status.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SubletOrderStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : vm.statusText(s));
            }
        });
        status.valueProperty().bindBidirectional(vm.statusProperty());
        statusLabel.setLabelFor(status);

        table.setItems(vm.orders());
        Cells.text(idCol, o -> Long.toString(o.id()));
        Cells.text(plateCol, SubletOrder::plate);
        Cells.text(vehicleCol, o -> o.vehicleDescription() == null ? "" : o.vehicleDescription());
        Cells.text(descriptionCol, SubletOrder::description);
        // a long description wraps, and is measured as wrapping: it never pushes a column out of sight
        org.shopsuite.desktop.ui.Layouts.wrapping(descriptionCol);
        Cells.text(statusCol, o -> m.get("sublet." + o.status().name()));
        Cells.text(scheduledCol, vm::scheduledOn);
        Cells.text(costCol, vm::cost);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(vm.selectedProperty().get())) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> show(b));
        // Enter on a row: Complete… when it can be (the work is done), Schedule… otherwise
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER
                    && vm.openProperty().get()) {
                e.consume();
                complete();
            }
        });
        schedule.disableProperty().bind(vm.openProperty().not().or(vm.busyProperty()));
        complete.disableProperty().bind(vm.openProperty().not().or(vm.busyProperty()));
        message.textProperty().bind(vm.messageProperty());
        error.textProperty().bind(vm.errorProperty());
        show(null);
        vm.refresh();
    }

    private void show(SubletOrder o) {
        if (o == null) {
            title.setText(m.get("sublet.select"));
            description.setText("");
            facts.setText("");
            table.getSelectionModel().clearSelection();
            return;
        }
        title.setText(m.get("sublet.detail.title", Long.toString(o.id()), o.plate()));
        description.setText(o.description());
        facts.setText(vm.facts(o));
        if (!o.equals(table.getSelectionModel().getSelectedItem())) {
            table.getSelectionModel().select(o);
        }
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    @FXML
    private void schedule() {
        ScheduleSubletViewModel form = vm.scheduleForm();
        if (form != null) {
            SubletDialogs.schedule(table.getScene().getWindow(), form, m).show();
        }
    }

    @FXML
    private void complete() {
        CompleteSubletViewModel form = vm.completeForm();
        if (form != null) {
            SubletDialogs.complete(table.getScene().getWindow(), form, m).show();
        }
    }
}
