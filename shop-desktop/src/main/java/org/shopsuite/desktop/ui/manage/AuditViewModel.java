package org.shopsuite.desktop.ui.manage;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Event;

/** The audit trail: who changed what and when, by entity and dates. */
public final class AuditViewModel {
  /** The kinds of things the server can audit. */
  public static final String[] ENTITIES = {"receipt", "job", "invoice", "vehiclePart", "mechanic", "user", "shop"};

  private final Session session;
  private final Tasks tasks;
  private final StringProperty entity = new SimpleStringProperty();
  private final StringProperty entityId = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
  private final ObservableList<Event> rows = FXCollections.observableArrayList();
  private final BooleanProperty more = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");
  private String cursor;

  public AuditViewModel(Session session, Tasks tasks) {
    this.session = session;
    this.tasks = tasks;
  }

  public StringProperty entityProperty() { return entity; }
  public StringProperty entityIdProperty() { return entityId; }
  public ObjectProperty<LocalDate> fromProperty() { return from; }
  public ObjectProperty<LocalDate> toProperty() { return to; }
  public ObservableList<Event> rows() { return rows; }
  public BooleanProperty moreProperty() { return more; }
  public StringProperty errorProperty() { return error; }

  public void search() {
    cursor = null;
    load(false);
  }

  public void loadMore() {
    if (cursor != null) {
      load(true);
    }
  }

  private void load(boolean append) {
    String e = entity.get() == null ? null
        : entityId.get().isBlank() ? entity.get() : entity.get() + ":" + entityId.get().strip();
    String from = append ? cursor : null;
    LocalDate f = this.from.get();
    LocalDate t = to.get();
    tasks.run(
        () -> session.client().audit(e, f, t, from),
        page -> {
          if (append) {
            rows.addAll(page.items());
          } else {
            rows.setAll(page.items());
          }
          cursor = page.nextCursor();
          more.set(cursor != null);
          error.set("");
        },
        x -> error.set(session.messages().describe(x)));
  }
}
