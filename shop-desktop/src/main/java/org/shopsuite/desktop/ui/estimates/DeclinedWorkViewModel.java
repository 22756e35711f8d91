package org.shopsuite.desktop.ui.estimates;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.DeclinedWork;

/**
 * A car's declined work from earlier visits (newest first), for the vehicle card, and what the
 * new-receipt form offers from the last visit that had some. Only the answer for the car asked
 * last is shown.
 */
public final class DeclinedWorkViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObservableList<DeclinedWork> items = FXCollections.observableArrayList();
    private final StringProperty offer = new SimpleStringProperty("");
    private long loads;

    public DeclinedWorkViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
    }

    public ObservableList<DeclinedWork> items() {
        return items;
    }

    /** "Declined last time: …", or empty when the car has none. */
    public ReadOnlyStringProperty offerProperty() {
        return offer;
    }

    /** Loads the declined work of this car (none for null). */
    public void load(Long vehicleId) {
        long mine = ++loads;
        if (vehicleId == null) {
            show(List.of());
            return;
        }
        long id = vehicleId;
        tasks.run(
                () -> session.client().declinedWork(id),
                list -> {
                    if (mine == loads) {
                        show(list);
                    }
                },
                failure -> {
                    if (mine == loads) {
                        show(List.of());
                    }
                });
    }

    public void clear() {
        load(null);
    }

    private void show(List<DeclinedWork> list) {
        items.setAll(list);
        List<DeclinedWork> last = lastVisit();
        offer.set(
                last.isEmpty()
                        ? ""
                        : m.get(
                                "declined.lastTime",
                                String.join(
                                        ", ",
                                        last.stream()
                                                .map(d -> d.description() + " (" + money(d.amount()) + ")")
                                                .toList())));
    }

    /** The declined lines of the newest visit that had any. */
    List<DeclinedWork> lastVisit() {
        if (items.isEmpty()) {
            return List.of();
        }
        long receipt = items.get(0).receiptId();
        return items.stream().filter(d -> d.receiptId() == receipt).toList();
    }

    /** One declined line as the vehicle card lists it: when, what kind, what, how much. */
    public String text(DeclinedWork d) {
        ZoneId zone = ZoneId.of(session.shop().timezone());
        return m.get(
                "declined.item",
                d.declinedAt() == null ? "" : m.date(d.declinedAt().atZone(zone).toLocalDate()),
                m.get("estimate.kind." + d.kind().name()),
                d.description(),
                money(d.amount()));
    }

    /** The request with the last visit's declined work added on its own lines (once). */
    public String addedTo(String request) {
        StringBuilder b = new StringBuilder(request == null ? "" : request.strip());
        for (DeclinedWork d : lastVisit()) {
            if (!b.toString().contains(d.description())) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(d.description());
            }
        }
        return b.toString();
    }

    private String money(long amount) {
        return m.money(amount, session.shop().currency());
    }
}
