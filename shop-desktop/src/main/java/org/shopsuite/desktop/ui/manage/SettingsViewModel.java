package org.shopsuite.desktop.ui.manage;

import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Event;
import org.shopsuite.model.EventType;
import org.shopsuite.model.ShopSettings;

/**
 * The shop's settings: name, address, phone, business registration number (사업자등록번호),
 * representative (대표자), labour rate, tax, currency, time zone, invoice prefix.
 */
public final class SettingsViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObjectProperty<ShopSettings> current = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty registrationNumber = new SimpleStringProperty("");
    private final StringProperty representative = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty laborRate = new SimpleStringProperty("");
    private final StringProperty taxRate = new SimpleStringProperty("");
    private final StringProperty timezone = new SimpleStringProperty("");
    private final StringProperty invoicePrefix = new SimpleStringProperty("");
    private final StringProperty pointValue = new SimpleStringProperty("");
    private final StringProperty earnRate = new SimpleStringProperty("");
    private final StringProperty depositPoints = new SimpleStringProperty("");
    private final StringProperty reminderMonths = new SimpleStringProperty("");
    private final StringProperty reminderKm = new SimpleStringProperty("");
    private final StringProperty openingCashFloat = new SimpleStringProperty("");
    private final StringProperty laborCostPerHour = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final javafx.collections.ObservableList<org.shopsuite.model.Backup> backups =
            FXCollections.observableArrayList();

    public SettingsViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        current.addListener((o, a, s) -> {
            if (s != null) {
                name.set(s.name());
                address.set(s.address());
                phone.set(s.phone());
                registrationNumber.set(Forms.text(s.businessRegistrationNumber()));
                representative.set(Forms.text(s.representative()));
                currency.set(s.currency());
                laborRate.set(Long.toString(s.laborRatePerHour()));
                taxRate.set(s.taxRatePercent().toPlainString());
                timezone.set(s.timezone());
                invoicePrefix.set(s.invoicePrefix());
                pointValue.set(Forms.text(s.pointValue()));
                earnRate.set(
                        s.pointsEarnRatePercent() == null
                                ? ""
                                : s.pointsEarnRatePercent().toPlainString());
                depositPoints.set(Forms.text(s.bookingDepositPoints()));
                reminderMonths.set(Forms.text(s.serviceReminderMonths()));
                reminderKm.set(Forms.text(s.serviceReminderKm()));
                openingCashFloat.set(Forms.text(s.openingCashFloat()));
                laborCostPerHour.set(Forms.text(s.laborCostPerHour()));
            }
        });
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** 사업자등록번호: empty when not set; the server keeps it as NNN-NN-NNNNN. */
    public StringProperty registrationNumberProperty() {
        return registrationNumber;
    }

    /** 대표자: empty when not set. */
    public StringProperty representativeProperty() {
        return representative;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty laborRateProperty() {
        return laborRate;
    }

    public StringProperty taxRateProperty() {
        return taxRate;
    }

    public StringProperty timezoneProperty() {
        return timezone;
    }

    public StringProperty invoicePrefixProperty() {
        return invoicePrefix;
    }

    /** Won per point: what a point is worth when an invoice is paid with it. */
    public StringProperty pointValueProperty() {
        return pointValue;
    }

    /** Percent of a paid invoice (before tax, not paid with points) earned back as points. */
    public StringProperty earnRateProperty() {
        return earnRate;
    }

    /** Points a booking holds as its deposit (0: none). */
    public StringProperty depositPointsProperty() {
        return depositPoints;
    }

    /** Months after the last visit a car is due for service. */
    public StringProperty reminderMonthsProperty() {
        return reminderMonths;
    }

    /** Kilometres after the last recorded mileage a car is due for service. */
    public StringProperty reminderKmProperty() {
        return reminderKm;
    }

    /** The cash in the drawer when a day opens: where the daily close's expected cash starts. */
    public StringProperty openingCashFloatProperty() {
        return openingCashFloat;
    }

    /** What an hour of a technician costs the shop: the labour cost of the sales report's gross profit. */
    public StringProperty laborCostPerHourProperty() {
        return laborCostPerHour;
    }

    /** The promotions whose coupons bookings issue. */
    public PromotionsViewModel promotionsForm() {
        return new PromotionsViewModel(session, tasks);
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public javafx.collections.ObservableList<org.shopsuite.model.Backup> backups() {
        return backups;
    }

    public void refresh() {
        tasks.run(() -> session.client().shop(), current::set, t -> error.set(m.describe(t)));
        tasks.run(() -> session.client().backups(), backups::setAll, t -> error.set(m.describe(t)));
    }

    /** Makes an online backup now (verified by the server) and shows it first in the list. */
    public void backupNow() {
        tasks.run(
                () -> session.client().backupNow(),
                b -> {
                    message.set(m.get("settings.backedUp", b.name()));
                    refresh();
                },
                t -> error.set(m.describe(t)));
    }

    public void save() {
        fieldErrors.clear();
        error.set("");
        Long rate = Forms.whole(fieldErrors, "laborRatePerHour", laborRate.get(), m);
        BigDecimal tax = Forms.decimal(fieldErrors, "taxRatePercent", taxRate.get(), m);
        Long perPoint = Forms.whole(fieldErrors, "pointValue", pointValue.get(), m);
        if (perPoint != null && perPoint < 1) {
            fieldErrors.put("pointValue", m.get("settings.points.atLeastOne"));
        }
        BigDecimal earn = Forms.decimal(fieldErrors, "pointsEarnRatePercent", earnRate.get(), m);
        if (earn != null && (earn.signum() < 0 || earn.compareTo(BigDecimal.valueOf(100)) > 0)) {
            fieldErrors.put("pointsEarnRatePercent", m.get("settings.points.percent"));
        }
        Long deposit = Forms.whole(fieldErrors, "bookingDepositPoints", depositPoints.get(), m);
        if (deposit != null && deposit < 0) {
            fieldErrors.put("bookingDepositPoints", m.get("settings.points.notNegative"));
        }
        Integer months = small(fieldErrors, "serviceReminderMonths", reminderMonths.get());
        Integer km = small(fieldErrors, "serviceReminderKm", reminderKm.get());
        Long cashFloat = money(fieldErrors, "openingCashFloat", openingCashFloat.get());
        Long laborCost = money(fieldErrors, "laborCostPerHour", laborCostPerHour.get());
        if (!fieldErrors.isEmpty() || current.get() == null) {
            return;
        }
        long version = current.get().version();
        ShopSettings in = new ShopSettings(
                name.get(),
                address.get(),
                phone.get(),
                // Always sent: an emptied field clears the value (null would leave it as it was).
                Forms.text(registrationNumber.get()).strip(),
                Forms.text(representative.get()).strip(),
                currency.get(),
                rate,
                tax,
                timezone.get(),
                invoicePrefix.get(),
                perPoint,
                earn,
                deposit,
                months,
                km,
                null, // the warranty windows: unchanged
                cashFloat, // blank: the server keeps its value
                laborCost,
                null);
        tasks.run(
                () -> session.client().updateShop(version, in),
                saved -> {
                    current.set(saved);
                    message.set(m.get("settings.saved"));
                },
                t -> Forms.fail(fieldErrors, error, t, m));
    }

    /** A whole number from 0 that fits an int, or null when blank (then the server keeps its value). */
    private Integer small(ObservableMap<String, String> errors, String field, String text) {
        Long v = Forms.whole(errors, field, text, m);
        if (v != null && (v < 0 || v > Integer.MAX_VALUE)) {
            errors.put(field, m.get("settings.points.notNegative"));
            return null;
        }
        return v == null ? null : v.intValue();
    }

    /** An amount of money from 0, or null when blank (then the server keeps its value). */
    private Long money(ObservableMap<String, String> errors, String field, String text) {
        Long v = Forms.whole(errors, field, text, m);
        if (v != null && v < 0) {
            errors.put(field, m.get("settings.points.notNegative"));
            return null;
        }
        return v;
    }

    /** The form of the parts pricing bands (a part's estimate price from its cost). */
    public org.shopsuite.desktop.ui.pricing.PartsPricingViewModel partsPricingForm() {
        return new org.shopsuite.desktop.ui.pricing.PartsPricingViewModel(session, tasks);
    }

    /** The list of canned jobs to rename, retire or trim. */
    public org.shopsuite.desktop.ui.pricing.CannedJobsViewModel cannedJobsForm() {
        return new org.shopsuite.desktop.ui.pricing.CannedJobsViewModel(session, tasks);
    }

    /** The shop's bays (lifts), which appointments book. */
    public LocationsViewModel locationsForm() {
        return new LocationsViewModel(session, tasks);
    }

    public org.shopsuite.desktop.ui.schedule.BaysViewModel baysForm() {
        return new org.shopsuite.desktop.ui.schedule.BaysViewModel(session, tasks);
    }

    /** The free re-repair windows (saved on their own). */
    public org.shopsuite.desktop.ui.warranty.WarrantyWindowsViewModel warrantyWindowsForm() {
        return new org.shopsuite.desktop.ui.warranty.WarrantyWindowsViewModel(session, tasks);
    }

    /** The week's opening hours and the holidays. */
    public org.shopsuite.desktop.ui.schedule.OpeningHoursViewModel openingHoursForm() {
        return new org.shopsuite.desktop.ui.schedule.OpeningHoursViewModel(session, tasks);
    }

    public void onEvent(Event e) {
        if (e.type() == EventType.ShopUpdated) {
            refresh();
        }
    }
}
