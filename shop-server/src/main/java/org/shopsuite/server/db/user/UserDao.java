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

    @SqlUpdate("INSERT INTO sessions (token_hash, user_id, created_at, last_used_at)"
            + " VALUES (:tokenHash, :userId, :now, :now)")
    void insertSession(String tokenHash, long userId, Instant now);

    @SqlQuery("SELECT user_id FROM sessions WHERE token_hash = :tokenHash AND last_used_at > :idleSince")
    Optional<Long> sessionUser(String tokenHash, String idleSince);

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
