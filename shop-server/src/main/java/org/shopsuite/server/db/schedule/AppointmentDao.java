package org.shopsuite.server.db.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.AppointmentStatus;
import org.shopsuite.model.DropOff;

/** Appointments and the bookings a day's bays and mechanics have. */
public interface AppointmentDao {
    record Row(
            long id,
            long customerId,
            String customerName,
            long vehicleId,
            String plate,
            LocalDate day,
            int startMinute,
            int endMinute,
            long hoursCenti,
            Long mechanicId,
            String mechanicName,
            Long bayId,
            String bayName,
            String request,
            DropOff dropOff,
            AppointmentStatus status,
            String rejectionReason,
            String cancelReason,
            Long receiptId,
            String createdBy,
            Instant createdAt,
            long version,
            long depositPoints,
            long locationId) {}

    /** The columns written for a new appointment. */
    record New(
            long customerId,
            long vehicleId,
            LocalDate day,
            int startMinute,
            int endMinute,
            long hoursCenti,
            Long mechanicId,
            Long bayId,
            String request,
            DropOff dropOff,
            AppointmentStatus status,
            String rejectionReason,
            String createdBy,
            Instant now,
            long locationId) {}

    /** A booked slot of a bay or a mechanic on a day. */
    record Slot(long id, Long bayId, Long mechanicId, int startMinute, int endMinute, long hoursCenti) {}

    String SELECT = "SELECT a.id, a.customer_id, c.name AS customer_name, a.vehicle_id, v.plate, a.day,"
            + " a.start_minute, a.end_minute, a.hours_centi, a.mechanic_id, m.name AS mechanic_name, a.bay_id,"
            + " b.name AS bay_name, a.request, a.drop_off, a.status, a.rejection_reason, a.cancel_reason,"
            + " a.receipt_id, a.created_by, a.created_at, a.version, a.deposit_points, a.location_id"
            + " FROM appointments a"
            + " JOIN customers c ON c.id = a.customer_id JOIN vehicles v ON v.id = a.vehicle_id"
            + " LEFT JOIN mechanics m ON m.id = a.mechanic_id LEFT JOIN bays b ON b.id = a.bay_id";

    @SqlQuery(SELECT + " WHERE a.id = :id")
    Optional<Row> find(long id);

    /** The appointment a receipt was made from, if any. */
    @SqlQuery(SELECT + " WHERE a.receipt_id = :receiptId")
    Optional<Row> ofReceipt(long receiptId);

    /** Newest day first, then by start time; keyset on id within the filters. */
    @SqlQuery(SELECT + " WHERE (:from IS NULL OR a.day >= :from) AND (:to IS NULL OR a.day <= :to)"
            + " AND (:mechanicId IS NULL OR a.mechanic_id = :mechanicId) AND (:bayId IS NULL OR a.bay_id = :bayId)"
            + " AND (:status IS NULL OR a.status = :status) AND (:locationId IS NULL OR a.location_id = :locationId)"
            + " AND a.id < :before ORDER BY a.id DESC LIMIT :limit")
    List<Row> list(
            Long locationId,
            LocalDate from,
            LocalDate to,
            Long mechanicId,
            Long bayId,
            AppointmentStatus status,
            long before,
            int limit);

    @SqlQuery(SELECT + " WHERE a.day = :day AND a.status IN ('BOOKED', 'ARRIVED') ORDER BY a.start_minute, a.id")
    List<Row> ofDay(LocalDate day);

    /** A booking as the control view draws it. */
    record DaySlot(
            long id,
            Long bayId,
            Long mechanicId,
            int startMinute,
            int endMinute,
            AppointmentStatus status,
            String plate,
            String customerName) {}

    /** A day's BOOKED and ARRIVED bookings with only what the control view shows (it is read often). */
    @SqlQuery("SELECT a.id, a.bay_id, a.mechanic_id, a.start_minute, a.end_minute, a.status, v.plate,"
            + " c.name AS customer_name FROM appointments a JOIN customers c ON c.id = a.customer_id"
            + " JOIN vehicles v ON v.id = a.vehicle_id WHERE a.day = :day AND a.status IN ('BOOKED', 'ARRIVED')"
            + " ORDER BY a.start_minute, a.id")
    List<DaySlot> slotsOf(LocalDate day);

    /** The BOOKED slots of a day (every bay and mechanic), other than {@code except}. */
    @SqlQuery("SELECT id, bay_id, mechanic_id, start_minute, end_minute, hours_centi FROM appointments"
            + " WHERE day = :day AND status = 'BOOKED' AND id <> :except ORDER BY start_minute")
    List<Slot> booked(LocalDate day, long except);

    @SqlQuery("INSERT INTO appointments (customer_id, vehicle_id, day, start_minute, end_minute, hours_centi,"
            + " mechanic_id, bay_id, request, drop_off, status, rejection_reason, created_by, created_at, updated_at,"
            + " version, location_id) VALUES (:customerId, :vehicleId, :day, :startMinute, :endMinute, :hoursCenti,"
            + " :mechanicId, :bayId, :request, :dropOff, :status, :rejectionReason, :createdBy, :now, :now, 1,"
            + " :locationId) RETURNING id")
    long insert(@BindMethods New row);

    @SqlUpdate("UPDATE appointments SET status = :status, cancel_reason = :reason, version = version + 1,"
            + " updated_at = :now WHERE id = :id AND status = 'BOOKED'")
    int close(long id, AppointmentStatus status, String reason, Instant now);

    /** A customer merge: the duplicate's appointments become the survivor's. */
    @SqlUpdate("UPDATE appointments SET customer_id = :survivor WHERE customer_id = :duplicate")
    int moveCustomer(long duplicate, long survivor);

    /** The points deposit a just-booked appointment holds. */
    @SqlUpdate("UPDATE appointments SET deposit_points = :points WHERE id = :id")
    int setDeposit(long id, long points);

    /** The receipt made from an arrived appointment, and the mechanic who took it. */
    @SqlUpdate("UPDATE appointments SET receipt_id = :receiptId, mechanic_id = :mechanicId, updated_at = :now"
            + " WHERE id = :id AND status = 'ARRIVED'")
    int arrive(long id, long receiptId, long mechanicId, Instant now);

    @SqlUpdate("UPDATE appointments SET day = :day, start_minute = :startMinute, end_minute = :endMinute,"
            + " hours_centi = :hoursCenti, mechanic_id = :mechanicId, bay_id = :bayId, version = version + 1,"
            + " updated_at = :now WHERE id = :id AND status = 'BOOKED'")
    int reschedule(
            long id,
            LocalDate day,
            int startMinute,
            int endMinute,
            long hoursCenti,
            Long mechanicId,
            Long bayId,
            Instant now);
}
