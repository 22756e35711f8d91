package org.shopsuite.desktop.ui.customers;

import static org.shopsuite.desktop.ui.DialogForms.error;
import static org.shopsuite.desktop.ui.DialogForms.grid;
import static org.shopsuite.desktop.ui.DialogForms.label;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.Duration;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Customer;
import org.shopsuite.model.Fuel;
import org.shopsuite.model.VehicleRecord;

/**
 * The customer screen's dialogs: a customer's form, a vehicle's form, and picking another customer
 * with a reason (a transfer's new owner, a merge's duplicate). Each stays open while the server
 * refuses, with its messages next to the fields; Enter saves, Escape cancels.
 */
public final class CustomerDialogs {
    private CustomerDialogs() {}

    /** Lays out labelled fields, each with its error line under it. */
    private static final class Form {
        final GridPane grid = grid();
        final Map<String, Label> errors = new HashMap<>();
        int row;

        <T extends javafx.scene.Node> T add(String text, T field, String id, String errorField) {
            field.setId(id);
            grid.add(label(text, field), 0, row);
            grid.add(field, 1, row);
            if (errorField != null) {
                Label e = error(id + "-error");
                errors.put(errorField, e);
                grid.add(e, 1, row + 1);
                row++;
            }
            row++;
            return field;
        }

        TextInputControl text(String label, StringProperty value, String id, String errorField) {
            TextField f = new TextField();
            f.setPrefColumnCount(28);
            f.textProperty().bindBidirectional(value);
            return add(label, f, id, errorField);
        }

        Label general(StringProperty error, String id) {
            Label l = error(id);
            l.textProperty().bind(error);
            grid.add(l, 0, row++, 2, 1);
            return l;
        }
    }

    public static Dialog<Void> customer(Window owner, CustomerFormViewModel vm, Messages m, Consumer<Customer> done) {
        Form f = new Form();
        TextInputControl name = f.text(m.get("customers.name"), vm.nameProperty(), "customer-name", "name");
        f.text(m.get("customers.phones"), vm.phonesProperty(), "customer-phones", "phones")
                .setPromptText(m.get("customers.phones.prompt"));
        f.text(m.get("customers.email"), vm.emailProperty(), "customer-email", "email");
        f.text(m.get("customers.address"), vm.addressProperty(), "customer-address", "address");
        TextArea notes = new TextArea();
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        org.shopsuite.desktop.ui.Keys.tabLeaves(notes);
        f.add(m.get("customers.notes"), notes, "customer-notes", "notes");
        CheckBox consent = new CheckBox(m.get("customers.consent"));
        consent.setMnemonicParsing(true);
        consent.selectedProperty().bindBidirectional(vm.consentProperty());
        consent.setId("customer-consent");
        f.grid.add(consent, 1, f.row++);
        f.general(vm.errorProperty(), "customer-error");
        ErrorLabels.bind(vm.fieldErrors(), f.errors);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "customer-dialog",
                vm.title(),
                vm.title(),
                f.grid,
                m.get("common.save"),
                vm.busyProperty(),
                close -> vm.submit(saved -> {
                    close.run();
                    done.accept(saved);
                }),
                m);
        d.setOnShown(e -> name.requestFocus());
        return d;
    }

    public static Dialog<Void> vehicle(
            Window owner, VehicleFormViewModel vm, Messages m, Consumer<VehicleRecord> done) {
        Form f = new Form();
        TextInputControl plate = f.text(m.get("vehicles.plate"), vm.plateProperty(), "vehicle-plate", "plate");
        f.text(m.get("vehicles.vin"), vm.vinProperty(), "vehicle-vin", "vin");
        f.text(m.get("vehicles.make"), vm.makeProperty(), "vehicle-make", "make");
        f.text(m.get("vehicles.model"), vm.modelProperty(), "vehicle-model", "model");
        f.text(m.get("vehicles.year"), vm.yearProperty(), "vehicle-year", "year");
        ComboBox<Fuel> fuel = new ComboBox<>();
        fuel.getItems().add(null);
        fuel.getItems().addAll(Fuel.values());
        fuel.setConverter(Cells.converter(x -> x == null ? "" : m.get("fuel." + x.name())));
        fuel.valueProperty().bindBidirectional(vm.fuelProperty());
        f.add(m.get("vehicles.fuel"), fuel, "vehicle-fuel", "fuel");
        f.text(m.get("vehicles.colour"), vm.colourProperty(), "vehicle-colour", "colour");
        javafx.scene.control.DatePicker registered = new javafx.scene.control.DatePicker();
        Cells.localDates(registered, m);
        registered.valueProperty().bindBidirectional(vm.firstRegisteredOnProperty());
        f.add(m.get("vehicles.firstRegisteredOn"), registered, "vehicle-firstRegisteredOn", "firstRegisteredOn");
        if (vm.editing()) {
            CheckBox active = new CheckBox(m.get("vehicles.active"));
            active.setMnemonicParsing(true);
            active.setId("vehicle-active");
            active.selectedProperty().bindBidirectional(vm.activeProperty());
            f.grid.add(active, 1, f.row++);
        }
        f.general(vm.errorProperty(), "vehicle-error");
        ErrorLabels.bind(vm.fieldErrors(), f.errors);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "vehicle-dialog",
                vm.title(),
                vm.title(),
                f.grid,
                m.get("common.save"),
                vm.busyProperty(),
                close -> vm.submit(saved -> {
                    close.run();
                    done.accept(saved);
                }),
                m);
        d.setOnShown(e -> plate.requestFocus());
        return d;
    }

    /**
     * Picks the other customer by search (typing searches; Down goes to the list) and a reason;
     * asks for a confirmation naming both, then sends.
     */
    public static Dialog<Void> pick(Window owner, PickCustomerViewModel vm, Messages m, Consumer<String> done) {
        Form f = new Form();
        TextInputControl query = f.text(m.get("customers.pick.search"), vm.queryProperty(), "pick-query", null);
        query.setPromptText(m.get("customers.search.prompt"));
        ListView<Customer> list = new ListView<>(vm.results());
        list.setPrefHeight(150);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Customer c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : CustomerText.result(c, m) + "  (#" + c.id() + ")");
            }
        });
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, b) -> vm.pickedProperty().set(b));
        f.add(m.get("customers.pick.list"), list, "pick-results", PickCustomerViewModel.CUSTOMER);
        f.text(m.get("customers.pick.reason"), vm.reasonProperty(), "pick-reason", PickCustomerViewModel.REASON);
        f.general(vm.errorProperty(), "pick-error");
        ErrorLabels.bind(vm.fieldErrors(), f.errors);
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> vm.search());
        query.textProperty().addListener((o, a, b) -> typing.playFromStart());
        query.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN && !vm.results().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "pick-dialog",
                vm.title(),
                vm.header(),
                f.grid,
                m.get(vm.purpose() == PickCustomerViewModel.Purpose.TRANSFER ? "vehicles.transfer" : "customers.merge"),
                vm.busyProperty(),
                close -> {
                    if (vm.check()) {
                        confirm(
                                list.getScene().getWindow(),
                                vm,
                                m,
                                () -> vm.submit(text -> {
                                    close.run();
                                    done.accept(text);
                                }));
                    }
                },
                m);
        d.setOnShown(e -> query.requestFocus());
        return d;
    }

    /**
     * Asks, naming both customers; its buttons say what they do ("Merge" / "Don't merge"). A merge
     * cannot be undone, so Enter does not run it; Escape sends nothing.
     */
    private static void confirm(Window owner, PickCustomerViewModel vm, Messages m, Runnable yes) {
        boolean transfer = vm.purpose() == PickCustomerViewModel.Purpose.TRANSFER;
        javafx.scene.control.Alert sure = org.shopsuite.desktop.ui.Confirm.ask(
                owner,
                "pick-confirm",
                vm.title(),
                vm.confirmation(),
                m.get(transfer ? "vehicles.transfer" : "customers.merge"),
                m.get(transfer ? "vehicles.transfer.keep" : "customers.merge.keep"),
                !transfer,
                yes);
        sure.getDialogPane().setPrefWidth(520);
        sure.show();
    }
}
