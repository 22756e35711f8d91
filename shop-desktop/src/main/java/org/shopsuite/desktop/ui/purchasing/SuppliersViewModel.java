package org.shopsuite.desktop.ui.purchasing;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Event;
import org.shopsuite.model.Supplier;

/** The suppliers list: active ones, or all with "Show inactive". */
public final class SuppliersViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final BooleanProperty showInactive = new SimpleBooleanProperty();
    private final ObservableList<Supplier> suppliers = FXCollections.observableArrayList();
    private final ObjectProperty<Supplier> selected = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public SuppliersViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        showInactive.addListener((o, a, b) -> refresh());
    }

    public Session session() {
        return session;
    }

    public Tasks tasks() {
        return tasks;
    }

    public BooleanProperty showInactiveProperty() {
        return showInactive;
    }

    public ObservableList<Supplier> suppliers() {
        return suppliers;
    }

    public ObjectProperty<Supplier> selectedProperty() {
        return selected;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public void refresh() {
        boolean all = showInactive.get();
        tasks.run(
                () -> session.client().suppliers(all),
                list -> {
                    Supplier shown = selected.get();
                    suppliers.setAll(list);
                    if (shown != null) {
                        selected.set(list.stream()
                                .filter(s -> s.id() == shown.id())
                                .findFirst()
                                .orElse(null));
                    }
                },
                t -> error.set(m.describe(t)));
    }

    /** A supplier the form saved. */
    public void saved(Supplier s) {
        error.set("");
        message.set(m.get("suppliers.saved", s.name()));
        refresh();
        selected.set(s);
    }

    public void onEvent(Event e) {
        switch (e.type()) {
            case SupplierCreated, SupplierUpdated -> refresh();
            default -> {}
        }
    }
}
