package org.shopsuite.desktop.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.StatusPageRow;

/**
 * The board's rows without JavaFX or a server, as tables: each table row is one day of eight
 * receipts ({@link #DAY}), filtered, changed and ordered one way. Ids are listed as shown, first
 * to last; an empty status is "all statuses".
 */
class BoardRowsTest {
    static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    /** The day as the server sends it: newest receipt first. */
    static final List<StatusPageRow> DAY = List.of(
            row(130, "김철수", "12가 3456", "김민수", ReceiptStatus.ACCEPTED),
            row(127, "Kim Young", "34나 5678", "박지성", ReceiptStatus.COMPLETED),
            row(125, "이영희", "12가 3457", "Park", ReceiptStatus.CANCELLED),
            row(122, "박민수", "56다 1234", "김민수", ReceiptStatus.ACCEPTED),
            row(120, "Lee", "78라 1220", "박지성", ReceiptStatus.REJECTED),
            row(117, "김철수", "12가 3456", "Park", ReceiptStatus.COMPLETED),
            row(115, "Walk In", "99하 9999", "김민수", ReceiptStatus.ACCEPTED),
            row(110, "최민지", "11가 1111", "Park", ReceiptStatus.ACCEPTED));

    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # status  | text           | shown
                      | ''             | 130 127 125 122 120 117 115 110
            ACCEPTED  | ''             | 130 122 115 110
            COMPLETED | ''             | 127 117
            REJECTED  | ''             | 120
            # text: case-insensitive, over receipt no., car, customer and mechanic
                      | kim            | 127
                      | KIM            | 127
                      | ' kIm YOUNG '  | 127
                      | pArK           | 125 117 110
                      | 김민           | 130 122 115
                      | 민수           | 130 122 115
                      | 이영희         | 125
            # a car number with or without its space, whole or in part
                      | '12가 3456'    | 130 117
                      | 12가3456       | 130 117
                      | '12가 34'      | 130 125 117
                      | ' 1 2 가 3 4 5 7 ' | 125
            # a receipt number (and a car that contains it)
                      | 127            | 127
                      | 122            | 122 120
                      | 1220           | 120
            # both filters
            ACCEPTED  | 김민           | 130 122 115
            ACCEPTED  | park           | 110
            COMPLETED | 12가3456       | 117
            REJECTED  | 김             | ''
                      | no such car    | ''
            """)
    void filtersByStatusAndText(ReceiptStatus status, String text, String shown) {
        BoardRows rows = day(null);
        Optional<List<StatusPageRow>> published = rows.filter(status, text);
        if (status == null && text.isEmpty()) {
            assertThat(published).as("the filters shown already: nothing new").isEmpty();
        } else {
            assertThat(published).map(BoardRowsTest::ids).contains(shown);
        }
        assertThat(ids(rows.shown())).isEqualTo(shown);
        assertThat(rows.total()).isEqualTo(DAY.size());
    }

    /**
     * Changes made one after another ({@code >}; {@code STATUS/text} with a status; {@code (none)}
     * the empty text): after each the shown rows are those of the filter made at once on a fresh
     * day, in the same order, in a new list that leaves the one published before as it was.
     */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # order  | changes                                            | shown at the end
            # typing a car number on (narrowing), then taking it back (widening)
            newest   | 1 > 12 > 12가 > 12가3 > 12가34 > 12가345 > 12가3456   | 130 117
            newest   | 12가3456 > 12가345 > 12가3 > 12 > 1 > (none)         | 130 127 125 122 120 117 115 110
            newest   | 김 > 김민 > 김 > 김민 > 김민수                        | 130 122 115
            newest   | 12 > 12 > 12가                                      | 130 125 117
            # a text that does not extend the last one, then one that does
            newest   | 345 > 1234 > 12345 > 1234                           | 122
            newest   | 1234 > 3456 > 34                                    | 130 127 125 122 117
            # a status with the text, then the same text without it
            newest   | 12 > ACCEPTED/12 > ACCEPTED/12가 > 12가 > (none)      | 130 127 125 122 120 117 115 110
            newest   | ACCEPTED/(none) > ACCEPTED/김 > COMPLETED/김 > 김       | 130 122 117 115
            # narrowing keeps a column's order
            car      | 1 > 12 > 12가                                       | 130 117 125
            car      | 1 > 12 > 12가 > 12 > (none)                         | 110 130 117 125 127 122 120 115
            customer | p > pa > park > COMPLETED/park                      | 117
            """)
    void narrowsAndWidensAsAFreshFilterWould(String order, String changes, String shown) {
        BoardRows rows = day(order);
        ReceiptStatus lastStatus = null;
        String lastText = "";
        List<StatusPageRow> published = rows.shown();
        for (String change : changes.split(">", -1)) {
            String[] parts = change.strip().split("/", -1);
            ReceiptStatus status = parts.length == 2 ? ReceiptStatus.valueOf(parts[0]) : null;
            String text = parts[parts.length - 1].equals("(none)") ? "" : parts[parts.length - 1];
            List<StatusPageRow> before = List.copyOf(published);

            Optional<List<StatusPageRow>> now = rows.filter(status, text);

            boolean same = status == lastStatus && text.equals(lastText);
            assertThat(now.isPresent()).as("a new list after %s", change).isEqualTo(!same);
            if (now.isPresent()) {
                assertThat(now.get()).as("not the list published before").isNotSameAs(published);
                assertThat(published).as("the list published before").isEqualTo(before);
                published = now.get();
            }
            BoardRows fresh = day(order);
            fresh.filter(status, text);
            assertThat(ids(rows.shown())).as("after %s", change).isEqualTo(ids(fresh.shown()));
            assertThat(published).isEqualTo(rows.shown());
            lastStatus = status;
            lastText = text;
        }
        assertThat(ids(rows.shown())).isEqualTo(shown);
    }

    /**
     * A receipt the day has not had arrives from a live event: it goes in by its receipt number
     * (newest first) and counts in the total; it is shown only if it passes the filters. The edit
     * ({@code replaced removed added}, -1 for none) turns the list published before into the new
     * one.
     */
    @ParameterizedTest(name = "{0} \"{1}\" + {2} {4} {5} on day +{3} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # filter  |          | new receipt                    | shown after                         | total | edit
            # status  | text     | id  | day | status    | car       |                                     |       |
                      | ''       | 133 | 0   | ACCEPTED  | 12가 3456 | 133 130 127 125 122 120 117 115 110 | 9     | -1 -1 0
                      | ''       | 123 | 0   | ACCEPTED  | 12가 3456 | 130 127 125 123 122 120 117 115 110 | 9     | -1 -1 3
                      | ''       | 105 | 0   | COMPLETED | 12가 3456 | 130 127 125 122 120 117 115 110 105 | 9     | -1 -1 8
            ACCEPTED  | ''       | 123 | 0   | ACCEPTED  | 12가 3456 | 130 123 122 115 110                 | 9     | -1 -1 1
            COMPLETED | ''       | 123 | 0   | ACCEPTED  | 12가 3456 | 127 117                             | 9     | -1 -1 -1
                      | 12가3456 | 123 | 0   | ACCEPTED  | 12가 3456 | 130 123 117                         | 9     | -1 -1 1
                      | 12가3456 | 123 | 0   | ACCEPTED  | 99하 1    | 130 117                             | 9     | -1 -1 -1
            CANCELLED | 12가     | 140 | 0   | CANCELLED | 12가 1    | 140 125                             | 9     | -1 -1 0
            # a receipt of another day stays off this day
                      | ''       | 123 | 1   | ACCEPTED  | 12가 3456 | 130 127 125 122 120 117 115 110     | 8     | -1 -1 -1
            """)
    void putsANewReceiptInItsPlace(
            ReceiptStatus status,
            String text,
            long id,
            int day,
            ReceiptStatus now,
            String car,
            String shown,
            int total,
            String edit) {
        BoardRows rows = day(null);
        List<StatusPageRow> published = rows.load(BoardRows.entries(DAY), status, text);

        StatusPageRow fresh = row(id, "정수민", car, "박지성", now, TODAY.plusDays(day));

        BoardRows.Edit done = rows.put(id, fresh, TODAY);

        assertPut(rows, done, published, shown, total, edit);
        assertThat(rows.shown()).as("as a fresh day would show it").isEqualTo(freshDay(id, fresh, status, text));
    }

    /**
     * A receipt of the day changes (a new status; {@code gone}: the server has no row for it any
     * more; {@code other day}: moved to another day): it stays where it is if it still passes the
     * filters, and moves into or out of the shown rows if not.
     */
    @ParameterizedTest(name = "{0} \"{1}\": {2} now {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # filter  |      | receipt | now       | shown after                     | total | edit
            # status  | text |         |           |                                 |       |
                      | ''   | 122     | CANCELLED | 130 127 125 122 120 117 115 110 | 8     | 3 -1 -1
            ACCEPTED  | ''   | 122     | ACCEPTED  | 130 122 115 110                 | 8     | 1 -1 -1
            ACCEPTED  | ''   | 122     | COMPLETED | 130 115 110                     | 8     | -1 1 -1
            COMPLETED | ''   | 122     | COMPLETED | 127 122 117                     | 8     | -1 -1 1
            ACCEPTED  | 김민  | 115     | CANCELLED | 130 122                         | 8     | -1 2 -1
            CANCELLED | 12가 | 130     | CANCELLED | 130 125                         | 8     | -1 -1 0
            REJECTED  | ''   | 110     | COMPLETED | 120                             | 8     | -1 -1 -1
                      | ''   | 122     | gone      | 130 127 125 120 117 115 110     | 7     | -1 3 -1
                      | ''   | 110     | other day | 130 127 125 122 120 117 115     | 7     | -1 7 -1
            COMPLETED | ''   | 130     | gone      | 127 117                         | 7     | -1 -1 -1
            """)
    void putsAChangedReceiptInOrOutOfTheFilter(
            ReceiptStatus status, String text, long id, String now, String shown, int total, String edit) {
        BoardRows rows = day(null);
        List<StatusPageRow> published = rows.load(BoardRows.entries(DAY), status, text);

        StatusPageRow fresh = changed(id, now);

        BoardRows.Edit done = rows.put(id, fresh, TODAY);

        assertPut(rows, done, published, shown, total, edit);
        assertThat(rows.shown()).as("as a fresh day would show it").isEqualTo(freshDay(id, fresh, status, text));
    }

    /**
     * A column's order: rows that tie keep the server's order (newest first), also when a text
     * narrows them. A row put into an ordered list goes where a binary search over that order puts
     * it; among rows that tie, that is not necessarily after the newer ones.
     */
    @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # order  | status   | text | shown
            newest   |          | ''   | 130 127 125 122 120 117 115 110
            car      |          | ''   | 110 130 117 125 127 122 120 115
            car desc |          | ''   | 115 120 122 127 125 130 117 110
            customer |          | ''   | 127 120 115 130 117 122 125 110
            mechanic |          | ''   | 125 117 110 130 122 115 127 120
            status   |          | ''   | 130 122 115 110 120 125 127 117
            car      | ACCEPTED | ''   | 110 130 122 115
            mechanic |          | 12가 | 125 117 130
            status   |          | park | 110 125 117
            """)
    void sortsByAColumnKeepingTiesNewestFirst(String order, ReceiptStatus status, String text, String shown) {
        BoardRows rows = day(null);
        rows.filter(status, text);
        List<StatusPageRow> sorted = rows.sortBy(comparator(order), status, text);
        assertThat(ids(sorted)).isEqualTo(shown);
        assertThat(ids(rows.shown())).isEqualTo(shown);
        assertThat(ids(rows.sortBy(null, status, text)))
                .as("newest first again")
                .isEqualTo(ids(day(null).load(BoardRows.entries(DAY), status, text)));
    }

    @ParameterizedTest(name = "{0}: {1} now {2} {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # order  | receipt | now       | car       | shown after                         | total | edit
            car      | 133     | ACCEPTED  | 50가 0000 | 110 130 117 125 127 133 122 120 115 | 9     | -1 -1 5
            car      | 122     | CANCELLED | 56다 1234 | 110 130 117 125 127 122 120 115     | 8     | -1 5 5
            car      | 122     | CANCELLED | 00가 0000 | 122 110 130 117 125 127 120 115     | 8     | -1 5 0
            # ties: the binary search lands on one of the equal rows
            car      | 133     | ACCEPTED  | 12가 3456 | 110 133 130 117 125 127 122 120 115 | 9     | -1 -1 1
            status   | 122     | COMPLETED | 56다 1234 | 130 115 110 120 125 122 127 117     | 8     | -1 1 5
            """)
    void putsIntoAColumnsOrder(
            String order, long id, ReceiptStatus now, String car, String shown, int total, String edit) {
        BoardRows rows = day(null);
        List<StatusPageRow> published = rows.sortBy(comparator(order), null, "");

        BoardRows.Edit done = rows.put(id, row(id, "박민수", car, "김민수", now, TODAY), TODAY);

        assertPut(rows, done, published, shown, total, edit);
    }

    private static void assertPut(
            BoardRows rows, BoardRows.Edit done, List<StatusPageRow> published, String shown, int total, String edit) {
        assertThat(ids(rows.shown())).isEqualTo(shown);
        assertThat(rows.total()).isEqualTo(total);
        assertThat(done.replaced() + " " + done.removed() + " " + done.added()).isEqualTo(edit);
        done.applyTo(published);
        assertThat(published).as("the published list, edited").isEqualTo(rows.shown());
    }

    /**
     * The rows shown by a day loaded afresh, newest first, after {@code id}'s row became {@code now}
     * (null: gone).
     */
    private static List<StatusPageRow> freshDay(long id, StatusPageRow now, ReceiptStatus status, String text) {
        List<StatusPageRow> day = new ArrayList<>(DAY);
        day.removeIf(r -> r.receiptId() == id);
        if (now != null && now.requestDate().equals(TODAY)) {
            day.add(now);
        }
        day.sort(Comparator.comparingLong(StatusPageRow::receiptId).reversed());
        return new BoardRows().load(BoardRows.entries(day), status, text);
    }

    private static StatusPageRow changed(long id, String now) {
        StatusPageRow was =
                DAY.stream().filter(r -> r.receiptId() == id).findFirst().orElseThrow();
        return switch (now) {
            case "gone" -> null;
            case "other day" ->
                row(id, was.customerName(), was.carId(), was.mechanicName(), was.receiptStatus(), TODAY.plusDays(1));
            default -> row(id, was.customerName(), was.carId(), was.mechanicName(), ReceiptStatus.valueOf(now), TODAY);
        };
    }

    private static BoardRows day(String order) {
        BoardRows rows = new BoardRows();
        rows.sortBy(comparator(order), null, "");
        rows.load(BoardRows.entries(DAY), null, "");
        return rows;
    }

    private static Comparator<StatusPageRow> comparator(String order) {
        if (order == null) {
            return null;
        }
        return switch (order) {
            case "newest" -> null;
            case "car" -> Comparator.comparing(StatusPageRow::carId);
            case "car desc" -> Comparator.comparing(StatusPageRow::carId).reversed();
            case "customer" -> Comparator.comparing(StatusPageRow::customerName);
            case "mechanic" -> Comparator.comparing(StatusPageRow::mechanicName);
            case "status" -> Comparator.comparing(StatusPageRow::receiptStatus);
            default -> throw new IllegalArgumentException(order);
        };
    }

    private static String ids(List<StatusPageRow> rows) {
        return rows.stream().map(r -> Long.toString(r.receiptId())).collect(Collectors.joining(" "));
    }

    private static StatusPageRow row(long id, String customer, String car, String mechanic, ReceiptStatus status) {
        return row(id, customer, car, mechanic, status, TODAY);
    }

    private static StatusPageRow row(
            long id, String customer, String car, String mechanic, ReceiptStatus status, LocalDate day) {
        return new StatusPageRow(
                id, customer, car, day, mechanic, status, null, null, null, Instant.EPOCH, null, null, null, 1);
    }
}
