package org.shopsuite.desktop.ui.schedule;

import static org.shopsuite.desktop.ui.DialogForms.error;
import static org.shopsuite.desktop.ui.DialogForms.grid;
import static org.shopsuite.desktop.ui.DialogForms.label;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Appointment;
import org.shopsuite.model.Customer;
import org.shopsuite.model.DropOff;
import org.shopsuite.model.VehicleRecord;

/** The schedule's dialogs: a new booking, moving one, cancelling one, and the mechanic for an arrival. */
final class ScheduleDialogs {
    private ScheduleDialogs() {}

    // ---- new booking --------------------------------------------------------------------------

    static Dialog<Void> booking(Window owner, BookingViewModel vm, Messages m, Consumer<Appointment> stored) {
        TextField query = new TextField();
        query.setId("booking-customer-query");
        query.setPromptText(m.get("booking.customer.prompt"));
        query.textProperty().bindBidirectional(vm.queryProperty());
        query.textProperty().addListener((o, a, b) -> vm.search());
        ListView<Customer> results = new ListView<>(vm.results());
        results.setId("booking-customer-results");
        results.setPrefHeight(72);
        results.setPlaceholder(new Label(m.get("booking.customer.none")));
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Customer c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : vm.customerText(c));
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.customerProperty().set(b);
            }
        });
        query.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                k.consume();
            }
        });
        query.addEventFilter(ActionEvent.ACTION, e -> {
            // Enter in the search picks the only (or first) customer found instead of submitting
            if (!results.getItems().isEmpty() && vm.customerProperty().get() == null) {
                results.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        Label picked = new Label();
        picked.setId("booking-customer");
        picked.getStyleClass().add("text-bold");
        picked.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> vm.customerProperty().get() == null
                                ? m.get("booking.customer.notPicked")
                                : vm.customerText(vm.customerProperty().get()),
                        vm.customerProperty()));

        ComboBox<VehicleRecord> vehicle = new ComboBox<>(vm.vehicles());
        vehicle.setId("booking-vehicle");
        vehicle.valueProperty().bindBidirectional(vm.vehicleProperty());
        vehicle.setCellFactory(l -> vehicleCell());
        vehicle.setButtonCell(vehicleCell());
        vehicle.setMaxWidth(Double.MAX_VALUE);

        DatePicker date = new DatePicker();
        date.setId("booking-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        TextField hours = new TextField();
        hours.setId("booking-hours");
        hours.setPrefColumnCount(5);
        hours.textProperty().bindBidirectional(vm.hoursProperty());
        ComboBox<String> start = new ComboBox<>(vm.startTimes());
        start.setId("booking-start");
        start.setEditable(true);
        start.setPrefWidth(110);
        start.setVisibleRowCount(12);
        start.valueProperty().bindBidirectional(vm.startProperty());
        Label note = new Label();
        note.setId("booking-note");
        note.getStyleClass().add("text-muted");
        note.textProperty().bind(vm.noteProperty());
        note.setWrapText(true);
        ComboBox<BookingViewModel.Option> mechanic = new ComboBox<>(vm.mechanics());
        mechanic.setId("booking-mechanic");
        mechanic.valueProperty().bindBidirectional(vm.mechanicProperty());
        mechanic.setMaxWidth(Double.MAX_VALUE);
        ComboBox<BookingViewModel.Option> bay = new ComboBox<>(vm.bays());
        bay.setId("booking-bay");
        bay.valueProperty().bindBidirectional(vm.bayProperty());
        bay.setMaxWidth(Double.MAX_VALUE);
        TextField request = new TextField();
        request.setId("booking-request");
        request.textProperty().bindBidirectional(vm.requestProperty());
        ToggleGroup drop = new ToggleGroup();
        RadioButton dropOff = new RadioButton(m.get("dropOff.DROP"));
        dropOff.setId("booking-drop");
        dropOff.setToggleGroup(drop);
        dropOff.setUserData(DropOff.DROP);
        RadioButton wait = new RadioButton(m.get("dropOff.WAIT"));
        wait.setId("booking-wait");
        wait.setToggleGroup(drop);
        wait.setUserData(DropOff.WAIT);
        (vm.dropOffProperty().get() == DropOff.WAIT ? wait : dropOff).setSelected(true);
        drop.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.dropOffProperty().set((DropOff) b.getUserData());
            }
        });

        Label customerError = error("booking-customer-error");
        Label vehicleError = error("booking-vehicle-error");
        Label dateError = error("booking-date-error");
        Label hoursError = error("booking-hours-error");
        Label startError = error("booking-start-error");
        Label requestError = error("booking-request-error");
        Label general = error("booking-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(
                vm.fieldErrors(),
                Map.of(
                        BookingViewModel.CUSTOMER,
                        customerError,
                        BookingViewModel.VEHICLE,
                        vehicleError,
                        "date",
                        dateError,
                        "hours",
                        hoursError,
                        "startTime",
                        startError,
                        "request",
                        requestError));
        for (Label e : new Label[] {customerError, vehicleError, dateError, hoursError, startError, requestError}) {
            e.managedProperty().bind(e.textProperty().isNotEmpty());
            e.visibleProperty().bind(e.textProperty().isNotEmpty());
        }

        GridPane g = grid();
        int r = 0;
        g.add(label(m.get("booking.customer"), query), 0, r);
        g.add(query, 1, r++);
        g.add(results, 1, r++);
        g.add(picked, 1, r++);
        g.add(customerError, 1, r++);
        g.add(label(m.get("booking.vehicle"), vehicle), 0, r);
        g.add(vehicle, 1, r++);
        g.add(vehicleError, 1, r++);
        Label startLabel = label(m.get("booking.start"), start);
        startLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox when = new HBox(8, hours, startLabel, start);
        when.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        g.add(label(m.get("booking.date"), date), 0, r);
        g.add(date, 1, r++);
        g.add(dateError, 1, r++);
        g.add(label(m.get("booking.hours"), hours), 0, r);
        g.add(when, 1, r++);
        g.add(new javafx.scene.layout.VBox(2, hoursError, startError, note), 1, r++);
        g.add(label(m.get("booking.mechanic"), mechanic), 0, r);
        g.add(mechanic, 1, r++);
        g.add(label(m.get("booking.bay"), bay), 0, r);
        g.add(bay, 1, r++);
        g.add(label(m.get("booking.request"), request), 0, r);
        g.add(request, 1, r++);
        g.add(requestError, 1, r++);
        HBox drops = new HBox(16, dropOff, wait);
        g.add(new Label(m.get("booking.dropOff")), 0, r);
        g.add(drops, 1, r++);
        g.add(general, 0, r, 2, 1);
        g.setPrefWidth(620);

        Dialog<Void> d = DialogForms.dialog(
                owner,
                "booking-dialog",
                m.get("booking.title"),
                m.get("booking.header"),
                g,
                m.get("booking.submit"),
                vm.busyProperty(),
                close -> vm.submit(stored, close),
                m);
        d.getDialogPane().setPrefWidth(680);
        d.setResizable(true);
        d.setOnShown(e -> query.requestFocus());
        vm.loadAvailability();
        return d;
    }

    private static ListCell<VehicleRecord> vehicleCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(VehicleRecord v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : BookingViewModel.vehicleText(v));
            }
        };
    }

    // ---- reschedule -----------------------------------------------------------------------------

    static Dialog<Void> reschedule(Window owner, RescheduleViewModel vm, Messages m, Consumer<Appointment> done) {
        DatePicker date = new DatePicker();
        date.setId("reschedule-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        TextField start = new TextField();
        start.setId("reschedule-start");
        start.setPrefColumnCount(6);
        start.textProperty().bindBidirectional(vm.startProperty());
        TextField hours = new TextField();
        hours.setId("reschedule-hours");
        hours.setPrefColumnCount(5);
        hours.textProperty().bindBidirectional(vm.hoursProperty());
        ComboBox<BookingViewModel.Option> mechanic = new ComboBox<>(vm.mechanics());
        mechanic.setId("reschedule-mechanic");
        mechanic.valueProperty().bindBidirectional(vm.mechanicProperty());
        mechanic.setMaxWidth(Double.MAX_VALUE);
        ComboBox<BookingViewModel.Option> bay = new ComboBox<>(vm.bays());
        bay.setId("reschedule-bay");
        bay.valueProperty().bindBidirectional(vm.bayProperty());
        bay.setMaxWidth(Double.MAX_VALUE);
        Label dateError = error("reschedule-date-error");
        Label startError = error("reschedule-start-error");
        Label hoursError = error("reschedule-hours-error");
        Label general = error("reschedule-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(vm.fieldErrors(), Map.of("date", dateError, "startTime", startError, "hours", hoursError));
        GridPane g = grid();
        int r = 0;
        g.add(label(m.get("booking.date"), date), 0, r);
        g.add(date, 1, r++);
        g.add(dateError, 1, r++);
        g.add(label(m.get("booking.start"), start), 0, r);
        g.add(start, 1, r++);
        g.add(startError, 1, r++);
        g.add(label(m.get("booking.hours"), hours), 0, r);
        g.add(hours, 1, r++);
        g.add(hoursError, 1, r++);
        g.add(label(m.get("booking.mechanic"), mechanic), 0, r);
        g.add(mechanic, 1, r++);
        g.add(label(m.get("booking.bay"), bay), 0, r);
        g.add(bay, 1, r++);
        g.add(general, 0, r, 2, 1);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "reschedule-dialog",
                m.get("reschedule.title"),
                vm.header(),
                g,
                m.get("reschedule.submit"),
                vm.busyProperty(),
                close -> vm.submit(a -> {
                    close.run();
                    done.accept(a);
                }),
                m);
        d.setOnShown(e -> start.requestFocus());
        vm.load();
        return d;
    }

    // ---- cancel -------------------------------------------------------------------------------

    static Dialog<Void> cancel(Window owner, CancelAppointmentViewModel vm, Messages m, Consumer<Appointment> done) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("schedule.cancel.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("cancel-booking-dialog");
        pane.setHeaderText(vm.header());
        pane.setPrefWidth(600);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setResultConverter(b -> null);
        TextField reason = new TextField();
        reason.setId("cancel-booking-reason");
        reason.setPrefColumnCount(32);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Label reasonError = error("cancel-booking-reason-error");
        Label general = error("cancel-booking-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(vm.fieldErrors(), Map.of("reason", reasonError));
        GridPane g = grid();
        g.add(label(m.get("schedule.cancel.reason"), reason), 0, 0);
        g.add(reason, 1, 0);
        g.add(reasonError, 1, 1);
        g.add(general, 0, 2, 2, 1);
        pane.setContent(g);
        // Destructive: Enter does not cancel the booking; the button or its mnemonic does.
        ButtonType go = new ButtonType(m.get("schedule.cancel.yes"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(m.get("schedule.cancel.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(go, keep);
        pane.lookupButton(keep).setId("cancel-booking-dialog-cancel");
        Button ok = (Button) pane.lookupButton(go);
        ok.setId("cancel-booking-submit");
        ok.getStyleClass().add("danger");
        ok.disableProperty().bind(vm.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.submit(a -> {
                dialog.setResult(null);
                dialog.close();
                done.accept(a);
            });
        });
        dialog.setOnShown(e -> reason.requestFocus());
        return dialog;
    }

    // ---- arrival's mechanic -----------------------------------------------------------------------

    /** Asks which mechanic takes the car (the booking named none); {@code then} gets them unless the user backs out. */
    static Dialog<Long> pickMechanic(
            Window owner, List<ScheduleViewModel.MechanicOption> options, Messages m, Consumer<Long> then) {
        Dialog<Long> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("schedule.arrive.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("arrive-dialog");
        pane.setHeaderText(m.get("schedule.arrive.header"));
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        ListView<ScheduleViewModel.MechanicOption> list =
                new ListView<>(javafx.collections.FXCollections.observableArrayList(options));
        list.setId("arrive-mechanic");
        list.setPrefHeight(Math.min(240, 34 * Math.max(2, options.size()) + 4));
        options.stream()
                .filter(o -> !o.dayOff())
                .findFirst()
                .ifPresent(o -> list.getSelectionModel().select(o));
        pane.setContent(list);
        ButtonType go = new ButtonType(m.get("schedule.arrive.yes"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(go, ButtonType.CANCEL);
        ((Button) pane.lookupButton(ButtonType.CANCEL)).setText(m.get("common.cancel"));
        pane.lookupButton(go).setId("arrive-submit");
        pane.lookupButton(go)
                .disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ((Button) pane.lookupButton(go)).fire();
            }
        });
        dialog.setResultConverter(b -> b == go && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().id()
                : null);
        dialog.setOnShown(e -> list.requestFocus());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                then.accept(dialog.getResult());
            }
        });
        return dialog;
    }
}
