package org.shopsuite.desktop.ui.purchasing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import javafx.collections.ListChangeListener;
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
import org.shopsuite.model.Delivery;
import org.shopsuite.model.PurchaseOrder;
import org.shopsuite.model.PurchaseOrderLine;
import org.shopsuite.model.PurchaseOrderStatus;
import org.shopsuite.model.Supplier;

/** The Orders tab: the list with its filters on the left, the selected order on the right. */
final class OrdersPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OrdersViewModel vm;
    private final Messages m;
    private final String currency;
    private final ZoneId zone;
    private final SplitPane root = new SplitPane();

    OrdersPane(OrdersViewModel vm) {
        this.vm = vm;
        this.m = vm.session().messages();
        this.currency = vm.session().shop().currency();
        this.zone = ZoneId.of(vm.session().shop().timezone());
        root.getItems().setAll(list(), detail());
        root.setDividerPositions(0.5);
    }

    Parent root() {
        return root;
    }

    private String when(java.time.Instant t) {
        return t == null ? "" : WHEN.format(t.atZone(zone));
    }

    private BorderPane list() {
        ComboBox<Choice<PurchaseOrderStatus>> status = Panes.filter(
                "po-status-filter",
                Choice.all(m.get("status.all"), Arrays.asList(PurchaseOrderStatus.values()), vm::status));
        status.valueProperty().addListener((o, a, b) -> vm.statusProperty().set(b == null ? null : b.value()));
        vm.statusProperty().addListener((o, a, b) -> {
            if (status.getValue() == null || status.getValue().value() != b) {
                status.getItems().stream()
                        .filter(c -> c.value() == b)
                        .findFirst()
                        .ifPresent(status::setValue);
            }
        });
        ComboBox<Choice<Supplier>> supplier = Panes.filter(
                "po-supplier-filter", Choice.all(m.get("purchasing.allSuppliers"), vm.suppliers(), Supplier::name));
        vm.suppliers().addListener((ListChangeListener<Supplier>) c -> {
            Supplier chosen = vm.supplierProperty().get();
            supplier.getItems().setAll(Choice.all(m.get("purchasing.allSuppliers"), vm.suppliers(), Supplier::name));
            supplier.getSelectionModel().select(0);
            if (chosen != null) {
                supplier.getItems().stream()
                        .filter(x -> x.value() != null && x.value().id() == chosen.id())
                        .findFirst()
                        .ifPresent(supplier::setValue);
            }
        });
        supplier.setPrefWidth(200);
        supplier.valueProperty().addListener((o, a, b) -> vm.supplierProperty().set(b == null ? null : b.value()));
        Label statusLabel = new Label(m.get("purchasing.filter.status"));
        statusLabel.setLabelFor(status);
        Label supplierLabel = new Label(m.get("purchasing.filter.supplier"));
        supplierLabel.setLabelFor(supplier);

        TableView<PurchaseOrder> table = new TableView<>(vm.orders());
        table.setId("po-table");
        Panes.column(table, m.get("purchasing.col.no"), o -> "#" + o.id());
        Panes.column(table, m.get("purchasing.col.supplier"), PurchaseOrder::supplierName);
        Panes.column(table, m.get("purchasing.col.status"), o -> vm.status(o.status()));
        Panes.column(
                table,
                m.get("purchasing.col.lines"),
                o -> Integer.toString(o.lines().size()));
        Panes.column(table, m.get("purchasing.col.total"), o -> m.money(o.total(), currency));
        Panes.column(table, m.get("purchasing.col.orderedAt"), o -> when(o.orderedAt()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                table.getSelectionModel().clearSelection();
            } else if (!java.util.Objects.equals(table.getSelectionModel().getSelectedItem(), b)) {
                table.getSelectionModel().select(b);
            }
        });

        BorderPane pane = new BorderPane(table);
        pane.setPadding(new Insets(10, 8, 10, 12));
        pane.setTop(Panes.bar(
                statusLabel,
                status,
                supplierLabel,
                supplier,
                Panes.button("po-new", m.get("purchasing.new"), this::newOrder),
                Panes.button("po-low-stock", m.get("purchasing.lowStock"), this::lowStock)));
        VBox bottom = new VBox(
                4,
                Panes.message("po-message", vm.messageProperty(), null),
                Panes.message("po-error", vm.errorProperty(), "field-error"));
        bottom.setPadding(new Insets(6, 0, 0, 0));
        pane.setBottom(bottom);
        return pane;
    }

    private VBox detail() {
        Label title = new Label();
        title.setId("po-title");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        Label info = new Label();
        info.setId("po-info");
        info.setWrapText(true);
        // The tables give up height first: the title and its lines are never cut with "...".
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        info.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TableView<PurchaseOrderLine> lines = new TableView<>();
        lines.setId("po-lines");
        Panes.column(lines, m.get("purchasing.col.part"), l -> l.partId() + " " + l.partName());
        Panes.column(lines, m.get("purchasing.col.ordered"), l -> Integer.toString(l.quantity()));
        Panes.column(lines, m.get("purchasing.col.received"), l -> Integer.toString(l.receivedQuantity()));
        Panes.column(lines, m.get("purchasing.col.unitCost"), l -> m.money(l.unitCost(), currency));
        Panes.column(lines, m.get("purchasing.col.job"), l -> l.jobId() == null ? "" : "#" + l.jobId());
        TableView<Delivery> deliveries = new TableView<>();
        deliveries.setId("po-deliveries");
        Panes.column(
                deliveries,
                m.get("purchasing.col.invoiceNo"),
                d -> d.vendorInvoiceNumber() == null ? "" : d.vendorInvoiceNumber());
        Panes.column(
                deliveries,
                m.get("purchasing.col.invoiceDate"),
                d -> d.vendorInvoiceDate() == null ? "" : m.date(d.vendorInvoiceDate()));
        Panes.column(deliveries, m.get("purchasing.col.receivedAt"), d -> when(d.receivedAt()));
        Panes.column(
                deliveries,
                m.get("purchasing.col.units"),
                d -> Integer.toString(
                        d.lines().stream().mapToInt(x -> x.quantity()).sum()));
        Panes.column(deliveries, m.get("purchasing.col.over"), d -> d.overReceived() ? m.get("purchasing.over") : "");
        lines.setPrefHeight(220);
        deliveries.setPrefHeight(160);
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox.setVgrow(deliveries, Priority.SOMETIMES);
        vm.selectedProperty().addListener((o, a, b) -> show(b, title, info, lines, deliveries));
        show(null, title, info, lines, deliveries);
        VBox box = new VBox(
                8,
                title,
                info,
                Panes.bar(
                        Panes.button("po-edit", m.get("purchasing.edit"), vm.draftProperty(), this::edit),
                        Panes.button("po-order", m.get("purchasing.order"), vm.draftProperty(), vm::place),
                        Panes.button("po-receive", m.get("purchasing.receive"), vm.mayReceiveProperty(), this::receive),
                        Panes.button("po-close", m.get("purchasing.close"), vm.mayCloseProperty(), this::close),
                        Panes.button("po-cancel", m.get("purchasing.cancel"), vm.mayCancelProperty(), this::cancel)),
                new Label(m.get("purchasing.lines")),
                lines,
                new Label(m.get("purchasing.deliveries")),
                deliveries);
        box.setPadding(new Insets(12, 16, 12, 16));
        return box;
    }

    private void show(
            PurchaseOrder o,
            Label title,
            Label info,
            TableView<PurchaseOrderLine> lines,
            TableView<Delivery> deliveries) {
        if (o == null) {
            title.setText(m.get("purchasing.choose"));
            info.setText("");
            lines.getItems().clear();
            deliveries.getItems().clear();
            return;
        }
        title.setText(m.get("purchasing.title", o.id(), o.supplierName(), vm.status(o.status())));
        StringBuilder s = new StringBuilder(
                m.get("purchasing.info", m.money(o.total(), currency), o.createdBy(), when(o.createdAt())));
        if (o.cancelReason() != null) {
            s.append('\n').append(m.get("purchasing.cancelReason", o.cancelReason()));
        }
        info.setText(s.toString());
        lines.getItems().setAll(o.lines());
        deliveries.getItems().setAll(o.deliveries());
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void newOrder() {
        OrderFormViewModel form = new OrderFormViewModel(vm.session(), vm.tasks(), null);
        PurchasingDialogs.orderForm(window(), form, m, o -> vm.show(o, m.get("purchasing.saved", o.id())));
    }

    private void edit() {
        vm.withSelected(sel -> {
            OrderFormViewModel form = new OrderFormViewModel(vm.session(), vm.tasks(), sel);
            PurchasingDialogs.orderForm(window(), form, m, o -> vm.show(o, m.get("purchasing.saved", o.id())));
        });
    }

    private void lowStock() {
        LowStockViewModel low = new LowStockViewModel(vm.session(), vm.tasks());
        PurchasingDialogs.lowStock(window(), low, m, vm::created);
    }

    private void receive() {
        vm.withSelected(sel -> {
            ReceiveViewModel r = new ReceiveViewModel(
                    vm.session(),
                    vm.tasks(),
                    sel,
                    () -> java.awt.Toolkit.getDefaultToolkit().beep());
            PurchasingDialogs.receive(
                    window(), r, m, o -> vm.show(o, m.get("purchasing.received", o.id(), vm.status(o.status()))));
        });
    }

    private void close() {
        vm.withSelected(sel -> org.shopsuite.desktop.ui.Confirm.ask(
                        window(),
                        "po-close-confirm",
                        m.get("purchasing.close.title"),
                        m.get("purchasing.close.text", sel.id()),
                        m.get("purchasing.close.yes"),
                        m.get("purchasing.keep"),
                        false,
                        vm::close)
                .show());
    }

    private void cancel() {
        vm.withSelected(sel -> PurchasingDialogs.cancelOrder(window(), vm, sel, m));
    }
}
