package org.shopsuite.desktop.ui.board;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
  /** Every row of the day, newest receipt first (the server's order), and each row's search key. */
  private final List<StatusPageRow> all = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  /** The rows that pass the filters, in the same order. */
  private final ObservableList<StatusPageRow> shown = FXCollections.observableArrayList();
  private final IntegerProperty total = new SimpleIntegerProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");
  private final Set<Long> changed = new LinkedHashSet<>();
  /** The order the user chose by a column header; null: newest receipt first. */
  private Comparator<StatusPageRow> order;
  private ReceiptStatus shownStatus;
  private String shownText = "";
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
    return total.get();
  }

  public IntegerProperty totalProperty() {
    return total;
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
          List<String> rowKeys = new ArrayList<>(rows.size());
          rows.forEach(r -> rowKeys.add(key(r)));
          return new Loaded(rows, rowKeys);
        },
        loaded -> {
          all.clear();
          all.addAll(loaded.rows);
          keys.clear();
          keys.addAll(loaded.keys);
          total.set(all.size());
          applyFilter(true);
          error.set("");
          loaded();
        },
        failure -> {
          error.set(session.messages().describe(failure));
          loaded();
        });
  }

  private record Loaded(List<StatusPageRow> rows, List<String> keys) {}

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

  /** Puts a fresh row in its place in the day and, if it passes the filters, in the shown rows. */
  private void put(long receiptId, StatusPageRow row) {
    boolean belongs = row != null && row.requestDate().equals(date.get());
    String key = belongs ? key(row) : null;
    int at = indexOf(all, receiptId);
    if (at >= 0) {
      if (belongs) {
        all.set(at, row);
        keys.set(at, key);
      } else {
        all.remove(at);
        keys.remove(at);
      }
    } else if (belongs) {
      all.add(-at - 1, row);
      keys.add(-at - 1, key);
    }
    total.set(all.size());
    boolean passes = belongs && passes(row, key, shownStatus, shownText);
    if (order == null) {
      int shownAt = indexOf(shown, receiptId);
      if (shownAt >= 0) {
        if (passes) {
          shown.set(shownAt, row);
        } else {
          shown.remove(shownAt);
        }
      } else if (passes) {
        shown.add(-shownAt - 1, row);
      }
      return;
    }
    for (int i = 0; i < shown.size(); i++) {
      if (shown.get(i).receiptId() == receiptId) {
        shown.remove(i);
        break;
      }
    }
    if (passes) {
      int place = Collections.binarySearch(shown, row, order);
      shown.add(place >= 0 ? place : -place - 1, row);
    }
  }

  /**
   * Orders the shown rows (the table's column headers call this); null restores newest first.
   * Sorting here rather than in a sorted view of the list keeps one list of rows in memory.
   */
  public void sortBy(Comparator<StatusPageRow> comparator) {
    order = comparator;
    applyFilter(true);
  }

  /** Binary search over descending receipt ids; like {@code Collections.binarySearch}. */
  private static int indexOf(List<StatusPageRow> rows, long receiptId) {
    int lo = 0;
    int hi = rows.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long id = rows.get(mid).receiptId();
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
    applyFilter(false);
  }

  /** Shows the rows that pass the filters: one pass over the precomputed keys, one list change. */
  private void applyFilter(boolean always) {
    ReceiptStatus s = status.get();
    String text = Text.searchKey(filter.get() == null ? "" : filter.get());
    if (!always && s == shownStatus && text.equals(shownText)) {
      return;
    }
    List<StatusPageRow> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (passes(all.get(i), keys.get(i), s, text)) {
        out.add(all.get(i));
      }
    }
    if (order != null) {
      out.sort(order);
    }
    shownStatus = s;
    shownText = text;
    shown.setAll(out);
  }

  private static boolean passes(StatusPageRow r, String key, ReceiptStatus s, String text) {
    return (s == null || r.receiptStatus() == s) && (text.isEmpty() || key.contains(text));
  }

  /** What the text filter searches: receipt number, car, customer and mechanic, as search keys. */
  static String key(StatusPageRow r) {
    return Text.searchKey(
        r.receiptId() + "\n" + Objects.toString(r.carId(), "") + "\n" + Objects.toString(r.customerName(), "")
            + "\n" + Objects.toString(r.mechanicName(), ""));
  }
}
