package org.shopsuite.desktop.ui.stock;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.Event;
import org.shopsuite.model.ScanInput;
import org.shopsuite.model.StockCount;
import org.shopsuite.model.StockCountLine;
import org.shopsuite.model.StockCountStatus;
import org.shopsuite.model.VehiclePart;
import org.shopsuite.model.event.StockCountScanned;
import org.shopsuite.model.event.StockCountStarted;
import org.shopsuite.model.event.StockCounted;

/**
 * A stock count by scanner: start a sheet (every part, the parts a search finds, or the low-stock
 * ones), scan (a barcode and Enter is one unit; a typed quantity counts that many), watch the sheet
 * fill in live as other scanners count the same sheet, and post the differences to the ledger. The
 * open sheet's id is kept so that it opens again after a restart.
 */
public final class StockCountViewModel {
    /** Where the open sheet's id is kept between runs. */
    static final String OPEN_SHEET = "stockCount.open";

    private final Session session;
    private final Tasks tasks;
    private final Preferences prefs;
    private final ObjectProperty<StockCount> sheet = new SimpleObjectProperty<>();
    private final ObservableList<StockCountLine> lines = FXCollections.observableArrayList();
    private final StringProperty scan = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty partQuery = new SimpleStringProperty("");
    private final BooleanProperty lowStockOnly = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper unknown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    /** Each load asked for is numbered; an answer older than the one shown is dropped. */
    private long asked;

    private long shown;

    /** The sheet being loaded (null: none), and the one to load again when it is back. */
    private Long loading;

    private Long again;

    /**
     * @param prefs where the open sheet's id is remembered (null: not remembered)
     */
    public StockCountViewModel(Session session, Tasks tasks, Preferences prefs) {
        this.session = session;
        this.tasks = tasks;
        this.prefs = prefs;
        scan.addListener((o, a, b) -> unknown.set(false));
        sheet.addListener((o, a, b) -> showSheet(b));
        showSheet(null);
    }

    /** The sheet shown (null: none yet). */
    public javafx.beans.property.ReadOnlyObjectProperty<StockCount> sheetProperty() {
        return sheet;
    }

    public ObservableList<StockCountLine> lines() {
        return lines;
    }

    public StringProperty scanProperty() {
        return scan;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty partQueryProperty() {
        return partQuery;
    }

    public BooleanProperty lowStockOnlyProperty() {
        return lowStockOnly;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last scan named a barcode no part has: the scan field shows red and the view beeps. */
    public ReadOnlyBooleanProperty unknownProperty() {
        return unknown.getReadOnlyProperty();
    }

    /** The running totals: scans, units counted, parts counted of the sheet's parts. */
    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** Whether the sheet shown is open for scanning (a posted sheet is read-only). */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the sheet is: its number, status, who started it and when. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Opens again the sheet that was open when the app last ran, if it is remembered. */
    public void reopen() {
        long id = prefs == null ? 0 : prefs.getLong(OPEN_SHEET, 0);
        if (id > 0) {
            load(id);
        }
    }

    /**
     * Loads the sheet with this id from the server. While a load is on its way, further asks (a
     * burst of scans from other scanners) make one more load when it is back, not one each.
     */
    public void load(long id) {
        if (loading != null) {
            again = id;
            return;
        }
        loading = id;
        long n = ++asked;
        tasks.run(
                () -> session.client().stockCount(id),
                s -> {
                    loaded();
                    shown(n, s);
                },
                t -> {
                    loaded();
                    if (t instanceof ApiError e && e.status() == 404) {
                        forget();
                        return;
                    }
                    fail(t);
                });
    }

    private void loaded() {
        loading = null;
        Long next = again;
        again = null;
        if (next != null) {
            load(next);
        }
    }

    private void shown(long n, StockCount s) {
        if (n < shown) {
            return; // an older answer than the sheet shown
        }
        shown = n;
        sheet.set(s);
    }

    /** Whether an open sheet already has counting on it (starting another one should be asked first). */
    public boolean hasOpenCounting() {
        StockCount s = sheet.get();
        return s != null
                && s.status() == StockCountStatus.OPEN
                && s.lines().stream().anyMatch(l -> l.scans() > 0);
    }

    /**
     * Starts a sheet: every part when no search is typed and low stock is not ticked, else the
     * parts the search finds (the low-stock ones only when ticked).
     */
    public void start() {
        String q = partQuery.get() == null ? "" : partQuery.get().strip();
        boolean low = lowStockOnly.get();
        busy.set(true);
        String key = ShopClient.newIdempotencyKey();
        tasks.run(
                () -> {
                    List<Long> ids = null;
                    if (!q.isEmpty() || low) {
                        ids = session.client().catalogue(q.isEmpty() ? null : q, low).stream()
                                .map(VehiclePart::id)
                                .toList();
                        if (ids.isEmpty()) {
                            return null;
                        }
                    }
                    return session.client().startStockCount(ids, key);
                },
                s -> {
                    busy.set(false);
                    if (s == null) {
                        error.set(session.messages().get("count.noParts"));
                        return;
                    }
                    remember(s.id());
                    shown = ++asked;
                    sheet.set(s);
                    error.set("");
                    message.set(session.messages()
                            .get(
                                    "count.started",
                                    Long.toString(s.id()),
                                    s.lines().size()));
                },
                this::fail);
    }

    /** The scan field's Enter: one unit of the part with that barcode, or the typed quantity. */
    public void scan() {
        StockCount s = sheet.get();
        String code = scan.get() == null ? "" : scan.get().strip();
        if (s == null || s.status() != StockCountStatus.OPEN || code.isEmpty()) {
            return;
        }
        Integer qty = null;
        String typed = quantity.get() == null ? "" : quantity.get().strip();
        if (!typed.isEmpty()) {
            try {
                qty = Integer.valueOf(typed);
            } catch (NumberFormatException e) {
                error.set(session.messages().get("count.quantity.invalid"));
                return;
            }
        }
        Integer units = qty;
        String key = ShopClient.newIdempotencyKey();
        long n = ++asked;
        tasks.run(
                () -> session.client().scan(s.id(), new ScanInput(code, null, units), key),
                after -> {
                    // the sheet as it was when the scan was sent: the stream's copy of this very
                    // scan may have been shown already, and then nothing would have moved since it
                    StockCount before = s;
                    shown(n, after);
                    unknown.set(false);
                    error.set("");
                    String name =
                            moved(before, after).map(StockCountLine::partName).orElse(code);
                    message.set(session.messages().get("count.scanned", units == null ? 1 : units, name));
                    scan.set("");
                    quantity.set("");
                },
                t -> {
                    if (isUnknownBarcode(t)) {
                        message.set("");
                        error.set(session.messages().get("count.unknownBarcode", code));
                        scan.set("");
                        unknown.set(true);
                        return;
                    }
                    if (t instanceof ApiError e && e.status() == 409) {
                        refused(s.id(), "count.scan.refused");
                        return;
                    }
                    fail(t);
                });
    }

    /** The scan's answer does not name its line: the one whose count moved is the part scanned. */
    private static java.util.Optional<StockCountLine> moved(StockCount before, StockCount after) {
        java.util.Map<Long, Integer> was = new java.util.HashMap<>();
        if (before != null) {
            before.lines().forEach(l -> was.put(l.vehiclePartId(), l.scans()));
        }
        return after.lines().stream()
                .filter(l -> l.scans() != was.getOrDefault(l.vehiclePartId(), 0))
                .findFirst();
    }

    private static boolean isUnknownBarcode(Throwable t) {
        return t instanceof ApiError e
                && e.status() == 400
                && e.errors().stream()
                        .anyMatch(f ->
                                "barcode".equals(f.field()) && (f.code() == ErrorCode.NOT_FOUND || f.code() == null));
    }

    /**
     * What posting will do, for the confirmation: how many parts change and by how many units,
     * then each part's change. Null when there is no open sheet.
     */
    public String postConfirmation() {
        StockCount s = sheet.get();
        if (s == null || s.status() != StockCountStatus.OPEN) {
            return null;
        }
        var m = session.messages();
        List<StockCountLine> changing =
                s.lines().stream().filter(l -> l.difference() != 0).toList();
        if (changing.isEmpty()) {
            return m.get("count.post.noChange", s.lines().size());
        }
        int added = changing.stream()
                .mapToInt(StockCountLine::difference)
                .filter(d -> d > 0)
                .sum();
        int removed = -changing.stream()
                .mapToInt(StockCountLine::difference)
                .filter(d -> d < 0)
                .sum();
        StringBuilder text = new StringBuilder(m.get("count.post.confirm", changing.size(), added, removed));
        long unscanned = changing.stream().filter(l -> l.scans() == 0).count();
        if (unscanned > 0) {
            // a part nobody scanned counts as none on the shelf: say so before its stock goes to 0
            text.append("\n").append(m.get("count.post.unscanned", unscanned));
        }
        int shownLines = 0;
        for (StockCountLine l : changing) {
            if (shownLines++ == 12) {
                text.append("\n").append(m.get("count.post.more", changing.size() - 12));
                break;
            }
            text.append("\n")
                    .append(m.get(
                            "count.post.line",
                            l.partId(),
                            l.partName(),
                            signed(l.difference()),
                            l.expected(),
                            l.counted()));
        }
        return text.toString();
    }

    /** Posts the sheet (after {@link #postConfirmation()}): its differences become COUNT rows of the ledger. */
    public void post() {
        StockCount s = sheet.get();
        if (s == null || s.status() != StockCountStatus.OPEN) {
            return;
        }
        busy.set(true);
        String key = ShopClient.newIdempotencyKey();
        long n = ++asked;
        tasks.run(
                () -> session.client().postStockCount(s.id(), key),
                posted -> {
                    busy.set(false);
                    shown(n, posted);
                    error.set("");
                    long changed = posted.lines().stream()
                            .filter(l -> l.difference() != 0)
                            .count();
                    message.set(session.messages().get("count.posted", Long.toString(posted.id()), changed));
                },
                t -> {
                    if (t instanceof ApiError e && e.status() == 409) {
                        refused(s.id(), "count.post.refused");
                        return;
                    }
                    fail(t);
                });
    }

    /**
     * The server refused a scan or the posting: the sheet as it stands now says why in the user's
     * language: posted meanwhile (on another desk), else the refusal's reason ({@code key}).
     */
    private void refused(long id, String key) {
        long n = ++asked;
        tasks.run(
                () -> session.client().stockCount(id),
                now -> {
                    busy.set(false);
                    shown(n, now);
                    message.set("");
                    error.set(session.messages()
                            .get(
                                    now.status() == StockCountStatus.POSTED ? "count.postedElsewhere" : key,
                                    Long.toString(id)));
                },
                this::fail);
    }

    /**
     * Live: a scan on the sheet shown (from this or another scanner) or its posting reloads it; a
     * sheet started elsewhere opens here when none is open.
     */
    public void onEvent(Event e) {
        StockCount s = sheet.get();
        if (e.data() instanceof StockCountScanned scanned && s != null && scanned.stockCountId() == s.id()) {
            load(s.id());
        } else if (e.data() instanceof StockCounted counted && s != null && counted.stockCountId() == s.id()) {
            load(s.id());
        } else if (e.data() instanceof StockCountStarted started
                && (s == null || s.status() != StockCountStatus.OPEN)
                && (s == null || started.stockCountId() != s.id())) {
            remember(started.stockCountId());
            load(started.stockCountId());
        }
    }

    /** After an outage: the sheet shown again as it now stands. */
    public void refresh() {
        StockCount s = sheet.get();
        if (s != null) {
            load(s.id());
        } else {
            reopen();
        }
    }

    private void showSheet(StockCount s) {
        var m = session.messages();
        if (s == null) {
            lines.clear();
            open.set(false);
            title.set(m.get("count.none"));
            totals.set("");
            return;
        }
        lines.setAll(s.lines());
        open.set(s.status() == StockCountStatus.OPEN);
        java.time.ZoneId zone = java.time.ZoneId.of(session.shop().timezone());
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        title.set(
                s.status() == StockCountStatus.OPEN
                        ? m.get(
                                "count.title.open",
                                Long.toString(s.id()),
                                s.startedBy(),
                                when.format(s.startedAt().atZone(zone)))
                        : m.get(
                                "count.title.posted",
                                Long.toString(s.id()),
                                s.postedBy() == null ? "" : s.postedBy(),
                                s.postedAt() == null
                                        ? ""
                                        : when.format(s.postedAt().atZone(zone))));
        int scans = s.lines().stream().mapToInt(StockCountLine::scans).sum();
        int units = s.lines().stream().mapToInt(StockCountLine::counted).sum();
        long counted = s.lines().stream().filter(l -> l.scans() > 0).count();
        long differing = s.lines().stream().filter(l -> l.difference() != 0).count();
        totals.set(m.get("count.totals", scans, units, counted, s.lines().size(), differing));
        if (s.status() == StockCountStatus.POSTED) {
            forgetIf(s.id());
        }
    }

    static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }

    private void remember(long id) {
        if (prefs != null) {
            prefs.putLong(OPEN_SHEET, id);
        }
    }

    private void forgetIf(long id) {
        if (prefs != null && prefs.getLong(OPEN_SHEET, 0) == id) {
            prefs.remove(OPEN_SHEET);
        }
    }

    private void forget() {
        if (prefs != null) {
            prefs.remove(OPEN_SHEET);
        }
    }

    private void fail(Throwable t) {
        busy.set(false);
        error.set(session.messages().describe(t));
    }
}
