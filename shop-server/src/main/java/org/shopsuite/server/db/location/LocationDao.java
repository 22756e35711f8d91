package org.shopsuite.server.db.location;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The chain's locations; location 1's details are the shop settings' too. */
public interface LocationDao {
    record Row(
            long id,
            String name,
            String address,
            String phone,
            String businessRegistrationNumber,
            String invoicePrefix,
            String timezone,
            long version) {}

    @SqlQuery("SELECT * FROM locations WHERE id = :id")
    Optional<Row> find(long id);

    /** Each location's time zone, by id. */
    record Zone(long id, String timezone) {}

    @SqlQuery("SELECT id, timezone FROM locations")
    List<Zone> zones();

    @SqlQuery("SELECT COUNT(*) FROM locations")
    long count();

    /** A page in name order, keyset on (name, id); {@code afterName} null for the first page. */
    @SqlQuery("SELECT * FROM locations"
            + " WHERE (:afterName IS NULL OR name > :afterName OR (name = :afterName AND id > :afterId))"
            + " ORDER BY name, id LIMIT :limit")
    List<Row> list(String afterName, long afterId, int limit);

    /** The location numbering with this prefix, whatever its case. */
    @SqlQuery("SELECT id FROM locations WHERE UPPER(invoice_prefix) = UPPER(:prefix)")
    Optional<Long> byInvoicePrefix(String prefix);

    @SqlQuery("INSERT INTO locations (name, address, phone, business_registration_number, invoice_prefix,"
            + " timezone, version, created_at, updated_at)"
            + " VALUES (:name, :address, :phone, :registration, :prefix, :timezone, 1, :now, :now) RETURNING id")
    long insert(
            String name,
            String address,
            String phone,
            String registration,
            String prefix,
            String timezone,
            Instant now);

    @SqlUpdate("UPDATE locations SET name = :name, address = :address, phone = :phone,"
            + " business_registration_number = :registration, invoice_prefix = :prefix, timezone = :timezone,"
            + " version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
    int update(
            long id,
            long version,
            String name,
            String address,
            String phone,
            String registration,
            String prefix,
            String timezone,
            Instant now);

    /**
     * Location 1 takes the shop settings' address, phone, registration number, prefix and zone, and
     * their name while it was still the same as theirs ({@code shopNameBefore}): a location renamed
     * apart from the chain keeps its own.
     */
    @SqlUpdate("UPDATE locations SET name = CASE WHEN name = :shopNameBefore"
            + " THEN (SELECT name FROM shop WHERE id = 1) ELSE name END,"
            + " address = (SELECT address FROM shop WHERE id = 1),"
            + " phone = (SELECT phone FROM shop WHERE id = 1),"
            + " business_registration_number = (SELECT business_registration_number FROM shop WHERE id = 1),"
            + " invoice_prefix = (SELECT invoice_prefix FROM shop WHERE id = 1),"
            + " timezone = (SELECT timezone FROM shop WHERE id = 1),"
            + " version = version + 1, updated_at = :now WHERE id = 1")
    int followShop(String shopNameBefore, Instant now);

    /** The shop settings take location 1's (after a change to location 1). */
    @SqlUpdate("UPDATE shop SET address = :address, phone = :phone,"
            + " business_registration_number = :registration, invoice_prefix = :prefix, timezone = :timezone,"
            + " version = version + 1 WHERE id = 1")
    int shopFollows(String address, String phone, String registration, String prefix, String timezone);
}
