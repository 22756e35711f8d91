package org.shopsuite.desktop.ui.jobs;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Job;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.PartReturnInput;

/**
 * The "return parts" dialog: how many of an issued request go back to stock (all still out unless
 * changed), then a confirmation naming the part and the quantity. A retry of the same quantity
 * after the server could not be reached keeps its idempotency key, so parts never go back twice.
 */
public final class ReturnPartViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final long jobId;
    private final PartRequest request;
    private final ObjectProperty<Integer> quantity = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();
    private Integer lastSent;

    public ReturnPartViewModel(Session session, Tasks tasks, long jobId, PartRequest request) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.jobId = jobId;
        this.request = request;
        quantity.set(outstanding());
    }

    public PartRequest request() {
        return request;
    }

    /** How many are still out on the job: the most that can go back. */
    public int outstanding() {
        return request.quantity() - request.returnedQuantity();
    }

    /** What the dialog asks, with the part's name. */
    public String header() {
        return m.get("return.header", request.partName());
    }

    /** Beside the quantity: "of N issued", and how many already went back. */
    public String ofIssued() {
        return request.returnedQuantity() == 0
                ? m.get("return.of", request.quantity())
                : m.get("return.of.partly", request.quantity(), request.returnedQuantity());
    }

    public ObjectProperty<Integer> quantityProperty() {
        return quantity;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Whether the quantity can be sent; if not, says why in {@link #errorProperty()}. */
    public boolean validate() {
        Integer q = quantity.get();
        if (q == null || q < 1 || q > outstanding()) {
            error.set(m.get("return.quantity.range", outstanding()));
            return false;
        }
        error.set("");
        return true;
    }

    /** The confirmation asked before anything is sent: the quantity and the part. */
    public String confirmText() {
        return m.get("return.confirm", quantity.get(), request.partName());
    }

    /** Returns the parts; {@code done} gets the job as it now stands. */
    public void submit(Consumer<Job> done) {
        if (busy.get() || !validate()) {
            return;
        }
        Integer q = quantity.get();
        if (!q.equals(lastSent)) {
            key = ShopClient.newIdempotencyKey();
        }
        lastSent = q;
        String k = key;
        busy.set(true);
        tasks.run(
                () -> {
                    session.client().returnPart(jobId, request.id(), new PartReturnInput(q), k);
                    return session.client().job(jobId);
                },
                job -> {
                    busy.set(false);
                    done.accept(job);
                },
                t -> {
                    busy.set(false);
                    error.set(m.describe(t));
                });
    }
}
