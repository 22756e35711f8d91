package org.shopsuite.desktop.ui.sublet;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Event;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.SubletOrder;

/**
 * A job's work sent out (the counter's receipt detail): its sublet orders with their status, kept
 * current by the sublet events of that job, and "Send out (sublet)…" while the job is open.
 */
public final class JobSubletsViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObjectProperty<Job> job = new SimpleObjectProperty<>();
    private final ObservableList<SubletOrder> orders = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanBinding canSend;

    public JobSubletsViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.canSend = Bindings.createBooleanBinding(
                () -> job.get() != null
                        && (job.get().status() == JobStatus.WAITING || job.get().status() == JobStatus.IN_PROGRESS),
                job);
    }

    public ObservableList<SubletOrder> orders() {
        return orders;
    }

    public ObjectProperty<Job> jobProperty() {
        return job;
    }

    /** Work can be sent out while the job is open (waiting or in progress). */
    public BooleanBinding canSendProperty() {
        return canSend;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** Shows this job's orders (none for no job). */
    public void show(Job j) {
        Long before = job.get() == null ? null : job.get().id();
        job.set(j);
        if (j == null || before == null || before != j.id()) {
            orders.clear();
            message.set("");
            error.set("");
        }
        if (j != null) {
            reload();
        }
    }

    private void reload() {
        Job j = job.get();
        if (j == null) {
            return;
        }
        long id = j.id();
        tasks.run(
                () -> session.client().subletOrders(null, null, id),
                list -> {
                    if (job.get() != null && job.get().id() == id) {
                        orders.setAll(list);
                    }
                },
                t -> error.set(m.describe(t)));
    }

    /** An order's first line: its number, the outside shop and its state. */
    public String head(SubletOrder o) {
        String state = m.get("sublet." + o.status().name())
                + (o.scheduledOn() == null || o.status() != org.shopsuite.model.SubletOrderStatus.SCHEDULED
                        ? ""
                        : " " + m.date(o.scheduledOn()));
        return m.get("sublet.job.head", Long.toString(o.id()), o.supplierName(), state);
    }

    /** An order's second line: the work, what it costs the shop and what the customer pays. */
    public String body(SubletOrder o) {
        return m.get(
                "sublet.job.body",
                o.description(),
                m.money(o.cost(), currency()),
                o.price() == null ? "-" : m.money(o.price(), currency()));
    }

    String currency() {
        String c = session.shop().currency();
        return c == null ? "KRW" : c;
    }

    /** The form to send the job's work out, or null when the job is not open. */
    public SendSubletViewModel sendForm() {
        return canSend.get() ? new SendSubletViewModel(session, tasks, job.get(), this) : null;
    }

    void sent(SubletOrder o) {
        error.set("");
        message.set(m.get("sublet.sent", Long.toString(o.id()), o.supplierName()));
        if (orders.stream().noneMatch(x -> x.id() == o.id())) {
            orders.add(0, o);
        }
    }

    /** A sublet event of the shown job reloads its orders. */
    public void onEvent(Event e) {
        Job j = job.get();
        if (j == null || e.jobId() == null || e.jobId() != j.id()) {
            return;
        }
        switch (e.type()) {
            case SubletOrdered, SubletScheduled, SubletCompleted, SubletCancelled -> reload();
            default -> {}
        }
    }
}
