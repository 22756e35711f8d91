package org.shopsuite.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.shopsuite.model.Json;
import org.shopsuite.model.Role;
import org.shopsuite.server.config.PrivateFiles;
import org.shopsuite.server.config.ServerConfig;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.http.EventStreamHub;
import org.shopsuite.server.http.HttpServer;
import org.shopsuite.server.ops.BackupService;
import org.shopsuite.server.ops.DataDirLock;
import org.shopsuite.server.ops.Metrics;
import org.shopsuite.server.ops.StorageFaults;
import org.shopsuite.server.service.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One running server: database, services, HTTP and WebSocket; tests start it in-process. */
public final class ShopApp implements AutoCloseable {
    public static final String INITIAL_PASSWORD_FILE = "initial-admin-password";
    private static final Logger log = LoggerFactory.getLogger(ShopApp.class);
    private static final int READERS = 4;
    private static final int STREAM_QUEUE = 2048;

    private final ServerConfig config;
    private final Database db;
    private final Services services;
    private final EventStreamHub hub;
    private final Javalin http;
    private final ScheduledExecutorService maintenance;
    private final DataDirLock lock;
    private final BackupService backups;
    private final Metrics metrics = new Metrics();

    private ShopApp(ServerConfig config, Clock clock) {
        this.config = config;
        createDataDir(config.dataDir());
        // The data folder's lock keeps a second server off the SQLite file; servers sharing a
        // PostgreSQL database are many by design (issue 22)
        this.lock = config.postgres() == null ? DataDirLock.acquire(config.dataDir()) : null;
        try {
            this.db = config.postgres() == null
                    ? Database.open(config.databaseFile(), READERS)
                    : Database.openPostgres(config.postgres(), READERS);
        } catch (RuntimeException e) {
            closeLock();
            String why = config.postgres() == null
                    ? StorageFaults.explainOpen(e, config.databaseFile())
                    : StorageFaults.explainPostgres(e, config.postgres().toString());
            throw why == null ? e : new ServerConfig.InvalidConfig(why);
        }
        try {
            ObjectMapper json = Json.newMapper();
            DemoClock demoClock = new DemoClock(clock);
            this.services = Services.create(
                    db, json, config.demo() ? demoClock : clock, config.tokenIdle(), config.passwordIterations());
            this.hub = new EventStreamHub(
                    services.events(),
                    STREAM_QUEUE,
                    metrics.histogram(
                            "shop_event_push_seconds",
                            "Time from an event's commit until it is written to a stream client's"
                                    + " connection, per event and client.",
                            0.0005,
                            0.001,
                            0.002,
                            0.005,
                            0.01,
                            0.02,
                            0.05,
                            0.1,
                            0.25,
                            1,
                            5));
            services.events().publishTo(hub);
            services.auth().onRevoked(hub::revoked);
            db.whileStarting(() -> {
                bootstrapAdmin();
                if (config.demo()) {
                    DemoData.loadIfEmpty(services, demoClock);
                }
            });
            this.backups = new BackupService(
                    db, config.backupDir(), config.backupsDaily(), config.backupsWeekly(), clock, config.postgres());
            registerGauges(clock);
            this.http = HttpServer.create(
                    services,
                    db,
                    json,
                    hub,
                    backups,
                    metrics,
                    config.host(),
                    config.port(),
                    version(),
                    config.rateLimitPerSecond(),
                    config.maxConnections(),
                    new org.shopsuite.server.http.SlowClientGuard.Limits(
                            config.maxConnectionsPerClient(), config.requestHeadTimeout(), config.requestBodyTimeout()),
                    config.tlsKeystore(),
                    config.tlsPassword());
            http.start();
            this.maintenance = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "maintenance");
                t.setDaemon(true);
                return t;
            });
            // Both tasks catch and log their own failures: nothing to read from the futures.
            var unusedHousekeeping = maintenance.scheduleWithFixedDelay(this::housekeeping, 1, 60, TimeUnit.MINUTES);
            var unusedRevalidation =
                    maintenance.scheduleWithFixedDelay(this::revalidateStreams, 1, 1, TimeUnit.MINUTES);
        } catch (RuntimeException e) {
            db.close();
            closeLock();
            throw e;
        }
    }

    private void registerGauges(Clock clock) {
        metrics.gauge("shop_event_seq", "The seq of the newest committed event.", services.events()::lastSeq);
        metrics.gauge("shop_stream_clients", "WebSocket clients on /events/stream.", hub::connected);
        metrics.gauge("shop_database_size_bytes", "Database file plus its write-ahead log.", () -> {
            long size = 0;
            for (String f : new String[] {"shop.db", "shop.db-wal"}) {
                try {
                    size += Files.size(config.dataDir().resolve(f));
                } catch (IOException e) {
                    // a missing WAL counts as empty
                }
            }
            return size;
        });
        metrics.gauge("shop_last_backup_age_seconds", "Age of the newest verified backup.", () -> {
            var last = backups.lastGood();
            return last == null
                    ? Double.NaN
                    : java.time.Duration.between(last, clock.instant()).toSeconds();
        });
        metrics.gauge(
                "shop_jvm_heap_used_bytes",
                "Java heap in use.",
                () -> Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
    }

    /** Closes event streams whose session has expired (runs every minute). */
    public void revalidateStreams() {
        try {
            hub.revalidate(services.auth()::alive);
        } catch (RuntimeException e) {
            log.warn("stream revalidation failed", e);
        }
    }

    /** The database (operations and fault tests). */
    public Database database() {
        return db;
    }

    public BackupService backups() {
        return backups;
    }

    public static ShopApp start(ServerConfig config) {
        return new ShopApp(config, Clock.systemUTC());
    }

    public static ShopApp start(ServerConfig config, Clock clock) {
        return new ShopApp(config, clock);
    }

    /** The HTTP app (its registered routes, for the API document's tests). */
    public Javalin javalin() {
        return http;
    }

    public int port() {
        return http.port();
    }

    public Services services() {
        return services;
    }

    public ServerConfig config() {
        return config;
    }

    public static String version() {
        String v = ShopApp.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private void housekeeping() {
        try {
            services.idempotency().purge();
            // Logback compresses rotated logs into files of its own: made private here.
            PrivateFiles.tighten(config.dataDir());
            if (config.automaticBackups()) {
                backups.daily();
            }
        } catch (RuntimeException | IOException e) {
            log.warn("housekeeping failed", e);
        }
    }

    private void bootstrapAdmin() {
        if (services.users().any()) {
            return;
        }
        String password = config.adminPassword();
        if (password == null || password.isBlank()) {
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Path file = config.dataDir().resolve(INITIAL_PASSWORD_FILE);
            writeOwnerOnly(file, password + "\n");
            System.out.println("Created user 'admin' (MANAGER) with password: "
                    + password
                    + "\n  (also written to "
                    + file
                    + "; change it after logging in)");
        }
        services.users().bootstrap("admin", password, Role.MANAGER, null);
        log.info("created the first user 'admin'");
    }

    private static void writeOwnerOnly(Path file, String text) {
        try {
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDataDir(Path dir) {
        try {
            PrivateFiles.folder(dir);
            if (!Files.isWritable(dir)) {
                throw new ServerConfig.InvalidConfig("the data directory " + dir + " is not writable");
            }
            // A folder from an older version (or made by hand) may be readable by everyone.
            var changed = PrivateFiles.tighten(dir);
            if (!changed.isEmpty()) {
                log.warn(
                        "made {} files and folders in {} private (files 0600, folders 0700): they were"
                                + " readable by other users: {}",
                        changed.size(),
                        dir,
                        changed.stream().map(p -> dir.relativize(p).toString()).toList());
            }
        } catch (AccessDeniedException e) {
            throw new ServerConfig.InvalidConfig("cannot create the data directory " + dir);
        } catch (IOException e) {
            throw new ServerConfig.InvalidConfig("cannot use the data directory " + dir + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        maintenance.shutdownNow();
        hub.close();
        http.stop();
        services.events().close();
        db.close();
        closeLock();
    }

    private void closeLock() {
        if (lock != null) {
            lock.close();
        }
    }
}
