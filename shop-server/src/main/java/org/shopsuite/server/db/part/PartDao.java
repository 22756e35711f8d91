package org.shopsuite.server.db.part;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.MovementKind;

/**
 * The parts catalogue, each location's stock of it and the stock ledger (issue 22: a row read here
 * carries one location's stock and reserved units, {@code locationId}; {@code chainStock} is the
 * chain's total, kept on the catalogue row).
 */
public interface PartDao {
    record Row(
            long id,
            String partId,
            String partName,
            int stock,
            long partPrice,
            long costPrice,
            int reorderPoint,
            String barcode,
            long version,
            int reserved,
            Long defaultSupplierId,
            long coreCharge,
            long locationId,
            int chainStock) {
        /** What anything that takes stock may take: stock less what counter sales hold. */
        public int available() {
            return stock - reserved;
        }
    }

    record MovementRow(
            long id,
            long vehiclePartId,
            MovementKind kind,
            int delta,
            int stockAfter,
            String reason,
            Long jobId,
            Long partRequestId,
            String actor,
            Instant occurredAt,
            Long purchaseOrderId,
            String reference,
            Long unitCost,
            Long counterSaleId,
            long locationId,
            Long stockTransferId) {}

    /** The catalogue row with one location's stock ({@code :locationId}); none there reads as 0. */
    String SELECT = "SELECT p.id, p.part_id, p.part_name, COALESCE(s.stock, 0) AS stock, p.part_price, p.cost_price,"
            + " p.reorder_point, p.barcode, p.version, COALESCE(s.reserved, 0) AS reserved, p.default_supplier_id,"
            + " p.core_charge, :locationId AS location_id, p.stock AS chain_stock FROM vehicle_parts p"
            + " LEFT JOIN part_stock s ON s.vehicle_part_id = p.id AND s.location_id = :locationId";

    @SqlQuery(SELECT + " WHERE p.id = :id")
    Optional<Row> find(long id, long locationId);

    /** Several parts in one statement (an estimate's lines). */
    @SqlQuery(SELECT + " WHERE p.id IN (<ids>)")
    List<Row> findAll(@org.jdbi.v3.sqlobject.customizer.BindList("ids") List<Long> ids, long locationId);

    @SqlQuery("SELECT COUNT(*) FROM suppliers WHERE id = :id")
    int supplierExists(long id);

    @SqlQuery(SELECT + " WHERE p.part_id = :partId")
    Optional<Row> findByPartId(String partId, long locationId);

    @SqlQuery(SELECT + " WHERE p.barcode = :barcode")
    Optional<Row> findByBarcode(String barcode, long locationId);

    /**
     * A page in name order, keyset on (part_name, id); {@code afterName} null for the first page.
     * The text matches whatever its case: lower() on both sides (SQLite's LIKE ignores ASCII case
     * by itself, PostgreSQL's does not).
     */
    @SqlQuery(SELECT
            + " WHERE (:afterName IS NULL OR p.part_name > :afterName OR (p.part_name = :afterName AND p.id > :afterId))"
            + " AND (:q IS NULL OR lower(p.part_name) LIKE lower(:q) ESCAPE '!'"
            + " OR lower(p.part_id) LIKE lower(:q) ESCAPE '!' OR p.barcode = :exact)"
            + " AND (:lowStock IS NULL OR :lowStock = 0"
            + " OR COALESCE(s.stock, 0) - COALESCE(s.reserved, 0) <= p.reorder_point)"
            + " ORDER BY p.part_name, p.id LIMIT :limit")
    @org.shopsuite.server.db.PlanEachTime
    List<Row> list(
            String afterName, long afterId, String q, String exact, Boolean lowStock, long locationId, int limit);

    @SqlUpdate("INSERT INTO vehicle_parts (part_id, part_name, stock, part_price, cost_price,"
            + " reorder_point, barcode, default_supplier_id, core_charge, version, created_at, updated_at) VALUES"
            + " (:partId, :partName, :stock, :partPrice, :costPrice, :reorderPoint, :barcode, :defaultSupplierId,"
            + " :coreCharge, 1, :now, :now)")
    @GetGeneratedKeys
    long insert(@BindMethods Row row, Instant now);

    /** The stock a new part starts with at the location that adds it. */
    @SqlUpdate("INSERT INTO part_stock (location_id, vehicle_part_id, stock, reserved)"
            + " VALUES (:locationId, :partId, :stock, 0)")
    void insertStock(long locationId, long partId, int stock);

    @SqlUpdate("UPDATE vehicle_parts SET part_id = :partId, part_name = :partName,"
            + " part_price = :partPrice, cost_price = :costPrice, reorder_point = :reorderPoint,"
            + " barcode = :barcode, default_supplier_id = :defaultSupplierId, core_charge = :coreCharge,"
            + " version = version + 1,"
            + " updated_at = :now"
            + " WHERE id = :id AND version = :version")
    int update(@BindMethods Row row, Instant now);

    /** Names the vendor return on the part's newest ledger row (just written, in the same transaction). */
    @SqlUpdate("UPDATE stock_movements SET vendor_return_id = :returnId WHERE id ="
            + " (SELECT MAX(id) FROM stock_movements WHERE vehicle_part_id = :partId)")
    void markVendorReturn(long partId, long returnId);

    /** A part's cost after a delivery (moving average); the catalogue version moves on. */
    @SqlUpdate("UPDATE vehicle_parts SET cost_price = :cost, version = version + 1, updated_at = :now WHERE id = :id")
    void setCost(long id, long cost, Instant now);

    /**
     * Moves a location's stock by delta unless what is available there (stock less what its counter
     * sales reserved) would go below zero, and the chain's total with it; returns rows changed (0
     * or 1).
     */
    default int moveStock(long id, long locationId, int delta, Instant now) {
        if (delta > 0) {
            openStock(locationId, id);
        }
        if (moveAt(id, locationId, delta) == 0) {
            return 0;
        }
        return moveChain(id, delta, 0, now);
    }

    /** The location's row for the part, at 0, unless it has one. */
    @SqlUpdate("INSERT INTO part_stock (location_id, vehicle_part_id, stock, reserved) VALUES (:locationId, :id, 0, 0)"
            + " ON CONFLICT (location_id, vehicle_part_id) DO NOTHING")
    void openStock(long locationId, long id);

    @SqlUpdate("UPDATE part_stock SET stock = stock + :delta WHERE location_id = :locationId AND vehicle_part_id = :id"
            + " AND stock - reserved + :delta >= 0")
    int moveAt(long id, long locationId, int delta);

    /** The chain's totals on the catalogue row follow each location's move; the version moves on. */
    @SqlUpdate("UPDATE vehicle_parts SET stock = stock + :stock, reserved = reserved + :reserved,"
            + " version = version + 1, updated_at = :now WHERE id = :id")
    int moveChain(long id, int stock, int reserved, Instant now);

    /** Holds units for a counter sale unless fewer are available at the location; rows changed (0 or 1). */
    default int reserve(long id, long locationId, int quantity, Instant now) {
        return reserveAt(id, locationId, quantity) == 0 ? 0 : moveChain(id, 0, quantity, now);
    }

    @SqlUpdate("UPDATE part_stock SET reserved = reserved + :quantity WHERE location_id = :locationId"
            + " AND vehicle_part_id = :id AND stock - reserved >= :quantity")
    int reserveAt(long id, long locationId, int quantity);

    /** Lets go of units a cancelled sale held. */
    default int release(long id, long locationId, int quantity, Instant now) {
        return releaseAt(id, locationId, quantity) == 0 ? 0 : moveChain(id, 0, -quantity, now);
    }

    @SqlUpdate("UPDATE part_stock SET reserved = reserved - :quantity WHERE location_id = :locationId"
            + " AND vehicle_part_id = :id AND reserved >= :quantity")
    int releaseAt(long id, long locationId, int quantity);

    /** Hands over units a sale held: stock and the reservation go down together. */
    default int handOver(long id, long locationId, int quantity, Instant now) {
        return handOverAt(id, locationId, quantity) == 0 ? 0 : moveChain(id, -quantity, -quantity, now);
    }

    @SqlUpdate("UPDATE part_stock SET stock = stock - :quantity, reserved = reserved - :quantity"
            + " WHERE location_id = :locationId AND vehicle_part_id = :id AND reserved >= :quantity"
            + " AND stock >= :quantity")
    int handOverAt(long id, long locationId, int quantity);

    @SqlUpdate("INSERT INTO stock_movements (vehicle_part_id, kind, delta, stock_after, reason, job_id,"
            + " part_request_id, actor, occurred_at, purchase_order_id, reference, unit_cost, counter_sale_id,"
            + " location_id, stock_transfer_id)"
            + " VALUES (:vehiclePartId, :kind, :delta, :stockAfter, :reason, :jobId, :partRequestId, :actor,"
            + " :occurredAt, :purchaseOrderId, :reference, :unitCost, :counterSaleId, :locationId, :stockTransferId)")
    @GetGeneratedKeys
    long insertMovement(@BindMethods MovementRow row);

    // ---- transfers between locations (issue 22) -----------------------------------------

    record TransferRow(
            long id, long fromLocationId, long toLocationId, String note, String createdBy, Instant createdAt) {}

    record TransferLineRow(
            long stockTransferId,
            int position,
            long vehiclePartId,
            String partNumber,
            String partName,
            int quantity,
            int fromStockAfter,
            int toStockAfter) {}

    @SqlQuery("INSERT INTO stock_transfers (from_location_id, to_location_id, note, created_by, created_at)"
            + " VALUES (:fromLocationId, :toLocationId, :note, :createdBy, :createdAt) RETURNING id")
    long insertTransfer(long fromLocationId, long toLocationId, String note, String createdBy, Instant createdAt);

    @org.jdbi.v3.sqlobject.statement.SqlBatch(
            "INSERT INTO stock_transfer_lines (stock_transfer_id, position, vehicle_part_id, part_number, part_name,"
                    + " quantity, from_stock_after, to_stock_after) VALUES (:stockTransferId, :position,"
                    + " :vehiclePartId, :partNumber, :partName, :quantity, :fromStockAfter, :toStockAfter)")
    void insertTransferLines(@BindMethods List<TransferLineRow> lines);

    @SqlQuery("SELECT * FROM stock_transfers WHERE id = :id")
    Optional<TransferRow> transfer(long id);

    /** Newest first, keyset on id; those leaving or reaching {@code locationId} when given. */
    @SqlQuery("SELECT * FROM stock_transfers WHERE id < :before AND (:locationId IS NULL"
            + " OR from_location_id = :locationId OR to_location_id = :locationId) ORDER BY id DESC LIMIT :limit")
    List<TransferRow> transfers(long before, Long locationId, int limit);

    @SqlQuery("SELECT * FROM stock_transfer_lines WHERE stock_transfer_id IN (<ids>)"
            + " ORDER BY stock_transfer_id, position")
    List<TransferLineRow> transferLines(@org.jdbi.v3.sqlobject.customizer.BindList("ids") List<Long> ids);

    /** A location's ledger of a part, newest first. */
    @SqlQuery("SELECT * FROM stock_movements WHERE location_id = :locationId AND vehicle_part_id = :partId"
            + " AND id < :before ORDER BY id DESC LIMIT :limit")
    List<MovementRow> movements(long partId, long locationId, long before, int limit);
}
