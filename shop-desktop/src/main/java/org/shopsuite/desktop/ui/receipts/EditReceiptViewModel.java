package org.shopsuite.desktop.ui.receipts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.FieldError;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.ReceiptInput;
import org.shopsuite.model.ReceiptStatus;

/**
 * "Edit receipt": the request, the hours, the time promised and the customer's name and phone while
 * the job is not finished; the mechanic and the day only while it is waiting. Sent with the version
 * it was read at: a receipt someone changed meanwhile is shown again as it now is (nothing is
 * overwritten), and hours that do not fit the mechanic's day are refused beside the hours field.
 */
public final class EditReceiptViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ZoneId zone;
    private final StringProperty customerName = new SimpleStringProperty("");
    private final StringProperty customerPhone = new SimpleStringProperty("");
    private final StringProperty request = new SimpleStringProperty("");
    private final StringProperty estimatedHours = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> requestDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Mechanic> mechanic = new SimpleObjectProperty<>();
    private final ObservableList<Mechanic> mechanics = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> promisedDate = new SimpleObjectProperty<>();
    private final StringProperty promisedTime = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper canMove = new ReadOnlyBooleanWrapper();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Receipt receipt;

    public EditReceiptViewModel(Session session, Tasks tasks, Receipt receipt) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.zone = ZoneId.of(session.shop().timezone());
        fill(receipt);
        for (var f : List.of(
                java.util.Map.entry("customerName", customerName),
                java.util.Map.entry("customerPhone", customerPhone),
                java.util.Map.entry("request", request),
                java.util.Map.entry("estimatedHours", estimatedHours),
                java.util.Map.entry("promisedTime", promisedTime))) {
            Forms.clearOnEdit(fieldErrors, f.getKey(), f.getValue());
        }
        Forms.clearOnEdit(fieldErrors, "requestDate", requestDate);
        Forms.clearOnEdit(fieldErrors, "mechanicId", mechanic);
        Forms.clearOnEdit(fieldErrors, "promisedAt", promisedDate);
        Forms.clearOnEdit(fieldErrors, "promisedAt", promisedTime);
    }

    /** A receipt can be edited while it is accepted and its job is not finished. */
    public static boolean editable(Receipt r) {
        return r != null
                && r.status() == ReceiptStatus.ACCEPTED
                && (r.jobStatus() == JobStatus.WAITING || r.jobStatus() == JobStatus.IN_PROGRESS);
    }

    private void fill(Receipt r) {
        this.receipt = r;
        customerName.set(r.customerName());
        customerPhone.set(r.customerPhone() == null ? "" : r.customerPhone());
        request.set(r.request());
        estimatedHours.set(r.estimatedHours().stripTrailingZeros().toPlainString());
        requestDate.set(r.requestDate());
        canMove.set(r.jobStatus() == JobStatus.WAITING);
        Mechanic current = mechanics.stream()
                .filter(x -> x.id() == r.mechanicId())
                .findFirst()
                .orElse(null);
        mechanic.set(current);
        if (r.promisedAt() == null) {
            promisedDate.set(null);
            promisedTime.set("");
        } else {
            promisedDate.set(r.promisedAt().atZone(zone).toLocalDate());
            promisedTime.set(org.shopsuite.desktop.ui.receipt.PromisedTime.time(r.promisedAt(), zone));
        }
    }

    /** Loads the mechanics to choose from (the receipt's own stays chosen). */
    public void loadMechanics() {
        long own = receipt.mechanicId();
        tasks.run(
                () -> session.client().activeMechanics(),
                list -> {
                    mechanics.setAll(list);
                    if (list.stream().noneMatch(x -> x.id() == own)) {
                        // an inactive mechanic's job stays theirs unless moved
                        mechanics.add(0, new Mechanic(own, receipt.mechanicName(), BigDecimal.ZERO, false, 0));
                    }
                    mechanics.stream().filter(x -> x.id() == own).findFirst().ifPresent(mechanic::set);
                },
                failure -> error.set(m.describe(failure)));
    }

    /** What the dialog says it edits: the receipt, its car and its customer. */
    public String header() {
        return m.get("receipts.edit.header", receipt.id(), receipt.carId(), receipt.customerName());
    }

    public Receipt receipt() {
        return receipt;
    }

    /** The mechanic and the day can change only while the job is waiting. */
    public ReadOnlyBooleanProperty canMoveProperty() {
        return canMove.getReadOnlyProperty();
    }

    public StringProperty customerNameProperty() {
        return customerName;
    }

    public StringProperty customerPhoneProperty() {
        return customerPhone;
    }

    public StringProperty requestProperty() {
        return request;
    }

    public StringProperty estimatedHoursProperty() {
        return estimatedHours;
    }

    public ObjectProperty<LocalDate> requestDateProperty() {
        return requestDate;
    }

    public ObjectProperty<Mechanic> mechanicProperty() {
        return mechanic;
    }

    public ObservableList<Mechanic> mechanics() {
        return mechanics;
    }

    public ObjectProperty<LocalDate> promisedDateProperty() {
        return promisedDate;
    }

    /** The promised time of day, "HH:mm" (blank: 18:00 when a date is chosen). */
    public StringProperty promisedTimeProperty() {
        return promisedTime;
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

    /** Sends the edit with the version it was read at; {@code done} gets the changed receipt. */
    public void submit(Consumer<Receipt> done) {
        fieldErrors.clear();
        error.set("");
        ReceiptInput in = input();
        if (in == null) {
            return;
        }
        long id = receipt.id();
        long version = receipt.version();
        busy.set(true);
        tasks.run(
                () -> session.client().changeReceipt(id, version, in),
                changed -> {
                    busy.set(false);
                    done.accept(changed);
                },
                this::refused);
    }

    private void refused(Throwable t) {
        busy.set(false);
        if (t instanceof ApiError e && e.status() == 412) {
            // Someone changed it meanwhile: show it as it is now; the user makes the change again.
            tasks.run(
                    () -> session.client().receipt(receipt.id()),
                    fresh -> {
                        fill(fresh);
                        error.set(editable(fresh) ? m.get("receipts.edit.stale") : m.get("receipts.edit.finished"));
                    },
                    failure -> error.set(m.describe(failure)));
            return;
        }
        if (t instanceof ApiError e && e.status() == 409) {
            for (FieldError fe : e.errors()) {
                switch (fe.field()) {
                    case "estimatedHours" -> fieldErrors.put("estimatedHours", noHours(fe));
                    case "mechanicId", "requestDate" -> fieldErrors.put(fe.field(), m.get("receipts.edit.started"));
                    case "id" -> error.set(m.get("receipts.edit.finished"));
                    default -> fieldErrors.put(fe.field(), m.field(fe));
                }
            }
            if (!e.errors().isEmpty()) {
                return;
            }
        }
        Forms.fail(fieldErrors, error, t, m);
    }

    /** "김민수 has 3.5 h left on Nov 27; 5 h were asked", in the user's language. */
    private String noHours(FieldError fe) {
        Object left = fe.params().get("remainingHours");
        Object asked = fe.params().get("requestedHours");
        if (left == null || asked == null) {
            return m.field(fe);
        }
        Mechanic who = mechanic.get();
        return m.get(
                "receipts.edit.noHours",
                who == null ? receipt.mechanicName() : who.name(),
                m.hours(new BigDecimal(left.toString())),
                m.date(requestDate.get()),
                m.hours(new BigDecimal(asked.toString())));
    }

    /** The edit as sent: the car and the linked records are not part of it (they stay). */
    ReceiptInput input() {
        BigDecimal hours = Forms.decimal(fieldErrors, "estimatedHours", estimatedHours.get(), m);
        if (hours == null && !fieldErrors.containsKey("estimatedHours")) {
            fieldErrors.put("estimatedHours", m.get("field.is.required"));
        }
        Instant promised = promised();
        if (!fieldErrors.isEmpty()) {
            return null;
        }
        Mechanic who = mechanic.get();
        return new ReceiptInput(
                customerName.get(),
                Forms.blankToNull(customerPhone.get()),
                null,
                null,
                who == null ? receipt.mechanicId() : who.id(),
                requestDate.get() == null ? receipt.requestDate() : requestDate.get(),
                hours,
                request.get(),
                null,
                null,
                promised);
    }

    private Instant promised() {
        return org.shopsuite.desktop.ui.receipt.PromisedTime.of(
                promisedDate.get(),
                promisedTime.get(),
                zone,
                fieldErrors,
                m.get("receipts.promised.needsDate"),
                m.get("receipts.promised.badTime"));
    }
}
