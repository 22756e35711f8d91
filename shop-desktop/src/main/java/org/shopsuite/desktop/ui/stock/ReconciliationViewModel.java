package org.shopsuite.desktop.ui.stock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.PartReconciliation;

/**
 * Bought, used, billed and sold per part over a period, with what does not add up: parts issued
 * and not billed, received without a vendor invoice, credit still owed by suppliers.
 */
public final class ReconciliationViewModel {
    private final Session session;
    private final Tasks tasks;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty onlyDifferences = new SimpleBooleanProperty();
    private final ObservableList<PartReconciliation> all = FXCollections.observableArrayList();
    private final ObservableList<PartReconciliation> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public ReconciliationViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        LocalDate today = LocalDate.now(ZoneId.of(session.shop().timezone()));
        from.set(today.withDayOfMonth(1));
        to.set(today);
        onlyDifferences.addListener((o, a, b) -> filter());
    }

    /** Whether the part has something to look into. */
    public static boolean differs(PartReconciliation r) {
        return r.issuedNotBilled() != 0 || r.receivedWithoutVendorInvoice() != 0 || r.creditOutstanding() != 0;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty onlyDifferencesProperty() {
        return onlyDifferences;
    }

    /** The rows shown (all parts, or those with a difference). */
    public ObservableList<PartReconciliation> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** How many parts and how many with differences; the credit still owed in total. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private boolean datesValid() {
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
            error.set(session.messages().get("recon.dates.invalid"));
            return false;
        }
        return true;
    }

    public void load() {
        if (!datesValid()) {
            return;
        }
        LocalDate f = from.get();
        LocalDate t = to.get();
        busy.set(true);
        tasks.run(
                () -> session.client().partsReconciliation(f, t),
                list -> {
                    busy.set(false);
                    error.set("");
                    message.set("");
                    all.setAll(list);
                    filter();
                },
                this::fail);
    }

    private void filter() {
        List<PartReconciliation> shown = onlyDifferences.get()
                ? all.stream().filter(ReconciliationViewModel::differs).toList()
                : List.copyOf(all);
        rows.setAll(shown);
        long differing = all.stream().filter(ReconciliationViewModel::differs).count();
        long credit =
                all.stream().mapToLong(PartReconciliation::creditOutstanding).sum();
        summary.set(session.messages()
                .get(
                        "recon.summary",
                        all.size(),
                        differing,
                        session.messages().money(credit, session.shop().currency())));
    }

    /** The file name the CSV is offered under. */
    public String fileName() {
        return session.messages().get("recon.file", String.valueOf(from.get()), String.valueOf(to.get())) + ".csv";
    }

    /** Saves the server's CSV of the period to the file. */
    public void saveCsv(Path file) {
        if (!datesValid()) {
            return;
        }
        LocalDate f = from.get();
        LocalDate t = to.get();
        tasks.run(
                () -> Files.write(file, session.client().partsReconciliationCsv(f, t)),
                written -> {
                    error.set("");
                    message.set(session.messages().get("recon.saved", written.getFileName()));
                },
                this::fail);
    }

    private void fail(Throwable t) {
        busy.set(false);
        error.set(session.messages().describe(t));
    }
}
