package org.shopsuite.server.db;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one server tells the others on the same PostgreSQL database (issue 22, ADR 0025): a
 * {@code NOTIFY} sent inside the change's transaction, so it reaches them only once the change has
 * committed, and never if it rolls back. Each server listens on its own connection and hands what
 * the <em>others</em> sent to the listeners of its kind; its own changes it has already acted on
 * after commit. When the listening connection is lost and comes back, what was said meanwhile is
 * gone: the actions given to {@link #onResync} run, and read again what they keep from the database.
 * On SQLite there is one server per data folder and nothing to tell.
 */
public final class Signals implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Signals.class);

    /** The channel every Shop Suite server on a database listens on. */
    static final String CHANNEL = "shop_suite";

    private static final long POLL_MILLIS = 500;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final boolean shared;
    private final Jdbi jdbi;
    private final String instance;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final List<Runnable> resyncs = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private Thread thread;

    private Signals(Jdbi jdbi) {
        this.shared = jdbi != null;
        this.jdbi = jdbi;
        byte[] id = new byte[6];
        new SecureRandom().nextBytes(id);
        this.instance = HexFormat.of().formatHex(id);
    }

    /** For a database only this server uses (SQLite): nothing is sent, nothing heard. */
    static Signals local() {
        return new Signals(null);
    }

    /** For a PostgreSQL database other servers may share: listens on a connection of its own from {@code jdbi}. */
    static Signals shared(Jdbi jdbi) {
        Signals s = new Signals(jdbi);
        s.thread = new Thread(() -> s.listen(jdbi), "db-signals");
        s.thread.setDaemon(true);
        s.thread.start();
        return s;
    }

    /** Whether other servers may write to this database (PostgreSQL). */
    public boolean shared() {
        return shared;
    }

    /** Hands what other servers say of {@code kind} to {@code listener}, on the listening thread (keep it short). */
    public void on(String kind, Consumer<String> listener) {
        listeners.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /**
     * Runs {@code action} whenever listening (re)starts: what other servers said while this one was
     * not listening is lost, so what it keeps from the database must be read again.
     */
    public void onResync(Runnable action) {
        resyncs.add(action);
    }

    /** Tells the other servers, once the transaction of {@code h} commits. */
    void send(Handle h, String kind, String payload) {
        if (!shared) {
            return;
        }
        if (kind.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("a signal's kind is one word: " + kind);
        }
        h.createQuery("SELECT pg_notify(:channel, :message) IS NULL")
                .bind("channel", CHANNEL)
                .bind("message", instance + " " + kind + " " + payload)
                .mapTo(Boolean.class)
                .one();
    }

    /**
     * Tells the other servers now, outside any change (on a connection of its own): for what is not
     * part of a change, such as a failed login.
     */
    public void sendNow(String kind, String payload) {
        if (shared) {
            jdbi.useHandle(h -> send(h, kind, payload));
        }
    }

    private void listen(Jdbi jdbi) {
        long backoff = 100;
        while (!closed) {
            try (Handle h = jdbi.open()) {
                h.execute("LISTEN " + CHANNEL);
                PGConnection pg = h.getConnection().unwrap(PGConnection.class);
                backoff = 100;
                for (Runnable r : resyncs) {
                    run(() -> r.run(), "resync");
                }
                while (!closed) {
                    PGNotification[] heard = pg.getNotifications((int) POLL_MILLIS);
                    if (heard == null) {
                        continue;
                    }
                    for (PGNotification n : heard) {
                        heard(n.getParameter());
                    }
                }
            } catch (Exception e) { // any failure of the connection: listen again on a new one
                if (closed) {
                    return;
                }
                log.warn("listening to the other servers failed ({}); again in {} ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
            }
        }
    }

    private void heard(String message) {
        String[] parts = message.split(" ", 3);
        if (parts.length < 2 || parts[0].equals(instance)) {
            return; // our own: acted on after commit already
        }
        String payload = parts.length == 3 ? parts[2] : "";
        for (Consumer<String> l : listeners.getOrDefault(parts[1], List.of())) {
            run(() -> l.accept(payload), parts[1]);
        }
    }

    private static void run(Runnable r, String kind) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.error("a listener of '{}' failed", kind, e);
        }
    }

    @Override
    public void close() {
        closed = true;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
