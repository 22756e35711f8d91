package org.shopsuite.server.db.mechanic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Mechanics and the hours booked on their days. */
public interface MechanicDao {
    record Row(long id, String name, long dailyCapacityCenti, boolean active, long version) {}

    @SqlQuery("SELECT * FROM mechanics WHERE id = :id")
    Optional<Row> find(long id);

    /** A page in name order, keyset on (name, id); {@code afterName} null for the first page. */
    @SqlQuery("SELECT * FROM mechanics"
            + " WHERE (:afterName IS NULL OR name > :afterName OR (name = :afterName AND id > :afterId))"
            + " AND (:active IS NULL OR active = :active)"
            + " ORDER BY name, id LIMIT :limit")
    List<Row> list(String afterName, long afterId, Boolean active, int limit);

    @SqlUpdate("INSERT INTO mechanics (name, daily_capacity_centi, active, version, created_at, updated_at)"
            + " VALUES (:name, :capacityCenti, :active, 1, :now, :now)")
    @GetGeneratedKeys
    long insert(String name, long capacityCenti, boolean active, Instant now);

    @SqlUpdate("UPDATE mechanics SET name = :name, daily_capacity_centi = :capacityCenti, active = :active,"
            + " version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
    int update(long id, long version, String name, long capacityCenti, boolean active, Instant now);

    /**
     * Hours taken on a day: finished jobs count their actual hours, open ones their receipt's estimate
     * and the approved LABOR hours of its presented estimate, and booked appointments (not yet
     * arrived) their hours.
     */
    @SqlQuery("SELECT COALESCE(SUM(CASE WHEN status = 'FINISHED' THEN labor_centi"
            + " ELSE estimated_centi + approved_centi END), 0)"
            + " + (SELECT COALESCE(SUM(hours_centi), 0) FROM appointments"
            + " WHERE mechanic_id = :mechanicId AND day = :date AND status = 'BOOKED')"
            + " FROM jobs WHERE mechanic_id = :mechanicId AND work_date = :date"
            + " AND status <> 'CANCELLED'")
    long bookedCenti(long mechanicId, LocalDate date);

    /**
     * A mechanic's day as a new receipt sees it: the hours booked (wherever), and whether it is
     * closed to them at the receipt's location.
     */
    record Day(long bookedCenti, boolean shopClosed, boolean dayOff) {}

    /**
     * {@link #bookedCenti} and {@code ScheduleDao.closure} in one statement: every receipt asks both,
     * and one statement is one round trip through the driver.
     */
    @SqlQuery("SELECT (SELECT COALESCE(SUM(CASE WHEN status = 'FINISHED' THEN labor_centi"
            + " ELSE estimated_centi + approved_centi END), 0)"
            + " FROM jobs WHERE mechanic_id = :mechanicId AND work_date = :date AND status <> 'CANCELLED')"
            + " + (SELECT COALESCE(SUM(hours_centi), 0) FROM appointments"
            + " WHERE mechanic_id = :mechanicId AND day = :date AND status = 'BOOKED') AS booked_centi,"
            + " EXISTS (SELECT 1 FROM holidays WHERE location_id = :locationId AND day = :date)"
            + " OR EXISTS (SELECT 1 FROM opening_hours WHERE location_id = :locationId AND day_of_week = :dayOfWeek"
            + " AND closed = 1) AS shop_closed,"
            + " EXISTS (SELECT 1 FROM mechanic_days_off WHERE mechanic_id = :mechanicId AND day = :date) AS day_off")
    Day day(long mechanicId, LocalDate date, int dayOfWeek, long locationId);
}
