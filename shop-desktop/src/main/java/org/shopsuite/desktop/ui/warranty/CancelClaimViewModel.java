package org.shopsuite.desktop.ui.warranty;

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
import org.shopsuite.model.WarrantyClaim;
import org.shopsuite.model.WarrantyClaimStatus;

/**
 * "Cancel claim…": the customer called it off. An assigned claim's receipt and job (or its sublet
 * order) are withdrawn with it, which the dialog says. Nothing is sent without a reason.
 */
public final class CancelClaimViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final WarrantyClaim claim;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();
    private String lastSent;

    public CancelClaimViewModel(Session session, Tasks tasks, WarrantyClaim claim) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.claim = claim;
        Forms.clearOnEdit(fieldErrors, "reason", reason);
    }

    /** Names the claim and its car; an assigned one says what is withdrawn with it. */
    public String header() {
        String base = m.get("warranty.cancel.header", claim.id(), claim.plate(), claim.complaint());
        if (claim.status() != WarrantyClaimStatus.ASSIGNED) {
            return base;
        }
        return base
                + "\n"
                + (claim.subletOrderId() != null
                        ? m.get("warranty.cancel.withSublet", claim.subletOrderId())
                        : m.get("warranty.cancel.withReceipt", claim.receiptId()));
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
        if (why.isEmpty()) {
            fieldErrors.put("reason", m.get("field.is.required"));
            return;
        }
        if (!why.equals(lastSent)) {
            key = ShopClient.newIdempotencyKey();
        }
        lastSent = why;
        String k = key;
        busy.set(true);
        tasks.run(
                () -> session.client().cancelWarrantyClaim(claim.id(), why, k),
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
