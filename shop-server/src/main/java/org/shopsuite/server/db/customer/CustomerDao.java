package org.shopsuite.server.db.customer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Customers, their phones (digits) and what is found by them. */
public interface CustomerDao {
    record Row(
            long id,
            String name,
            String email,
            String address,
            String notes,
            boolean consentToMessages,
            Long mergedIntoId,
            Instant lastSeenAt,
            long version,
            Instant createdAt,
            Instant updatedAt) {}

    record Phone(long customerId, int position, String phone) {}

    /**
     * A customer's columns; {@code last_seen_at} is when their newest receipt was taken (from the
     * receipts' index, so no receipt has to write it), or when the record was made or last merged.
     */
    String COLUMNS = "SELECT c.id, c.name, c.email, c.address, c.notes, c.consent_to_messages, c.merged_into_id,"
            + " COALESCE((SELECT r.created_at FROM receipts r WHERE r.customer_id = c.id ORDER BY r.id DESC LIMIT 1),"
            + " c.last_seen_at) AS last_seen_at, c.version, c.created_at, c.updated_at FROM customers c";

    @SqlQuery(COLUMNS + " WHERE c.id = :id")
    Optional<Row> find(long id);

    @SqlQuery(COLUMNS + " WHERE c.id IN (<ids>)")
    List<Row> findAll(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT * FROM customer_phones WHERE customer_id IN (<ids>) ORDER BY customer_id, position")
    List<Phone> phonesOf(@BindList("ids") List<Long> ids);

    /** The customers (not merged away) with this phone, the most recently seen first. */
    @SqlQuery("SELECT * FROM (" + COLUMNS + " JOIN customer_phones p ON p.customer_id = c.id"
            + " WHERE p.phone = :phone AND c.merged_into_id IS NULL"
            + ") seen ORDER BY last_seen_at DESC, id DESC LIMIT 5")
    List<Row> byPhone(String phone);

    /** A new customer; its id from the same statement (RETURNING: SQLite 3.35+ and PostgreSQL). */
    @SqlQuery("INSERT INTO customers (name, email, address, notes, consent_to_messages, last_seen_at,"
            + " version, created_at, updated_at) VALUES (:name, :email, :address, :notes, :consent, :seen,"
            + " 1, :now, :now) RETURNING id")
    long insert(String name, String email, String address, String notes, boolean consent, Instant seen, Instant now);

    @SqlUpdate("UPDATE customers SET name = :name, email = :email, address = :address, notes = :notes,"
            + " consent_to_messages = :consent, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND version = :version AND merged_into_id IS NULL")
    int update(
            long id,
            long version,
            String name,
            String email,
            String address,
            String notes,
            boolean consent,
            Instant now);

    @SqlUpdate("DELETE FROM customer_phones WHERE customer_id = :id")
    void deletePhones(long id);

    /** One phone (a batch costs more than a statement for the one phone most customers have). */
    @SqlUpdate("INSERT INTO customer_phones (customer_id, position, phone, tail) VALUES (:id, :position,"
            + " :phone, :tail)")
    void insertPhone(long id, int position, String phone, String tail);

    @SqlBatch("INSERT INTO customer_phones (customer_id, position, phone, tail) VALUES (:id, :position,"
            + " :phone, :tail)")
    void insertPhones(long id, List<Integer> position, List<String> phone, List<String> tail);

    @SqlUpdate("UPDATE customers SET merged_into_id = :survivorId, version = version + 1, updated_at = :now"
            + " WHERE id = :id")
    void markMerged(long id, long survivorId, Instant now);

    @SqlUpdate("UPDATE customers SET version = version + 1, updated_at = :now WHERE id = :id")
    void touch(long id, Instant now);

    /**
     * Names from their start, in name order from the cursor on: a walk of the name index that stops
     * after {@code limit} rows, however common the name.
     */
    @SqlQuery(COLUMNS + " WHERE COALESCE(c.name, '') >= :name"
            + " AND COALESCE(c.name, '') < :upper AND c.merged_into_id IS NULL"
            + " AND (:afterName IS NULL OR COALESCE(c.name, '') > :afterName"
            + " OR (COALESCE(c.name, '') = :afterName AND c.id > :afterId))"
            + " ORDER BY COALESCE(c.name, ''), c.id LIMIT :limit")
    @org.shopsuite.server.db.PlanEachTime
    List<Row> byNameRange(String name, String upper, String afterName, long afterId, int limit);

    default List<Row> byNamePrefix(String name, String afterName, long afterId, int limit) {
        return byNameRange(name, org.shopsuite.server.db.Prefixes.upperBound(name), afterName, afterId, limit);
    }

    /** A customer's id and name: what search as you type sorts by. */
    record Key(long id, String name) {}

    /**
     * The customers a phone or a plate finds (its last four digits, a phone of 7 digits or more
     * from its start, a plate from its start), at most {@code limit}: few, each source on its own
     * index; their ids and names only, for the caller to put in name order and read the first
     * page of in full ({@link #findAll}).
     */
    @SqlQuery("SELECT c.id, c.name FROM customers c WHERE c.merged_into_id IS NULL AND c.id IN ("
            + "SELECT customer_id FROM customer_phones WHERE tail = :tail"
            + " UNION SELECT customer_id FROM customer_phones WHERE :phone IS NOT NULL"
            + " AND phone >= :phone AND phone < :phone || ':'"
            + " UNION SELECT customer_id FROM vehicles WHERE :plate IS NOT NULL AND active = 1"
            + " AND plate >= :plate AND plate < :plateUpper"
            + " UNION SELECT customer_id FROM vehicles WHERE plate_tail = :tail AND active = 1)"
            + " LIMIT :limit")
    @org.shopsuite.server.db.PlanEachTime
    List<Key> byPhoneOrPlateRange(String tail, String phone, String plate, String plateUpper, int limit);

    default List<Key> byPhoneOrPlate(String tail, String phone, String plate, int limit) {
        return byPhoneOrPlateRange(tail, phone, plate, org.shopsuite.server.db.Prefixes.upperBound(plate), limit);
    }

    /** Every customer (not merged away) in name order, a page at a time. */
    @SqlQuery(COLUMNS + " WHERE c.merged_into_id IS NULL"
            + " AND (:afterName IS NULL OR COALESCE(c.name, '') > :afterName"
            + " OR (COALESCE(c.name, '') = :afterName AND c.id > :afterId))"
            + " ORDER BY COALESCE(c.name, ''), c.id LIMIT :limit")
    List<Row> list(String afterName, long afterId, int limit);

    /** Whether the customer has a job not yet finished (a merge waits for it). */
    @SqlQuery("SELECT COUNT(*) > 0 FROM receipts r JOIN jobs j ON j.receipt_id = r.id"
            + " WHERE r.customer_id = :id AND j.status IN ('WAITING', 'IN_PROGRESS')")
    boolean hasOpenJob(long id);

    @SqlUpdate("UPDATE receipts SET customer_id = :survivorId WHERE customer_id = :duplicateId")
    int moveReceipts(long duplicateId, long survivorId);

    /** Whether a mechanic has (or had) a job for a receipt of this customer. */
    @SqlQuery("SELECT COUNT(*) > 0 FROM receipts r WHERE r.customer_id = :id AND r.mechanic_id = :mechanicId")
    boolean servedBy(long id, long mechanicId);
}
