package org.shopsuite.server.db.receipt;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.server.db.PlanEachTime;

/**
 * {@link ReceiptSearch} on PostgreSQL: {@code ILIKE}, or {@code LIKE} for a text that has no case,
 * on the expression that the {@code pg_trgm} index {@code receipt_search_trgm} covers (the three
 * fields a line apart, so a match never spans two of them, as FTS5's columns do not).
 */
public interface PostgresReceiptSearch extends ReceiptSearch {
    /** The indexed expression, exactly as in {@code db/postgresql/V17__baseline.sql}. */
    String FIELDS = "(r.customer_name || E'\\n' || COALESCE(r.customer_phone, '') || E'\\n' || r.car_id)";

    @Override
    default List<ReceiptDao.Row> containing(
            String text, long before, ReceiptStatus status, LocalDate date, Long locationId, int limit) {
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        // ILIKE folds the case of every row's text it looks at; digits, hyphens and Hangul have none
        boolean caseless = text.equals(text.toLowerCase(java.util.Locale.ROOT))
                && text.equals(text.toUpperCase(java.util.Locale.ROOT));
        return rows(
                caseless
                        ? matchingExactly(pattern, before, status, date, locationId, limit)
                        : matching(pattern, before, status, date, locationId, limit));
    }

    /**
     * The page's ids first, then their whole rows ({@link #rows}): PostgreSQL would otherwise join
     * every match (hundreds for a plate's four digits) to its job, invoice and subqueries before it
     * sorts and keeps the page, and plan those joins again for every search.
     */
    @SqlQuery("SELECT r.id FROM receipts r WHERE " + FIELDS + " ILIKE :pattern" + FILTERS)
    @PlanEachTime
    List<Long> matching(String pattern, long before, ReceiptStatus status, LocalDate date, Long locationId, int limit);

    /** As {@link #matching}, for a text that has no case (the same trigram index serves LIKE). */
    @SqlQuery("SELECT r.id FROM receipts r WHERE " + FIELDS + " LIKE :pattern" + FILTERS)
    @PlanEachTime
    List<Long> matchingExactly(
            String pattern, long before, ReceiptStatus status, LocalDate date, Long locationId, int limit);

    /** The filters and the page that follow a search's own condition. */
    String FILTERS = " AND r.id < :before AND (CAST(:status AS TEXT) IS NULL OR r.status = :status)"
            + " AND (CAST(:date AS TEXT) IS NULL OR r.request_date = :date)"
            + " AND (CAST(:locationId AS BIGINT) IS NULL OR r.location_id = :locationId)"
            + " ORDER BY r.id DESC LIMIT :limit";

    /** The receipts of a page of ids, newest first: one plan, kept, whatever the ids. */
    default List<ReceiptDao.Row> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        StringBuilder array = new StringBuilder("{");
        for (Long id : ids) {
            array.append(array.length() > 1 ? "," : "").append(id);
        }
        return byIds(array.append('}').toString());
    }

    @SqlQuery(ReceiptDao.SELECT + " WHERE r.id = ANY(CAST(:ids AS BIGINT[])) ORDER BY r.id DESC")
    List<ReceiptDao.Row> byIds(String ids);

    @Override
    default List<ReceiptDao.Row> namePrefix(
            String prefix, long before, ReceiptStatus status, LocalDate date, Long locationId, int limit) {
        return rows(namesFrom(
                prefix, org.shopsuite.server.db.Prefixes.upperBound(prefix), before, status, date, locationId, limit));
    }

    @SqlQuery("SELECT r.id FROM receipts r WHERE r.customer_name >= :prefix AND r.customer_name < :upper" + FILTERS)
    @PlanEachTime
    List<Long> namesFrom(
            String prefix, String upper, long before, ReceiptStatus status, LocalDate date, Long locationId, int limit);
}
