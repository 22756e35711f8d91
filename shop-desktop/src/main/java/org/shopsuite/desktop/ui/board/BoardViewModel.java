package org.shopsuite.desktop.ui.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.desktop.ui.Text;
import org.shopsuite.model.Event;
import org.shopsuite.model.Page;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.StatusPageRow;

/**
 * The status board of one day: the read model, loaded once per day chosen and then kept live row
 * by row from the event stream. The status and text filters work on the loaded rows, so they
 * answer at once however many cars the day has.
 */
public final class BoardViewModel {
  private static final int PAGE = 500;

  private final Session session;
  private final Tasks tasks;
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now());
  private final ObjectProperty<ReceiptStatus> status = new SimpleObjectProperty<>();
  private final StringProperty filter = new SimpleStringProperty("");
  /** Every row of the day, newest receipt first (the server's order). */
  private final ObservableList<StatusPageRow> all = FXCollections.observableArrayList();
  private final FilteredList<StatusPageRow> shown = new FilteredList<>(all);
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");
  private final Set<Long> changed = new LinkedHashSet<>();
  private boolean loading;
  private boolean stale;
  private boolean fetching;

  public BoardViewModel(Session session, Tasks tasks) {
    this.session = session;
    this.tasks = tasks;
    date.addListener((o, a, b) -> refresh());
    status.addListener((o, a, b) -> applyFilter());
    filter.addListener((o, a, b) -> applyFilter());
  }

  public ObjectProperty<LocalDate> dateProperty() {
    return date;
  }

  public ObjectProperty<ReceiptStatus> statusProperty() {
    return status;
  }

  /** Text that a shown row's receipt number, car, customer or mechanic must contain. */
  public StringProperty filterProperty() {
    return filter;
  }

  /** The rows that pass the filters, newest first. */
  public ObservableList<StatusPageRow> rows() {
    return shown;
  }

  /** How many rows the day has before filtering. */
  public int total() {
    return all.size();
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringProperty errorProperty() {
    return error;
  }

  /** Reloads the day; a refresh asked for while one runs is done once it ends. */
  public void refresh() {
    if (loading) {
      stale = true;
      return;
    }
    loading = true;
    busy.set(true);
    LocalDate day = date.get();
    tasks.run(
        () -> {
          List<StatusPageRow> rows = new ArrayList<>();
          String cursor = null;
          do {
            Page<StatusPageRow> page = session.client().statusPages(day, null, cursor, PAGE);
            rows.addAll(page.items());
            cursor = page.nextCursor();
          } while (cursor != null);
          return rows;
        },
        rows -> {
          all.setAll(rows);
          error.set("");
          loaded();
        },
        failure -> {
          error.set(session.messages().describe(failure));
          loaded();
        });
  }

  private void loaded() {
    loading = false;
    busy.set(false);
    if (stale) {
      stale = false;
      refresh();
    } else {
      fetchChanged();
    }
  }

  /**
   * Called for every live event: the rows the events name are fetched (a burst of events is
   * coalesced into one round of fetches) and put in place, without reloading the day.
   */
  public void onEvent(Event e) {
    if (e.receiptId() != null) {
      changed.add(e.receiptId());
      fetchChanged();
    }
  }

  private void fetchChanged() {
    if (fetching || loading || changed.isEmpty()) {
      return;
    }
    fetching = true;
    List<Long> ids = new ArrayList<>(changed);
    changed.clear();
    tasks.run(
        () -> {
          List<Optional<StatusPageRow>> rows = new ArrayList<>(ids.size());
          for (long id : ids) {
            rows.add(session.client().statusPage(id));
          }
          return rows;
        },
        rows -> {
          for (int i = 0; i < ids.size(); i++) {
            put(ids.get(i), rows.get(i).orElse(null));
          }
          fetching = false;
          fetchChanged();
        },
        failure -> {
          // The stream's reconnect reloads the board; until then the last rows stay shown.
          error.set(session.messages().describe(failure));
          fetching = false;
        });
  }

  /** Puts a fresh row in its place (the list stays ordered by receipt, newest first). */
  private void put(long receiptId, StatusPageRow row) {
    int at = indexOf(receiptId);
    boolean belongs = row != null && row.requestDate().equals(date.get());
    if (at >= 0) {
      if (belongs) {
        all.set(at, row);
      } else {
        all.remove(at);
      }
    } else if (belongs) {
      all.add(-at - 1, row);
    }
  }

  /** Binary search over the descending receipt ids; like {@code Collections.binarySearch}. */
  private int indexOf(long receiptId) {
    int lo = 0;
    int hi = all.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long id = all.get(mid).receiptId();
      if (id > receiptId) {
        lo = mid + 1;
      } else if (id < receiptId) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }

  private void applyFilter() {
    ReceiptStatus s = status.get();
    String text = filter.get() == null ? "" : filter.get().strip();
    if (s == null && text.isEmpty()) {
      shown.setPredicate(null);
      return;
    }
    Predicate<StatusPageRow> byStatus = r -> s == null || r.receiptStatus() == s;
    shown.setPredicate(text.isEmpty() ? byStatus : byStatus.and(r -> matches(r, text)));
  }

  static boolean matches(StatusPageRow r, String text) {
    return Text.containsIgnoreCase(r.carId(), text)
        || Text.containsIgnoreCase(r.customerName(), text)
        || Text.containsIgnoreCase(r.mechanicName(), text)
        || (Text.isDigits(text) && Long.toString(r.receiptId()).contains(text));
  }
}
