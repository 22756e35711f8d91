package org.shopsuite.desktop.ui.estimates;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import org.shopsuite.model.Estimate;
import org.shopsuite.model.Job;
import org.shopsuite.model.RecommendationInput;
import org.shopsuite.model.RecommendedPart;
import org.shopsuite.model.VehiclePart;

/**
 * The mechanic's "Recommend work": what they found, the hours it takes and the parts it needs; the
 * server makes a new estimate version for the customer to decide, and the counter sees it at once.
 */
public final class RecommendViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final Job job;
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty hours = new SimpleStringProperty("");
    private final StringProperty partQuery = new SimpleStringProperty("");
    private final StringProperty partQuantity = new SimpleStringProperty("1");
    private final ObservableList<VehiclePart> partMatches = FXCollections.observableArrayList();
    private final ObservableList<PartLine> parts = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();

    /** A part the recommended work needs, with how many. */
    public record PartLine(VehiclePart part, int quantity) {}

    public RecommendViewModel(Session session, Tasks tasks, Job job) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.job = job;
        Forms.clearOnEdit(fieldErrors, "description", description);
        Forms.clearOnEdit(fieldErrors, "hours", hours);
        Forms.clearOnEdit(fieldErrors, "quantity", partQuantity);
    }

    public String header() {
        return m.get("recommend.header", job.id(), job.carId(), job.customerName());
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty partQueryProperty() {
        return partQuery;
    }

    public StringProperty partQuantityProperty() {
        return partQuantity;
    }

    public ObservableList<VehiclePart> partMatches() {
        return partMatches;
    }

    public ObservableList<PartLine> parts() {
        return parts;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Looks the typed part number or name up in the catalogue. */
    public void searchParts() {
        String q = partQuery.get().strip();
        if (q.isEmpty()) {
            return;
        }
        tasks.run(
                () -> session.client().parts(q),
                found -> {
                    partMatches.setAll(found);
                    fieldErrors.remove("parts");
                    if (found.isEmpty()) {
                        fieldErrors.put("parts", m.get("estimate.add.noPart", q));
                    }
                },
                t -> error.set(m.describe(t)));
    }

    /** Adds the part with the typed quantity (a part added again adds up). */
    public void addPart(VehiclePart p) {
        if (p == null) {
            return;
        }
        Long n = Forms.whole(fieldErrors, "quantity", partQuantity.get(), m);
        if (n == null || n < 1 || n > 1000) {
            fieldErrors.put("quantity", m.get("recommend.badQuantity"));
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).part().id() == p.id()) {
                parts.set(i, new PartLine(p, parts.get(i).quantity() + n.intValue()));
                return;
            }
        }
        parts.add(new PartLine(p, n.intValue()));
        partQuantity.set("1");
    }

    public void removePart(int index) {
        if (index >= 0 && index < parts.size()) {
            parts.remove(index);
        }
    }

    /** The recommendation as sent, or null with the reasons next to the fields. */
    RecommendationInput input() {
        fieldErrors.clear();
        String text = Forms.blankToNull(description.get());
        if (text == null) {
            fieldErrors.put("description", m.get("field.is.required"));
        }
        BigDecimal h = Forms.decimal(fieldErrors, "hours", hours.get(), m);
        if (h != null
                && (h.signum() <= 0
                        || h.compareTo(new BigDecimal("24")) > 0
                        || h.stripTrailingZeros().scale() > 2)) {
            fieldErrors.put("hours", m.get("estimate.add.badHours"));
        }
        if (h == null && parts.isEmpty() && !fieldErrors.containsKey("hours")) {
            fieldErrors.put("hours", m.get("recommend.hoursOrParts"));
        }
        if (!fieldErrors.isEmpty()) {
            return null;
        }
        List<RecommendedPart> ps = parts.stream()
                .map(p -> new RecommendedPart(p.part().id(), p.quantity()))
                .toList();
        return new RecommendationInput(text, h, ps.isEmpty() ? null : ps);
    }

    /** Sends the recommendation; {@code done} gets the new estimate version. */
    public void submit(Consumer<Estimate> done) {
        error.set("");
        RecommendationInput in = input();
        if (in == null) {
            return;
        }
        String key = ShopClient.newIdempotencyKey();
        busy.set(true);
        tasks.run(
                () -> session.client().recommend(job.id(), in, key),
                e -> {
                    busy.set(false);
                    done.accept(e);
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
