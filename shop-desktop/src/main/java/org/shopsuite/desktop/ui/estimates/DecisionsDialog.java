package org.shopsuite.desktop.ui.estimates;

import static org.shopsuite.desktop.ui.DialogForms.error;
import static org.shopsuite.desktop.ui.DialogForms.grid;
import static org.shopsuite.desktop.ui.DialogForms.label;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.ApprovalMethod;
import org.shopsuite.model.Decision;
import org.shopsuite.model.Estimate;
import org.shopsuite.model.EstimateLine;
import org.shopsuite.model.EstimateLineKind;

/**
 * Records the customer's decisions on a presented estimate: Approve or Decline on each line (or all
 * at once), how they agreed, their name and a note. Stays open while the server refuses.
 */
final class DecisionsDialog {
    private DecisionsDialog() {}

    static Dialog<Void> open(Window owner, DecisionsViewModel vm, Messages m, Consumer<Estimate> done) {
        GridPane lines = new GridPane();
        lines.setId("decide-lines");
        lines.setHgap(12);
        lines.setVgap(6);
        int row = 0;
        for (DecisionsViewModel.Choice c : vm.choices()) {
            EstimateLine l = c.line();
            ToggleGroup group = new ToggleGroup();
            ToggleButton yes = toggle(m.get("decide.approve"), "decide-approve-" + row, Decision.APPROVED, group);
            ToggleButton no = toggle(m.get("decide.decline"), "decide-decline-" + row, Decision.DECLINED, group);
            yes.getStyleClass().add("success");
            no.getStyleClass().add("danger");
            Runnable fromVm = () -> {
                Decision d = c.decisionProperty().get();
                yes.setSelected(d == Decision.APPROVED);
                no.setSelected(d == Decision.DECLINED);
            };
            fromVm.run();
            c.decisionProperty().addListener((o, a, b) -> fromVm.run());
            group.selectedToggleProperty()
                    .addListener((o, a, b) -> c.decisionProperty().set(b == null ? null : (Decision) b.getUserData()));
            Label what = new Label(m.get("estimate.kind." + l.kind().name()) + "  " + l.description()
                    + (l.kind() == EstimateLineKind.LABOR && l.hours() != null
                            ? "  (" + m.hours(l.hours()) + ")"
                            : ""));
            what.setWrapText(true);
            what.setMaxWidth(460);
            what.setMinWidth(300);
            Label amount = new Label(m.money(l.amount(), vm.currency()));
            amount.setMinWidth(Label.USE_PREF_SIZE);
            Label was = new Label(
                    l.decision() == Decision.PENDING
                            ? ""
                            : m.get("decision." + l.decision().name()));
            was.getStyleClass().add("text-muted");
            was.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            lines.addRow(row, what, amount, new HBox(4, yes, no), was);
            row++;
        }
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(260, 40.0 * Math.max(1, row)));

        Button all = new Button(m.get("decide.approveAll"));
        all.setId("decide-approve-all");
        all.setMnemonicParsing(true);
        all.setOnAction(e -> vm.approveAll());
        Button none = new Button(m.get("decide.declineAll"));
        none.setId("decide-decline-all");
        none.setMnemonicParsing(true);
        none.setOnAction(e -> vm.declineAll());
        Label summary = new Label();
        summary.setId("decide-summary");
        summary.textProperty().bind(vm.summaryProperty());
        HBox bulk = new HBox(8, all, none, summary);
        bulk.setAlignment(Pos.CENTER_LEFT);

        ComboBox<ApprovalMethod> method = new ComboBox<>();
        method.setId("decide-method");
        method.getItems().setAll(ApprovalMethod.values());
        method.setConverter(Cells.converter(a -> a == null ? "" : m.get("approval." + a.name())));
        method.valueProperty().bindBidirectional(vm.methodProperty());
        TextField name = new TextField();
        name.setId("decide-customer");
        name.textProperty().bindBidirectional(vm.customerNameProperty());
        Label nameError = error("decide-customer-error");
        TextField note = new TextField();
        note.setId("decide-note");
        note.textProperty().bindBidirectional(vm.noteProperty());
        Label noteError = error("decide-note-error");
        ErrorLabels.bind(vm.fieldErrors(), java.util.Map.of("customerName", nameError, "note", noteError));
        Label general = error("decide-error");
        general.textProperty().bind(vm.errorProperty());

        GridPane form = grid();
        form.add(label(m.get("decide.method"), method), 0, 0);
        form.add(method, 1, 0);
        form.add(label(m.get("decide.customer"), name), 0, 1);
        form.add(name, 1, 1);
        form.add(nameError, 1, 2);
        form.add(label(m.get("decide.note"), note), 0, 3);
        form.add(note, 1, 3);
        form.add(noteError, 1, 4);

        VBox content = new VBox(10, scroll, bulk, form, general);
        Dialog<Void> dialog = DialogForms.dialog(
                owner,
                "decide",
                m.get("decide.title"),
                vm.header(),
                content,
                m.get("decide.submit"),
                vm.busyProperty(),
                close -> vm.submit(e -> {
                    close.run();
                    done.accept(e);
                }),
                m);
        dialog.getDialogPane().setPrefWidth(860);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setOnShown(e -> all.requestFocus());
        return dialog;
    }

    private static ToggleButton toggle(String text, String id, Decision d, ToggleGroup group) {
        ToggleButton t = new ToggleButton(text);
        t.setId(id);
        t.setUserData(d);
        t.setToggleGroup(group);
        t.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return t;
    }
}
