package org.shopsuite.desktop.ui.warranty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.Supplier;
import org.shopsuite.model.WarrantyAssignInput;
import org.shopsuite.model.WarrantyClaim;
import org.shopsuite.model.WarrantyClaimStatus;
import org.shopsuite.model.WarrantyReasonCode;

/**
 * "Assign…": the re-repair to one of the shop's mechanics (a day and the hours, through the
 * receipts' capacity check) or to a contractor (an active supplier, with the price the customer is
 * charged, at cost when blank), and why the work came back. A mechanic who has no room leaves the
 * claim REGISTERED: the form stays open and says why, to try another mechanic or day.
 */
public final class AssignViewModel {
    /** Who does the re-repair. */
    public enum Target {
        MECHANIC,
        CONTRACTOR
    }

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final WarrantyClaim claim;
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(Target.MECHANIC);
    private final ObservableList<Mechanic> mechanics = FXCollections.observableArrayList();
    private final ObjectProperty<Mechanic> mechanic = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty hours = new SimpleStringProperty("1");
    private final ObservableList<Supplier> suppliers = FXCollections.observableArrayList();
    private final ObjectProperty<Supplier> supplier = new SimpleObjectProperty<>();
    private final StringProperty price = new SimpleStringProperty("");
    private final ObjectProperty<WarrantyReasonCode> reasonCode = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();
    private WarrantyAssignInput lastSent;

    public AssignViewModel(Session session, Tasks tasks, WarrantyClaim claim) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.claim = claim;
        date.set(LocalDate.now(ZoneId.of(session.shop().timezone())));
        Forms.clearOnEdit(fieldErrors, "mechanicId", mechanic);
        Forms.clearOnEdit(fieldErrors, "supplierId", supplier);
        Forms.clearOnEdit(fieldErrors, "date", date);
        Forms.clearOnEdit(fieldErrors, "estimatedHours", hours);
        Forms.clearOnEdit(fieldErrors, "price", price);
        Forms.clearOnEdit(fieldErrors, "reasonCode", reasonCode);
        target.addListener((o, a, b) -> fieldErrors.clear());
    }

    /** What the dialog says at its top: the claim, its car and its complaint. */
    public String header() {
        return m.get(
                "warranty.assign.header",
                claim.id(),
                claim.plate(),
                claim.complaint(),
                new ClaimText(m, ZoneId.of(session.shop().timezone())).coverage(claim.coverage()));
    }

    /** The active mechanics and the active suppliers to choose from. */
    public void load() {
        tasks.run(
                () -> List.of(
                        session.client().activeMechanics(), session.client().suppliers(false)),
                r -> {
                    @SuppressWarnings("unchecked")
                    List<Mechanic> ms = (List<Mechanic>) r.get(0);
                    @SuppressWarnings("unchecked")
                    List<Supplier> ss = (List<Supplier>) r.get(1);
                    mechanics.setAll(ms);
                    suppliers.setAll(ss);
                },
                t -> error.set(m.describe(t)));
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public ObservableList<Mechanic> mechanics() {
        return mechanics;
    }

    public ObjectProperty<Mechanic> mechanicProperty() {
        return mechanic;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public ObservableList<Supplier> suppliers() {
        return suppliers;
    }

    public ObjectProperty<Supplier> supplierProperty() {
        return supplier;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public ObjectProperty<WarrantyReasonCode> reasonCodeProperty() {
        return reasonCode;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /**
     * The input the form makes, or null with the fields marked (nothing chosen, hours that are not
     * more than zero, a price that is not a whole amount).
     */
    WarrantyAssignInput input() {
        fieldErrors.clear();
        if (reasonCode.get() == null) {
            fieldErrors.put("reasonCode", m.get("field.is.required"));
        }
        if (target.get() == Target.CONTRACTOR) {
            if (supplier.get() == null) {
                fieldErrors.put("supplierId", m.get("field.is.required"));
            }
            Long minor = price(price.get());
            return fieldErrors.isEmpty()
                    ? new WarrantyAssignInput(null, supplier.get().id(), reasonCode.get(), null, null, minor)
                    : null;
        }
        if (mechanic.get() == null) {
            fieldErrors.put("mechanicId", m.get("field.is.required"));
        }
        if (date.get() == null) {
            fieldErrors.put("date", m.get("field.is.required"));
        }
        BigDecimal h = null;
        if (hours.get() == null || hours.get().isBlank()) {
            fieldErrors.put("estimatedHours", m.get("field.is.required"));
        } else {
            h = Forms.decimal(fieldErrors, "estimatedHours", hours.get(), m);
            if (h != null && (h.signum() <= 0 || h.compareTo(BigDecimal.valueOf(24)) > 0)) {
                fieldErrors.put("estimatedHours", m.get("warranty.assign.hoursRange"));
            }
        }
        return fieldErrors.isEmpty()
                ? new WarrantyAssignInput(mechanic.get().id(), null, reasonCode.get(), date.get(), h, null)
                : null;
    }

    /** A price typed in the shop's currency (won: whole), in minor units; null when blank. */
    private Long price(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        int digits = Currency.getInstance(session.shop().currency()).getDefaultFractionDigits();
        // In won a comma only groups thousands ("55,000"); elsewhere it may be the decimal mark.
        BigDecimal p = Forms.decimal(fieldErrors, "price", digits == 0 ? typed.replace(",", "") : typed, m);
        if (p == null) {
            return null;
        }
        BigDecimal minor = p.movePointRight(Math.max(0, digits));
        if (p.signum() < 0 || minor.stripTrailingZeros().scale() > 0) {
            fieldErrors.put("price", m.get("warranty.assign.priceWhole"));
            return null;
        }
        return minor.longValueExact();
    }

    /**
     * Sends the assignment. {@code stored} gets the claim as it now stands, whatever came of it;
     * {@code close} runs only when it was assigned (a refused receipt keeps the form open, saying why).
     */
    public void submit(Consumer<WarrantyClaim> stored, Runnable close) {
        if (busy.get()) {
            return;
        }
        error.set("");
        WarrantyAssignInput in = input();
        if (in == null) {
            return;
        }
        if (!in.equals(lastSent)) {
            key = ShopClient.newIdempotencyKey(); // a retry of the same request keeps its key
        }
        lastSent = in;
        String k = key;
        busy.set(true);
        tasks.run(
                () -> session.client().assignWarrantyClaim(claim.id(), in, k),
                c -> {
                    busy.set(false);
                    stored.accept(c);
                    if (c.status() == WarrantyClaimStatus.ASSIGNED) {
                        close.run();
                    } else {
                        error.set(new ClaimText(m, ZoneId.of(session.shop().timezone())).rejection(c));
                    }
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
