package org.shopsuite.server.db;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps each connection's prepared statements for reuse, by SQL text, so a statement is parsed
 * and planned by SQLite once per connection instead of once per call (profiling the write path
 * found a quarter of the writer's native time in {@code sqlite3_prepare}). One handle, so one
 * thread, uses it at a time. A statement in use is never handed out twice: the same SQL nested
 * gets a fresh one. At most {@value #MAX} statements are kept: past that, the one idle the longest
 * is closed to make room (the migrations alone run more than that many statements once on the
 * writer's connection at start; refusing new ones once full left every statement first seen after
 * them, such as a part request's, prepared again on each call). Everything is closed with the
 * handle.
 */
final class CachedStatements implements StatementBuilder {
    private static final int MAX = 256;

    /** Idle statements, the one returned longest ago first. */
    private final Map<Key, PreparedStatement> idle = new LinkedHashMap<>();

    private final IdentityHashMap<Statement, Key> kept = new IdentityHashMap<>();

    private record Key(String sql, int mode, List<String> keyColumns) {}

    @Override
    public Statement create(Connection conn, StatementContext ctx) throws SQLException {
        return conn.createStatement();
    }

    @Override
    public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
        Key key = key(sql, ctx);
        PreparedStatement ready = idle.remove(key);
        if (ready != null) {
            return ready;
        }
        PreparedStatement fresh = prepare(conn, sql, key);
        if (kept.size() >= MAX) {
            evictEldestIdle();
        }
        if (kept.size() < MAX) {
            kept.put(fresh, key);
        }
        return fresh;
    }

    @Override
    public CallableStatement createCall(Connection conn, String sql, StatementContext ctx) throws SQLException {
        return conn.prepareCall(sql);
    }

    @Override
    public void close(Connection conn, String sql, Statement stmt) throws SQLException {
        if (stmt == null) {
            return;
        }
        Key key = kept.get(stmt);
        if (key == null || idle.containsKey(key) || stmt.isClosed()) {
            kept.remove(stmt);
            stmt.close();
            return;
        }
        // Not clearParameters(): sqlite3_clear_bindings marks a statement whose plan may depend on
        // its parameters as expired, and SQLite then prepares it again on its next step (a receipt
        // read by id in bare JDBC: 18 us without it, 55 us with it; through Jdbi 27 us and 100 us).
        // Jdbi binds every parameter before each execution, so no value from the last one is read.
        idle.put(key, (PreparedStatement) stmt);
    }

    @Override
    public void close(Connection conn) {
        for (Statement s : kept.keySet()) {
            try {
                s.close();
            } catch (SQLException e) {
                // the connection is closing anyway
            }
        }
        kept.clear();
        idle.clear();
    }

    private void evictEldestIdle() {
        Iterator<PreparedStatement> eldest = idle.values().iterator();
        if (!eldest.hasNext()) {
            return; // all in use: the fresh one is closed after use
        }
        PreparedStatement stmt = eldest.next();
        eldest.remove();
        kept.remove(stmt);
        try {
            stmt.close();
        } catch (SQLException e) {
            // nothing to keep from a statement being let go
        }
    }

    /** How many statements are kept (for tests). */
    int kept() {
        return kept.size();
    }

    private static Key key(String sql, StatementContext ctx) {
        if (ctx.isReturningGeneratedKeys()) {
            String[] columns = ctx.getGeneratedKeysColumnNames();
            return new Key(sql, 1, columns == null ? List.of() : List.of(columns));
        }
        return new Key(sql, ctx.isConcurrentUpdatable() ? 2 : 0, List.of());
    }

    /** As Jdbi's DefaultStatementBuilder prepares them. */
    private static PreparedStatement prepare(Connection conn, String sql, Key key) throws SQLException {
        return switch (key.mode()) {
            case 1 ->
                key.keyColumns().isEmpty()
                        ? conn.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                        : conn.prepareStatement(sql, key.keyColumns().toArray(String[]::new));
            case 2 -> conn.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE);
            default -> conn.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        };
    }
}
