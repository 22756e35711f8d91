package org.shopsuite.server.db.message;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.MessageStatus;
import org.shopsuite.model.ReminderKind;

/** The outbox of messages to customers, one per reminder key. */
public interface MessageDao {
    record Row(
            long id,
            String reminderKey,
            ReminderKind kind,
            long customerId,
            String customerName,
            String phone,
            String text,
            MessageStatus status,
            Instant createdAt) {}

    String SELECT = "SELECT m.id, m.reminder_key, m.kind, m.customer_id, c.name AS customer_name, m.phone, m.text,"
            + " m.status, m.created_at FROM messages m JOIN customers c ON c.id = m.customer_id";

    @SqlQuery(SELECT + " WHERE (:status IS NULL OR m.status = :status) AND m.id < :before ORDER BY m.id DESC"
            + " LIMIT :limit")
    List<Row> list(MessageStatus status, long before, int limit);

    @SqlQuery(SELECT + " WHERE m.id = :id")
    Optional<Row> find(long id);

    /** The reminder keys among {@code keys} already in the outbox. */
    @SqlQuery("SELECT reminder_key FROM messages WHERE reminder_key IN (<keys>)")
    List<String> queued(@org.jdbi.v3.sqlobject.customizer.BindList("keys") List<String> keys);

    /** Queues a message once per reminder key: 0 rows when that reminder is already in the outbox. */
    @SqlUpdate("INSERT INTO messages (reminder_key, kind, customer_id, phone, text, status, created_at)"
            + " VALUES (:key, :kind, :customerId, :phone, :text, 'QUEUED', :now) ON CONFLICT (reminder_key) DO NOTHING")
    int queue(String key, ReminderKind kind, long customerId, String phone, String text, Instant now);

    /** A BOOKED appointment of a day, with what its reminder says. */
    record AppointmentDue(
            long appointmentId,
            long customerId,
            String customerName,
            boolean consentToMessages,
            long vehicleId,
            String plate,
            int startMinute) {}

    @SqlQuery("SELECT a.id AS appointment_id, a.customer_id, c.name AS customer_name, c.consent_to_messages,"
            + " a.vehicle_id, v.plate, a.start_minute FROM appointments a JOIN customers c ON c.id = a.customer_id"
            + " JOIN vehicles v ON v.id = a.vehicle_id WHERE a.day = :day AND a.status = 'BOOKED'"
            + " ORDER BY a.start_minute, a.id")
    List<AppointmentDue> appointmentsOn(java.time.LocalDate day);

    /**
     * An active vehicle's visits as the service reminder needs them: the last one (day, receipt),
     * the current mileage, and the first visit with a mileage (for the distance driven a day).
     */
    record VisitSpan(
            long vehicleId,
            String plate,
            long customerId,
            String customerName,
            boolean consentToMessages,
            java.time.LocalDate lastDay,
            long lastReceiptId,
            Integer lastMileageKm,
            java.time.LocalDate firstKmDay,
            Integer firstKm) {}

    /** Vehicles whose last visit (an accepted or completed receipt) was in [from, to]. */
    @SqlQuery("SELECT v.id AS vehicle_id, v.plate, v.customer_id, c.name AS customer_name, c.consent_to_messages,"
            + " g.last_day, g.last_receipt_id, v.last_mileage_km, g.first_km_day, g.first_km FROM ("
            + "SELECT vehicle_id, MAX(request_date) AS last_day, MAX(id) AS last_receipt_id,"
            + " MIN(CASE WHEN mileage_km IS NOT NULL THEN request_date END) AS first_km_day,"
            + " MIN(mileage_km) AS first_km FROM receipts"
            + " WHERE vehicle_id IS NOT NULL AND status IN ('ACCEPTED', 'COMPLETED') GROUP BY vehicle_id) g"
            + " JOIN vehicles v ON v.id = g.vehicle_id AND v.active = 1 JOIN customers c ON c.id = v.customer_id"
            + " WHERE g.last_day >= :from AND g.last_day <= :to ORDER BY g.last_day, v.id")
    List<VisitSpan> lastVisitsBetween(java.time.LocalDate from, java.time.LocalDate to);
}
