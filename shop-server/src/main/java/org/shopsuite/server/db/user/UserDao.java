package org.shopsuite.server.db.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.Role;

/** Users, their password hashes and their login sessions. */
public interface UserDao {
    record Row(
            long id,
            String username,
            String passwordHash,
            Role role,
            Long mechanicId,
            boolean active,
            long version,
            Long supplierId) {}

    @SqlQuery("SELECT * FROM users WHERE id = :id")
    Optional<Row> find(long id);

    /**
     * A user by name, case ignored: {@code lower} in the query, as both databases fold it (SQLite
     * folds ASCII only, as the column's {@code NOCASE} does; PostgreSQL's unique index is on it).
     */
    @SqlQuery("SELECT * FROM users WHERE lower(username) = lower(:username)")
    Optional<Row> findByUsername(String username);

    /**
     * A page in username order, case ignored, keyset on (name, id); {@code afterName} null for the
     * first page.
     */
    @SqlQuery("SELECT * FROM users WHERE (:afterName IS NULL OR lower(username) > lower(:afterName)"
            + " OR (lower(username) = lower(:afterName) AND id > :afterId))"
            + " ORDER BY lower(username), id LIMIT :limit")
    List<Row> list(String afterName, long afterId, int limit);

    @SqlQuery("SELECT COUNT(*) FROM users")
    long count();

    @SqlUpdate("INSERT INTO users (username, password_hash, role, mechanic_id, supplier_id, active, version,"
            + " created_at, updated_at) VALUES (:username, :passwordHash, :role, :mechanicId, :supplierId, :active, 1,"
            + " :now, :now)")
    @GetGeneratedKeys
    long insert(
            String username,
            String passwordHash,
            Role role,
            Long mechanicId,
            Long supplierId,
            boolean active,
            Instant now);

    @SqlUpdate("UPDATE users SET username = :username, password_hash = :passwordHash, role = :role,"
            + " mechanic_id = :mechanicId, supplier_id = :supplierId, active = :active, version = version + 1,"
            + " updated_at = :now WHERE id = :id AND version = :version")
    int update(
            long id,
            long version,
            String username,
            String passwordHash,
            Role role,
            Long mechanicId,
            Long supplierId,
            boolean active,
            Instant now);

    /** A location a user works at (and its name), and their role there. */
    record Membership(long locationId, Role role, String name) {}

    @SqlQuery("SELECT m.location_id, m.role, l.name FROM user_locations m JOIN locations l ON l.id = m.location_id"
            + " WHERE m.user_id = :userId ORDER BY m.location_id")
    List<Membership> memberships(long userId);

    @SqlUpdate("DELETE FROM user_locations WHERE user_id = :userId")
    int deleteMemberships(long userId);

    @SqlUpdate("INSERT INTO user_locations (user_id, location_id, role) VALUES (:userId, :locationId, :role)")
    void insertMembership(long userId, long locationId, Role role);

    @SqlUpdate("INSERT INTO sessions (token_hash, user_id, location_id, created_at, last_used_at)"
            + " VALUES (:tokenHash, :userId, :locationId, :now, :now)")
    void insertSession(String tokenHash, long userId, long locationId, Instant now);

    /**
     * A live session's user, location and the user's role there; empty when the session is gone, idle
     * too long, or the user no longer works at its location.
     */
    record SessionAt(long userId, long locationId, Role role) {}

    @SqlQuery("SELECT s.user_id, s.location_id, m.role FROM sessions s"
            + " JOIN user_locations m ON m.user_id = s.user_id AND m.location_id = s.location_id"
            + " WHERE s.token_hash = :tokenHash AND s.last_used_at > :idleSince")
    Optional<SessionAt> sessionAt(String tokenHash, String idleSince);

    @SqlUpdate("UPDATE sessions SET location_id = :locationId WHERE token_hash = :tokenHash")
    int moveSession(String tokenHash, long locationId);

    @SqlUpdate("UPDATE sessions SET last_used_at = :now WHERE token_hash = :tokenHash")
    int touchSession(String tokenHash, Instant now);

    @SqlUpdate("DELETE FROM sessions WHERE token_hash = :tokenHash")
    int deleteSession(String tokenHash);

    @SqlUpdate("DELETE FROM sessions WHERE user_id = :userId")
    int deleteSessionsOf(long userId);

    @SqlUpdate("DELETE FROM sessions WHERE user_id = :userId AND token_hash <> :keptTokenHash")
    int deleteSessionsOfExcept(long userId, String keptTokenHash);

    @SqlUpdate("UPDATE users SET password_hash = :passwordHash, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND password_hash = :oldHash")
    int changePassword(long id, String oldHash, String passwordHash, Instant now);

    @SqlUpdate("DELETE FROM sessions WHERE last_used_at <= :idleSince")
    int deleteIdleSessions(String idleSince);
}
