package org.shopsuite.desktop.ui.warranty;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.Visit;
import org.shopsuite.model.WarrantyClaim;
import org.shopsuite.model.WarrantyClaimInput;

/**
 * "Comeback…" on a finished visit in a car's history: what is wrong again and the odometer now (the
 * car's last reading to start with). Once registered, {@link #outcome()} says the coverage the
 * window gave, why, and the claim's status.
 */
public final class RegisterComebackViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final Visit visit;
    private final ClaimText text;
    private final StringProperty complaint = new SimpleStringProperty("");
    private final StringProperty mileage = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();
    private WarrantyClaimInput lastSent;
    private WarrantyClaim registered;

    /** @param lastMileageKm the car's last odometer reading (null when none was taken) */
    public RegisterComebackViewModel(Session session, Tasks tasks, Visit visit, Integer lastMileageKm) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.visit = visit;
        this.text = new ClaimText(m, ZoneId.of(session.shop().timezone()));
        Integer start = lastMileageKm != null ? lastMileageKm : visit.mileageKm();
        mileage.set(start == null ? "" : start.toString());
        Forms.clearOnEdit(fieldErrors, "complaint", complaint);
        Forms.clearOnEdit(fieldErrors, "mileageKm", mileage);
    }

    /** Only a finished repair comes back under warranty. */
    public static boolean mayRegister(Visit v) {
        return v != null && v.status() == ReceiptStatus.COMPLETED;
    }

    /** Names the repair that came back: its receipt, day, car and what was done. */
    public String header() {
        return m.get(
                "comeback.header",
                visit.receiptId(),
                m.date(visit.date()),
                visit.plate(),
                visit.request().lines().findFirst().orElse(""));
    }

    public StringProperty complaintProperty() {
        return complaint;
    }

    public StringProperty mileageProperty() {
        return mileage;
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

    /** The claim once registered (null before). */
    public WarrantyClaim registered() {
        return registered;
    }

    /** What became of it: the coverage, why, the window's end and the status. */
    public String outcome() {
        return registered == null ? "" : text.outcome(registered);
    }

    /** The screen's one line about it: the claim and its coverage (the dialog told the rest). */
    public String shortOutcome() {
        return registered == null
                ? ""
                : m.get("comeback.registered", registered.id(), text.coverage(registered.coverage()));
    }

    public void submit(Consumer<WarrantyClaim> done) {
        if (busy.get()) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        String what = complaint.get() == null ? "" : complaint.get().strip();
        if (what.isEmpty()) {
            fieldErrors.put("complaint", m.get("field.is.required"));
        }
        Long km = null;
        if (mileage.get() == null || mileage.get().isBlank()) {
            fieldErrors.put("mileageKm", m.get("field.is.required"));
        } else {
            km = Forms.whole(fieldErrors, "mileageKm", mileage.get(), m);
            if (km != null && (km < 0 || km > Integer.MAX_VALUE)) {
                fieldErrors.put("mileageKm", m.get("field.must.be.a.whole.number"));
            }
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        WarrantyClaimInput in = new WarrantyClaimInput(visit.receiptId(), what, km.intValue());
        if (!in.equals(lastSent)) {
            key = ShopClient.newIdempotencyKey();
        }
        lastSent = in;
        String k = key;
        busy.set(true);
        tasks.run(
                () -> session.client().registerWarrantyClaim(in, k),
                c -> {
                    busy.set(false);
                    registered = c;
                    done.accept(c);
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
