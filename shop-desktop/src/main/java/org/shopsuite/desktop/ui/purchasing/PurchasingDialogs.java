package org.shopsuite.desktop.ui.purchasing;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Keys;
import org.shopsuite.desktop.ui.Layouts;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.PurchaseOrder;
import org.shopsuite.model.Supplier;
import org.shopsuite.model.VehiclePart;
import org.shopsuite.model.VendorReturn;
import org.shopsuite.model.VendorReturnKind;

/** The purchasing dialogs, built in code around their ViewModels (see {@link DialogForms}). */
final class PurchasingDialogs {
    private PurchasingDialogs() {}

    private static ComboBox<Supplier> suppliers(String id, List<Supplier> items) {
        ComboBox<Supplier> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setConverter(Cells.converter(s -> s == null ? "" : s.name()));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /**
     * A part picker that also takes what is typed or scanned into it: a part number or barcode, or
     * the start of a name (the first such part); a text that names no part leaves it empty.
     */
    private static ComboBox<VehiclePart> parts(String id, List<VehiclePart> items) {
        ComboBox<VehiclePart> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setEditable(true);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(VehiclePart p) {
                return p == null ? "" : p.partId() + " " + p.partName();
            }

            @Override
            public VehiclePart fromString(String typed) {
                String t = typed == null ? "" : typed.strip();
                if (t.isEmpty()) {
                    return null;
                }
                return items.stream()
                        .filter(p -> t.equals(toString(p)) || t.equalsIgnoreCase(p.partId()) || t.equals(p.barcode()))
                        .findFirst()
                        .or(() -> items.stream()
                                .filter(p -> p.partName()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .startsWith(t.toLowerCase(java.util.Locale.ROOT)))
                                .findFirst())
                        .orElse(null);
            }
        });
        box.setPrefWidth(280);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Enter (a scanner's too) takes the typed part; it does not submit the form half filled.
        box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                box.commitValue();
            }
        });
        return box;
    }

    private static TextField number(String id, StringProperty value, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        f.setPrefWidth(width);
        f.setMinWidth(width);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static javafx.scene.layout.Region padded(javafx.scene.layout.Region content) {
        content.setPadding(new javafx.geometry.Insets(12, 12, 4, 12));
        return content;
    }

    /** The dialog at least this wide (its form rows are not squeezed below their fields' widths). */
    private static void wide(Dialog<Void> d, double width) {
        d.getDialogPane().setPrefWidth(width);
        d.getDialogPane().setMinWidth(width);
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static ScrollPane scroll(GridPane grid) {
        ScrollPane s = new ScrollPane(grid);
        s.setFitToWidth(true);
        s.setPrefViewportHeight(260);
        return s;
    }

    // ---- orders ----

    /** A new order or an edited draft: supplier, then a line per part (Add line / remove). */
    static void orderForm(Window owner, OrderFormViewModel vm, Messages m, Consumer<PurchaseOrder> done) {
        ComboBox<Supplier> supplier = suppliers("po-form-supplier", List.of());
        Label supplierError = DialogForms.error("po-form-supplier-error");
        GridPane top = DialogForms.grid();
        top.addRow(0, DialogForms.label(m.get("purchasing.form.supplier"), supplier), supplier);
        top.add(supplierError, 1, 1);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setId("po-form-lines");
        Runnable redraw = () -> {
            grid.getChildren().clear();
            grid.addRow(
                    0,
                    header(m.get("purchasing.col.part")),
                    header(m.get("purchasing.col.ordered")),
                    header(m.get("purchasing.col.unitCost")));
            for (int i = 0; i < vm.lines().size(); i++) {
                OrderFormViewModel.Line l = vm.lines().get(i);
                ComboBox<VehiclePart> part = parts("po-form-part-" + i, vm.parts());
                part.valueProperty().bindBidirectional(l.partProperty());
                javafx.scene.control.Button remove = Panes.button("po-form-remove-" + i, "✕", () -> vm.removeLine(l));
                remove.setMnemonicParsing(false);
                grid.addRow(
                        i * 2 + 1,
                        part,
                        number("po-form-qty-" + i, l.quantityProperty(), 70),
                        number("po-form-cost-" + i, l.unitCostProperty(), 110),
                        remove);
                Label err = DialogForms.error("po-form-line-error-" + i);
                err.textProperty()
                        .bind(Bindings.createStringBinding(
                                () -> lineError(vm.fieldErrors(), l, vm.lines()), vm.fieldErrors()));
                grid.add(err, 0, i * 2 + 2, 4, 1);
            }
        };
        vm.lines().addListener((ListChangeListener<OrderFormViewModel.Line>) c -> redraw.run());
        redraw.run();
        Label error = DialogForms.error("po-form-error");
        error.textProperty().bind(vm.errorProperty());
        javafx.scene.control.Button add = Panes.button("po-form-add", m.get("purchasing.form.addLine"), vm::addLine);
        VBox content = new VBox(8, top, scroll(grid), add, error);
        ErrorLabels.bind(vm.fieldErrors(), Map.of("supplierId", supplierError));
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "po-form",
                m.get(vm.isNew() ? "purchasing.form.new" : "purchasing.form.edit"),
                m.get(vm.isNew() ? "purchasing.form.new" : "purchasing.form.edit"),
                padded(content),
                m.get("common.save"),
                vm.busyProperty(),
                close -> vm.save(o -> {
                    close.run();
                    done.accept(o);
                }),
                m);
        wide(d, 640);
        vm.load(() -> {
            supplier.getItems().setAll(vm.suppliers());
            supplier.valueProperty().bindBidirectional(vm.supplierProperty());
            redraw.run();
        });
        d.setOnShown(e -> supplier.requestFocus());
        d.show();
    }

    /** The field errors of one form line ({@code lines[i].x}), the server's or ours, on one line. */
    private static <L> String lineError(ObservableMap<String, String> errors, L line, List<L> lines) {
        int i = lines.indexOf(line);
        StringBuilder s = new StringBuilder();
        errors.forEach((k, v) -> {
            if (k.startsWith("lines[" + i + "]")) {
                s.append(s.length() == 0 ? "" : "; ").append(v);
            }
        });
        if (i == 0 && errors.containsKey("lines")) {
            s.append(s.length() == 0 ? "" : "; ").append(errors.get("lines"));
        }
        return s.toString();
    }

    /** Cancel with a reason (required). */
    static void cancelOrder(Window owner, OrdersViewModel vm, PurchaseOrder o, Messages m) {
        TextField reason = new TextField();
        reason.setId("po-cancel-reason");
        Label reasonError = DialogForms.error("po-cancel-reason-error");
        StringProperty err = new SimpleStringProperty("");
        reasonError.textProperty().bind(err);
        reason.textProperty().addListener((ob, a, b) -> err.set(""));
        GridPane grid = DialogForms.grid();
        grid.addRow(0, DialogForms.label(m.get("void.reason"), reason), reason);
        grid.add(reasonError, 1, 1);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "po-cancel-dialog",
                m.get("purchasing.cancel.title"),
                m.get("purchasing.cancel.header", o.id(), o.supplierName()),
                padded(grid),
                m.get("purchasing.cancel.yes"),
                new javafx.beans.property.SimpleBooleanProperty(false),
                close -> {
                    if (vm.cancel(reason.getText(), err)) {
                        close.run();
                    }
                },
                m);
        d.setOnShown(e -> reason.requestFocus());
        d.show();
    }

    /**
     * Order low stock: a row per low-stock part (available / reorder point, suggested quantity,
     * supplier); Create makes one draft per supplier.
     */
    static void lowStock(Window owner, LowStockViewModel vm, Messages m, Consumer<List<PurchaseOrder>> done) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setId("low-stock-rows");
        Label empty = new Label(m.get("purchasing.lowStock.none"));
        empty.setId("low-stock-empty");
        empty.setVisible(false);
        empty.setManaged(false);
        Label error = DialogForms.error("low-stock-error");
        error.textProperty().bind(vm.errorProperty());
        Label rule = new Label(m.get("purchasing.lowStock.rule"));
        rule.setWrapText(true);
        VBox content = new VBox(8, rule, scroll(grid), empty, error);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "low-stock-dialog",
                m.get("purchasing.lowStock.title"),
                m.get("purchasing.lowStock.title"),
                padded(content),
                m.get("purchasing.lowStock.create"),
                vm.busyProperty(),
                close -> vm.create(orders -> {
                    close.run();
                    done.accept(orders);
                }),
                m);
        wide(d, 760);
        vm.load(() -> {
            grid.addRow(
                    0,
                    header(m.get("purchasing.col.part")),
                    header(m.get("purchasing.lowStock.availableOf")),
                    header(m.get("purchasing.lowStock.quantity")),
                    header(m.get("purchasing.col.supplier")));
            for (int i = 0; i < vm.rows().size(); i++) {
                LowStockViewModel.Row r = vm.rows().get(i);
                VehiclePart p = r.part();
                Label name = new Label(p.partId() + " " + p.partName());
                name.setWrapText(true);
                name.setMaxWidth(280);
                ComboBox<Supplier> s = suppliers("low-stock-supplier-" + i, vm.suppliers());
                s.valueProperty().bindBidirectional(r.supplierProperty());
                s.setPrefWidth(220);
                s.setMinWidth(220);
                grid.addRow(
                        i * 2 + 1,
                        name,
                        new Label(m.get("purchasing.lowStock.availableValue", p.available(), p.reorderPoint())),
                        number("low-stock-qty-" + i, r.quantityProperty(), 70),
                        s);
                Label err = DialogForms.error("low-stock-row-error-" + i);
                err.textProperty().bind(r.errorProperty());
                grid.add(err, 0, i * 2 + 2, 4, 1);
            }
            boolean none = vm.rows().isEmpty();
            empty.setVisible(none);
            empty.setManaged(none);
            grid.lookupAll(".text-field").stream().findFirst().ifPresent(javafx.scene.Node::requestFocus);
        });
        d.show();
    }

    // ---- receiving ----

    /**
     * Receive by scanner: invoice number and date, the scan field (Enter adds; a quantity field for
     * typed counts), the lines with their running count, over lines amber, the unknown-code signal,
     * "Allow over-receipt", Post.
     */
    static void receive(Window owner, ReceiveViewModel vm, Messages m, Consumer<PurchaseOrder> done) {
        TextField invoice = new TextField();
        invoice.setId("receive-invoice");
        invoice.textProperty().bindBidirectional(vm.invoiceNumberProperty());
        DatePicker date = new DatePicker();
        date.setId("receive-invoice-date");
        Cells.localDates(date, m);
        date.valueProperty().bindBidirectional(vm.invoiceDateProperty());
        TextField scan = new TextField();
        scan.setId("receive-scan");
        scan.getStyleClass().add("scan-field");
        scan.setPromptText(m.get("purchasing.receive.scanPrompt"));
        scan.textProperty().bindBidirectional(vm.scanProperty());
        TextField qty = new TextField();
        qty.setId("receive-qty");
        qty.setPrefColumnCount(4);
        qty.setPromptText("1");
        qty.textProperty().bindBidirectional(vm.quantityProperty());
        // Enter in the scan field counts the part: it is not the dialog's Post.
        scan.setOnAction(e -> {
            e.consume();
            vm.scan();
        });
        qty.setOnAction(e -> {
            e.consume();
            scan.requestFocus();
        });
        GridPane top = DialogForms.grid();
        top.addRow(0, DialogForms.label(m.get("purchasing.receive.invoice"), invoice), invoice);
        top.addRow(1, DialogForms.label(m.get("purchasing.receive.date"), date), date);
        HBox scanRow = new HBox(8, scan, DialogForms.label(m.get("purchasing.receive.qty"), qty), qty);
        scanRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(scan, Priority.ALWAYS);
        top.addRow(2, DialogForms.label(m.get("purchasing.receive.scan"), scan), scanRow);

        Label unknown = new Label();
        unknown.setId("receive-unknown");
        unknown.getStyleClass().add("scan-unknown");
        unknown.setWrapText(true);
        unknown.textProperty().bind(vm.unknownProperty());
        unknown.visibleProperty().bind(vm.unknownProperty().isNotEmpty());
        unknown.managedProperty().bind(unknown.visibleProperty());
        Label last = new Label();
        last.setId("receive-last");
        last.textProperty().bind(vm.lastProperty());
        last.visibleProperty().bind(vm.lastProperty().isNotEmpty());
        last.managedProperty().bind(last.visibleProperty());

        TableView<ReceiveViewModel.Line> table = new TableView<>(vm.lines());
        table.setId("receive-lines");
        // Fixed shares of the dialog's width: the count and its header always whole, a long part name wraps.
        Layouts.wrapping(Panes.column(table, m.get("purchasing.col.part"), l -> l.partId() + " " + l.partName()));
        Panes.column(table, m.get("purchasing.col.ordered"), l -> Integer.toString(l.ordered()));
        Panes.column(table, m.get("purchasing.col.receivedBefore"), l -> Integer.toString(l.receivedBefore()));
        table.getColumns().get(0).setPrefWidth(360);
        table.getColumns().get(1).setMinWidth(90);
        table.getColumns().get(2).setMinWidth(90);
        // The running count follows each scan (a binding per cell, not a value read once).
        javafx.scene.control.TableColumn<ReceiveViewModel.Line, String> now =
                new javafx.scene.control.TableColumn<>(m.get("purchasing.col.nowOfOutstanding"));
        now.setSortable(false);
        now.setMinWidth(200); // "12 / 4 - over" and its header, in either language
        now.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> vm.count(c.getValue()), c.getValue().nowProperty()));
        table.getColumns().add(now);
        table.setRowFactory(t -> new TableRow<>() {
            private final javafx.beans.value.ChangeListener<Boolean> restyle = (o, a, b) -> style();

            @Override
            protected void updateItem(ReceiveViewModel.Line l, boolean empty) {
                ReceiveViewModel.Line before = getItem();
                if (before != null) {
                    before.overProperty().removeListener(restyle);
                }
                super.updateItem(l, empty);
                if (!empty && l != null) {
                    l.overProperty().addListener(restyle);
                }
                style();
            }

            private void style() {
                ReceiveViewModel.Line l = getItem();
                getStyleClass().remove("over-receipt");
                if (!isEmpty() && l != null && l.overProperty().get()) {
                    getStyleClass().add("over-receipt");
                }
            }
        });
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        CheckBox allow = new CheckBox(m.get("purchasing.receive.allowOver"));
        allow.setId("receive-allow-over");
        allow.selectedProperty().bindBidirectional(vm.allowOverProperty());
        allow.visibleProperty().bind(vm.anyOverProperty());
        allow.managedProperty().bind(allow.visibleProperty());
        Label error = DialogForms.error("receive-error");
        error.textProperty().bind(vm.errorProperty());

        VBox content = new VBox(8, top, unknown, last, table, allow, error);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "receive-dialog",
                m.get("purchasing.receive.title"),
                vm.header(),
                padded(content),
                m.get("purchasing.receive.post"),
                vm.busyProperty(),
                close -> vm.post(o -> {
                    close.run();
                    done.accept(o);
                }),
                m);
        wide(d, 820);
        vm.load();
        d.setOnShown(e -> scan.requestFocus());
        d.show();
    }

    // ---- suppliers ----

    static void supplierForm(Window owner, SupplierFormViewModel vm, Messages m, Consumer<Supplier> done) {
        GridPane grid = DialogForms.grid();
        String[][] fields = {
            {"name", "suppliers.form.name"},
            {"phone", "suppliers.form.phone"},
            {"email", "suppliers.form.email"},
            {"businessNumber", "suppliers.form.businessNumber"}
        };
        StringProperty[] values = {
            vm.nameProperty(), vm.phoneProperty(), vm.emailProperty(), vm.businessNumberProperty()
        };
        Map<String, Label> errors = new java.util.HashMap<>();
        int row = 0;
        TextField first = null;
        for (int i = 0; i < fields.length; i++) {
            TextField f = new TextField();
            f.setId("supplier-" + fields[i][0]);
            f.textProperty().bindBidirectional(values[i]);
            if (first == null) {
                first = f;
            }
            Label err = DialogForms.error("supplier-" + fields[i][0] + "-error");
            errors.put(fields[i][0], err);
            grid.addRow(row++, DialogForms.label(m.get(fields[i][1]), f), f);
            grid.add(err, 1, row++);
        }
        TextArea notes = new TextArea();
        notes.setId("supplier-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        Keys.tabLeaves(notes);
        Label notesError = DialogForms.error("supplier-notes-error");
        errors.put("notes", notesError);
        grid.addRow(row++, DialogForms.label(m.get("suppliers.form.notes"), notes), notes);
        grid.add(notesError, 1, row++);
        CheckBox active = new CheckBox(m.get("suppliers.active"));
        active.setId("supplier-active");
        active.selectedProperty().bindBidirectional(vm.activeProperty());
        grid.add(active, 1, row++);
        Label error = DialogForms.error("supplier-error");
        error.textProperty().bind(vm.errorProperty());
        grid.add(error, 0, row, 2, 1);
        ErrorLabels.bind(vm.fieldErrors(), errors);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "supplier-form",
                m.get(vm.isNew() ? "suppliers.new.title" : "suppliers.edit.title"),
                m.get(vm.isNew() ? "suppliers.new.title" : "suppliers.edit.title"),
                padded(grid),
                m.get("common.save"),
                vm.busyProperty(),
                close -> vm.save(s -> {
                    close.run();
                    done.accept(s);
                }),
                m);
        TextField focus = first;
        d.setOnShown(e -> focus.requestFocus());
        d.show();
    }

    // ---- vendor returns ----

    static void returnForm(Window owner, ReturnFormViewModel vm, Messages m, Consumer<VendorReturn> done) {
        ComboBox<Supplier> supplier = suppliers("vr-form-supplier", List.of());
        Label supplierError = DialogForms.error("vr-form-supplier-error");
        ComboBox<VendorReturnKind> kind = new ComboBox<>(FXCollections.observableArrayList(VendorReturnKind.values()));
        kind.setId("vr-form-kind");
        kind.setConverter(Cells.converter(k -> k == null ? "" : vm.kind(k)));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        GridPane top = DialogForms.grid();
        top.addRow(0, DialogForms.label(m.get("purchasing.form.supplier"), supplier), supplier);
        top.add(supplierError, 1, 1);
        top.addRow(2, DialogForms.label(m.get("vr.form.kind"), kind), kind);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        Runnable redraw = () -> {
            grid.getChildren().clear();
            grid.addRow(
                    0,
                    header(m.get("purchasing.col.part")),
                    header(m.get("vr.col.qty")),
                    header(m.get("purchasing.col.unitCost")),
                    header(m.get("vr.col.reason")));
            for (int i = 0; i < vm.lines().size(); i++) {
                ReturnFormViewModel.Line l = vm.lines().get(i);
                ComboBox<VehiclePart> part = parts("vr-form-part-" + i, vm.parts());
                part.setPrefWidth(240);
                part.valueProperty().bindBidirectional(l.partProperty());
                TextField reason = new TextField();
                reason.setId("vr-form-reason-" + i);
                reason.textProperty().bindBidirectional(l.reasonProperty());
                javafx.scene.control.Button remove = Panes.button("vr-form-remove-" + i, "✕", () -> vm.removeLine(l));
                remove.setMnemonicParsing(false);
                grid.addRow(
                        i * 2 + 1,
                        part,
                        number("vr-form-qty-" + i, l.quantityProperty(), 60),
                        number("vr-form-cost-" + i, l.unitCostProperty(), 100),
                        reason,
                        remove);
                Label err = DialogForms.error("vr-form-line-error-" + i);
                err.textProperty()
                        .bind(Bindings.createStringBinding(
                                () -> lineError(vm.fieldErrors(), l, vm.lines()), vm.fieldErrors()));
                grid.add(err, 0, i * 2 + 2, 5, 1);
            }
        };
        vm.lines().addListener((ListChangeListener<ReturnFormViewModel.Line>) c -> redraw.run());
        Label error = DialogForms.error("vr-form-error");
        error.textProperty().bind(vm.errorProperty());
        javafx.scene.control.Button add =
                Panes.button("vr-form-add", m.get("purchasing.form.addLine"), () -> vm.addLine());
        VBox content = new VBox(8, top, scroll(grid), add, error);
        ErrorLabels.bind(vm.fieldErrors(), Map.of("supplierId", supplierError));
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "vr-form",
                m.get("vr.new.title"),
                m.get("vr.new.title"),
                padded(content),
                m.get("vr.new.submit"),
                vm.busyProperty(),
                close -> vm.save(r -> {
                    close.run();
                    done.accept(r);
                }),
                m);
        wide(d, 760);
        vm.load(() -> {
            supplier.getItems().setAll(vm.suppliers());
            supplier.valueProperty().bindBidirectional(vm.supplierProperty());
            redraw.run();
        });
        d.setOnShown(e -> supplier.requestFocus());
        d.show();
    }

    /** The supplier's credit memo for the selected return: its number and amount. */
    static void credit(Window owner, ReturnsViewModel vm, VendorReturn r, Messages m) {
        TextField memo = new TextField();
        memo.setId("vr-credit-memo");
        TextField amount = new TextField(Long.toString(r.total()));
        amount.setId("vr-credit-amount");
        Label memoError = DialogForms.error("vr-credit-memo-error");
        Label amountError = DialogForms.error("vr-credit-amount-error");
        ObservableMap<String, String> errors = FXCollections.observableHashMap();
        ErrorLabels.bind(errors, Map.of("creditMemoNumber", memoError, "amount", amountError));
        StringProperty general = new SimpleStringProperty("");
        Label error = DialogForms.error("vr-credit-error");
        error.textProperty().bind(general);
        GridPane grid = DialogForms.grid();
        grid.addRow(0, DialogForms.label(m.get("vr.credit.memo"), memo), memo);
        grid.add(memoError, 1, 1);
        grid.addRow(2, DialogForms.label(m.get("vr.credit.amount"), amount), amount);
        grid.add(amountError, 1, 3);
        grid.add(error, 0, 4, 2, 1);
        String key = ReturnsViewModel.newKey();
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "vr-credit-dialog",
                m.get("vr.credit.title"),
                m.get(
                        "vr.credit.header",
                        r.id(),
                        r.supplierName(),
                        m.money(r.total(), vm.session().shop().currency())),
                padded(grid),
                m.get("vr.credit.submit"),
                new javafx.beans.property.SimpleBooleanProperty(false),
                close -> vm.credit(memo.getText(), amount.getText(), errors, general, key, close),
                m);
        d.setOnShown(e -> memo.requestFocus());
        d.show();
    }
}
