package org.shopsuite.desktop.ui.manage;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.ui.Paging;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Event;

/** The audit trail: who changed what and when, by entity and dates. */
public final class AuditViewModel {
    /** The kinds of things the server can audit. */
    public static final List<String> ENTITIES =
            List.of("receipt", "job", "invoice", "vehiclePart", "mechanic", "user", "shop");

    private final Session session;
    private final StringProperty entity = new SimpleStringProperty();
    private final StringProperty entityId = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final Paging<Event> paging;
    private final StringProperty error = new SimpleStringProperty("");

    public AuditViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.paging = new Paging<>(tasks);
    }

    public StringProperty entityProperty() {
        return entity;
    }

    public StringProperty entityIdProperty() {
        return entityId;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /**
     * What an event recorded, as {@code field=value, ...} in its record's order; fields it does not
     * carry (null) are left out.
     */
    public static String details(Event e) {
        if (e.data() == null) {
            return "";
        }
        StringJoiner out = new StringJoiner(", ");
        for (RecordComponent c : e.data().getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(e.data());
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
            if (value != null) {
                out.add(c.getName() + "=" + value);
            }
        }
        return out.toString();
    }

    public ObservableList<Event> rows() {
        return paging.rows();
    }

    public BooleanProperty moreProperty() {
        return paging.moreProperty();
    }

    public StringProperty errorProperty() {
        return error;
    }

    public void search() {
        paging.first(this::fetch, this::fail);
    }

    public void loadMore() {
        paging.next(this::fetch, this::fail);
    }

    private org.shopsuite.model.Page<Event> fetch(String cursor) {
        String e = entity.get() == null
                ? null
                : entityId.get().isBlank()
                        ? entity.get()
                        : entity.get() + ":" + entityId.get().strip();
        return session.client().audit(e, from.get(), to.get(), cursor);
    }

    private void fail(Throwable t) {
        error.set(session.messages().describe(t));
    }
}
