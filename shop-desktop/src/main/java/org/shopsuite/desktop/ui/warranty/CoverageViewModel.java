package org.shopsuite.desktop.ui.warranty;

import java.time.ZoneId;
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
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Coverage;
import org.shopsuite.model.CoverageOverrideInput;
import org.shopsuite.model.WarrantyClaim;

/**
 * "Override coverage…": the manager's decision against the window's, with a reason (the audit trail
 * keeps it). The other coverage is offered first; nothing is sent without a reason.
 */
public final class CoverageViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final WarrantyClaim claim;
    private final ClaimText text;
    private final ObjectProperty<Coverage> coverage = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();
    private CoverageOverrideInput lastSent;

    public CoverageViewModel(Session session, Tasks tasks, WarrantyClaim claim) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.claim = claim;
        this.text = new ClaimText(m, ZoneId.of(session.shop().timezone()));
        coverage.set(claim.coverage() == Coverage.WARRANTY ? Coverage.BILLABLE : Coverage.WARRANTY);
        Forms.clearOnEdit(fieldErrors, "reason", reason);
        Forms.clearOnEdit(fieldErrors, "coverage", coverage);
    }

    /** The claim and what it is now, with why. */
    public String header() {
        return m.get(
                "warranty.coverage.header",
                claim.id(),
                claim.plate(),
                text.coverage(claim.coverage()),
                text.reason(claim));
    }

    public ClaimText text() {
        return text;
    }

    public ObjectProperty<Coverage> coverageProperty() {
        return coverage;
    }

    public StringProperty reasonProperty() {
        return reason;
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

    public void submit(Consumer<WarrantyClaim> done) {
        if (busy.get()) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        String why = reason.get() == null ? "" : reason.get().strip();
        if (coverage.get() == null) {
            fieldErrors.put("coverage", m.get("field.is.required"));
        }
        if (why.isEmpty()) {
            fieldErrors.put("reason", m.get("field.is.required"));
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        CoverageOverrideInput in = new CoverageOverrideInput(coverage.get(), why);
        if (!in.equals(lastSent)) {
            key = ShopClient.newIdempotencyKey();
        }
        lastSent = in;
        String k = key;
        busy.set(true);
        tasks.run(
                () -> session.client().overrideCoverage(claim.id(), in, k),
                c -> {
                    busy.set(false);
                    done.accept(c);
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
