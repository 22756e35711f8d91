package org.shopsuite.desktop.ui.purchasing;

import java.time.ZoneId;
import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.VendorReturn;
import org.shopsuite.model.VendorReturnLine;
import org.shopsuite.model.VendorReturnStatus;

/** The Vendor returns tab: the list by status (open cores show their age), its lines, new and credit. */
final class ReturnsPane {
    private final ReturnsViewModel vm;
    private final Messages m;
    private final SplitPane root = new SplitPane();

    ReturnsPane(ReturnsViewModel vm) {
        this.vm = vm;
        this.m = vm.session().messages();
        String currency = vm.session().shop().currency();
        ZoneId zone = ZoneId.of(vm.session().shop().timezone());
        ComboBox<Choice<VendorReturnStatus>> status = Panes.filter(
                "vr-status-filter",
                Choice.all(
                        m.get("status.all"),
                        Arrays.asList(VendorReturnStatus.values()),
                        s -> m.get("vr.status." + s.name())));
        status.valueProperty().addListener((o, a, b) -> vm.statusProperty().set(b == null ? null : b.value()));
        Label statusLabel = new Label(m.get("purchasing.filter.status"));
        statusLabel.setLabelFor(status);
        TableView<VendorReturn> table = new TableView<>(vm.returns());
        table.setId("vr-table");
        Panes.column(table, m.get("purchasing.col.no"), r -> "#" + r.id());
        Panes.column(table, m.get("purchasing.col.supplier"), VendorReturn::supplierName);
        Panes.column(
                table, m.get("vr.col.kind"), r -> m.get("vr.kind." + r.kind().name()));
        Panes.column(table, m.get("purchasing.col.status"), vm::status);
        Panes.column(table, m.get("purchasing.col.total"), r -> m.money(r.total(), currency));
        Panes.column(
                table,
                m.get("vr.col.created"),
                r -> m.date(r.createdAt().atZone(zone).toLocalDate()));
        Panes.column(
                table,
                m.get("vr.col.credit"),
                r -> r.creditMemoNumber() == null
                        ? ""
                        : r.creditMemoNumber() + " "
                                + m.money(r.creditAmount() == null ? 0 : r.creditAmount(), currency));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && !java.util.Objects.equals(table.getSelectionModel().getSelectedItem(), b)) {
                table.getItems().stream()
                        .filter(r -> r.id() == b.id())
                        .findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        BorderPane list = new BorderPane(table);
        list.setPadding(new Insets(10, 8, 10, 12));
        list.setTop(Panes.bar(
                statusLabel,
                status,
                Panes.button("vr-new", m.get("vr.new"), this::create),
                Panes.button("vr-credit", m.get("vr.credit"), vm.mayCreditProperty(), this::credit)));
        VBox bottom = new VBox(
                4,
                Panes.message("vr-message", vm.messageProperty(), null),
                Panes.message("vr-error", vm.errorProperty(), "field-error"));
        bottom.setPadding(new Insets(6, 0, 0, 0));
        list.setBottom(bottom);

        Label title = new Label(m.get("vr.choose"));
        title.setId("vr-title");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TableView<VendorReturnLine> lines = new TableView<>();
        lines.setId("vr-lines");
        Panes.column(lines, m.get("purchasing.col.part"), l -> vm.part(l.vehiclePartId()));
        Panes.column(lines, m.get("vr.col.qty"), l -> String.valueOf(l.quantity()));
        Panes.column(
                lines,
                m.get("purchasing.col.unitCost"),
                l -> l.unitCost() == null ? "" : m.money(l.unitCost(), currency));
        org.shopsuite.desktop.ui.Layouts.wrapping(
                Panes.column(lines, m.get("vr.col.reason"), l -> l.reason() == null ? "" : l.reason()));
        VBox.setVgrow(lines, Priority.ALWAYS);
        vm.selectedProperty().addListener((o, a, r) -> {
            if (r == null) {
                title.setText(m.get("vr.choose"));
                lines.getItems().clear();
            } else {
                title.setText(m.get(
                        "vr.title",
                        r.id(),
                        r.supplierName(),
                        m.get("vr.kind." + r.kind().name()),
                        vm.status(r)));
                lines.getItems().setAll(r.lines());
            }
        });
        VBox detail = new VBox(8, title, lines);
        detail.setPadding(new Insets(12, 16, 12, 16));
        root.getItems().setAll(list, detail);
        root.setDividerPositions(0.6);
    }

    Parent root() {
        return root;
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void create() {
        PurchasingDialogs.returnForm(
                window(),
                new ReturnFormViewModel(vm.session(), vm.tasks()),
                m,
                r -> vm.show(r, m.get("vr.saved", r.id())));
    }

    private void credit() {
        vm.withSelected(r -> PurchasingDialogs.credit(window(), vm, r, m));
    }
}
