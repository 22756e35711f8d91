package org.shopsuite.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Kept connections and statements, on a real SQLite file. */
@Tag("sqlite") // SQLite connections
class ConnectionsTest {
    @TempDir
    Path dir;

    /** Records every PreparedStatement a handle's statements run on. */
    private static final class Seen implements StatementCustomizer {
        final List<PreparedStatement> statements = new ArrayList<>();

        @Override
        public void beforeExecution(PreparedStatement stmt, StatementContext ctx) {
            statements.add(stmt);
        }
    }

    private Jdbi jdbi() {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("t.db"));
        Jdbi jdbi = Jdbi.create(ds);
        jdbi.setStatementBuilderFactory(c -> new CachedStatements());
        return jdbi;
    }

    @Test
    void theSameSqlRunsOnTheSamePreparedStatementAndKeysStillComeBack() {
        Seen seen = new Seen();
        try (Handle h = jdbi().open()) {
            h.addCustomizer(seen);
            h.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(h.createUpdate("INSERT INTO t (name) VALUES (:n)")
                        .bind("n", "n" + i)
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one());
            }
            assertThat(ids).containsExactly(1L, 2L, 3L);
            for (int i = 1; i <= 3; i++) {
                assertThat(h.createQuery("SELECT name FROM t WHERE id = :id")
                                .bind("id", i)
                                .mapTo(String.class)
                                .one())
                        .isEqualTo("n" + (i - 1));
            }
            // 1 create, 3 inserts on one statement, 3 selects on another
            List<PreparedStatement> s = seen.statements;
            assertThat(s).hasSize(7);
            assertThat(s.get(1)).isSameAs(s.get(2)).isSameAs(s.get(3));
            assertThat(s.get(4)).isSameAs(s.get(5)).isSameAs(s.get(6)).isNotSameAs(s.get(1));
        }
    }

    /**
     * Kept statements are not cleared between uses (clearing makes SQLite prepare them again), so
     * this shows a reused statement never runs with a value left from its last use: every use binds
     * all its parameters, null included, and one that leaves a parameter out is refused.
     */
    @Test
    void aReusedStatementNeverRunsWithTheLastUsesValues() {
        Seen seen = new Seen();
        try (Handle h = jdbi().open()) {
            h.addCustomizer(seen);
            h.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT)");
            String insert = "INSERT INTO t (a, b) VALUES (:a, :b)";
            h.createUpdate(insert).bind("a", "first").bind("b", "kept?").execute();
            h.createUpdate(insert).bind("a", "second").bind("b", (String) null).execute();
            assertThatThrownBy(() -> h.createUpdate(insert).bind("a", "third").execute())
                    .hasMessageContaining("b");
            assertThat(h.createQuery("SELECT a || ':' || coalesce(b, 'null') FROM t ORDER BY id")
                            .mapTo(String.class)
                            .list())
                    .containsExactly("first:kept?", "second:null");
            assertThat(seen.statements.get(1)).isSameAs(seen.statements.get(2));
        }
    }

    @Test
    void aStatementStillInUseIsNotHandedOutAgain() {
        Seen seen = new Seen();
        try (Handle h = jdbi().open()) {
            h.addCustomizer(seen);
            h.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
            h.execute("INSERT INTO t VALUES (1), (2), (3)");
            String sql = "SELECT id FROM t WHERE id >= :from ORDER BY id";
            List<String> pairs = new ArrayList<>();
            try (var outer =
                    h.createQuery(sql).bind("from", 1).mapTo(Integer.class).iterator()) {
                while (outer.hasNext()) {
                    int a = outer.next();
                    for (int b : h.createQuery(sql)
                            .bind("from", 3)
                            .mapTo(Integer.class)
                            .list()) {
                        pairs.add(a + "-" + b);
                    }
                }
            }
            assertThat(pairs).containsExactly("1-3", "2-3", "3-3");
            assertThat(seen.statements.get(2)).isNotSameAs(seen.statements.get(3));
        }
    }

    @Test
    void aStatementFirstSeenAfterManyOthersIsStillKeptAndTheOldestIdleOneIsClosed() {
        Seen seen = new Seen();
        try (Handle h = jdbi().open()) {
            h.addCustomizer(seen);
            h.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
            // more distinct statements than are kept, as the migrations run at start
            for (int i = 0; i < 300; i++) {
                h.createQuery("SELECT " + i + " FROM t").mapTo(Integer.class).list();
            }
            PreparedStatement oldest = seen.statements.get(1);
            String sql = "SELECT count(*) FROM t WHERE id > :id";
            int first = seen.statements.size();
            h.createQuery(sql).bind("id", 1).mapTo(Integer.class).one();
            h.createQuery(sql).bind("id", 2).mapTo(Integer.class).one();
            assertThat(seen.statements.get(first)).isSameAs(seen.statements.get(first + 1));
            assertThat(oldest).satisfies(s -> assertThat(s.isClosed()).isTrue());
        }
    }

    @Test
    void statementsCloseWithTheirHandle() throws Exception {
        Seen seen = new Seen();
        Handle h = jdbi().open();
        h.addCustomizer(seen);
        h.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        h.createQuery("SELECT count(*) FROM t").mapTo(Integer.class).one();
        PreparedStatement kept = seen.statements.get(1);
        assertThat(kept.isClosed()).isFalse();
        h.close();
        assertThat(kept.isClosed()).isTrue();
    }

    /**
     * Commits go to the WAL; the background checkpointer copies them into the database file soon
     * after, well before the WAL reaches the 1,000 pages at which SQLite would have made a commit
     * do it (here ~100 pages: without the checkpointer the file would stay at its first pages).
     */
    @Test
    void committedPagesReachTheDatabaseFileInTheBackground() throws Exception {
        Path file = dir.resolve("shop.db");
        try (Database db = Database.open(file, 2)) {
            db.write(tx -> tx.handle().execute("CREATE TABLE t (v TEXT)"));
            long before = java.nio.file.Files.size(file);
            for (int i = 0; i < 20; i++) {
                db.write(tx -> tx.handle()
                        .execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)"
                                + " INSERT INTO t SELECT randomblob(1000) FROM n"));
            }
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
            while (java.nio.file.Files.size(file) < before + 400_000 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(java.nio.file.Files.size(file)).isGreaterThanOrEqualTo(before + 400_000);
        }
    }

    @Test
    void moreConcurrentReadsThanConnectionsAllSucceedAndAFailedReadLosesNoConnection() throws Exception {
        try (Database db = Database.open(dir.resolve("shop.db"), 2)) {
            db.write(tx -> tx.handle().execute("CREATE TABLE t (v INTEGER)"));
            db.write(tx -> tx.handle().execute("INSERT INTO t VALUES (42)"));
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> db.read(tx -> tx.handle()
                                .createQuery("SELECT nope FROM t")
                                .mapTo(Integer.class)
                                .one()))
                        .hasMessageContaining("nope");
            }
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<Integer>> reads = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    reads.add(pool.submit(() -> db.read(tx -> tx.handle()
                            .createQuery("SELECT v FROM t")
                            .mapTo(Integer.class)
                            .one())));
                }
                for (Future<Integer> r : reads) {
                    assertThat(r.get()).isEqualTo(42);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
