package org.shopsuite.desktop.ui.board;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
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

/**
 * The status board of one day: the read model, loaded once per day chosen and then kept live row
 * by row from the event stream. The status and text filters work on the loaded rows, so they
 * answer at once however many cars the day has. The rows and the filtering, ordering and putting
 * in place of them are {@link BoardRows}'; this class publishes what it computes.
 */
public final class BoardViewModel {
    private static final int PAGE = 500;

    private final Session session;
    private final Tasks tasks;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now(ZoneId.systemDefault()));
    private final ObjectProperty<ReceiptStatus> status = new SimpleObjectProperty<>();
    private final StringProperty filter = new SimpleStringProperty("");
    /** Every row of the day with its search key, and the ones that pass the filters. */
    private final BoardRows board = new BoardRows();
    /**
     * The rows that pass the filters, in the shown order (those of {@code board}). A new filter puts
     * a new list here rather than changing the old one: a table told "all 100,000 rows replaced"
     * does far more work than one given a new list.
     */
    private final ReadOnlyObjectWrapper<ObservableList<StatusPageRow>> shown =
            new ReadOnlyObjectWrapper<>(FXCollections.observableArrayList());

    private final IntegerProperty shownCount = new SimpleIntegerProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();
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

    /** The rows that pass the filters now, in the shown order. */
    public ObservableList<StatusPageRow> rows() {
        return shown.get();
    }

    /** The list of rows shown; replaced when a filter or the order changes. */
    public ReadOnlyObjectProperty<ObservableList<StatusPageRow>> rowsProperty() {
        return shown.getReadOnlyProperty();
    }

    /** How many rows pass the filters. */
    public IntegerProperty shownCountProperty() {
        return shownCount;
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
                    List<BoardRows.Entry> entries = BoardRows.entries(rows);
                    BoardRows.warmUp(entries);
                    return entries;
                },
                loaded -> {
                    List<StatusPageRow> out = board.load(loaded, status.get(), filter.get());
                    total.set(board.total());
                    publish(out);
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
        }
        // a comeback shows on the row of its visit and of its re-repair: every row showing it
        Long claim = claimOf(e.data());
        if (claim != null) {
            changed.addAll(board.showingClaim(claim));
        }
        if (e.data() instanceof org.shopsuite.model.event.WarrantyClaimRegistered w) {
            changed.add(w.originalReceiptId());
        }
        fetchChanged();
    }

    private static Long claimOf(org.shopsuite.model.event.EventData d) {
        if (d instanceof org.shopsuite.model.event.WarrantyClaimAssigned w) {
            return w.claimId();
        } else if (d instanceof org.shopsuite.model.event.WarrantyClaimResolved w) {
            return w.claimId();
        } else if (d instanceof org.shopsuite.model.event.WarrantyClaimCancelled w) {
            return w.claimId();
        }
        return null;
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
                    long here = session.client().locationId();
                    for (int i = 0; i < ids.size(); i++) {
                        // another location's receipt is not on this location's board
                        put(
                                ids.get(i),
                                rows.get(i).filter(r -> r.locationId() == here).orElse(null));
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
        BoardRows.Edit edit = board.put(receiptId, row, date.get());
        total.set(board.total());
        ObservableList<StatusPageRow> shown = this.shown.get();
        edit.applyTo(shown);
        shownCount.set(shown.size());
    }

    /**
     * Orders the shown rows (the table's column headers call this); null restores newest first.
     * Sorting here rather than in a sorted view of the list keeps one list of rows in memory.
     */
    public void sortBy(Comparator<StatusPageRow> comparator) {
        publish(board.sortBy(comparator, status.get(), filter.get()));
    }

    /** Shows the rows that pass the filters, unless they are shown already. */
    private void applyFilter() {
        board.filter(status.get(), filter.get()).ifPresent(this::publish);
    }

    /** Hands the table a new list of shown rows (never changing the one it has). */
    private void publish(List<StatusPageRow> out) {
        shown.set(FXCollections.observableList(out));
        shownCount.set(out.size());
    }

    /** What the text filter searches: receipt number, car, customer and mechanic, as search keys. */
    public static String key(StatusPageRow r) {
        return BoardRows.key(r);
    }
}
