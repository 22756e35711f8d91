package org.shopsuite.server.service;

import java.time.LocalDate;
import java.util.List;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.Page;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.StatusPageRow;
import org.shopsuite.server.db.Daos;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.StatusPageDao;

/** Reads the status board: the read model kept by {@link StatusBoardProjection}. */
public final class StatusBoardService {
  private final Database db;

  public StatusBoardService(Database db) {
    this.db = db;
  }

  public Page<StatusPageRow> list(
      LocalDate date, ReceiptStatus status, String cursor, int limit) {
    long before = Cursor.before(cursor);
    // One statement: no read transaction needed around it.
    List<StatusPageDao.Row> rows =
        db.unmanaged(
            h ->
                Daos.of(h, StatusPageDao.class)
                    .list(
                        before,
                        date == null ? null : date.toString(),
                        status == null ? null : status.name(),
                        limit + 1));
    return Pages.of(rows, limit, StatusPageDao.Row::receiptId, StatusBoardService::toApi);
  }

  /** One receipt's row: what a client fetches to apply a live event without reloading the board. */
  public StatusPageRow get(long receiptId) {
    return db.unmanaged(h -> Daos.of(h, StatusPageDao.class).find(receiptId))
        .map(StatusBoardService::toApi)
        .orElseThrow(() -> ApiException.notFound("status page", receiptId));
  }

  private static StatusPageRow toApi(StatusPageDao.Row r) {
    return new StatusPageRow(
        r.receiptId(),
        r.customerName(),
        r.carId(),
        org.shopsuite.model.IsoTime.parseDate(r.requestDate()),
        r.mechanicName(),
        ReceiptStatus.valueOf(r.receiptStatus()),
        r.jobStatus() == null ? null : JobStatus.valueOf(r.jobStatus()),
        r.invoiceTotal(),
        Times.parse(r.updatedAt()));
  }
}
