package org.shopsuite.desktop.ui.manage;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.shopsuite.desktop.ui.ErrorLabels;

/** The shop settings form. */
public final class SettingsView {
    private final SettingsViewModel vm;

    @FXML
    private TextField name;

    @FXML
    private TextField address;

    @FXML
    private TextField phone;

    @FXML
    private TextField registrationNumber;

    @FXML
    private TextField representative;

    @FXML
    private TextField laborRate;

    @FXML
    private Label laborRateLabel;

    @FXML
    private TextField taxRate;

    @FXML
    private TextField currency;

    @FXML
    private TextField timezone;

    @FXML
    private TextField invoicePrefix;

    @FXML
    private Label nameError;

    @FXML
    private Label addressError;

    @FXML
    private Label phoneError;

    @FXML
    private Label registrationNumberLabel;

    @FXML
    private Label representativeLabel;

    @FXML
    private Label registrationNumberError;

    @FXML
    private Label representativeError;

    @FXML
    private Label laborRateError;

    @FXML
    private Label taxRateError;

    @FXML
    private Label currencyError;

    @FXML
    private Label timezoneError;

    @FXML
    private Label invoicePrefixError;

    @FXML
    private javafx.scene.control.ListView<org.shopsuite.model.Backup> backups;

    @FXML
    private Label message;

    @FXML
    private Label error;

    private final org.shopsuite.desktop.ui.Messages m;

    public SettingsView(SettingsViewModel vm, org.shopsuite.desktop.ui.Messages m) {
        this.vm = vm;
        this.m = m;
    }

    @FXML
    private TextField pointValue;

    @FXML
    private TextField earnRate;

    @FXML
    private TextField depositPoints;

    @FXML
    private TextField reminderMonths;

    @FXML
    private TextField reminderKm;

    @FXML
    private Label pointValueError;

    @FXML
    private Label earnRateError;

    @FXML
    private Label depositPointsError;

    @FXML
    private Label reminderMonthsError;

    @FXML
    private Label reminderKmError;

    @FXML
    private TextField openingCashFloat;

    @FXML
    private Label openingCashFloatLabel;

    @FXML
    private Label openingCashFloatError;

    @FXML
    private TextField laborCost;

    @FXML
    private Label laborCostLabel;

    @FXML
    private Label laborCostError;

    @FXML
    private void initialize() {
        name.textProperty().bindBidirectional(vm.nameProperty());
        address.textProperty().bindBidirectional(vm.addressProperty());
        phone.textProperty().bindBidirectional(vm.phoneProperty());
        registrationNumber.textProperty().bindBidirectional(vm.registrationNumberProperty());
        representative.textProperty().bindBidirectional(vm.representativeProperty());
        registrationNumberLabel.setLabelFor(registrationNumber); // Alt+G
        representativeLabel.setLabelFor(representative); // Alt+P
        laborRate.textProperty().bindBidirectional(vm.laborRateProperty());
        // "Labour rate (₩ per hour)": the unit is the shop's currency, not "minor units".
        laborRateLabel
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> m.get(
                                "settings.laborRate",
                                currencySymbol(vm.currencyProperty().get())),
                        vm.currencyProperty()));
        taxRate.textProperty().bindBidirectional(vm.taxRateProperty());
        currency.textProperty().bindBidirectional(vm.currencyProperty());
        timezone.textProperty().bindBidirectional(vm.timezoneProperty());
        invoicePrefix.textProperty().bindBidirectional(vm.invoicePrefixProperty());
        pointValue.textProperty().bindBidirectional(vm.pointValueProperty());
        earnRate.textProperty().bindBidirectional(vm.earnRateProperty());
        depositPoints.textProperty().bindBidirectional(vm.depositPointsProperty());
        reminderMonths.textProperty().bindBidirectional(vm.reminderMonthsProperty());
        reminderKm.textProperty().bindBidirectional(vm.reminderKmProperty());
        openingCashFloat.textProperty().bindBidirectional(vm.openingCashFloatProperty());
        laborCost.textProperty().bindBidirectional(vm.laborCostPerHourProperty());
        openingCashFloatLabel
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> m.get(
                                "settings.openingCashFloat",
                                currencySymbol(vm.currencyProperty().get())),
                        vm.currencyProperty()));
        laborCostLabel
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> m.get(
                                "settings.laborCostPerHour",
                                currencySymbol(vm.currencyProperty().get())),
                        vm.currencyProperty()));
        ErrorLabels.bind(
                vm.fieldErrors(),
                Map.ofEntries(
                        Map.entry("name", nameError),
                        Map.entry("address", addressError),
                        Map.entry("phone", phoneError),
                        Map.entry("businessRegistrationNumber", registrationNumberError),
                        Map.entry("representative", representativeError),
                        Map.entry("laborRatePerHour", laborRateError),
                        Map.entry("taxRatePercent", taxRateError),
                        Map.entry("currency", currencyError),
                        Map.entry("timezone", timezoneError),
                        Map.entry("invoicePrefix", invoicePrefixError),
                        Map.entry("pointValue", pointValueError),
                        Map.entry("pointsEarnRatePercent", earnRateError),
                        Map.entry("bookingDepositPoints", depositPointsError),
                        Map.entry("serviceReminderMonths", reminderMonthsError),
                        Map.entry("serviceReminderKm", reminderKmError),
                        Map.entry("openingCashFloat", openingCashFloatError),
                        Map.entry("laborCostPerHour", laborCostError)));
        // An error line takes room only when it has something to say: the form fits 1280x720.
        for (Label l : new Label[] {
            nameError,
            addressError,
            phoneError,
            registrationNumberError,
            representativeError,
            laborRateError,
            taxRateError,
            currencyError,
            timezoneError,
            invoicePrefixError,
            pointValueError,
            earnRateError,
            depositPointsError,
            reminderMonthsError,
            reminderKmError,
            openingCashFloatError,
            laborCostError
        }) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
        }
        backups.setItems(vm.backups());
        backups.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.shopsuite.model.Backup b, boolean empty) {
                super.updateItem(b, empty);
                setText(
                        empty || b == null
                                ? null
                                : m.get("settings.backup.item", b.name(), b.sizeBytes() / 1024, b.ageSeconds() / 3600));
            }
        });
        message.textProperty().bind(vm.messageProperty());
        error.textProperty().bind(vm.errorProperty());
        vm.refresh();
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void backupNow() {
        vm.backupNow();
    }

    @FXML
    private void partsPricing() {
        org.shopsuite.desktop.ui.pricing.PartsPricingDialog.open(window(), vm.partsPricingForm(), m)
                .show();
    }

    @FXML
    private void cannedJobs() {
        org.shopsuite.desktop.ui.pricing.CannedJobsDialog.open(window(), vm.cannedJobsForm(), m)
                .show();
    }

    @FXML
    private void locations() {
        LocationsDialog.open(window(), vm.locationsForm(), m).show();
    }

    @FXML
    private void bays() {
        org.shopsuite.desktop.ui.schedule.ScheduleSetupDialogs.bays(window(), vm.baysForm(), m)
                .show();
    }

    @FXML
    private void openingHours() {
        org.shopsuite.desktop.ui.schedule.ScheduleSetupDialogs.openingHours(window(), vm.openingHoursForm(), m)
                .show();
    }

    @FXML
    private void warrantyWindows() {
        org.shopsuite.desktop.ui.warranty.WarrantyWindowsDialog.open(window(), vm.warrantyWindowsForm(), m)
                .show();
    }

    @FXML
    private void promotions() {
        PromotionsDialog.open(window(), vm.promotionsForm(), m).show();
    }

    private javafx.stage.Window window() {
        return name.getScene() == null ? null : name.getScene().getWindow();
    }

    /** The currency's symbol in the user's language (₩), or what is typed while it is no currency code. */
    private String currencySymbol(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        try {
            return java.util.Currency.getInstance(code.strip()).getSymbol(m.locale());
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
