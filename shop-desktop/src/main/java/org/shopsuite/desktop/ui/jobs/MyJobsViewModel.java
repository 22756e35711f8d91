package org.shopsuite.desktop.ui.jobs;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Event;
import org.shopsuite.model.FinishInput;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.PartRequestInput;
import org.shopsuite.model.PartRequestStatus;
import org.shopsuite.model.Role;
import org.shopsuite.model.VehiclePart;
import org.shopsuite.model.event.JobCreated;

/**
 * The mechanic's workstation: my open jobs (live), the selected job, parts by name, number or
 * scanned barcode, and finishing with the actual hours.
 */
public final class MyJobsViewModel {
    private final Session session;
    private final Tasks tasks;
    private final ObservableList<Job> jobs = FXCollections.observableArrayList();
    private final ObservableSet<Long> newJobs = FXCollections.observableSet(new HashSet<>());
    private final ObjectProperty<Job> selected = new SimpleObjectProperty<>();
    private final StringProperty partQuery = new SimpleStringProperty("");
    private final ObservableList<VehiclePart> parts = FXCollections.observableArrayList();
    private final ObjectProperty<VehiclePart> part = new SimpleObjectProperty<>();
    private final StringProperty quantity = new SimpleStringProperty("1");
    private final StringProperty laborHours = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<PartRequest> lastRequest = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty arrival = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final org.shopsuite.desktop.ui.estimates.ApprovedWorkViewModel approved;
    private final JobClockViewModel clock;
    private final javafx.beans.property.ReadOnlyBooleanWrapper refused =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final javafx.collections.ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();

    public MyJobsViewModel(Session session, Tasks tasks) {
        laborHours.addListener((o, a, b) -> fieldErrors.remove("laborHours"));
        notes.addListener((o, a, b) -> fieldErrors.remove("notes"));
        this.session = session;
        this.tasks = tasks;
        this.approved = new org.shopsuite.desktop.ui.estimates.ApprovedWorkViewModel(session, tasks);
        this.clock = new JobClockViewModel(session, tasks);
        // every new state of the selected job (a start, a finish) reaches the clock's buttons
        selected.addListener((o, a, b) -> clock.jobProperty().set(b));
        selected.addListener((o, a, b) -> {
            if (a != null && b != null && a.id() == b.id()) {
                return;
            }
            laborHours.set(b == null ? "" : b.estimatedHours().toPlainString());
            notes.set(b == null || b.notes() == null ? "" : b.notes());
            lastRequest.set(null);
            if (b != null) {
                newJobs.remove(b.id());
            }
            approved.load(b);
        });
    }

    /** The time clock of the mechanic (or, for a manager, of the selected job's mechanic). */
    public JobClockViewModel clock() {
        return clock;
    }

    /** The selected job's approved work (its presented estimate), for the mechanic to read. */
    public org.shopsuite.desktop.ui.estimates.ApprovedWorkViewModel approvedWork() {
        return approved;
    }

    public ObservableList<Job> jobs() {
        return jobs;
    }

    public ObservableSet<Long> newJobs() {
        return newJobs;
    }

    public ObjectProperty<Job> selectedProperty() {
        return selected;
    }

    public StringProperty partQueryProperty() {
        return partQuery;
    }

    public ObservableList<VehiclePart> parts() {
        return parts;
    }

    public ObjectProperty<VehiclePart> partProperty() {
        return part;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty laborHoursProperty() {
        return laborHours;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<PartRequest> lastRequestProperty() {
        return lastRequest;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The finish form's errors by field ("laborHours", "notes"), to show beside that field. */
    public javafx.collections.ObservableMap<String, String> fieldErrors() {
        return FXCollections.unmodifiableObservableMap(fieldErrors);
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** "Ordered part arrived": a backordered part was received and issued to one of my jobs. */
    public StringProperty arrivalProperty() {
        return arrival;
    }

    /** Whether "Order it" is offered: a request refused for stock, not on order yet, on an open job. */
    public static boolean orderable(PartRequest r) {
        return r.status() == PartRequestStatus.REJECTED && r.backorderId() == null;
    }

    /**
     * "Order it" on a part refused for stock: it goes on the part's default supplier's order, tied
     * to the job, and is issued to the job when it arrives. A part with no default supplier is said
     * in words: the manager orders it.
     */
    public void orderIt(PartRequest r) {
        Job job = selected.get();
        if (job == null || !orderable(r)) {
            return;
        }
        busy.set(true);
        String key = ShopClient.newIdempotencyKey();
        tasks.run(
                () -> {
                    PartRequest ordered = session.client().backorder(r.id(), null, key);
                    return new Object[] {ordered, session.client().job(job.id())};
                },
                result -> {
                    busy.set(false);
                    PartRequest ordered = (PartRequest) result[0];
                    error.set("");
                    refused.set(false);
                    message.set(session.messages()
                            .get(
                                    "jobs.ordered",
                                    ordered.quantity(),
                                    ordered.partName(),
                                    Long.toString(ordered.jobId())));
                    replace((Job) result[1]);
                },
                t -> {
                    busy.set(false);
                    if (t instanceof org.shopsuite.desktop.client.ApiError e
                            && e.status() == 400
                            && e.errors().stream().anyMatch(f -> "supplierId".equals(f.field()))) {
                        error.set(session.messages().get("jobs.order.noSupplier", r.partName()));
                        return;
                    }
                    fail(t);
                });
    }

    /**
     * The message says something was refused (a part out of stock was not issued): shown as a
     * warning, not as a success.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    private Long myMechanicId() {
        return session.user().role() == Role.MECHANIC ? session.user().mechanicId() : null;
    }

    /** My jobs that are waiting or in progress, oldest first. */
    public void refresh() {
        clock.refresh();
        Long me = myMechanicId();
        tasks.run(
                () -> {
                    List<Job> open = new java.util.ArrayList<>(session.client().jobs(me, JobStatus.IN_PROGRESS, null));
                    open.addAll(session.client().jobs(me, JobStatus.WAITING, null));
                    open.sort(java.util.Comparator.comparing(Job::id));
                    return open;
                },
                list -> {
                    // The job selected when the answer arrives (the mechanic may have clicked
                    // another while it was on its way), not the one selected when it was asked for.
                    Long keep = selected.get() == null ? null : selected.get().id();
                    jobs.setAll(list);
                    selected.set(
                            keep == null
                                    ? null
                                    : list.stream()
                                            .filter(j -> j.id() == keep)
                                            .findFirst()
                                            .orElse(null));
                },
                this::fail);
    }

    public void start() {
        Job job = selected.get();
        if (job == null) {
            return;
        }
        act(() -> session.client().startJob(job.id(), ShopClient.newIdempotencyKey()), "jobs.started");
    }

    /**
     * What "Finish job" asks before the invoice is issued: the job, and what will be billed (the
     * hours worked and the parts kept). Null, with the reason shown, when the hours are not a number.
     */
    public String finishConfirmation() {
        Job job = selected.get();
        if (job == null) {
            return null;
        }
        BigDecimal hours;
        try {
            hours = hoursTyped();
        } catch (NumberFormatException e) {
            error.set(session.messages().get("jobs.hours.invalid"));
            return null;
        }
        var m = session.messages();
        List<String> kept = job.partRequests().stream()
                .filter(r -> r.status() != org.shopsuite.model.PartRequestStatus.REJECTED)
                .filter(r -> r.quantity() - r.returnedQuantity() > 0)
                .map(r -> m.get("jobs.finish.part", r.quantity() - r.returnedQuantity(), r.partName()))
                .toList();
        return m.get(
                "jobs.finish.confirm",
                job.id(),
                job.carId(),
                job.customerName(),
                m.hours(hours == null ? job.estimatedHours() : hours),
                kept.isEmpty() ? m.get("jobs.finish.noParts") : String.join(", ", kept));
    }

    private BigDecimal hoursTyped() {
        return laborHours.get().isBlank()
                ? null
                : new BigDecimal(laborHours.get().strip().replace(',', '.'));
    }

    /** Finishes the selected job and issues its invoice (after {@link #finishConfirmation()}). */
    public void finish() {
        Job job = selected.get();
        if (job == null) {
            return;
        }
        fieldErrors.clear();
        BigDecimal hours;
        try {
            hours = hoursTyped();
        } catch (NumberFormatException e) {
            fieldErrors.put("laborHours", session.messages().get("jobs.hours.invalid"));
            return;
        }
        FinishInput in = new FinishInput(hours, notes.get().isBlank() ? null : notes.get());
        act(
                () -> session.client().finishJob(job.id(), in, ShopClient.newIdempotencyKey()),
                "jobs.finished",
                this::failFinish);
    }

    /** Searches the catalogue; an exact barcode or part number (a scanner's Enter) picks it. */
    public void searchParts() {
        String q = partQuery.get().strip();
        if (q.isEmpty()) {
            parts.clear();
            return;
        }
        tasks.run(
                () -> session.client().parts(q),
                list -> {
                    parts.setAll(list);
                    list.stream()
                            .filter(p -> q.equals(p.barcode()) || q.equalsIgnoreCase(p.partId()))
                            .findFirst()
                            .or(() ->
                                    list.size() == 1 ? java.util.Optional.of(list.get(0)) : java.util.Optional.empty())
                            .ifPresent(part::set);
                },
                this::fail);
    }

    public void requestPart() {
        Job job = selected.get();
        VehiclePart p = part.get();
        if (job == null || p == null) {
            error.set(session.messages().get("jobs.part.choose"));
            return;
        }
        int qty;
        try {
            qty = Integer.parseInt(quantity.get().strip());
        } catch (NumberFormatException e) {
            error.set(session.messages().get("jobs.quantity.invalid"));
            return;
        }
        busy.set(true);
        String key = ShopClient.newIdempotencyKey();
        tasks.run(
                () -> {
                    PartRequest r = session.client().requestPart(job.id(), new PartRequestInput(p.id(), qty), key);
                    return new Object[] {
                        r,
                        session.client().job(job.id()),
                        session.client().parts(partQuery.get().strip())
                    };
                },
                result -> {
                    busy.set(false);
                    PartRequest r = (PartRequest) result[0];
                    lastRequest.set(r);
                    error.set("");
                    refused.set(r.status() != PartRequestStatus.ISSUED);
                    message.set(
                            r.status() == PartRequestStatus.ISSUED
                                    ? session.messages().get("jobs.part.issued", r.quantity(), r.partName())
                                    : session.messages().get("jobs.part.rejected", r.quantity(), r.partName()));
                    replace((Job) result[1]);
                    @SuppressWarnings("unchecked")
                    List<VehiclePart> refreshed = (List<VehiclePart>) result[2];
                    parts.setAll(refreshed);
                },
                this::fail);
    }

    /** The mechanic's "Recommend work" form for the selected job in progress, or null. */
    public org.shopsuite.desktop.ui.estimates.RecommendViewModel recommendForm() {
        Job job = selected.get();
        return job == null || job.status() != JobStatus.IN_PROGRESS
                ? null
                : new org.shopsuite.desktop.ui.estimates.RecommendViewModel(session, tasks, job);
    }

    /** The recommendation went to the counter as a new estimate version. */
    public void recommended(org.shopsuite.model.Estimate e) {
        error.set("");
        message.set(session.messages().get("jobs.recommended", e.number()));
    }

    /** The form that returns some or all of an issued request, or null with no job chosen. */
    public ReturnPartViewModel returnForm(PartRequest r) {
        Job job = selected.get();
        if (job == null || r.status() != PartRequestStatus.ISSUED) {
            return null;
        }
        return new ReturnPartViewModel(session, tasks, job.id(), r);
    }

    /** After a return: says what went back and shows the job as it now stands. */
    public void returned(ReturnPartViewModel form, Job job) {
        error.set("");
        refused.set(false);
        message.set(session.messages()
                .get(
                        "jobs.part.returned",
                        form.quantityProperty().get(),
                        form.request().partName()));
        replace(job);
    }

    /**
     * A new job for me appears at once, highlighted; changes to my jobs refresh the list. A part I
     * ordered that is issued to my job on arrival (by whoever received it) is announced.
     */
    public void onEvent(Event e) {
        clock.onEvent(e);
        Long me = myMechanicId();
        if (e.data() instanceof org.shopsuite.model.event.PartIssued issued
                && e.jobId() != null
                && !session.user().username().equals(e.actor())) {
            jobs.stream()
                    .filter(j -> j.id() == e.jobId())
                    .flatMap(j -> j.partRequests().stream())
                    .filter(r -> r.backorderId() != null && r.vehiclePartId() == issued.vehiclePartId())
                    .findFirst()
                    .ifPresent(r -> arrival.set(session.messages()
                            .get("jobs.arrived", r.partName(), Long.toString(e.jobId()), issued.quantity())));
        }
        if (e.data() instanceof JobCreated created) {
            if (me == null || created.mechanicId() == me) {
                newJobs.add(e.jobId());
                refresh();
            }
        } else if (e.jobId() != null && jobs.stream().anyMatch(j -> j.id() == e.jobId())) {
            refresh();
        }
        Job shown = selected.get();
        if (shown != null
                && e.jobId() != null
                && e.jobId() == shown.id()
                && e.type().name().startsWith("Estimate")) {
            approved.load(shown); // the customer decided, or the counter presented a new version
        }
    }

    private void act(java.util.concurrent.Callable<Job> call, String doneKey) {
        act(call, doneKey, this::fail);
    }

    private void act(
            java.util.concurrent.Callable<Job> call, String doneKey, java.util.function.Consumer<Throwable> onFailure) {
        busy.set(true);
        refused.set(false);
        tasks.run(
                call,
                job -> {
                    busy.set(false);
                    error.set("");
                    message.set(session.messages().get(doneKey, job.id()));
                    replace(job);
                },
                onFailure);
    }

    private void replace(Job job) {
        boolean open = job.status() == JobStatus.WAITING || job.status() == JobStatus.IN_PROGRESS;
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i).id() == job.id()) {
                if (open) {
                    jobs.set(i, job);
                    selected.set(job);
                } else {
                    jobs.remove(i);
                    selected.set(null);
                }
                return;
            }
        }
        if (open) {
            jobs.add(job);
            selected.set(job);
        }
    }

    /** A refused finish: each error the server names a field of goes beside that field. */
    private void failFinish(Throwable t) {
        busy.set(false);
        if (t instanceof org.shopsuite.desktop.client.ApiError e && !e.errors().isEmpty()) {
            e.errors()
                    .forEach(
                            fe -> fieldErrors.put(fe.field(), session.messages().field(fe)));
            error.set("");
            return;
        }
        error.set(session.messages().describe(t));
    }

    private void fail(Throwable t) {
        busy.set(false);
        error.set(session.messages().describe(t));
    }

    /**
     * A comeback's re-repair says so ("Comeback"), and "no charge" when its claim is covered by the
     * warranty; empty for any other job.
     */
    public static String comeback(Job j, Messages m) {
        if (j == null || j.warrantyClaimId() == null) {
            return "";
        }
        return j.warrantyCoverage() == org.shopsuite.model.Coverage.WARRANTY
                ? m.get("jobs.comeback") + " · " + m.get("jobs.noCharge")
                : m.get("jobs.comeback");
    }
}
