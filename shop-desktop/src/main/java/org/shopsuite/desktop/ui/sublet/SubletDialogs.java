package org.shopsuite.desktop.ui.sublet;

import java.util.Map;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Keys;
import org.shopsuite.desktop.ui.Messages;

/** The contractor's two dialogs: the day the work will be done, and the work done. */
final class SubletDialogs {
    private SubletDialogs() {}

    static Dialog<Void> schedule(Window owner, ScheduleSubletViewModel vm, Messages m) {
        DatePicker date = new DatePicker();
        date.setId("sublet-date");
        Cells.localDates(date, m);
        date.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(java.time.LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setDisable(empty || day.isBefore(vm.firstDay())); // not before today
            }
        });
        date.valueProperty().bindBidirectional(vm.dateProperty());
        Label dateError = DialogForms.error("sublet-date-error");
        ErrorLabels.bind(vm.fieldErrors(), Map.of("date", dateError));
        Label error = DialogForms.error("sublet-schedule-error");
        error.textProperty().bind(vm.errorProperty());
        GridPane grid = DialogForms.grid();
        grid.add(DialogForms.label(m.get("sublet.date"), date), 0, 0);
        grid.add(date, 1, 0);
        grid.add(dateError, 1, 1);
        grid.add(error, 0, 2, 2, 1);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "sublet-schedule-dialog",
                m.get("sublet.schedule.title"),
                vm.header(),
                grid,
                m.get("sublet.schedule.submit"),
                vm.busyProperty(),
                close -> {
                    commit(date);
                    vm.submit(close);
                },
                m);
        d.setOnShown(e -> date.requestFocus());
        return d;
    }

    /** Takes a date typed but not yet committed (Enter may come before the picker reads it). */
    private static void commit(DatePicker date) {
        String typed = date.getEditor().getText();
        try {
            java.time.LocalDate d = date.getConverter().fromString(typed);
            if (d != null) {
                date.setValue(d);
            }
        } catch (java.time.format.DateTimeParseException e) {
            // not a date: the value stays what was picked, checked as such
        }
    }

    static Dialog<Void> complete(Window owner, CompleteSubletViewModel vm, Messages m) {
        TextArea notes = new TextArea();
        notes.setId("sublet-notes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        Keys.tabLeaves(notes);
        TextField cost = new TextField();
        cost.setId("sublet-cost");
        cost.setPrefColumnCount(12);
        cost.textProperty().bindBidirectional(vm.costProperty());
        TextField invoice = new TextField();
        invoice.setId("sublet-invoice");
        invoice.setPrefColumnCount(16);
        invoice.textProperty().bindBidirectional(vm.vendorInvoiceProperty());
        Label notesError = DialogForms.error("sublet-notes-error");
        Label costError = DialogForms.error("sublet-cost-error");
        Label invoiceError = DialogForms.error("sublet-invoice-error");
        ErrorLabels.bind(
                vm.fieldErrors(), Map.of("notes", notesError, "cost", costError, "vendorInvoiceNumber", invoiceError));
        for (Label l : new Label[] {notesError, costError, invoiceError}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
        }
        Label error = DialogForms.error("sublet-complete-error");
        error.textProperty().bind(vm.errorProperty());
        GridPane grid = DialogForms.grid();
        grid.add(DialogForms.label(m.get("sublet.notes.label"), notes), 0, 0);
        grid.add(notes, 1, 0);
        grid.add(notesError, 1, 1);
        grid.add(DialogForms.label(m.get("sublet.cost.label"), cost), 0, 2);
        grid.add(cost, 1, 2);
        grid.add(costError, 1, 3);
        grid.add(DialogForms.label(m.get("sublet.invoice.label"), invoice), 0, 4);
        grid.add(invoice, 1, 4);
        grid.add(invoiceError, 1, 5);
        grid.add(error, 0, 6, 2, 1);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "sublet-complete-dialog",
                m.get("sublet.complete.title"),
                vm.header(),
                grid,
                m.get("sublet.complete.submit"),
                vm.busyProperty(),
                vm::submit,
                m);
        d.setOnShown(e -> notes.requestFocus());
        return d;
    }
}
