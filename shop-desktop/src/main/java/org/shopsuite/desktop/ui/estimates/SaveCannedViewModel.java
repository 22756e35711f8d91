package org.shopsuite.desktop.ui.estimates;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
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
import org.shopsuite.model.CannedJob;
import org.shopsuite.model.CannedJobInput;
import org.shopsuite.model.EstimateLineInput;
import org.shopsuite.model.EstimateLineKind;

/**
 * Saves an estimate's lines as a canned job (MANAGER) under a name. What the counter will get when
 * it adds the job later: labour at the shop's rate unless the line had another rate, catalogue
 * parts at the pricing rule's price of that day, fees and sublet at the price typed here.
 */
public final class SaveCannedViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final List<EstimateLineInput> lines;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final String key = ShopClient.newIdempotencyKey();

    SaveCannedViewModel(Session session, Tasks tasks, List<EditorLine> from) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.lines = asCanned(from, session.shop().laborRatePerHour());
        Forms.clearOnEdit(fieldErrors, "name", name);
    }

    /** The lines a canned job keeps: prices that follow the shop's rate or rules are left out. */
    static List<EstimateLineInput> asCanned(List<EditorLine> from, Long shopRate) {
        List<EstimateLineInput> out = new ArrayList<>();
        for (EditorLine l : from) {
            EstimateLineInput in = l.input();
            if (in.kind() == EstimateLineKind.LABOR) {
                Long rate = in.rate() == null || in.rate().equals(shopRate) ? null : in.rate();
                out.add(new EstimateLineInput(in.kind(), in.description(), in.hours(), rate, null, null, null, null));
            } else if (in.kind() == EstimateLineKind.PART && in.vehiclePartId() != null) {
                out.add(new EstimateLineInput(
                        in.kind(), in.description(), null, null, in.quantity(), null, in.vehiclePartId(), in.grade()));
            } else {
                out.add(new EstimateLineInput(
                        in.kind(),
                        in.description(),
                        null,
                        null,
                        in.quantity(),
                        in.unitPrice() == null ? l.unitPrice() : in.unitPrice(),
                        in.vehiclePartId(),
                        in.grade()));
            }
        }
        return out;
    }

    public List<EstimateLineInput> lines() {
        return lines;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void submit(Consumer<CannedJob> done) {
        fieldErrors.clear();
        error.set("");
        if (name.get() == null || name.get().isBlank()) {
            fieldErrors.put("name", m.get("canned.nameNeeded"));
            return;
        }
        CannedJobInput in = new CannedJobInput(name.get().strip(), lines, true);
        busy.set(true);
        tasks.run(
                () -> session.client().createCannedJob(in, key),
                j -> {
                    busy.set(false);
                    done.accept(j);
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
