package org.shopsuite.desktop.ui.receipt;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.model.Receipt;

/** The new-receipt form: binds to {@link NewReceiptViewModel}, shows errors next to fields. */
public final class NewReceiptView {
    private final NewReceiptViewModel vm;
    private final Messages m;
    private final PauseTransition typing = new PauseTransition(Duration.millis(250));
    private final PauseTransition recordTyping = new PauseTransition(Duration.millis(300));

    @FXML
    private Label outcome;

    @FXML
    private TextField customerName;

    @FXML
    private ListView<Receipt> suggestions;

    @FXML
    private TextField customerPhone;

    @FXML
    private TextField carId;

    @FXML
    private TextField make;

    @FXML
    private TextField model;

    @FXML
    private TextField year;

    @FXML
    private TextField mileage;

    @FXML
    private DatePicker date;

    @FXML
    private TextField hours;

    @FXML
    private ComboBox<MechanicChoice> mechanic;

    @FXML
    private TextArea request;

    @FXML
    private javafx.scene.layout.VBox form;

    @FXML
    private javafx.scene.control.Button clear;

    @FXML
    private Label customerNameError;

    @FXML
    private Label customerPhoneError;

    @FXML
    private Label carIdError;

    @FXML
    private Label yearError;

    @FXML
    private Label mileageError;

    @FXML
    private Label dateError;

    @FXML
    private Label hoursError;

    @FXML
    private Label mechanicError;

    @FXML
    private Label requestError;

    @FXML
    private Label dateWarning;

    @FXML
    private DatePicker promisedDate;

    @FXML
    private TextField promisedTime;

    @FXML
    private Label promisedError;

    @FXML
    private Label error;

    @FXML
    private ProgressIndicator busy;

    @FXML
    private Label warnings;

    @FXML
    private javafx.scene.layout.VBox recordsBox;

    @FXML
    private Label inShop;

    @FXML
    private Label records;

    @FXML
    private javafx.scene.layout.HBox declinedBox;

    @FXML
    private Label declined;

    public NewReceiptView(NewReceiptViewModel vm, Session session) {
        this.vm = vm;
        this.m = session.messages();
    }

    @FXML
    private void initialize() {
        customerName.textProperty().bindBidirectional(vm.customerNameProperty());
        customerPhone.textProperty().bindBidirectional(vm.customerPhoneProperty());
        carId.textProperty().bindBidirectional(vm.carIdProperty());
        make.textProperty().bindBidirectional(vm.makeProperty());
        model.textProperty().bindBidirectional(vm.modelProperty());
        year.textProperty().bindBidirectional(vm.yearProperty());
        mileage.textProperty().bindBidirectional(vm.mileageProperty());
        org.shopsuite.desktop.ui.Cells.localDates(date, m);
        org.shopsuite.desktop.ui.Cells.localDates(promisedDate, m);
        date.valueProperty().bindBidirectional(vm.dateProperty());
        hours.textProperty().bindBidirectional(vm.estimatedHoursProperty());
        request.textProperty().bindBidirectional(vm.requestProperty());
        promisedDate.valueProperty().bindBidirectional(vm.promisedDateProperty());
        promisedTime.textProperty().bindBidirectional(vm.promisedTimeProperty());
        dateWarning.textProperty().bind(vm.dateWarningProperty());
        showWhenText(dateWarning, vm.dateWarningProperty());
        mechanic.setItems(vm.mechanics());
        mechanic.valueProperty().bindBidirectional(vm.mechanicProperty());
        mechanic.setCellFactory(l -> new MechanicCell());
        mechanic.setButtonCell(new MechanicCell());
        busy.visibleProperty().bind(vm.busyProperty());
        error.textProperty().bind(vm.errorProperty());

        // Customer lookup as you type, from name, phone or car number fields alike.
        suggestions.setItems(vm.suggestions());
        suggestions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Receipt r, boolean empty) {
                super.updateItem(r, empty);
                setText(
                        empty || r == null
                                ? null
                                : r.customerName() + "  " + (r.customerPhone() == null ? "" : r.customerPhone()) + "  "
                                        + r.carId());
            }
        });
        vm.suggestions().addListener((javafx.collections.ListChangeListener<Receipt>) c -> {
            boolean show = !vm.suggestions().isEmpty() && customerName.isFocused();
            suggestions.setVisible(show);
            if (show) {
                placeSuggestions();
            }
        });
        // The suggestions lie over the form under the name (never managed): nothing moves when they show.
        customerName.layoutBoundsProperty().addListener((o, a, b) -> placeSuggestions());
        customerName.layoutYProperty().addListener((o, a, b) -> placeSuggestions());
        customerName.textProperty().addListener((o, a, b) -> {
            if (customerName.isFocused()) {
                typing.setOnFinished(e -> vm.lookup(b));
                typing.playFromStart();
            }
        });
        customerName.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.suggestions().isEmpty()) {
                suggestions.requestFocus();
                suggestions.getSelectionModel().selectFirst();
            }
        });
        // Tab leaves "Work requested" as it leaves any field; Ctrl+Enter takes the receipt from anywhere.
        org.shopsuite.desktop.ui.Keys.tabLeaves(request);
        org.shopsuite.desktop.ui.Keys.ctrlEnterSubmits(form, this::submit);
        suggestions.setOnMouseClicked(e -> pickSuggestion());
        suggestions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pickSuggestion();
                e.consume();
            }
        });

        // What the records know of the typed plate or phone, shown before the receipt is taken.
        recordTyping.setOnFinished(e -> vm.findRecords());
        carId.textProperty().addListener((o, a, b) -> recordTyping.playFromStart());
        customerPhone.textProperty().addListener((o, a, b) -> recordTyping.playFromStart());
        records.textProperty().bind(vm.recordsProperty());
        inShop.textProperty().bind(vm.inShopProperty());
        showWhenText(inShop, vm.inShopProperty());
        showWhenText(recordsBox, vm.recordsProperty());
        declined.textProperty().bind(vm.declinedWork().offerProperty());
        showWhenText(declinedBox, vm.declinedWork().offerProperty());
        warnings.textProperty().bind(vm.warningsProperty());
        showWhenText(warnings, vm.warningsProperty());

        Map<String, Label> errorLabels = Map.of(
                "customerName",
                customerNameError,
                "customerPhone",
                customerPhoneError,
                "carId",
                carIdError,
                "vehicle.year",
                yearError,
                "vehicle.mileageKm",
                mileageError,
                "requestDate",
                dateError,
                "estimatedHours",
                hoursError,
                "mechanicId",
                mechanicError,
                "request",
                requestError,
                "promisedAt",
                promisedError);
        org.shopsuite.desktop.ui.ErrorLabels.bind(vm.fieldErrors(), errorLabels);
        vm.outcomeProperty().addListener((o, a, b) -> showOutcome(b));
        vm.setRetryScheduler(() -> {
            PauseTransition wait = new PauseTransition(Duration.seconds(2));
            wait.setOnFinished(e -> vm.retry());
            wait.play();
        });
        vm.loadMechanics();
    }

    private static void showWhenText(javafx.scene.Node node, javafx.beans.value.ObservableValue<String> text) {
        javafx.beans.binding.BooleanBinding has = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> text.getValue() != null && !text.getValue().isEmpty(), text);
        node.visibleProperty().bind(has);
        node.managedProperty().bind(has);
    }

    private void pickSuggestion() {
        Receipt r = suggestions.getSelectionModel().getSelectedItem();
        if (r != null) {
            vm.pick(r);
            suggestions.setVisible(false);
            suggestions.setManaged(false);
            carId.requestFocus();
        }
    }

    private void showOutcome(Outcome o) {
        outcome.getStyleClass().removeAll("outcome-accepted", "outcome-rejected");
        if (o == null) {
            outcome.setVisible(false);
            outcome.setManaged(false);
            return;
        }
        Receipt r = o.receipt();
        String text;
        if (o.accepted()) {
            text = m.get("receipt.accepted", r.id(), r.jobId(), r.mechanicName());
            outcome.getStyleClass().add("outcome-accepted");
        } else {
            text = ("SHOP_CLOSED".equals(r.rejectionReason()) || "MECHANIC_OFF".equals(r.rejectionReason())
                            ? m.get(
                                    "receipt.rejected." + r.rejectionReason(),
                                    r.mechanicName(),
                                    m.date(r.requestDate()),
                                    r.id())
                            : o.remainingHours() == null
                                    ? m.get("receipt.rejected", r.mechanicName(), m.date(r.requestDate()), r.id())
                                    : m.get(
                                            "receipt.rejectedHours",
                                            r.mechanicName(),
                                            m.date(r.requestDate()),
                                            r.id(),
                                            m.hours(o.remainingHours()),
                                            m.hours(r.estimatedHours())))
                    + ("SHOP_CLOSED".equals(r.rejectionReason()) ? "" : "\n" + alternatives(o, r));
            outcome.getStyleClass().add("outcome-rejected");
        }
        outcome.setText(text);
        outcome.setVisible(true);
        outcome.setManaged(true);
        customerName.requestFocus();
    }

    /** The other mechanics who have the hours that day, or that none has. */
    private String alternatives(Outcome o, Receipt r) {
        return (o.alternatives().isEmpty()
                ? m.get("receipt.noAlternatives", m.hours(r.estimatedHours()))
                : m.get(
                        "receipt.alternatives",
                        o.alternatives().stream()
                                .map(c -> c.mechanic().name() + " (" + m.hours(c.remainingHours()) + ")")
                                .collect(Collectors.joining(", "))));
    }

    /** The car's work declined last time goes into the request. */
    @FXML
    private void addDeclined() {
        vm.addDeclinedToRequest();
    }

    private void placeSuggestions() {
        suggestions.resizeRelocate(
                customerName.getLayoutX(),
                customerName.getLayoutY() + customerName.getHeight(),
                customerName.getWidth(),
                suggestions.getPrefHeight());
        // drawn over the rows below it (their cells come later in the grid); the Tab order stays
        suggestions.getParent().setViewOrder(-1);
    }

    @FXML
    private void submit() {
        String question = vm.pastDateQuestion();
        if (question == null) {
            vm.submit();
            return;
        }
        // A receipt for a day in the past is taken only when the user says so.
        javafx.scene.control.ButtonType take = new javafx.scene.control.ButtonType(
                m.get("receipt.pastDate.yes", m.date(vm.dateProperty().get())),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType change = new javafx.scene.control.ButtonType(
                m.get("receipt.pastDate.no"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert ask =
                new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING, question, take, change);
        ask.initOwner(date.getScene().getWindow());
        ask.setTitle(m.get("receipt.pastDate.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().setId("past-date-confirm");
        ask.getDialogPane().lookupButton(take).setId("past-date-take");
        ask.getDialogPane().lookupButton(change).setId("past-date-change");
        // Enter must not take it by default: the safe answer is to change the date
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(take)).setDefaultButton(false);
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(change)).setDefaultButton(true);
        ask.resultProperty().addListener((o, a, b) -> {
            if (b == take) {
                vm.confirmPastDate();
                vm.submit();
            } else if (b != null) {
                date.requestFocus();
            }
        });
        ask.show();
    }

    @FXML
    private void clear() {
        if (!vm.filledProperty().get()) {
            clearNow();
            return;
        }
        // Clearing a filled form cannot be undone: it asks, and Enter keeps the form.
        org.shopsuite.desktop.ui.Confirm.ask(
                        clear.getScene().getWindow(),
                        "clear-confirm",
                        m.get("receipt.clear.title"),
                        m.get("receipt.clear.confirm"),
                        m.get("receipt.clear.yes"),
                        m.get("receipt.clear.no"),
                        true,
                        this::clearNow)
                .show();
    }

    private void clearNow() {
        vm.clear();
        vm.outcomeProperty().set(null);
        customerName.requestFocus();
    }

    /** Focuses the first field (Ctrl+N). */
    public void focus() {
        customerName.requestFocus();
    }

    private final class MechanicCell extends ListCell<MechanicChoice> {
        @Override
        protected void updateItem(MechanicChoice c, boolean empty) {
            super.updateItem(c, empty);
            setText(
                    empty || c == null
                            ? null
                            : m.get("receipt.mechanic.item", c.mechanic().name(), m.hours(c.remainingHours())));
        }
    }
}
