package org.shopsuite.server.db.part;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.MovementKind;

/** The parts catalogue, its stock and the stock ledger. */
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
            long coreCharge) {
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
            Long counterSaleId) {}

    @SqlQuery("SELECT * FROM vehicle_parts WHERE id = :id")
    Optional<Row> find(long id);

    /** Several parts in one statement (an estimate's lines). */
    @SqlQuery("SELECT * FROM vehicle_parts WHERE id IN (<ids>)")
    List<Row> findAll(@org.jdbi.v3.sqlobject.customizer.BindList("ids") List<Long> ids);

    @SqlQuery("SELECT COUNT(*) FROM suppliers WHERE id = :id")
    int supplierExists(long id);

    @SqlQuery("SELECT * FROM vehicle_parts WHERE part_id = :partId")
    Optional<Row> findByPartId(String partId);

    @SqlQuery("SELECT * FROM vehicle_parts WHERE barcode = :barcode")
    Optional<Row> findByBarcode(String barcode);

    /**
     * A page in name order, keyset on (part_name, id); {@code afterName} null for the first page.
     * The text matches whatever its case: lower() on both sides (SQLite's LIKE ignores ASCII case
     * by itself, PostgreSQL's does not).
     */
    @SqlQuery("SELECT * FROM vehicle_parts"
            + " WHERE (:afterName IS NULL OR part_name > :afterName OR (part_name = :afterName AND id > :afterId))"
            + " AND (:q IS NULL OR lower(part_name) LIKE lower(:q) ESCAPE '!' OR lower(part_id) LIKE lower(:q) ESCAPE '!'"
            + " OR barcode = :exact)"
            + " AND (:lowStock IS NULL OR :lowStock = 0 OR stock - reserved <= reorder_point)"
            + " ORDER BY part_name, id LIMIT :limit")
    List<Row> list(String afterName, long afterId, String q, String exact, Boolean lowStock, int limit);

    @SqlUpdate("INSERT INTO vehicle_parts (part_id, part_name, stock, part_price, cost_price,"
            + " reorder_point, barcode, default_supplier_id, core_charge, version, created_at, updated_at) VALUES"
            + " (:partId, :partName, :stock, :partPrice, :costPrice, :reorderPoint, :barcode, :defaultSupplierId,"
            + " :coreCharge, 1, :now, :now)")
    @GetGeneratedKeys
    long insert(@BindMethods Row row, Instant now);

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
     * Moves stock by delta unless what is available (stock less what counter sales reserved) would
     * go below zero; returns rows changed (0 or 1).
     */
    @SqlUpdate("UPDATE vehicle_parts SET stock = stock + :delta, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND stock - reserved + :delta >= 0")
    int moveStock(long id, int delta, Instant now);

    /** Holds units for a counter sale unless fewer are available; rows changed (0 or 1). */
    @SqlUpdate("UPDATE vehicle_parts SET reserved = reserved + :quantity, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND stock - reserved >= :quantity")
    int reserve(long id, int quantity, Instant now);

    /** Lets go of units a cancelled sale held. */
    @SqlUpdate("UPDATE vehicle_parts SET reserved = reserved - :quantity, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND reserved >= :quantity")
    int release(long id, int quantity, Instant now);

    /** Hands over units a sale held: stock and the reservation go down together. */
    @SqlUpdate(
            "UPDATE vehicle_parts SET stock = stock - :quantity, reserved = reserved - :quantity,"
                    + " version = version + 1, updated_at = :now WHERE id = :id AND reserved >= :quantity AND stock >= :quantity")
    int handOver(long id, int quantity, Instant now);

    @SqlUpdate("INSERT INTO stock_movements (vehicle_part_id, kind, delta, stock_after, reason, job_id,"
            + " part_request_id, actor, occurred_at, purchase_order_id, reference, unit_cost, counter_sale_id)"
            + " VALUES (:vehiclePartId, :kind, :delta, :stockAfter, :reason, :jobId, :partRequestId, :actor,"
            + " :occurredAt, :purchaseOrderId, :reference, :unitCost, :counterSaleId)")
    @GetGeneratedKeys
    long insertMovement(@BindMethods MovementRow row);

    @SqlQuery("SELECT * FROM stock_movements WHERE vehicle_part_id = :partId AND id < :before"
            + " ORDER BY id DESC LIMIT :limit")
    List<MovementRow> movements(long partId, long before, int limit);
}
