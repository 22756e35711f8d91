package org.shopsuite.server.db.vehicle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.Fuel;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.ReceiptStatus;

/** Vehicles, their ownership periods and their visits. */
public interface VehicleDao {
    record Row(
            long id,
            String plate,
            boolean plateStandard,
            String vin,
            String make,
            String model,
            Integer year,
            Fuel fuel,
            String colour,
            long customerId,
            String customerName,
            Integer lastMileageKm,
            boolean active,
            long version,
            Instant createdAt,
            Instant updatedAt,
            LocalDate firstRegisteredOn) {}

    record Owner(long vehicleId, long customerId, String customerName, Instant fromAt, Instant toAt, String reason) {}

    /** The columns written for a new vehicle. */
    record New(
            String plate,
            boolean plateStandard,
            String plateTail,
            String vin,
            String make,
            String model,
            Integer year,
            Fuel fuel,
            String colour,
            long customerId,
            Integer lastMileageKm,
            Instant now) {}

    /** One visit, as a history lists it (its parts are read separately). */
    record Visit(
            long receiptId,
            LocalDate requestDate,
            long vehicleId,
            String plate,
            long customerId,
            String customerName,
            Integer mileageKm,
            String request,
            ReceiptStatus status,
            String mechanicName,
            Long jobId,
            JobStatus jobStatus,
            Long laborCenti,
            String notes,
            Long invoiceId,
            String invoiceNumber,
            Long total,
            Long paid,
            Instant finishedAt,
            Instant releasedAt,
            Long warrantyClaimId) {}

    record VisitPart(long jobId, String partNumber, String partName, long quantity, long unitPrice) {}

    record Comeback(
            long originalReceiptId,
            long claimId,
            String complaint,
            org.shopsuite.model.WarrantyClaimStatus status,
            org.shopsuite.model.Coverage coverage,
            LocalDate windowEndsOn) {}

    /** The comebacks registered against these visits, oldest first. */
    @SqlQuery("SELECT original_receipt_id, id AS claim_id, complaint, status, coverage, window_ends_on"
            + " FROM warranty_claims WHERE original_receipt_id IN (<receipts>) ORDER BY id")
    List<Comeback> comebacksOf(@org.jdbi.v3.sqlobject.customizer.BindList("receipts") List<Long> receipts);

    String SELECT = "SELECT v.*, c.name AS customer_name FROM vehicles v JOIN customers c ON c.id = v.customer_id";

    @SqlQuery(SELECT + " WHERE v.id = :id")
    Optional<Row> find(long id);

    /**
     * A vehicle as a receipt meets it, in one statement: the record, its owner's phones (digits,
     * comma-separated) and the newest receipts (at most 10, newest first) whose car is in the shop.
     */
    record Known(
            long id,
            String plate,
            long customerId,
            String customerName,
            String vin,
            String make,
            String model,
            Integer year,
            Integer lastMileageKm,
            boolean active,
            String ownerPhones,
            String openIds) {}

    String KNOWN = "SELECT v.id, v.plate, v.customer_id, c.name AS customer_name, v.vin, v.make, v.model, v.year,"
            + " v.last_mileage_km, v.active,"
            + " (SELECT string_agg(p.phone, ',' ORDER BY p.position) FROM customer_phones p WHERE p.customer_id = v.customer_id)"
            + " AS owner_phones,"
            + " (SELECT string_agg(CAST(o.id AS TEXT), ',' ORDER BY o.id DESC) FROM (SELECT r.id FROM receipts r"
            + " WHERE r.vehicle_id = v.id AND r.in_shop = 1 ORDER BY r.id DESC LIMIT 10) o) AS open_ids"
            + " FROM vehicles v JOIN customers c ON c.id = v.customer_id";

    @SqlQuery(KNOWN + " WHERE v.plate = :plate AND v.active = 1")
    Optional<Known> knownByPlate(String plate);

    @SqlQuery(KNOWN + " WHERE v.id = :id")
    Optional<Known> knownById(long id);

    @SqlQuery(SELECT + " WHERE v.plate = :plate AND v.active = 1")
    Optional<Row> activeByPlate(String plate);

    /** Every record of a plate: the active one first, then those that left, newest first. */
    @SqlQuery(SELECT + " WHERE v.plate = :plate ORDER BY v.active DESC, v.id DESC LIMIT :limit")
    List<Row> byPlate(String plate, int limit);

    @SqlQuery(SELECT + " WHERE v.vin = :vin AND v.vin IS NOT NULL ORDER BY v.active DESC, v.id DESC LIMIT :limit")
    List<Row> byVin(String vin, int limit);

    /** Plates from their start, or by the last four digits; newest records first, a page at a time. */
    @SqlQuery(SELECT
            + " WHERE v.id < :before AND v.id IN (SELECT id FROM vehicles WHERE :plate IS NOT NULL"
            + " AND plate >= :plate AND plate < :plateUpper"
            + " UNION SELECT id FROM vehicles WHERE plate_tail = :tail)"
            + " ORDER BY v.id DESC LIMIT :limit")
    @org.shopsuite.server.db.PlanEachTime
    List<Row> searchRange(String plate, String plateUpper, String tail, long before, int limit);

    default List<Row> search(String plate, String tail, long before, int limit) {
        return searchRange(plate, org.shopsuite.server.db.Prefixes.upperBound(plate), tail, before, limit);
    }

    @SqlQuery(SELECT + " WHERE v.id < :before ORDER BY v.id DESC LIMIT :limit")
    List<Row> list(long before, int limit);

    /** A customer's vehicle: what a customer's record lists of it. */
    record Owned(long customerId, long id, boolean active) {}

    @SqlQuery("SELECT customer_id, id, active FROM vehicles WHERE customer_id IN (<ids>) ORDER BY id")
    List<Owned> ownedBy(@BindList("ids") List<Long> customerIds);

    /** A new vehicle; its id from the same statement (RETURNING: SQLite 3.35+ and PostgreSQL). */
    @SqlQuery("INSERT INTO vehicles (plate, plate_standard, plate_tail, vin, make, model, year, fuel, colour,"
            + " customer_id, last_mileage_km, active, version, created_at, updated_at) VALUES (:plate,"
            + " :plateStandard, :plateTail, :vin, :make, :model, :year, :fuel, :colour, :customerId,"
            + " :lastMileageKm, 1, 1, :now, :now) RETURNING id")
    long insert(@BindMethods New row);

    @SqlUpdate("UPDATE vehicles SET plate = :plate, plate_standard = :plateStandard, plate_tail = :plateTail,"
            + " vin = :vin, make = :make, model = :model, year = :year, fuel = :fuel, colour = :colour,"
            + " active = :active, version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
    int update(
            long id,
            long version,
            String plate,
            boolean plateStandard,
            String plateTail,
            String vin,
            String make,
            String model,
            Integer year,
            Fuel fuel,
            String colour,
            boolean active,
            Instant now);

    /** Details a receipt gives that the record lacks (the record's own values are kept). */
    @SqlUpdate("UPDATE vehicles SET vin = COALESCE(vin, :vin), make = COALESCE(make, :make),"
            + " model = COALESCE(model, :model), year = COALESCE(year, :year),"
            + " last_mileage_km = CASE WHEN :km IS NULL THEN last_mileage_km"
            + " WHEN last_mileage_km IS NULL OR :km > last_mileage_km THEN :km ELSE last_mileage_km END,"
            + " version = version + 1, updated_at = :now WHERE id = :id")
    void visited(long id, String vin, String make, String model, Integer year, Integer km, Instant now);

    @SqlUpdate("UPDATE vehicles SET customer_id = :customerId, version = version + 1, updated_at = :now"
            + " WHERE id = :id")
    void setOwner(long id, long customerId, Instant now);

    @SqlUpdate("UPDATE vehicles SET customer_id = :survivorId, version = version + 1, updated_at = :now"
            + " WHERE customer_id = :duplicateId")
    int moveOwner(long duplicateId, long survivorId, Instant now);

    @SqlQuery("SELECT o.*, c.name AS customer_name FROM vehicle_owners o JOIN customers c"
            + " ON c.id = o.customer_id WHERE o.vehicle_id IN (<ids>) ORDER BY o.vehicle_id, o.id")
    List<Owner> ownersOf(@BindList("ids") List<Long> vehicleIds);

    @SqlUpdate("INSERT INTO vehicle_owners (vehicle_id, customer_id, from_at, to_at, reason)"
            + " VALUES (:vehicleId, :customerId, :now, NULL, :reason)")
    void openOwnership(long vehicleId, long customerId, String reason, Instant now);

    @SqlUpdate("UPDATE vehicle_owners SET to_at = :now WHERE vehicle_id = :vehicleId AND to_at IS NULL")
    int closeOwnership(long vehicleId, Instant now);

    /** A merge: the duplicate's ownership periods become the survivor's. */
    @SqlUpdate("UPDATE vehicle_owners SET customer_id = :survivorId WHERE customer_id = :duplicateId")
    int moveOwnerships(long duplicateId, long survivorId);

    /** The newest receipts (at most 20) of a vehicle whose car is in the shop, newest first. */
    @SqlQuery("SELECT id FROM receipts WHERE vehicle_id = :vehicleId AND in_shop = 1 ORDER BY id DESC LIMIT 20")
    List<Long> openReceipts(long vehicleId);

    String VISIT = "SELECT r.id AS receipt_id, r.request_date, r.vehicle_id, v.plate, r.customer_id,"
            + " c.name AS customer_name, r.mileage_km, r.request, r.status, m.name AS mechanic_name,"
            + " j.id AS job_id, j.status AS job_status, j.labor_centi, j.notes, i.id AS invoice_id,"
            + " i.number AS invoice_number, i.total, i.paid, j.finished_at, r.released_at, r.warranty_claim_id"
            + " FROM receipts r JOIN vehicles v ON v.id = r.vehicle_id JOIN customers c ON c.id = r.customer_id"
            + " JOIN mechanics m ON m.id = r.mechanic_id LEFT JOIN jobs j ON j.receipt_id = r.id"
            + " LEFT JOIN invoices i ON i.id = (SELECT MAX(x.id) FROM invoices x WHERE x.receipt_id = r.id)";

    /** A vehicle's visits, newest first (rejected receipts are requests, not visits). */
    @SqlQuery(VISIT + " WHERE r.id IN (SELECT id FROM receipts WHERE vehicle_id = :vehicleId AND id < :before"
            + " AND status <> 'REJECTED' ORDER BY id DESC LIMIT :limit) ORDER BY r.id DESC")
    List<Visit> visitsOfVehicle(long vehicleId, long before, int limit);

    @SqlQuery(VISIT + " WHERE r.id IN (SELECT id FROM receipts WHERE customer_id = :customerId AND id < :before"
            + " AND status <> 'REJECTED' ORDER BY id DESC LIMIT :limit) ORDER BY r.id DESC")
    List<Visit> visitsOfCustomer(long customerId, long before, int limit);

    /** Finished visits whose job was finished on the days given (inclusive, as instants), oldest first. */
    @SqlQuery(VISIT + " WHERE j.status = 'FINISHED' AND j.finished_at >= :from AND j.finished_at < :to"
            + " ORDER BY j.finished_at, j.id")
    List<Visit> finishedBetween(Instant from, Instant to);

    /** The parts fitted per job: issued, net of what went back. */
    @SqlQuery("SELECT job_id, part_number, part_name, SUM(quantity - returned_quantity) AS quantity,"
            + " MAX(unit_price) AS unit_price FROM part_requests WHERE job_id IN (<ids>) AND status <> 'REJECTED'"
            + " GROUP BY job_id, part_number, part_name HAVING SUM(quantity - returned_quantity) > 0"
            + " ORDER BY job_id, MIN(id)")
    List<VisitPart> partsOf(@BindList("ids") List<Long> jobIds);

    /** Whether a mechanic has (or had) a job for this vehicle. */
    @SqlQuery("SELECT COUNT(*) > 0 FROM receipts r WHERE r.vehicle_id = :id AND r.mechanic_id = :mechanicId"
            + " AND r.status <> 'REJECTED'")
    boolean servedBy(long id, long mechanicId);

    /** The day the car was first registered (null: not known). */
    @SqlUpdate("UPDATE vehicles SET first_registered_on = :day WHERE id = :id")
    int setFirstRegistered(long id, LocalDate day);
}
