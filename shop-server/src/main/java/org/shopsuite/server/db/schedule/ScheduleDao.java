package org.shopsuite.server.db.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Bays, opening hours and holidays (each location's, issue 22), and mechanics' days off (the
 * person's, wherever they work).
 */
public interface ScheduleDao {
    record BayRow(long id, String name, boolean active, long version, long locationId) {}

    record DayRow(int dayOfWeek, String opens, String closes, boolean closed) {}

    /** Why a mechanic cannot be booked on a day: the shop is closed, or it is their day off. */
    record Closure(boolean shopClosed, boolean dayOff) {}

    @SqlQuery("SELECT * FROM bays WHERE id = :id")
    Optional<BayRow> bay(long id);

    /** A location's bays in name order. */
    @SqlQuery("SELECT * FROM bays WHERE location_id = :locationId"
            + " AND (:afterName IS NULL OR name > :afterName OR (name = :afterName AND id > :afterId))"
            + " AND (:active IS NULL OR active = :active) ORDER BY name, id LIMIT :limit")
    List<BayRow> bays(long locationId, String afterName, long afterId, Boolean active, int limit);

    @SqlQuery("SELECT id FROM bays WHERE location_id = :locationId AND name = :name AND id <> :except")
    Optional<Long> bayNamed(long locationId, String name, long except);

    @SqlQuery("INSERT INTO bays (name, active, location_id, created_at, updated_at, version)"
            + " VALUES (:name, :active, :locationId, :now, :now, 1) RETURNING id")
    long insertBay(String name, boolean active, long locationId, Instant now);

    @SqlUpdate("UPDATE bays SET name = :name, active = :active, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND version = :version")
    int updateBay(long id, long version, String name, boolean active, Instant now);

    @SqlQuery("SELECT day_of_week, opens, closes, closed FROM opening_hours WHERE location_id = :locationId"
            + " ORDER BY day_of_week")
    List<DayRow> week(long locationId);

    @SqlQuery("SELECT day FROM holidays WHERE location_id = :locationId ORDER BY day")
    List<LocalDate> holidays(long locationId);

    /** The version of a location's hours and holidays; empty when there is no such location. */
    @SqlQuery("SELECT hours_version FROM locations WHERE id = :locationId")
    Optional<Long> hoursVersion(long locationId);

    @SqlUpdate("DELETE FROM opening_hours WHERE location_id = :locationId")
    void clearWeek(long locationId);

    @SqlBatch("INSERT INTO opening_hours (location_id, day_of_week, opens, closes, closed)"
            + " VALUES (:locationId, :dayOfWeek, :opens, :closes, :closed)")
    void insertWeek(
            @org.jdbi.v3.sqlobject.customizer.Bind("locationId") long locationId,
            @org.jdbi.v3.sqlobject.customizer.BindMethods List<DayRow> days);

    @SqlUpdate("DELETE FROM holidays WHERE location_id = :locationId")
    void clearHolidays(long locationId);

    @SqlBatch("INSERT INTO holidays (location_id, day) VALUES (:locationId, :day)")
    void insertHolidays(
            @org.jdbi.v3.sqlobject.customizer.Bind("locationId") long locationId,
            @org.jdbi.v3.sqlobject.customizer.Bind("day") List<LocalDate> days);

    @SqlUpdate("UPDATE locations SET hours_version = hours_version + 1 WHERE id = :locationId"
            + " AND hours_version = :version")
    int bumpHoursVersion(long locationId, long version);

    @SqlQuery("SELECT day FROM mechanic_days_off WHERE mechanic_id = :mechanicId ORDER BY day")
    List<LocalDate> daysOff(long mechanicId);

    @SqlQuery("SELECT days_off_version FROM mechanics WHERE id = :mechanicId")
    Optional<Long> daysOffVersion(long mechanicId);

    @SqlUpdate("DELETE FROM mechanic_days_off WHERE mechanic_id = :mechanicId AND day IN (<days>)")
    void deleteDaysOff(long mechanicId, @BindList("days") List<LocalDate> days);

    @SqlBatch("INSERT INTO mechanic_days_off (mechanic_id, day) VALUES (:mechanicId, :day)")
    void insertDaysOff(
            @org.jdbi.v3.sqlobject.customizer.Bind("mechanicId") long mechanicId,
            @org.jdbi.v3.sqlobject.customizer.Bind("day") List<LocalDate> days);

    @SqlUpdate("UPDATE mechanics SET days_off_version = days_off_version + 1"
            + " WHERE id = :mechanicId AND days_off_version = :version")
    int bumpDaysOffVersion(long mechanicId, long version);

    /**
     * Whether the location is closed on {@code date} (a holiday, or a day of the week marked closed)
     * and whether it is the mechanic's day off: one statement, as every receipt asks it.
     */
    @SqlQuery("SELECT EXISTS (SELECT 1 FROM holidays WHERE location_id = :locationId AND day = :date)"
            + " OR EXISTS (SELECT 1 FROM opening_hours WHERE location_id = :locationId AND day_of_week = :dayOfWeek"
            + " AND closed = 1) AS shop_closed,"
            + " EXISTS (SELECT 1 FROM mechanic_days_off WHERE mechanic_id = :mechanicId AND day = :date) AS day_off")
    Closure closure(long mechanicId, LocalDate date, int dayOfWeek, long locationId);

    /** An active mechanic's day: capacity, hours booked (jobs and BOOKED appointments), day off. */
    record MechanicDay(long id, String name, long dailyCapacityCenti, long bookedCenti, boolean dayOff) {}

    /**
     * Every active mechanic's day in name order, in one statement (the booking form and the control
     * view ask it on every load).
     */
    @SqlQuery("SELECT m.id, m.name, m.daily_capacity_centi,"
            + " (SELECT COALESCE(SUM(CASE WHEN j.status = 'FINISHED' THEN j.labor_centi"
            + " ELSE j.estimated_centi + j.approved_centi END), 0) FROM jobs j"
            + " WHERE j.mechanic_id = m.id AND j.work_date = :date AND j.status <> 'CANCELLED')"
            + " + (SELECT COALESCE(SUM(a.hours_centi), 0) FROM appointments a"
            + " WHERE a.mechanic_id = m.id AND a.day = :date AND a.status = 'BOOKED') AS booked_centi,"
            + " EXISTS (SELECT 1 FROM mechanic_days_off o WHERE o.mechanic_id = m.id AND o.day = :date) AS day_off"
            + " FROM mechanics m WHERE m.active = 1 ORDER BY m.name, m.id")
    List<MechanicDay> mechanicDays(LocalDate date);

    /** A day's opening as the schedule needs it: a holiday, and that day of the week's row (if set). */
    record Opening(boolean holiday, Boolean closed, String opens, String closes) {}

    @SqlQuery("SELECT EXISTS (SELECT 1 FROM holidays WHERE location_id = :locationId AND day = :date) AS holiday,"
            + " (SELECT closed FROM opening_hours WHERE location_id = :locationId AND day_of_week = :dayOfWeek) AS closed,"
            + " (SELECT opens FROM opening_hours WHERE location_id = :locationId AND day_of_week = :dayOfWeek) AS opens,"
            + " (SELECT closes FROM opening_hours WHERE location_id = :locationId AND day_of_week = :dayOfWeek)"
            + " AS closes")
    Opening opening(LocalDate date, int dayOfWeek, long locationId);
}
