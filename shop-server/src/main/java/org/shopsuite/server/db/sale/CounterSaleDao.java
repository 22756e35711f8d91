package org.shopsuite.server.db.sale;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.CounterSaleStatus;
import org.shopsuite.model.PaymentMethod;

/** Counter sales and their lines. */
public interface CounterSaleDao {
    record Row(
            long id,
            Long customerId,
            CounterSaleStatus status,
            String currency,
            long taxRateBp,
            long subtotal,
            long tax,
            long total,
            PaymentMethod method,
            long amountReceived,
            long changeGiven,
            long refunded,
            String cancelReason,
            String soldBy,
            Instant soldAt,
            LocalDate soldOn,
            Instant handedOverAt,
            Instant cancelledAt,
            long version,
            long locationId) {}

    record LineRow(
            long id,
            long counterSaleId,
            int position,
            long vehiclePartId,
            String partNumber,
            String partName,
            int quantity,
            long unitPrice,
            long amount) {}

    @SqlQuery("SELECT * FROM counter_sales WHERE id = :id")
    Optional<Row> find(long id);

    /** Newest first, keyset on id. */
    @SqlQuery("SELECT * FROM counter_sales WHERE id < :before AND (:status IS NULL OR status = :status)"
            + " AND (:day IS NULL OR sold_on = :day) ORDER BY id DESC LIMIT :limit")
    List<Row> list(long before, CounterSaleStatus status, LocalDate day, int limit);

    @SqlQuery("INSERT INTO counter_sales (customer_id, status, currency, tax_rate_bp, subtotal, tax, total, method,"
            + " amount_received, change_given, refunded, sold_by, sold_at, sold_on, updated_at, version, location_id)"
            + " VALUES"
            + " (:customerId, 'PAID', :currency, :taxRateBp, :subtotal, :tax, :total, :method, :amountReceived,"
            + " :changeGiven, 0, :soldBy, :soldAt, :soldOn, :soldAt, 1, :locationId) RETURNING id")
    long insert(@BindMethods Row row);

    @SqlBatch("INSERT INTO counter_sale_lines (counter_sale_id, position, vehicle_part_id, part_number, part_name,"
            + " quantity, unit_price, amount) VALUES (:counterSaleId, :position, :vehiclePartId, :partNumber,"
            + " :partName, :quantity, :unitPrice, :amount)")
    void insertLines(@BindMethods List<LineRow> lines);

    @SqlQuery("SELECT * FROM counter_sale_lines WHERE counter_sale_id IN (<ids>) ORDER BY counter_sale_id, position")
    List<LineRow> lines(@BindList("ids") List<Long> ids);

    @SqlUpdate("UPDATE counter_sales SET status = 'HANDED_OVER', handed_over_at = :now, version = version + 1,"
            + " updated_at = :now WHERE id = :id AND status = 'PAID'")
    int handOver(long id, Instant now);

    /** Cancelled (before the handover) or returned (after): refunded in full. */
    @SqlUpdate("UPDATE counter_sales SET status = :status, cancel_reason = :reason, refunded = total,"
            + " cancelled_at = :now, version = version + 1, updated_at = :now WHERE id = :id AND status = :from")
    int end(long id, CounterSaleStatus from, CounterSaleStatus status, String reason, Instant now);
}
