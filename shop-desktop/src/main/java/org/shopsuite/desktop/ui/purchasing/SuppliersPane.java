package org.shopsuite.desktop.ui.purchasing;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Supplier;

/** The Suppliers tab: the list (inactive ones on request), New and Edit. */
final class SuppliersPane {
    private final SuppliersViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();

    SuppliersPane(SuppliersViewModel vm) {
        this.vm = vm;
        this.m = vm.session().messages();
        CheckBox inactive = new CheckBox(m.get("suppliers.showInactive"));
        inactive.setId("suppliers-show-inactive");
        inactive.selectedProperty().bindBidirectional(vm.showInactiveProperty());
        TableView<Supplier> table = new TableView<>(vm.suppliers());
        table.setId("suppliers-table");
        Panes.column(table, m.get("suppliers.name"), Supplier::name);
        Panes.column(table, m.get("suppliers.phone"), s -> s.phone() == null ? "" : s.phone());
        Panes.column(table, m.get("suppliers.email"), s -> s.email() == null ? "" : s.email());
        Panes.column(
                table, m.get("suppliers.businessNumber"), s -> s.businessNumber() == null ? "" : s.businessNumber());
        Panes.column(
                table, m.get("suppliers.status"), s -> m.get(s.active() ? "suppliers.isActive" : "suppliers.inactive"));
        org.shopsuite.desktop.ui.Layouts.wrapping(
                Panes.column(table, m.get("suppliers.notes"), s -> s.notes() == null ? "" : s.notes()));
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && !java.util.Objects.equals(table.getSelectionModel().getSelectedItem(), b)) {
                table.getItems().stream()
                        .filter(s -> s.id() == b.id())
                        .findFirst()
                        .ifPresent(s -> table.getSelectionModel().select(s));
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        root.setTop(Panes.bar(
                Panes.button("suppliers-new", m.get("suppliers.new"), this::create),
                Panes.button(
                        "suppliers-edit",
                        m.get("suppliers.edit"),
                        vm.selectedProperty().isNotNull(),
                        this::edit),
                inactive));
        root.setCenter(table);
        VBox bottom = new VBox(
                4,
                Panes.message("suppliers-message", vm.messageProperty(), null),
                Panes.message("suppliers-error", vm.errorProperty(), "field-error"));
        bottom.setPadding(new Insets(6, 0, 0, 0));
        root.setBottom(bottom);
        root.setPadding(new Insets(10, 12, 10, 12));
    }

    Parent root() {
        return root;
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void create() {
        PurchasingDialogs.supplierForm(
                window(), new SupplierFormViewModel(vm.session(), vm.tasks(), null), m, vm::saved);
    }

    private void edit() {
        Supplier s = vm.selectedProperty().get();
        if (s != null) {
            PurchasingDialogs.supplierForm(
                    window(), new SupplierFormViewModel(vm.session(), vm.tasks(), s), m, vm::saved);
        }
    }
}
