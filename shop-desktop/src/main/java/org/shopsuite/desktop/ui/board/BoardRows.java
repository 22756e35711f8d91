package org.shopsuite.desktop.ui.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shopsuite.desktop.ui.Text;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.StatusPageRow;

/**
 * The rows of the status board's day and the ones that pass its filters, without JavaFX: the
 * {@link BoardViewModel} publishes the lists this computes. Each row keeps its search key beside it
 * in an {@link Entry}, so a keystroke costs one {@code contains} per row.
 *
 * <p>Not thread-safe: used on the FX thread, except {@link #entries} and {@link #warmUp}, which
 * touch no instance.
 */
final class BoardRows {
    /** A row of the day and its search key ({@link #key}). */
    record Entry(StatusPageRow row, String key) {
        Entry(StatusPageRow row) {
            this(row, BoardRows.key(row));
        }
    }

    /**
     * What a {@link #put} did to the shown rows, so that the published list can do the same: the
     * row at {@code replaced} was replaced by {@code row}; or else the row at {@code removed} was
     * removed and then {@code row} added at {@code added}. -1 where nothing was done.
     */
    record Edit(int replaced, int removed, int added, StatusPageRow row) {
        static final Edit NONE = new Edit(-1, -1, -1, null);

        /** Does the same to {@code rows}, which held the shown rows before the put. */
        void applyTo(List<StatusPageRow> rows) {
            if (replaced >= 0) {
                rows.set(replaced, row);
                return;
            }
            if (removed >= 0) {
                rows.remove(removed);
            }
            if (added >= 0) {
                rows.add(added, row);
            }
        }
    }

    /** Every row of the day, newest receipt first (the server's order). */
    private final List<Entry> all = new ArrayList<>();

    /** The rows that pass the filters, in the shown order; a new filter makes a new list. */
    private List<Entry> shown = new ArrayList<>();

    /** The order the user chose by a column header; null: newest receipt first. */
    private Comparator<StatusPageRow> order;

    private ReceiptStatus shownStatus;
    private String shownText = "";

    /** The rows with their search keys; done off the FX thread when a day loads. */
    static List<Entry> entries(List<StatusPageRow> rows) {
        List<Entry> entries = new ArrayList<>(rows.size());
        rows.forEach(r -> entries.add(new Entry(r)));
        return entries;
    }

    /** The receipts of the day's rows that show warranty claim {@code claimId}. */
    List<Long> showingClaim(long claimId) {
        List<Long> out = new ArrayList<>();
        for (Entry e : all) {
            Long claim = e.row().warrantyClaimId();
            if (claim != null && claim == claimId) {
                out.add(e.row().receiptId());
            }
        }
        return out;
    }

    /** How many rows the day has before filtering. */
    int total() {
        return all.size();
    }

    /** The rows that pass the filters now, in the shown order (a copy). */
    List<StatusPageRow> shown() {
        return rows(shown);
    }

    /**
     * Replaces the day (rows newest receipt first, as {@link #entries} made them) and filters it.
     *
     * @return the new shown rows, a new list that is the caller's from now on
     */
    List<StatusPageRow> load(List<Entry> day, ReceiptStatus status, String typed) {
        all.clear();
        all.addAll(day);
        return filter(status, typed, true);
    }

    /**
     * Shows the rows that pass the filters, if they are not the ones shown already.
     *
     * @param typed the text as typed (null for none); matched as a {@link Text#searchKey}
     * @return the new shown rows, a new list that is the caller's from now on; empty if the
     *     filters are the ones shown
     */
    Optional<List<StatusPageRow>> filter(ReceiptStatus status, String typed) {
        return Optional.ofNullable(filter(status, typed, false));
    }

    /**
     * Orders the shown rows (the table's column headers); null restores newest first. Sorting here
     * rather than in a sorted view of the list keeps one list of rows in memory.
     *
     * @return the new shown rows, a new list that is the caller's from now on
     */
    List<StatusPageRow> sortBy(Comparator<StatusPageRow> comparator, ReceiptStatus status, String typed) {
        order = comparator;
        return filter(status, typed, true);
    }

    /**
     * Shows the rows that pass the filters: one pass over the precomputed search keys into a new
     * list. Typing on (a longer text, the same status) only narrows what is shown, so only the
     * shown rows are looked at again, already in order.
     *
     * @return null if not {@code always} and the filters are the ones shown
     */
    private List<StatusPageRow> filter(ReceiptStatus s, String typed, boolean always) {
        String text = Text.searchKey(typed == null ? "" : typed);
        if (!always && s == shownStatus && text.equals(shownText)) {
            return null;
        }
        boolean narrowing = !always && s == shownStatus && text.startsWith(shownText);
        List<Entry> from = narrowing ? shown : all;
        List<Entry> out;
        if (s == null && text.isEmpty()) {
            out = new ArrayList<>(all);
        } else {
            out = new ArrayList<>(Math.min(from.size(), 1024));
            select(from, s, text, out);
        }
        if (order != null && !narrowing) {
            Comparator<StatusPageRow> o = order;
            out.sort((a, b) -> o.compare(a.row(), b.row()));
        }
        shownStatus = s;
        shownText = text;
        shown = out;
        return rows(out);
    }

    /**
     * Puts a fresh row of the receipt in its place in the day and, if it passes the filters, in the
     * shown rows.
     *
     * @param row the receipt's row now; null if it has none (it is gone)
     * @param day the day shown: a row of another day leaves it
     * @return what was done to the shown rows
     */
    Edit put(long receiptId, StatusPageRow row, LocalDate day) {
        boolean belongs = row != null && row.requestDate().equals(day);
        Entry entry = belongs ? new Entry(row) : null;
        int at = indexOf(all, receiptId);
        if (at >= 0) {
            if (belongs) {
                all.set(at, entry);
            } else {
                all.remove(at);
            }
        } else if (belongs) {
            all.add(-at - 1, entry);
        }
        boolean passes = belongs && passes(entry, shownStatus, shownText);
        int shownAt = -1;
        if (order == null) {
            shownAt = indexOf(shown, receiptId);
        } else {
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).row().receiptId() == receiptId) {
                    shownAt = i;
                    break;
                }
            }
        }
        if (shownAt >= 0 && passes && order == null) {
            shown.set(shownAt, entry);
            return new Edit(shownAt, -1, -1, row);
        }
        int removed = -1;
        if (shownAt >= 0) {
            shown.remove(shownAt);
            removed = shownAt;
        }
        int added = -1;
        if (passes) {
            int place;
            if (order == null) {
                place = indexOf(shown, receiptId);
            } else {
                Comparator<StatusPageRow> o = order;
                place = Collections.binarySearch(shown, entry, (a, b) -> o.compare(a.row(), b.row()));
            }
            place = place >= 0 ? place : -place - 1;
            shown.add(place, entry);
            added = place;
        }
        return removed < 0 && added < 0 ? Edit.NONE : new Edit(-1, removed, added, row);
    }

    /** Binary search over descending receipt ids; like {@code Collections.binarySearch}. */
    private static int indexOf(List<Entry> entries, long receiptId) {
        int lo = 0;
        int hi = entries.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long id = entries.get(mid).row().receiptId();
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

    /** Adds the entries that pass the filters to {@code out}. */
    private static void select(List<Entry> entries, ReceiptStatus s, String text, List<Entry> out) {
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (passes(e, s, text)) {
                out.add(e);
            }
        }
    }

    /**
     * Runs the filter over a freshly loaded day a few times, off the FX thread, with texts that match
     * nothing: the JIT compiles the loop now rather than during the first keystroke (on a
     * 100,000-row day the first keystroke's filtering took 79-94 ms, 27-69 ms with this). The loop
     * that copies the shown rows out for publishing runs once too, for the same reason.
     */
    static void warmUp(List<Entry> day) {
        List<Entry> none = new ArrayList<>();
        for (String text : new String[] {"\u0001", "\uffff", "\u0001\u0001", "\uffff\uffff"}) {
            select(day, null, text, none);
        }
        rows(day);
    }

    private static boolean passes(Entry e, ReceiptStatus s, String text) {
        return (s == null || e.row().receiptStatus() == s)
                && (text.isEmpty() || e.key().contains(text));
    }

    private static List<StatusPageRow> rows(List<Entry> entries) {
        List<StatusPageRow> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            rows.add(entries.get(i).row());
        }
        return rows;
    }

    /** What the text filter searches: receipt number, car, customer and mechanic, as search keys. */
    static String key(StatusPageRow r) {
        return Text.searchKey(r.receiptId() + "\n" + Objects.toString(r.carId(), "") + "\n"
                + Objects.toString(r.customerName(), "") + "\n" + Objects.toString(r.mechanicName(), ""));
    }
}
