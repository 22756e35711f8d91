package org.shopsuite.server.db.receipt;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.shopsuite.model.ReceiptStatus;

/** {@link ReceiptSearch} on SQLite: the FTS5 trigram table {@code receipt_search} (V2). */
public interface SqliteReceiptSearch extends ReceiptSearch {
    @Override
    default List<ReceiptDao.Row> containing(
            String text, long before, ReceiptStatus status, LocalDate date, Long locationId, int limit) {
        // a phrase for the trigram index: any substring, quotes doubled
        String phrase = "\"" + text.replace("\"", "\"\"") + "\"";
        return status == null && date == null && locationId == null
                ? matching(phrase, before, limit)
                : matchingFiltered(phrase, before, status, date, locationId, limit);
    }

    /**
     * The index's own rowids are walked from the top, so a page costs the same whatever the
     * table size.
     */
    @SqlQuery(ReceiptDao.COLUMNS
            + " FROM (SELECT rowid AS rid FROM receipt_search"
            + " WHERE receipt_search MATCH :match AND rowid < :before ORDER BY rowid DESC LIMIT :limit) hit"
            + " JOIN receipts r ON r.id = hit.rid"
            + ReceiptDao.JOINS
            + " ORDER BY r.id DESC")
    List<ReceiptDao.Row> matching(String match, long before, int limit);

    /** With status, date or location filters too (rarer; walks the matches). */
    @SqlQuery(ReceiptDao.SELECT
            + " WHERE r.id IN (SELECT rowid FROM receipt_search WHERE receipt_search MATCH :match)"
            + " AND r.id < :before AND (:status IS NULL OR r.status = :status)"
            + " AND (:date IS NULL OR r.request_date = :date)"
            + " AND (:locationId IS NULL OR r.location_id = :locationId)"
            + " ORDER BY r.id DESC LIMIT :limit")
    List<ReceiptDao.Row> matchingFiltered(
            String match, long before, ReceiptStatus status, LocalDate date, Long locationId, int limit);

    @Override
    default List<ReceiptDao.Row> namePrefix(
            String prefix, long before, ReceiptStatus status, LocalDate date, Long locationId, int limit) {
        return namesFrom(
                prefix, org.shopsuite.server.db.Prefixes.upperBound(prefix), before, status, date, locationId, limit);
    }

    @SqlQuery(ReceiptDao.SELECT
            + " WHERE r.id IN (SELECT id FROM receipts INDEXED BY receipts_customer_name"
            + " WHERE customer_name >= :prefix AND customer_name < :upper"
            + " AND id < :before AND (:status IS NULL OR status = :status)"
            + " AND (:date IS NULL OR request_date = :date)"
            + " AND (:locationId IS NULL OR location_id = :locationId) ORDER BY id DESC LIMIT :limit)"
            + " ORDER BY r.id DESC")
    List<ReceiptDao.Row> namesFrom(
            String prefix, String upper, long before, ReceiptStatus status, LocalDate date, Long locationId, int limit);
}
