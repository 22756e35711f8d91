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
}
