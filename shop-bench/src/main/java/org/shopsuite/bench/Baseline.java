package org.shopsuite.bench;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * What the hardware allows, for comparison: {@code GET /const} returns a constant JSON body, and
 * {@code POST /insert} commits one row with the server's SQLite settings (WAL, synchronous=FULL,
 * one writer at a time). {@code Baseline PORT DATA-DIR}. Bodies are written straight to the
 * response stream, as the server writes its own ({@code ctx.result} costs a 32 KB copy buffer
 * per response), so the baseline is the best this framework does.
 */
public final class Baseline {
    private Baseline() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        if (args.length > 2) {
            postgres(port, args[2]);
            return;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5_000);
        Connection c = config.createConnection("jdbc:sqlite:" + dir.resolve("baseline.db"));
        c.createStatement()
                .execute(
                        "CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL, at TEXT NOT NULL)");
        c.setAutoCommit(false);
        PreparedStatement insert = c.prepareStatement("INSERT INTO rows (body, at) VALUES (?, ?)");
        ReentrantLock writer = new ReentrantLock();
        byte[] constant = ("{\"id\":1,\"customerName\":\"홍길동\",\"carId\":\"12가 3456\",\"status\":\"ACCEPTED\","
                        + "\"requestDate\":\"2026-11-21\",\"estimatedHours\":1.5}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Javalin.create(cfg -> {
                    cfg.startup.showJavalinBanner = false;
                    cfg.jetty.host = "127.0.0.1";
                    cfg.jetty.port = port;
                    cfg.routes.get(
                            "/const",
                            ctx -> ctx.contentType("application/json")
                                    .outputStream()
                                    .write(constant));
                    cfg.routes.post("/insert", ctx -> {
                        byte[] body = ctx.bodyAsBytes();
                        long id;
                        writer.lock();
                        try {
                            insert.setString(1, new String(body, java.nio.charset.StandardCharsets.UTF_8));
                            insert.setString(2, java.time.Instant.now().toString());
                            insert.executeUpdate();
                            c.commit();
                            id = c.createStatement()
                                    .executeQuery("SELECT last_insert_rowid()")
                                    .getLong(1);
                        } finally {
                            writer.unlock();
                        }
                        ctx.status(201)
                                .contentType("application/json")
                                .outputStream()
                                .write(("{\"id\":" + id + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    });
                })
                .start();
        System.out.println("baseline listening on " + port);
    }

    /**
     * {@code POST /insert} on PostgreSQL ({@code Baseline PORT DIR postgresql://...}, the user from
     * {@code SHOP_DATABASE_USER}): one row per request, autocommit (a durable commit each, the
     * server's default {@code synchronous_commit=on}), on a pool of 8 connections, so PostgreSQL
     * may flush concurrent commits together as it does for the servers' writers.
     */
    private static void postgres(int port, String url) throws Exception {
        java.util.Properties props = new java.util.Properties();
        String user = System.getenv("SHOP_DATABASE_USER");
        if (user != null) {
            props.setProperty("user", user);
        }
        String password = System.getenv("SHOP_DATABASE_PASSWORD");
        if (password != null) {
            props.setProperty("password", password);
        }
        java.util.concurrent.BlockingQueue<Connection> pool = new java.util.concurrent.ArrayBlockingQueue<>(8);
        for (int i = 0; i < 8; i++) {
            Connection c = java.sql.DriverManager.getConnection("jdbc:" + url, props);
            if (i == 0) {
                c.createStatement()
                        .execute(
                                "CREATE TABLE IF NOT EXISTS baseline_rows"
                                        + " (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body TEXT NOT NULL, at TEXT NOT NULL)");
            }
            pool.add(c);
        }
        Javalin.create(cfg -> {
                    cfg.startup.showJavalinBanner = false;
                    cfg.jetty.host = "127.0.0.1";
                    cfg.jetty.port = port;
                    cfg.routes.get(
                            "/const",
                            ctx -> ctx.contentType("application/json")
                                    .outputStream()
                                    .write("{\"id\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    cfg.routes.post("/insert", ctx -> {
                        String body = new String(ctx.bodyAsBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        Connection c = pool.take();
                        long id;
                        try (PreparedStatement insert =
                                c.prepareStatement("INSERT INTO baseline_rows (body, at) VALUES (?, ?) RETURNING id")) {
                            insert.setString(1, body);
                            insert.setString(2, java.time.Instant.now().toString());
                            try (java.sql.ResultSet rs = insert.executeQuery()) {
                                rs.next();
                                id = rs.getLong(1);
                            }
                        } finally {
                            pool.add(c);
                        }
                        ctx.status(201)
                                .contentType("application/json")
                                .outputStream()
                                .write(("{\"id\":" + id + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    });
                })
                .start();
        System.out.println("baseline (PostgreSQL) listening on " + port);
    }
}
