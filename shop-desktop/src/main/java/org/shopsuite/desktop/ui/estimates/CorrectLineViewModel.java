package org.shopsuite.desktop.ui.estimates;

import java.math.BigDecimal;
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
import org.shopsuite.model.Estimate;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.OverrideInput;

/**
 * A manager's correction of an approved line before the job is finished: new hours and rate for
 * labour, a new unit price for the other kinds, and the reason (required; the audit keeps the
 * values before and after). The server checks that more hours still fit the mechanic's day.
 */
public final class CorrectLineViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final long estimateId;
    private final EditorLine line;
    private final StringProperty hours = new SimpleStringProperty("");
    private final StringProperty rate = new SimpleStringProperty("");
    private final StringProperty unitPrice = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final String key = ShopClient.newIdempotencyKey();

    CorrectLineViewModel(Session session, Tasks tasks, long estimateId, EditorLine line) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.estimateId = estimateId;
        this.line = line;
        if (labour()) {
            hours.set(
                    line.input().hours() == null
                            ? ""
                            : line.input().hours().stripTrailingZeros().toPlainString());
            rate.set(Long.toString(line.unitPrice()));
        } else {
            unitPrice.set(Long.toString(line.unitPrice()));
        }
        Forms.clearOnEdit(fieldErrors, "hours", hours);
        Forms.clearOnEdit(fieldErrors, "rate", rate);
        Forms.clearOnEdit(fieldErrors, "unitPrice", unitPrice);
        Forms.clearOnEdit(fieldErrors, "reason", reason);
    }

    public boolean labour() {
        return line.input().kind() == EstimateLineKind.LABOR;
    }

    /** What is corrected: the line's kind and description, and its amount now. */
    public String header() {
        return m.get(
                "estimate.correct.header",
                m.get("estimate.kind." + line.input().kind().name()),
                Forms.text(line.input().description()),
                m.money(line.amount(), session.shop().currency()));
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public StringProperty unitPriceProperty() {
        return unitPrice;
    }

    public StringProperty reasonProperty() {
        return reason;
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

    /** Sends the correction; {@code done} gets the estimate as it now stands. */
    public void submit(Consumer<Estimate> done) {
        fieldErrors.clear();
        error.set("");
        BigDecimal h = labour() ? Forms.decimal(fieldErrors, "hours", hours.get(), m) : null;
        Long r = labour() ? Forms.whole(fieldErrors, "rate", rate.get(), m) : null;
        Long p = labour() ? null : Forms.whole(fieldErrors, "unitPrice", unitPrice.get(), m);
        if (reason.get() == null || reason.get().isBlank()) {
            fieldErrors.put("reason", m.get("estimate.correct.reasonNeeded"));
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        OverrideInput in = new OverrideInput(h, r, p, reason.get().strip());
        busy.set(true);
        tasks.run(
                () -> session.client().overrideLine(estimateId, line.id(), in, key),
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
