package org.shopsuite.desktop.ui.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.shopsuite.model.Page;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.StatusPageRow;

/** Today's status board: the read model, kept live by the event stream. */
public final class BoardViewModel {
  private final Session session;
  private final Tasks tasks;
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now());
  private final ObjectProperty<ReceiptStatus> status = new SimpleObjectProperty<>();
  private final ObservableList<StatusPageRow> rows = FXCollections.observableArrayList();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");
  private boolean loading;
  private boolean stale;

  public BoardViewModel(Session session, Tasks tasks) {
    this.session = session;
    this.tasks = tasks;
    date.addListener((o, a, b) -> refresh());
    status.addListener((o, a, b) -> refresh());
  }

  public ObjectProperty<LocalDate> dateProperty() {
    return date;
  }

  public ObjectProperty<ReceiptStatus> statusProperty() {
    return status;
  }

  public ObservableList<StatusPageRow> rows() {
    return rows;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringProperty errorProperty() {
    return error;
  }

  /** Reloads the board; a refresh asked for while one runs is done once it ends. */
  public void refresh() {
    if (loading) {
      stale = true;
      return;
    }
    loading = true;
    busy.set(true);
    LocalDate day = date.get();
    ReceiptStatus filter = status.get();
    tasks.run(
        () -> {
          List<StatusPageRow> all = new ArrayList<>();
          String cursor = null;
          do {
            Page<StatusPageRow> page = session.client().statusPages(day, filter, cursor, 500);
            all.addAll(page.items());
            cursor = page.nextCursor();
          } while (cursor != null);
          return all;
        },
        all -> {
          rows.setAll(all);
          error.set("");
          done();
        },
        failure -> {
          error.set(session.messages().describe(failure));
          done();
        });
  }

  private void done() {
    loading = false;
    busy.set(false);
    if (stale) {
      stale = false;
      refresh();
    }
  }

  /** Called for every live event: anything about a receipt may change the board. */
  public void onEvent(Event e) {
    if (e.receiptId() != null) {
      refresh();
    }
  }
}
