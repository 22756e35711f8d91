package org.shopsuite.server.db.receipt;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.shopsuite.model.ReceiptStatus;

/**
 * {@link ReceiptSearch} on PostgreSQL: {@code ILIKE} on the expression that the {@code pg_trgm}
 * index {@code receipt_search_trgm} covers (the three fields a line apart, so a match never spans
 * two of them, as FTS5's columns do not).
 */
public interface PostgresReceiptSearch extends ReceiptSearch {
    /** The indexed expression, exactly as in {@code db/postgresql/V17__baseline.sql}. */
    String FIELDS = "(r.customer_name || E'\\n' || COALESCE(r.customer_phone, '') || E'\\n' || r.car_id)";

    @Override
    default List<ReceiptDao.Row> containing(
            String text, long before, ReceiptStatus status, LocalDate date, Long locationId, int limit) {
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return matching(pattern, before, status, date, locationId, limit);
    }

    /**
     * The page's ids first, then their whole rows: PostgreSQL would otherwise join every match
     * (hundreds for a plate's four digits) to its job, invoice and subqueries before it sorts and
     * keeps the page.
     */
    @SqlQuery(ReceiptDao.SELECT
            + " WHERE r.id IN (SELECT r.id FROM receipts r WHERE " + FIELDS + " ILIKE :pattern"
            + " AND r.id < :before AND (CAST(:status AS TEXT) IS NULL OR r.status = :status)"
            + " AND (CAST(:date AS TEXT) IS NULL OR r.request_date = :date)"
            + " AND (CAST(:locationId AS BIGINT) IS NULL OR r.location_id = :locationId)"
            + " ORDER BY r.id DESC LIMIT :limit) ORDER BY r.id DESC")
    List<ReceiptDao.Row> matching(
            String pattern, long before, ReceiptStatus status, LocalDate date, Long locationId, int limit);

    @Override
    default List<ReceiptDao.Row> namePrefix(
            String prefix, long before, ReceiptStatus status, LocalDate date, Long locationId, int limit) {
        return namesFrom(
                prefix, org.shopsuite.server.db.Prefixes.upperBound(prefix), before, status, date, locationId, limit);
    }

    @SqlQuery(ReceiptDao.SELECT
            + " WHERE r.id IN (SELECT r.id FROM receipts r WHERE r.customer_name >= :prefix AND r.customer_name < :upper"
            + " AND r.id < :before AND (CAST(:status AS TEXT) IS NULL OR r.status = :status)"
            + " AND (CAST(:date AS TEXT) IS NULL OR r.request_date = :date)"
            + " AND (CAST(:locationId AS BIGINT) IS NULL OR r.location_id = :locationId)"
            + " ORDER BY r.id DESC LIMIT :limit) ORDER BY r.id DESC")
    List<ReceiptDao.Row> namesFrom(
            String prefix, String upper, long before, ReceiptStatus status, LocalDate date, Long locationId, int limit);
}
