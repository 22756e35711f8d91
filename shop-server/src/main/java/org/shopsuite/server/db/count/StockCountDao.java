package org.shopsuite.server.db.count;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.StockCountStatus;

/** Stock count sheets: each part's stock at the sheet's ledger mark and what was counted. */
public interface StockCountDao {
    record Row(
            long id,
            StockCountStatus status,
            long ledgerMark,
            String startedBy,
            Instant startedAt,
            String postedBy,
            Instant postedAt,
            long version,
            long locationId) {}

    record LineRow(
            long id,
            long stockCountId,
            long vehiclePartId,
            String partId,
            String partName,
            int expected,
            int counted,
            int scans) {}

    /**
     * A part's stock at the location after its last ledger row there up to the mark: its stock at
     * that moment.
     */
    String STOCK_AT_MARK = "COALESCE((SELECT m.stock_after FROM stock_movements m WHERE m.location_id = :locationId"
            + " AND m.vehicle_part_id = p.id AND m.id <= :mark ORDER BY m.id DESC LIMIT 1), 0)";

    @SqlQuery("SELECT * FROM stock_counts WHERE id = :id")
    Optional<Row> find(long id);

    @SqlQuery("SELECT COALESCE(MAX(id), 0) FROM stock_movements")
    long ledgerMark();

    /** A count of one location's stock. */
    @SqlQuery("INSERT INTO stock_counts (status, ledger_mark, started_by, started_at, version, location_id)"
            + " VALUES ('OPEN', :mark, :by, :now, 1, :locationId) RETURNING id")
    long insert(long mark, String by, Instant now, long locationId);

    @SqlUpdate("INSERT INTO stock_count_lines (stock_count_id, vehicle_part_id, expected, counted, scans)"
            + " SELECT :countId, p.id, " + STOCK_AT_MARK + ", 0, 0 FROM vehicle_parts p ORDER BY p.id")
    int insertAllParts(long countId, long mark, long locationId);

    @SqlUpdate("INSERT INTO stock_count_lines (stock_count_id, vehicle_part_id, expected, counted, scans)"
            + " SELECT :countId, p.id, " + STOCK_AT_MARK + ", 0, 0 FROM vehicle_parts p WHERE p.id IN (<ids>)"
            + " ORDER BY p.id")
    int insertParts(long countId, long mark, @BindList("ids") List<Long> ids, long locationId);

    @SqlQuery("SELECT l.*, p.part_id, p.part_name FROM stock_count_lines l JOIN vehicle_parts p"
            + " ON p.id = l.vehicle_part_id WHERE l.stock_count_id = :countId ORDER BY l.vehicle_part_id")
    List<LineRow> lines(long countId);

    /** The sheet's parts as they stand now at the count's location, for posting in one pass. */
    @SqlQuery(org.shopsuite.server.db.part.PartDao.SELECT
            + " JOIN stock_count_lines l ON l.vehicle_part_id = p.id WHERE l.stock_count_id = :countId")
    List<org.shopsuite.server.db.part.PartDao.Row> parts(long countId, long locationId);

    @SqlUpdate("UPDATE stock_count_lines SET counted = counted + :quantity, scans = scans + 1"
            + " WHERE stock_count_id = :countId AND vehicle_part_id = :partId")
    int scan(long countId, long partId, int quantity);

    @SqlQuery("SELECT counted FROM stock_count_lines WHERE stock_count_id = :countId AND vehicle_part_id = :partId")
    int counted(long countId, long partId);

    @SqlUpdate("UPDATE stock_counts SET status = 'POSTED', posted_by = :by, posted_at = :now, version = version + 1"
            + " WHERE id = :id AND status = 'OPEN'")
    int post(long id, String by, Instant now);

    @SqlUpdate("UPDATE stock_counts SET version = version + 1 WHERE id = :id")
    void touch(long id);

    record CountMovement(
            long vehiclePartId,
            int delta,
            int stockAfter,
            String reason,
            String actor,
            Instant occurredAt,
            long stockCountId,
            long locationId) {}

    @SqlBatch("INSERT INTO stock_movements (vehicle_part_id, kind, delta, stock_after, reason, actor, occurred_at,"
            + " stock_count_id, location_id) VALUES (:vehiclePartId, 'COUNT', :delta, :stockAfter, :reason, :actor,"
            + " :occurredAt, :stockCountId, :locationId)")
    void insertMovements(@BindMethods List<CountMovement> rows);
}
