package org.shopsuite.server.db.receipt;

import java.time.LocalDate;
import java.util.List;
import org.shopsuite.model.ReceiptStatus;

/**
 * Receipts found by text, newest first: the one query that each database answers with its own
 * index (FTS5 trigrams on SQLite, {@code pg_trgm} on PostgreSQL; ADR 0024). Null filters (status, date, location) match all.
 */
public interface ReceiptSearch {
    /** Receipts whose name, phone or car number contains {@code text} (3 characters or more), any case. */
    List<ReceiptDao.Row> containing(
            String text, long before, ReceiptStatus status, LocalDate date, Long locationId, int limit);

    /** Receipts whose customer name starts with {@code prefix} (short queries such as a family name). */
    List<ReceiptDao.Row> namePrefix(
            String prefix, long before, ReceiptStatus status, LocalDate date, Long locationId, int limit);
}
