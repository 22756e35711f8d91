package org.shopsuite.desktop.ui.manage;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.model.StockMovement;
import org.shopsuite.model.VehiclePart;

/** The parts catalogue screen: low stock highlighted, edit form, stock receiving and ledger. */
public final class PartsView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final PartsViewModel vm;
    private final Session session;
    private final Messages m;

    @FXML
    private TextField query;

    @FXML
    private CheckBox lowStock;

    @FXML
    private TableView<VehiclePart> table;

    @FXML
    private TableColumn<VehiclePart, String> numberCol;

    @FXML
    private TableColumn<VehiclePart, String> nameCol;

    @FXML
    private TableColumn<VehiclePart, String> stockCol;

    @FXML
    private TableColumn<VehiclePart, String> reorderCol;

    @FXML
    private TableColumn<VehiclePart, String> priceCol;

    @FXML
    private Label formTitle;

    @FXML
    private TextField partId;

    @FXML
    private TextField partName;

    @FXML
    private TextField partPrice;

    @FXML
    private TextField costPrice;

    @FXML
    private TextField reorderPoint;

    @FXML
    private TextField barcode;

    @FXML
    private TextField initialStock;

    @FXML
    private Label initialStockLabel;

    @FXML
    private VBox initialStockBox;

    @FXML
    private Label partIdError;

    @FXML
    private Label partNameError;

    @FXML
    private Label partPriceError;

    @FXML
    private Label costPriceError;

    @FXML
    private Label reorderPointError;

    @FXML
    private Label barcodeError;

    @FXML
    private Label stockError;

    @FXML
    private VBox stockBox;

    @FXML
    private TextField delta;

    @FXML
    private TextField reason;

    @FXML
    private Label deltaError;

    @FXML
    private VBox transferBox;

    @FXML
    private javafx.scene.control.ComboBox<org.shopsuite.model.Location> transferTo;

    @FXML
    private TextField transferQuantity;

    @FXML
    private TextField transferNote;

    @FXML
    private Label transferError;

    @FXML
    private TableView<StockMovement> ledger;

    @FXML
    private TableColumn<StockMovement, String> whenCol;

    @FXML
    private TableColumn<StockMovement, String> kindCol;

    @FXML
    private TableColumn<StockMovement, String> deltaCol;

    @FXML
    private TableColumn<StockMovement, String> afterCol;

    @FXML
    private TableColumn<StockMovement, String> reasonCol;

    @FXML
    private TableColumn<StockMovement, String> actorCol;

    @FXML
    private Label message;

    @FXML
    private Label error;

    public PartsView(PartsViewModel vm, Session session) {
        this.vm = vm;
        this.session = session;
        this.m = session.messages();
    }

    @FXML
    private void initialize() {
        String currency = session.shop().currency();
        query.textProperty().bindBidirectional(vm.queryProperty());
        lowStock.selectedProperty().bindBidirectional(vm.lowStockOnlyProperty());
        table.setItems(vm.parts());
        Cells.text(numberCol, VehiclePart::partId);
        Cells.text(nameCol, VehiclePart::partName);
        Cells.text(stockCol, p -> Integer.toString(p.stock()));
        Cells.text(reorderCol, p -> Integer.toString(p.reorderPoint()));
        Cells.text(priceCol, p -> m.money(p.partPrice(), currency));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(VehiclePart p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().remove("low-stock");
                if (!empty && p != null && p.lowStock()) {
                    getStyleClass().add("low-stock");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        // The highlighted row is always the part the form shows (after a refresh or a filter change).
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                table.getSelectionModel().clearSelection();
            } else if (!java.util.Objects.equals(table.getSelectionModel().getSelectedItem(), b)) {
                table.getSelectionModel().select(b);
            }
        });
        partId.textProperty().bindBidirectional(vm.partIdProperty());
        partName.textProperty().bindBidirectional(vm.partNameProperty());
        partPrice.textProperty().bindBidirectional(vm.partPriceProperty());
        costPrice.textProperty().bindBidirectional(vm.costPriceProperty());
        reorderPoint.textProperty().bindBidirectional(vm.reorderPointProperty());
        barcode.textProperty().bindBidirectional(vm.barcodeProperty());
        initialStock.textProperty().bindBidirectional(vm.initialStockProperty());
        initialStockLabel.visibleProperty().bind(vm.creatingProperty());
        initialStockBox.visibleProperty().bind(vm.creatingProperty());
        stockBox.visibleProperty().bind(vm.selectedProperty().isNotNull());
        stockBox.managedProperty().bind(vm.selectedProperty().isNotNull());
        delta.textProperty().bindBidirectional(vm.deltaProperty());
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        ErrorLabels.bind(
                vm.fieldErrors(),
                Map.of(
                        "partId",
                        partIdError,
                        "partName",
                        partNameError,
                        "partPrice",
                        partPriceError,
                        "costPrice",
                        costPriceError,
                        "reorderPoint",
                        reorderPointError,
                        "barcode",
                        barcodeError,
                        "stock",
                        stockError,
                        "delta",
                        deltaError,
                        "reason",
                        deltaError));
        ErrorLabels.bind(vm.fieldErrors(), Map.of("lines[0].quantity", transferError, "note", transferError));
        // sending units to another location: shown where the chain has more than one
        transferBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.otherLocations()));
        transferBox.managedProperty().bind(transferBox.visibleProperty());
        transferTo.setItems(vm.otherLocations());
        transferTo.valueProperty().bindBidirectional(vm.transferToProperty());
        transferTo.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.shopsuite.model.Location l) {
                return l == null ? "" : l.name();
            }

            @Override
            public org.shopsuite.model.Location fromString(String s) {
                return null;
            }
        });
        transferQuantity.textProperty().bindBidirectional(vm.transferQuantityProperty());
        transferNote.textProperty().bindBidirectional(vm.transferNoteProperty());
        ledger.setItems(vm.ledger());
        ZoneId zone = ZoneId.of(session.shop().timezone());
        Cells.text(whenCol, s -> WHEN.format(s.occurredAt().atZone(zone)));
        Cells.text(kindCol, s -> m.get("movement." + s.kind().name()));
        Cells.text(deltaCol, s -> (s.delta() > 0 ? "+" : "") + s.delta());
        Cells.text(afterCol, s -> Integer.toString(s.stockAfter()));
        Cells.text(reasonCol, s -> s.reason() == null ? "" : s.reason());
        Cells.text(actorCol, StockMovement::actor);
        message.textProperty().bind(vm.messageProperty());
        error.textProperty().bind(vm.errorProperty());
        formTitle
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> vm.creatingProperty().get()
                                ? m.get("parts.new")
                                : vm.selectedProperty().get() == null
                                        ? m.get("parts.choose")
                                        : m.get(
                                                "parts.edit",
                                                vm.selectedProperty().get().partId()),
                        vm.creatingProperty(),
                        vm.selectedProperty()));
        vm.refresh();
        vm.loadLocations();
    }

    @FXML
    private void search() {
        vm.refresh();
    }

    @FXML
    private void startNew() {
        table.getSelectionModel().clearSelection();
        vm.startNew();
    }

    @FXML
    private void save() {
        vm.save();
    }

    /** The Apply button, or Enter in the quantity or reason (consumed: Enter there is not the part form's Save). */
    @FXML
    private void adjust(javafx.event.ActionEvent e) {
        e.consume();
        vm.adjust();
    }

    /** The Send button, or Enter in the quantity or note (consumed, as for Apply). */
    @FXML
    private void transfer(javafx.event.ActionEvent e) {
        e.consume();
        vm.transfer();
    }
}
