package org.shopsuite.desktop.ui.receipts;

import static org.shopsuite.desktop.ui.DialogForms.error;
import static org.shopsuite.desktop.ui.DialogForms.grid;
import static org.shopsuite.desktop.ui.DialogForms.label;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.Receipt;

/**
 * The "Edit receipt" dialog on {@link EditReceiptViewModel}: fields the job's state allows are
 * enabled, each error is shown under its own field, and the dialog stays open while the server
 * refuses. Escape cancels.
 */
final class EditReceiptDialog {
    private EditReceiptDialog() {}

    static Dialog<Void> open(Window owner, EditReceiptViewModel vm, Messages m, Consumer<Receipt> done) {
        TextField name = new TextField();
        name.setId("edit-customerName");
        name.textProperty().bindBidirectional(vm.customerNameProperty());
        TextField phone = new TextField();
        phone.setId("edit-customerPhone");
        phone.textProperty().bindBidirectional(vm.customerPhoneProperty());
        TextArea request = new TextArea();
        request.setId("edit-request");
        request.setPrefRowCount(3);
        request.setWrapText(true);
        request.textProperty().bindBidirectional(vm.requestProperty());
        TextField hours = new TextField();
        hours.setId("edit-estimatedHours");
        hours.setPrefColumnCount(6);
        hours.textProperty().bindBidirectional(vm.estimatedHoursProperty());
        DatePicker date = new DatePicker();
        date.setId("edit-requestDate");
        Cells.localDates(date, m);
        date.valueProperty().bindBidirectional(vm.requestDateProperty());
        ComboBox<Mechanic> mechanic = new ComboBox<>(vm.mechanics());
        mechanic.setId("edit-mechanic");
        mechanic.setConverter(Cells.converter(x -> x == null ? "" : x.name()));
        mechanic.valueProperty().bindBidirectional(vm.mechanicProperty());
        // the mechanic and the day are fixed once the job has started
        date.disableProperty().bind(vm.canMoveProperty().not());
        mechanic.disableProperty().bind(vm.canMoveProperty().not());
        DatePicker promisedDate = new DatePicker();
        promisedDate.setId("edit-promisedDate");
        Cells.localDates(promisedDate, m);
        promisedDate.valueProperty().bindBidirectional(vm.promisedDateProperty());
        TextField promisedTime = new TextField();
        promisedTime.setId("edit-promisedTime");
        promisedTime.setPrefColumnCount(5);
        promisedTime.setPromptText("18:00");
        promisedTime.textProperty().bindBidirectional(vm.promisedTimeProperty());

        Label nameError = error("edit-customerName-error");
        Label phoneError = error("edit-customerPhone-error");
        Label requestError = error("edit-request-error");
        Label hoursError = error("edit-estimatedHours-error");
        Label dateError = error("edit-requestDate-error");
        Label mechanicError = error("edit-mechanic-error");
        Label promisedError = error("edit-promisedAt-error");
        Label general = error("edit-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(
                vm.fieldErrors(),
                Map.of(
                        "customerName", nameError,
                        "customerPhone", phoneError,
                        "request", requestError,
                        "estimatedHours", hoursError,
                        "requestDate", dateError,
                        "mechanicId", mechanicError,
                        "promisedAt", promisedError));
        Label fixed = new Label(m.get("receipts.edit.fixed"));
        fixed.setId("edit-fixed-note");
        fixed.setWrapText(true);
        fixed.visibleProperty().bind(vm.canMoveProperty().not());
        fixed.managedProperty().bind(vm.canMoveProperty().not());

        GridPane g = grid();
        int row = 0;
        row = add(g, row, label(m.get("receipts.edit.customer"), name), name, nameError);
        row = add(g, row, label(m.get("receipts.edit.phone"), phone), phone, phoneError);
        row = add(g, row, label(m.get("receipts.edit.request"), request), request, requestError);
        row = add(g, row, label(m.get("receipts.edit.hours"), hours), hours, hoursError);
        row = add(g, row, label(m.get("receipts.edit.date"), date), date, dateError);
        row = add(g, row, label(m.get("receipts.edit.mechanic"), mechanic), mechanic, mechanicError);
        g.add(fixed, 1, row++);
        HBox promised = new HBox(8, promisedDate, promisedTime);
        row = add(g, row, label(m.get("receipts.edit.promised"), promisedDate), promised, promisedError);
        g.add(general, 0, row, 2, 1);

        Dialog<Void> dialog = DialogForms.dialog(
                owner,
                "edit-receipt",
                m.get("receipts.edit.title"),
                vm.header(),
                g,
                m.get("receipts.edit.save"),
                vm.busyProperty(),
                close -> vm.submit(changed -> {
                    close.run();
                    done.accept(changed);
                }),
                m);
        dialog.setOnShown(e -> request.requestFocus());
        vm.loadMechanics();
        return dialog;
    }

    private static int add(GridPane g, int row, Label label, javafx.scene.Node field, Label error) {
        g.add(label, 0, row);
        g.add(field, 1, row);
        g.add(error, 1, row + 1);
        return row + 2;
    }
}
