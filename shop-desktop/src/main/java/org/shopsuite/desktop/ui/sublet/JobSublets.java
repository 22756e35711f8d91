package org.shopsuite.desktop.ui.sublet;

import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.SubletOrder;
import org.shopsuite.model.Supplier;

/** A job's "Work sent out" section (in the receipt's detail) and its "Send out (sublet)…" dialog. */
public final class JobSublets {
    private JobSublets() {}

    /** Fills {@code box} with the section: a title, the button, the orders, the outcome. */
    public static void fill(VBox box, JobSubletsViewModel vm, Messages m) {
        Label title = new Label(m.get("sublet.job.title"));
        title.getStyleClass().add("title-4");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button send = new Button(m.get("sublet.send"));
        send.setId("job-sublet-send");
        send.setMnemonicParsing(true);
        send.setMinWidth(Region.USE_PREF_SIZE);
        send.setGraphic(new FontIcon("mdi2t-truck-delivery"));
        send.disableProperty().bind(vm.canSendProperty().not());
        send.setOnAction(e -> {
            SendSubletViewModel form = vm.sendForm();
            if (form != null) {
                send(box.getScene().getWindow(), form, m).show();
            }
        });
        HBox head = new HBox(8, title, gap, send);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ListView<SubletOrder> orders = new ListView<>(vm.orders());
        orders.setId("job-sublets");
        // as tall as its orders (up to three, then it scrolls): a job with none takes one short line
        orders.prefHeightProperty()
                .bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> vm.orders().isEmpty()
                                ? 34.0
                                : 8.0 + 50.0 * Math.min(3, vm.orders().size()),
                        vm.orders()));
        orders.minHeightProperty().bind(orders.prefHeightProperty());
        orders.setPlaceholder(new Label(m.get("sublet.job.none")));
        orders.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SubletOrder o, boolean empty) {
                super.updateItem(o, empty);
                setText(null);
                if (empty || o == null) {
                    setGraphic(null);
                    return;
                }
                Label head = new Label(vm.head(o));
                head.setStyle("-fx-font-weight: bold;");
                Label body = new Label(vm.body(o));
                body.setWrapText(true); // a long description wraps inside the list, never scrolls sideways
                VBox lines = new VBox(2, head, body);
                lines.setPadding(new javafx.geometry.Insets(3, 0, 3, 0));
                lines.setMinWidth(0);
                lines.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
                lines.setMaxWidth(Region.USE_PREF_SIZE);
                setGraphic(lines);
            }
        });
        Label message = new Label();
        message.setId("job-sublet-message");
        message.getStyleClass().add("job-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Label error = DialogForms.error("job-sublet-error");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        box.getChildren().setAll(head, orders, message, error);
        // shown for a job that can still send work out, or that did: a closed job without any takes no room
        box.visibleProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> vm.jobProperty().get() != null
                                && (vm.canSendProperty().get() || !vm.orders().isEmpty()),
                        vm.jobProperty(),
                        vm.canSendProperty(),
                        vm.orders()));
        box.managedProperty().bind(box.visibleProperty());
    }

    static Dialog<Void> send(Window owner, SendSubletViewModel vm, Messages m) {
        ComboBox<Supplier> supplier = new ComboBox<>(vm.suppliers());
        supplier.setId("sublet-supplier");
        supplier.setMaxWidth(Double.MAX_VALUE);
        supplier.setConverter(Cells.converter(s -> s == null ? "" : s.name()));
        supplier.valueProperty().bindBidirectional(vm.supplierProperty());
        TextField description = new TextField();
        description.setId("sublet-description-field");
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        TextField cost = new TextField();
        cost.setId("sublet-cost-field");
        cost.setPrefColumnCount(12);
        cost.textProperty().bindBidirectional(vm.costProperty());
        TextField price = new TextField();
        price.setId("sublet-price-field");
        price.setPrefColumnCount(12);
        price.textProperty().bindBidirectional(vm.priceProperty());
        Label supplierError = DialogForms.error("sublet-supplier-error");
        Label descriptionError = DialogForms.error("sublet-description-error");
        Label costError = DialogForms.error("sublet-cost-field-error");
        Label priceError = DialogForms.error("sublet-price-field-error");
        ErrorLabels.bind(
                vm.fieldErrors(),
                Map.of(
                        "supplierId", supplierError,
                        "description", descriptionError,
                        "cost", costError,
                        "price", priceError));
        for (Label l : new Label[] {supplierError, descriptionError, costError, priceError}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
        }
        Label note = new Label(m.get("sublet.send.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        Label error = DialogForms.error("sublet-send-error");
        error.textProperty().bind(vm.errorProperty());
        GridPane grid = DialogForms.grid();
        grid.add(DialogForms.label(m.get("sublet.send.supplier"), supplier), 0, 0);
        grid.add(supplier, 1, 0);
        grid.add(supplierError, 1, 1);
        grid.add(DialogForms.label(m.get("sublet.send.description"), description), 0, 2);
        grid.add(description, 1, 2);
        grid.add(descriptionError, 1, 3);
        grid.add(DialogForms.label(m.get("sublet.send.cost"), cost), 0, 4);
        grid.add(cost, 1, 4);
        grid.add(costError, 1, 5);
        grid.add(DialogForms.label(m.get("sublet.send.price"), price), 0, 6);
        grid.add(price, 1, 6);
        grid.add(priceError, 1, 7);
        grid.add(note, 0, 8, 2, 1);
        grid.add(error, 0, 9, 2, 1);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "sublet-send-dialog",
                m.get("sublet.send.title"),
                vm.header(),
                grid,
                m.get("sublet.send.submit"),
                vm.busyProperty(),
                vm::submit,
                m);
        d.setOnShown(e -> supplier.requestFocus());
        return d;
    }
}
