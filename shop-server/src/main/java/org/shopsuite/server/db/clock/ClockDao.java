package org.shopsuite.server.db.clock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.PauseReason;
import org.shopsuite.model.TimeEntryKind;

/** The time clock: mechanics' attendance and job time entries, and the corrections to them. */
public interface ClockDao {
    record Entry(
            long id,
            long mechanicId,
            TimeEntryKind kind,
            Long jobId,
            Instant startAt,
            Instant endAt,
            PauseReason pauseReason,
            String note,
            boolean automatic,
            boolean voided,
            long version) {}

    record Edit(
            long entryId,
            String editedBy,
            Instant editedAt,
            String reason,
            Instant beforeStart,
            Instant beforeEnd,
            boolean voided) {}

    @SqlQuery("SELECT * FROM time_entries WHERE id = :id")
    Optional<Entry> find(long id);

    /** The mechanic's running clock of this kind (at most one: a unique index says so). */
    @SqlQuery("SELECT * FROM time_entries WHERE mechanic_id = :mechanicId AND kind = :kind AND end_at IS NULL"
            + " AND voided = 0")
    Optional<Entry> running(long mechanicId, TimeEntryKind kind);

    @SqlQuery("INSERT INTO time_entries (mechanic_id, kind, job_id, start_at, automatic, version)"
            + " VALUES (:mechanicId, :kind, :jobId, :start, :automatic, 1) RETURNING id")
    long start(long mechanicId, TimeEntryKind kind, Long jobId, Instant start, boolean automatic);

    @SqlUpdate("UPDATE time_entries SET end_at = :end, pause_reason = :reason, note = :note, version = version + 1"
            + " WHERE id = :id AND end_at IS NULL")
    int stop(long id, Instant end, PauseReason reason, String note);

    /**
     * A mechanic's entries of a kind that may touch [from, to): started before {@code to} (text
     * order is not time order for instants of different precision, so callers compare in Java;
     * this narrows by the index only, with a day's margin).
     */
    @SqlQuery("SELECT * FROM time_entries WHERE mechanic_id = :mechanicId AND start_at < :toText"
            + " AND (end_at IS NULL OR end_at >= :fromText) ORDER BY start_at, id")
    List<Entry> around(long mechanicId, String fromText, String toText);

    @SqlQuery("SELECT * FROM time_entries WHERE mechanic_id = :mechanicId AND kind = :kind AND voided = 0"
            + " AND id <> :except ORDER BY start_at, id")
    List<Entry> othersOfKind(long mechanicId, TimeEntryKind kind, long except);

    @SqlQuery("SELECT * FROM time_entry_edits WHERE entry_id IN (<ids>) ORDER BY id")
    List<Edit> editsOf(@BindList("ids") List<Long> ids);

    @SqlUpdate("UPDATE time_entries SET start_at = :start, end_at = :end, version = version + 1"
            + " WHERE id = :id AND version = :version")
    int correct(long id, long version, Instant start, Instant end);

    @SqlUpdate("UPDATE time_entries SET voided = 1, version = version + 1 WHERE id = :id AND version = :version")
    int voidEntry(long id, long version);

    @SqlUpdate("INSERT INTO time_entry_edits (entry_id, edited_by, edited_at, reason, before_start, before_end,"
            + " voided) VALUES (:entryId, :by, :at, :reason, :beforeStart, :beforeEnd, :voided)")
    void edited(
            long entryId, String by, Instant at, String reason, Instant beforeStart, Instant beforeEnd, boolean voided);
}
