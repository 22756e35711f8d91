package org.shopsuite.desktop.ui.estimates;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.print.Printing;
import org.shopsuite.model.CannedJob;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.PartGrade;
import org.shopsuite.model.VehiclePart;

/**
 * The estimate editor window: binds to {@link EstimateEditorViewModel}. From the keyboard: the add
 * row's fields send with Enter, Delete removes the selected line, Alt+letters reach the buttons.
 */
public final class EstimateEditor {
    private final EstimateEditorViewModel vm;
    private final Messages m;
    private final Dialog<Void> dialog = new Dialog<>();
    private TableView<EditorLine> table;

    private EstimateEditor(EstimateEditorViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    /** The editor for a receipt, owned by {@code owner}; {@code closed} runs when it is closed. */
    public static Dialog<Void> open(Window owner, EstimateEditorViewModel vm, Messages m, Runnable closed) {
        EstimateEditor e = new EstimateEditor(vm, m);
        e.build(owner);
        e.dialog.setOnHidden(x -> closed.run());
        vm.load();
        return e.dialog;
    }

    private void build(Window owner) {
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(m.get("estimate.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("estimate-editor");
        pane.setPrefSize(1060, 640);
        pane.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        ButtonType close = new ButtonType(m.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        pane.lookupButton(close).setId("estimate-close");
        dialog.setResultConverter(b -> null);

        Label heading = new Label();
        heading.setId("estimate-heading");
        heading.getStyleClass().add("title-3");
        heading.textProperty().bind(vm.headingProperty());

        table = table();
        VBox.setVgrow(table, Priority.ALWAYS);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox canned = new VBox(8, cannedRow());
        if (vm.manager()) {
            // the lines on screen, whatever the version's state, can become a canned job
            Button save = button("estimate-save-canned", "estimate.saveCanned", "mdi2c-clipboard-plus-outline");
            save.disableProperty().bind(Bindings.isEmpty(vm.lines()).or(vm.busyProperty()));
            save.setOnAction(e -> saveCanned());
            canned.getChildren().add(save);
        }
        HBox bottom = new HBox(16, canned, gap, totals());
        bottom.setAlignment(Pos.TOP_LEFT);
        VBox content = new VBox(8, heading, actions(), table, addRow(), bottom, messages());
        content.setPadding(new Insets(12, 14, 0, 14));
        pane.setContent(content);
        dialog.setOnShown(x -> table.requestFocus());
        // Ctrl+S saves the draft; closing with unsaved lines asks first (nothing is lost by a stray Escape).
        pane.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
            if (k.isShortcutDown() && k.getCode() == KeyCode.S) {
                vm.save();
                k.consume();
            }
        });
        dialog.setOnCloseRequest(e -> {
            if (vm.dirtyProperty().get() && !closeWithoutSaving()) {
                e.consume();
            }
        });
    }

    private boolean closeWithoutSaving() {
        ButtonType discard = new ButtonType(m.get("estimate.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert sure = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, m.get("estimate.unsavedClose"), discard, keep);
        sure.initOwner(dialog.getDialogPane().getScene().getWindow());
        sure.setHeaderText(null);
        sure.getDialogPane().setId("estimate-unsaved");
        return sure.showAndWait().filter(b -> b == discard).isPresent();
    }

    private TableView<EditorLine> table() {
        TableView<EditorLine> table = new TableView<>(vm.lines());
        table.setId("estimate-lines");
        table.setPlaceholder(new Label(m.get("estimate.noLines")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<EditorLine, String> kind = column("estimate.col.kind", 90);
        Cells.text(kind, l -> m.get("estimate.kind." + l.input().kind().name()));
        TableColumn<EditorLine, String> desc = column("estimate.col.description", 300);
        Cells.text(desc, l -> l.input().description() == null ? "" : l.input().description());
        TableColumn<EditorLine, String> qty = column("estimate.col.quantity", 100);
        Cells.text(
                qty,
                l -> l.quantity() == null
                        ? ""
                        : l.input().kind() == EstimateLineKind.LABOR
                                ? m.hours(l.quantity())
                                : l.quantity().stripTrailingZeros().toPlainString());
        TableColumn<EditorLine, String> unit = column("estimate.col.price", 140);
        Cells.text(unit, l -> money(l.unitPrice()));
        TableColumn<EditorLine, String> grade = column("estimate.col.grade", 90);
        Cells.text(
                grade,
                l -> l.input().grade() == null
                        ? ""
                        : m.get("estimate.grade." + l.input().grade()));
        TableColumn<EditorLine, String> amount = column("estimate.col.amount", 110);
        Cells.text(amount, l -> money(l.amount()));
        TableColumn<EditorLine, String> decision = column("estimate.col.decision", 100);
        Cells.text(
                decision,
                l -> l.id() == null
                        ? m.get("estimate.unsaved")
                        : m.get("decision." + l.decision().name()));
        table.getColumns().setAll(java.util.List.of(kind, desc, qty, unit, grade, amount, decision));
        table.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.DELETE || k.getCode() == KeyCode.BACK_SPACE) {
                vm.remove(table.getSelectionModel().getSelectedIndex());
                k.consume();
            }
        });
        return table;
    }

    private String money(long amount) {
        return m.money(amount, vm.currency());
    }

    private TableColumn<EditorLine, String> column(String key, double width) {
        TableColumn<EditorLine, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private HBox actions() {
        Button save = button("estimate-save", "estimate.save", "mdi2c-content-save");
        save.disableProperty()
                .bind(vm.editableProperty().not().or(vm.dirtyProperty().not()));
        save.setOnAction(e -> vm.save());
        Button version = button("estimate-new-version", "estimate.newVersion", "mdi2c-content-copy");
        version.disableProperty().bind(vm.canStartVersionProperty().not());
        version.setOnAction(e -> vm.newVersion());
        Button present = button("estimate-present", "estimate.present", "mdi2a-account-arrow-right");
        present.getStyleClass().add("accent");
        present.disableProperty().bind(vm.canPresentProperty().not());
        present.setOnAction(e -> vm.present());
        Button decide = button("estimate-decide", "estimate.decide", "mdi2c-check-decagram");
        decide.disableProperty().bind(vm.canDecideProperty().not());
        decide.setOnAction(e -> decide());
        Button print = button("estimate-print", "estimate.print", "mdi2p-printer");
        print.disableProperty().bind(vm.estimateProperty().isNull().or(vm.busyProperty()));
        print.setOnAction(e -> print());
        Button pdf = button("estimate-pdf", "estimate.pdf", "mdi2f-file-pdf-box");
        pdf.disableProperty().bind(vm.estimateProperty().isNull().or(vm.busyProperty()));
        pdf.setOnAction(e -> savePdf());
        HBox row = new HBox(8, save, version, present, decide, print, pdf);
        if (vm.manager()) {
            // the manager's own actions: correct an approved line's price, keep these lines as a canned job
            Button correct = button("estimate-correct", "estimate.correct", "mdi2p-pencil-box-outline");
            correct.disableProperty()
                    .bind(Bindings.createBooleanBinding(
                            () -> !vm.correctable(table.getSelectionModel().getSelectedItem()),
                            table.getSelectionModel().selectedItemProperty(),
                            vm.estimateProperty(),
                            vm.busyProperty()));
            correct.setOnAction(e -> correct());
            row.getChildren().add(correct);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Button button(String id, String key, String icon) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(icon));
        return b;
    }

    private GridPane addRow() {
        ComboBox<EstimateLineKind> kind = new ComboBox<>();
        kind.setId("estimate-add-kind");
        kind.getItems().setAll(EstimateLineKind.values());
        kind.setConverter(Cells.converter(k -> k == null ? "" : m.get("estimate.kind." + k.name())));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField description = field("estimate-add-description", 30);
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        description
                .promptTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> m.get(
                                vm.kindProperty().get() == EstimateLineKind.PART
                                        ? "estimate.add.partPrompt"
                                        : "estimate.add.descriptionPrompt"),
                        vm.kindProperty()));
        TextField quantity = field("estimate-add-quantity", 6);
        quantity.textProperty().bindBidirectional(vm.quantityProperty());
        quantity.promptTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> m.get(
                                vm.kindProperty().get() == EstimateLineKind.LABOR
                                        ? "estimate.add.hoursPrompt"
                                        : "estimate.add.quantityPrompt"),
                        vm.kindProperty()));
        TextField price = field("estimate-add-price", 9);
        price.textProperty().bindBidirectional(vm.priceProperty());
        price.promptTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> m.get(
                                vm.kindProperty().get() == EstimateLineKind.LABOR
                                        ? "estimate.add.ratePrompt"
                                        : vm.kindProperty().get() == EstimateLineKind.PART
                                                ? "estimate.add.rulePrompt"
                                                : "estimate.add.pricePrompt"),
                        vm.kindProperty()));
        ComboBox<PartGrade> grade = new ComboBox<>();
        grade.setId("estimate-add-grade");
        grade.getItems().setAll(PartGrade.values());
        grade.setConverter(Cells.converter(g -> g == null ? "" : m.get("estimate.grade." + g.name())));
        grade.valueProperty().bindBidirectional(vm.gradeProperty());
        grade.disableProperty().bind(vm.kindProperty().isNotEqualTo(EstimateLineKind.PART));
        Button add = new Button(m.get("estimate.add"));
        add.setId("estimate-add");
        add.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2p-plus"));
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> add(description));
        for (TextField f : new TextField[] {description, quantity, price}) {
            f.setOnAction(e -> {
                e.consume();
                add(description);
            });
        }
        ListView<VehiclePart> matches = new ListView<>(vm.partMatches());
        matches.setId("estimate-part-matches");
        matches.setPrefHeight(90);
        matches.setMinHeight(90);
        matches.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(VehiclePart p, boolean empty) {
                super.updateItem(p, empty);
                setText(
                        empty || p == null
                                ? null
                                : p.partId() + "  " + p.partName() + "   " + m.get("estimate.stock", p.stock()));
            }
        });
        matches.visibleProperty().bind(Bindings.isNotEmpty(vm.partMatches()));
        matches.managedProperty().bind(matches.visibleProperty());
        matches.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER && matches.getSelectionModel().getSelectedItem() != null) {
                vm.choosePart(matches.getSelectionModel().getSelectedItem());
                quantity.requestFocus();
                k.consume();
            }
        });
        matches.setOnMouseClicked(c -> {
            if (c.getClickCount() == 2 && matches.getSelectionModel().getSelectedItem() != null) {
                vm.choosePart(matches.getSelectionModel().getSelectedItem());
                quantity.requestFocus();
            }
        });
        vm.partMatches().addListener((javafx.collections.ListChangeListener<VehiclePart>) c -> {
            if (!vm.partMatches().isEmpty()) {
                matches.getSelectionModel().select(0);
                matches.requestFocus();
            }
        });
        Label descriptionError = DialogForms.error("estimate-add-description-error");
        Label quantityError = DialogForms.error("estimate-add-quantity-error");
        Label priceError = DialogForms.error("estimate-add-price-error");
        ErrorLabels.bind(
                vm.fieldErrors(),
                java.util.Map.of("description", descriptionError, "quantity", quantityError, "price", priceError));

        GridPane g = new GridPane();
        g.setId("estimate-add-row");
        g.setHgap(8);
        g.setVgap(2);
        Label title = DialogForms.label(m.get("estimate.addLine"), kind);
        title.getStyleClass().add("title-4");
        g.add(title, 0, 0, 6, 1);
        g.addRow(1, kind, description, quantity, price, grade, add);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {kind, quantity, price, grade}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        g.add(matches, 1, 2);
        g.add(descriptionError, 1, 3);
        g.add(quantityError, 2, 3, 1, 1);
        g.add(priceError, 3, 3, 2, 1);
        GridPane.setHgrow(description, Priority.ALWAYS);
        g.disableProperty().bind(vm.editableProperty().not());
        return g;
    }

    private void add(TextField description) {
        vm.addLine();
        if (vm.fieldErrors().isEmpty() && vm.partMatches().isEmpty()) {
            description.requestFocus();
        }
    }

    private static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    private HBox cannedRow() {
        ComboBox<CannedJob> canned = new ComboBox<>(vm.cannedJobs());
        canned.setId("estimate-canned");
        canned.setPromptText(m.get("estimate.cannedPrompt"));
        canned.setConverter(Cells.converter(c -> c == null ? "" : c.name()));
        canned.setPrefWidth(380);
        Button add = new Button(m.get("estimate.addCanned"));
        add.setId("estimate-add-canned");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(canned.valueProperty().isNull());
        add.setOnAction(e -> {
            vm.addCanned(canned.getValue());
            canned.setValue(null);
        });
        canned.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER && canned.getValue() != null) {
                add.fire();
                k.consume();
            }
        });
        Label label = DialogForms.label(m.get("estimate.canned"), canned);
        HBox row = new HBox(8, label, canned, add);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(vm.editableProperty().not());
        return row;
    }

    private GridPane totals() {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setId("estimate-totals");
        Label sub = value("estimate-subtotal", vm.subtotalProperty());
        Label tax = value("estimate-tax", vm.taxProperty());
        Label total = value("estimate-total", vm.totalProperty());
        total.setStyle("-fx-font-weight: bold;");
        Label totalLabel = new Label(m.get("invoice.total"));
        totalLabel.setStyle("-fx-font-weight: bold;");
        g.addRow(0, new Label(m.get("invoice.subtotal")), sub);
        g.addRow(1, new Label(m.get("invoice.tax")), tax);
        g.addRow(2, totalLabel, total);
        return g;
    }

    private static Label value(String id, javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return l;
    }

    private VBox messages() {
        Label message = new Label();
        message.setId("estimate-message");
        message.getStyleClass().add("job-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label error = DialogForms.error("estimate-error");
        error.textProperty().bind(vm.errorProperty());
        return new VBox(2, message, error);
    }

    private void decide() {
        DecisionsViewModel form = vm.decisionsForm();
        if (form != null) {
            DecisionsDialog.open(dialog.getDialogPane().getScene().getWindow(), form, m, vm::decided)
                    .show();
        }
    }

    private void correct() {
        CorrectLineViewModel form = vm.correctForm(table.getSelectionModel().getSelectedItem());
        if (form == null) {
            return;
        }
        javafx.scene.layout.GridPane grid = DialogForms.grid();
        int r = 0;
        java.util.Map<String, Label> errors = new java.util.HashMap<>();
        if (form.labour()) {
            r = field(grid, r, "estimate.correct.hours", "correct-hours", form.hoursProperty(), "hours", errors);
            r = field(grid, r, "estimate.correct.rate", "correct-rate", form.rateProperty(), "rate", errors);
        } else {
            r = field(
                    grid,
                    r,
                    "estimate.correct.unitPrice",
                    "correct-unit-price",
                    form.unitPriceProperty(),
                    "unitPrice",
                    errors);
        }
        field(grid, r, "estimate.correct.reason", "correct-reason", form.reasonProperty(), "reason", errors);
        ErrorLabels.bind(form.fieldErrors(), errors);
        Label error = DialogForms.error("correct-error");
        error.textProperty().bind(form.errorProperty());
        VBox content = new VBox(8, grid, error);
        DialogForms.dialog(
                        dialog.getDialogPane().getScene().getWindow(),
                        "correct-dialog",
                        m.get("estimate.correct.title"),
                        form.header(),
                        content,
                        m.get("estimate.correct.submit"),
                        form.busyProperty(),
                        close -> form.submit(e -> {
                            vm.corrected(e);
                            close.run();
                        }),
                        m)
                .show();
    }

    private void saveCanned() {
        SaveCannedViewModel form = vm.saveCannedForm();
        if (form == null) {
            return;
        }
        javafx.scene.layout.GridPane grid = DialogForms.grid();
        java.util.Map<String, Label> errors = new java.util.HashMap<>();
        field(grid, 0, "canned.name", "save-canned-name", form.nameProperty(), "name", errors);
        ErrorLabels.bind(form.fieldErrors(), errors);
        Label what = new Label(m.get("estimate.saveCanned.explain", form.lines().size()));
        what.setWrapText(true);
        what.getStyleClass().add("text-muted");
        Label error = DialogForms.error("save-canned-error");
        error.textProperty().bind(form.errorProperty());
        VBox content = new VBox(8, grid, what, error);
        DialogForms.dialog(
                        dialog.getDialogPane().getScene().getWindow(),
                        "save-canned-dialog",
                        m.get("estimate.saveCanned.title"),
                        null,
                        content,
                        m.get("common.save"),
                        form.busyProperty(),
                        close -> form.submit(j -> {
                            vm.savedAsCanned(j);
                            close.run();
                        }),
                        m)
                .show();
    }

    /** A labelled field with its error line under it, at {@code row}; answers the next free row. */
    private int field(
            javafx.scene.layout.GridPane grid,
            int row,
            String labelKey,
            String id,
            javafx.beans.property.StringProperty value,
            String serverField,
            java.util.Map<String, Label> errors) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        Label error = DialogForms.error(id + "-error");
        errors.put(serverField, error);
        grid.add(DialogForms.label(m.get(labelKey), f), 0, row);
        grid.add(new VBox(2, f, error), 1, row);
        return row + 1;
    }

    private void print() {
        vm.fetchPdf(pdf -> {
            Printing.Result result;
            try {
                result = Printing.print(dialog.getDialogPane().getScene().getWindow(), pdf, vm.fileName(), m.locale());
            } catch (RuntimeException e) {
                vm.printFailed(m.get("receipts.printFailed", m.get("estimate.document")));
                return;
            }
            switch (result) {
                case NO_PRINTER -> vm.printFailed(m.get("receipts.noPrinter"));
                case FAILED -> vm.printFailed(m.get("receipts.printFailed", m.get("estimate.document")));
                case PRINTED, CANCELLED -> {}
            }
        });
    }

    /** Saves the 견적서 where the user chooses, starting in their Documents folder. */
    private void savePdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("receipts.saveTitle", m.get("estimate.document")));
        chooser.setInitialDirectory(Printing.documentsFolder());
        chooser.setInitialFileName(vm.fileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        if (file != null) {
            vm.savePdf(file.toPath());
        }
    }
}
