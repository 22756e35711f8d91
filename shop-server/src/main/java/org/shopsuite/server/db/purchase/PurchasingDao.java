package org.shopsuite.server.db.purchase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.PurchaseOrderStatus;

/** Suppliers, purchase orders, their lines and the deliveries received against them. */
public interface PurchasingDao {
    record SupplierRow(
            long id,
            String name,
            String phone,
            String email,
            String businessNumber,
            String notes,
            boolean active,
            long version) {}

    record OrderRow(
            long id,
            long supplierId,
            String supplierName,
            PurchaseOrderStatus status,
            String cancelReason,
            String createdBy,
            Instant createdAt,
            Instant orderedAt,
            Instant closedAt,
            long version,
            long locationId) {}

    record LineRow(
            long id,
            long purchaseOrderId,
            int position,
            long vehiclePartId,
            String partId,
            String partName,
            int quantity,
            long unitCost,
            int receivedQuantity,
            Long jobId,
            Long partRequestId) {}

    record DeliveryRow(
            long id,
            long purchaseOrderId,
            String vendorInvoiceNumber,
            LocalDate vendorInvoiceDate,
            boolean overReceived,
            String receivedBy,
            Instant receivedAt) {}

    record DeliveryLineRow(
            long id,
            long purchaseDeliveryId,
            Long purchaseOrderLineId,
            long vehiclePartId,
            int quantity,
            long unitCost) {}

    record ReturnRow(
            long id,
            long supplierId,
            String supplierName,
            org.shopsuite.model.VendorReturnKind kind,
            org.shopsuite.model.VendorReturnStatus status,
            long total,
            String creditMemoNumber,
            Long creditAmount,
            String createdBy,
            Instant createdAt,
            Instant creditedAt,
            long version) {}

    record ReturnLineRow(long vendorReturnId, long vehiclePartId, int quantity, long unitCost, String reason) {}

    String RETURN =
            "SELECT r.*, s.name AS supplier_name FROM vendor_returns r JOIN suppliers s ON s.id = r.supplier_id";

    @SqlQuery(RETURN + " WHERE r.id = :id")
    Optional<ReturnRow> vendorReturn(long id);

    /** Newest first; the open ones are the cores and returns still waiting for a credit. */
    @SqlQuery(RETURN + " WHERE r.id < :before AND (:status IS NULL OR r.status = :status)"
            + " AND (:supplierId IS NULL OR r.supplier_id = :supplierId) ORDER BY r.id DESC LIMIT :limit")
    List<ReturnRow> vendorReturns(
            long before, org.shopsuite.model.VendorReturnStatus status, Long supplierId, int limit);

    /** A return to a supplier from {@code locationId}'s stock. */
    @SqlQuery("INSERT INTO vendor_returns (supplier_id, kind, status, total, created_by, created_at, version,"
            + " location_id) VALUES (:supplierId, :kind, 'OPEN', :total, :by, :now, 1, :locationId) RETURNING id")
    long insertReturn(
            long supplierId,
            org.shopsuite.model.VendorReturnKind kind,
            long total,
            String by,
            Instant now,
            long locationId);

    @SqlBatch("INSERT INTO vendor_return_lines (vendor_return_id, vehicle_part_id, quantity, unit_cost, reason)"
            + " VALUES (:vendorReturnId, :vehiclePartId, :quantity, :unitCost, :reason)")
    void insertReturnLines(@BindMethods List<ReturnLineRow> lines);

    @SqlQuery("SELECT * FROM vendor_return_lines WHERE vendor_return_id IN (<ids>) ORDER BY vendor_return_id, id")
    List<ReturnLineRow> returnLines(@BindList("ids") List<Long> ids);

    @SqlUpdate("UPDATE vendor_returns SET status = 'CREDITED', credit_memo_number = :memo, credit_amount = :amount,"
            + " credited_at = :now, version = version + 1 WHERE id = :id AND status = 'OPEN'")
    int credit(long id, String memo, long amount, Instant now);

    @SqlQuery("SELECT * FROM suppliers WHERE id = :id")
    Optional<SupplierRow> supplier(long id);

    @SqlQuery("SELECT * FROM suppliers"
            + " WHERE (:afterName IS NULL OR name > :afterName OR (name = :afterName AND id > :afterId))"
            + " AND (:active IS NULL OR active = :active) ORDER BY name, id LIMIT :limit")
    List<SupplierRow> suppliers(String afterName, long afterId, Boolean active, int limit);

    @SqlQuery("INSERT INTO suppliers (name, phone, email, business_number, notes, active, created_at, updated_at,"
            + " version) VALUES (:name, :phone, :email, :businessNumber, :notes, :active, :now, :now, 1)"
            + " RETURNING id")
    long insertSupplier(
            String name, String phone, String email, String businessNumber, String notes, boolean active, Instant now);

    @SqlUpdate("UPDATE suppliers SET name = :name, phone = :phone, email = :email, business_number = :businessNumber,"
            + " notes = :notes, active = :active, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND version = :version")
    int updateSupplier(
            long id,
            long version,
            String name,
            String phone,
            String email,
            String businessNumber,
            String notes,
            boolean active,
            Instant now);

    String ORDER =
            "SELECT o.*, s.name AS supplier_name FROM purchase_orders o JOIN suppliers s ON s.id = o.supplier_id";

    @SqlQuery(ORDER + " WHERE o.id = :id")
    Optional<OrderRow> order(long id);

    /** Newest first, keyset on id. */
    @SqlQuery(ORDER + " WHERE o.id < :before AND (:status IS NULL OR o.status = :status)"
            + " AND (:supplierId IS NULL OR o.supplier_id = :supplierId) ORDER BY o.id DESC LIMIT :limit")
    List<OrderRow> orders(long before, PurchaseOrderStatus status, Long supplierId, int limit);

    /** A draft, to be delivered to {@code locationId} (issue 22: the location that orders). */
    @SqlQuery("INSERT INTO purchase_orders (supplier_id, status, created_by, created_at, updated_at, version,"
            + " location_id) VALUES (:supplierId, 'DRAFT', :by, :now, :now, 1, :locationId) RETURNING id")
    long insertOrder(long supplierId, String by, Instant now, long locationId);

    @SqlUpdate("UPDATE purchase_orders SET supplier_id = :supplierId, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND version = :version AND status = 'DRAFT'")
    int updateDraft(long id, long version, long supplierId, Instant now);

    /** A status change from one of {@code from}; 0 when the order is no longer in one of them. */
    @SqlUpdate("UPDATE purchase_orders SET status = :status, version = version + 1, updated_at = :now,"
            + " ordered_at = CASE WHEN :status = 'ORDERED' THEN :now ELSE ordered_at END,"
            + " closed_at = CASE WHEN :status IN ('CLOSED', 'CANCELLED') THEN :now ELSE closed_at END,"
            + " cancel_reason = COALESCE(:reason, cancel_reason)"
            + " WHERE id = :id AND status IN (<from>)")
    int setStatus(long id, PurchaseOrderStatus status, String reason, @BindList("from") List<String> from, Instant now);

    @SqlQuery("SELECT l.*, p.part_id, p.part_name FROM purchase_order_lines l"
            + " JOIN vehicle_parts p ON p.id = l.vehicle_part_id WHERE l.purchase_order_id IN (<ids>)"
            + " ORDER BY l.purchase_order_id, l.position")
    List<LineRow> lines(@BindList("ids") List<Long> ids);

    @SqlBatch("INSERT INTO purchase_order_lines (purchase_order_id, position, vehicle_part_id, quantity, unit_cost,"
            + " received_quantity, job_id, part_request_id) VALUES (:purchaseOrderId, :position, :vehiclePartId,"
            + " :quantity, :unitCost, 0, :jobId, :partRequestId)")
    void insertLines(@BindMethods List<LineRow> lines);

    /** The supplier's newest draft for a location, where that location's backorders gather. */
    @SqlQuery(ORDER + " WHERE o.supplier_id = :supplierId AND o.status = 'DRAFT' AND o.location_id = :locationId"
            + " ORDER BY o.id DESC LIMIT 1")
    Optional<OrderRow> draftOf(long supplierId, long locationId);

    @SqlQuery("SELECT COALESCE(MAX(position), 0) FROM purchase_order_lines WHERE purchase_order_id = :id")
    int lastPosition(long id);

    @SqlUpdate("UPDATE purchase_orders SET version = version + 1, updated_at = :now WHERE id = :id")
    void touch(long id, Instant now);

    @SqlUpdate("DELETE FROM purchase_order_lines WHERE purchase_order_id = :id")
    void deleteLines(long id);

    @SqlUpdate("UPDATE purchase_order_lines SET received_quantity = received_quantity + :quantity WHERE id = :id")
    void received(long id, int quantity);

    @SqlQuery("INSERT INTO purchase_deliveries (purchase_order_id, vendor_invoice_number, vendor_invoice_date,"
            + " over_received, received_by, received_at) VALUES (:orderId, :invoiceNumber, :invoiceDate, :over,"
            + " :by, :now) RETURNING id")
    long insertDelivery(
            long orderId, String invoiceNumber, LocalDate invoiceDate, boolean over, String by, Instant now);

    @SqlBatch("INSERT INTO purchase_delivery_lines (purchase_delivery_id, purchase_order_line_id, vehicle_part_id,"
            + " quantity, unit_cost) VALUES (:purchaseDeliveryId, :purchaseOrderLineId, :vehiclePartId, :quantity,"
            + " :unitCost)")
    void insertDeliveryLines(@BindMethods List<DeliveryLineRow> lines);

    @SqlQuery("SELECT * FROM purchase_deliveries WHERE purchase_order_id = :orderId ORDER BY id")
    List<DeliveryRow> deliveries(long orderId);

    @SqlQuery("SELECT * FROM purchase_deliveries WHERE purchase_order_id IN (<orderIds>) ORDER BY id")
    List<DeliveryRow> deliveriesOf(@BindList("orderIds") List<Long> orderIds);

    @SqlQuery("SELECT l.* FROM purchase_delivery_lines l JOIN purchase_deliveries d ON d.id = l.purchase_delivery_id"
            + " WHERE d.purchase_order_id IN (<orderIds>) ORDER BY l.id")
    List<DeliveryLineRow> deliveryLinesOf(@BindList("orderIds") List<Long> orderIds);

    @SqlQuery("SELECT l.* FROM purchase_delivery_lines l JOIN purchase_deliveries d ON d.id = l.purchase_delivery_id"
            + " WHERE d.purchase_order_id = :orderId ORDER BY l.id")
    List<DeliveryLineRow> deliveryLines(long orderId);
}
