package org.shopsuite.desktop.ui.warranty;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.WarrantyClaim;

/** The comebacks screen: binds to {@link WarrantyViewModel} and opens its dialogs. */
public final class WarrantyView {
    private final WarrantyViewModel vm;
    private final Messages m;

    @FXML
    private ComboBox<ClaimFilter> filter;

    @FXML
    private TableView<WarrantyClaim> claims;

    @FXML
    private TableColumn<WarrantyClaim, String> idCol;

    @FXML
    private TableColumn<WarrantyClaim, String> plateCol;

    @FXML
    private TableColumn<WarrantyClaim, String> customerCol;

    @FXML
    private TableColumn<WarrantyClaim, String> complaintCol;

    @FXML
    private TableColumn<WarrantyClaim, String> coverageCol;

    @FXML
    private TableColumn<WarrantyClaim, String> windowCol;

    @FXML
    private TableColumn<WarrantyClaim, String> statusCol;

    @FXML
    private Label detailTitle;

    @FXML
    private Label detail;

    @FXML
    private Button assign;

    @FXML
    private Button override;

    @FXML
    private Button cancel;

    @FXML
    private Label message;

    @FXML
    private Label error;

    public WarrantyView(WarrantyViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    @FXML
    private void initialize() {
        ClaimText text = vm.text();
        filter.getItems().setAll(ClaimFilter.values());
        filter.setConverter(Cells.converter(f -> f == null ? "" : m.get("warranty.filter." + f.name())));
        filter.valueProperty().bindBidirectional(vm.filterProperty());
        claims.setItems(vm.claims());
        claims.setPlaceholder(new Label(m.get("warranty.none")));
        Cells.text(idCol, c -> Long.toString(c.id()));
        Cells.text(plateCol, WarrantyClaim::plate);
        Cells.text(customerCol, WarrantyClaim::customerName);
        Cells.text(complaintCol, WarrantyClaim::complaint);
        // The complaint wraps and gives up its width first, so no column is pushed out of sight.
        org.shopsuite.desktop.ui.Layouts.wrapping(complaintCol);
        Cells.text(coverageCol, c -> text.coverageShort(c.coverage()));
        Cells.text(windowCol, text::windowEnd);
        Cells.text(statusCol, c -> text.status(c.status()));
        claims.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!java.util.Objects.equals(b, vm.selectedProperty().get())) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                claims.getSelectionModel().clearSelection();
            } else if (!b.equals(claims.getSelectionModel().getSelectedItem())
                    && claims.getItems().contains(b)) {
                claims.getSelectionModel().select(b);
            }
            showTitle(b);
        });
        showTitle(null);
        detail.textProperty().bind(vm.detailProperty());
        assign.disableProperty().bind(vm.canAssignProperty().not());
        override.disableProperty().bind(vm.canOverrideProperty().not());
        cancel.disableProperty().bind(vm.canCancelProperty().not());
        // The counter lists and cancels; assigning and overriding are the manager's.
        for (Button b : new Button[] {assign, override}) {
            b.setVisible(vm.manager());
            b.setManaged(vm.manager());
        }
        message.textProperty().bind(vm.messageProperty());
        error.textProperty().bind(vm.errorProperty());
        vm.refresh();
    }

    private void showTitle(WarrantyClaim c) {
        detailTitle.setText(
                c == null ? m.get("warranty.detail.title") : m.get("warranty.detail.titleOf", c.id(), c.plate()));
    }

    private Window window() {
        return claims.getScene().getWindow();
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    @FXML
    private void assign() {
        AssignViewModel form = vm.assignForm();
        if (form != null) {
            WarrantyDialogs.assign(
                            window(),
                            form,
                            m,
                            c -> vm.changed(
                                    c,
                                    c.status() == org.shopsuite.model.WarrantyClaimStatus.ASSIGNED
                                            ? m.get("warranty.assigned", c.id())
                                            : ""))
                    .show();
        }
    }

    @FXML
    private void override() {
        CoverageViewModel form = vm.coverageForm();
        if (form != null) {
            WarrantyDialogs.coverage(
                            window(),
                            form,
                            m,
                            c -> vm.changed(
                                    c,
                                    m.get(
                                            "warranty.overridden",
                                            c.id(),
                                            vm.text().coverage(c.coverage()))))
                    .show();
        }
    }

    @FXML
    private void cancel() {
        CancelClaimViewModel form = vm.cancelForm();
        if (form != null) {
            WarrantyDialogs.cancel(window(), form, m, c -> vm.changed(c, m.get("warranty.cancelled", c.id())))
                    .show();
        }
    }
}
