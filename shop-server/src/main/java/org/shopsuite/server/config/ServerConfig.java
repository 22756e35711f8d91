package org.shopsuite.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.shopsuite.server.service.user.PasswordHasher;

/**
 * The server's settings. One precedence for every key: command-line flag, then environment
 * variable, then the properties file ({@code --config}, default {@code
 * <data-dir>/shop-server.properties}), then the profile's default. Profiles: {@code prod} (the
 * default: listens on the network, INFO logs) and {@code dev} (loopback, DEBUG logs).
 */
public record ServerConfig(
        String profile,
        String host,
        int port,
        Path dataDir,
        Path configFile,
        boolean demo,
        String adminPassword,
        Duration tokenIdle,
        int passwordIterations,
        String logLevel,
        int backupsDaily,
        int backupsWeekly,
        boolean automaticBackups,
        int rateLimitPerSecond,
        int maxConnections,
        int maxConnectionsPerClient,
        Duration requestHeadTimeout,
        Duration requestBodyTimeout,
        Path tlsKeystore,
        String tlsPassword,
        Postgres postgres) {

    /**
     * A PostgreSQL database used instead of the SQLite file in the data folder (issue 22, ADR
     * 0024): {@code --database postgresql://HOST:PORT/DB} or {@code SHOP_DATABASE_URL}, its user
     * and password from {@code SHOP_DATABASE_USER} and {@code SHOP_DATABASE_PASSWORD} (or the
     * properties file), never from the command line. Its text leaves the password out.
     */
    public record Postgres(String jdbcUrl, String user, String password, java.nio.file.Path pgDump) {
        public Postgres(String jdbcUrl, String user, String password) {
            this(jdbcUrl, user, password, null);
        }

        /** The database as libpq's tools take it ({@code postgresql://HOST:PORT/DB}), without JDBC's options. */
        public String libpqUrl() {
            String url = jdbcUrl.replaceFirst("^jdbc:", "");
            int q = url.indexOf('?');
            return q < 0 ? url : url.substring(0, q);
        }

        @Override
        public String toString() {
            return jdbcUrl + (user == null ? "" : " as " + user);
        }
    }

    public static final int DEFAULT_PORT = 8088;
    public static final String PROPERTIES_FILE = "shop-server.properties";
    private static final Set<String> LEVELS = Set.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE");

    /** A setting that is missing its value or has one of the wrong form. */
    public static final class InvalidConfig extends RuntimeException {
        public InvalidConfig(String message) {
            super(message);
        }
    }

    public Path databaseFile() {
        return dataDir.resolve("shop.db");
    }

    public Path backupDir() {
        return dataDir.resolve("backups");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public static ServerConfig load(String[] args, Map<String, String> env) {
        Flags flags = Flags.parse(args);
        String dir = first(flags.get("data-dir"), env.get("SHOP_DATA_DIR"));
        Path dataDir = dir == null ? defaultDataDir(env) : Path.of(dir).toAbsolutePath();
        String config = first(flags.get("config"), env.get("SHOP_CONFIG"));
        Path configFile = config == null
                ? dataDir.resolve(PROPERTIES_FILE)
                : Path.of(config).toAbsolutePath();
        if (config != null && !Files.isRegularFile(configFile)) {
            throw new InvalidConfig("config (--config, SHOP_CONFIG): no such file " + configFile);
        }
        Source s = new Source(flags, env, readProperties(configFile));

        String profile = s.value("profile", "SHOP_PROFILE", "profile");
        profile = profile == null ? "prod" : profile.strip().toLowerCase(Locale.ROOT);
        if (!profile.equals("prod") && !profile.equals("dev")) {
            throw new InvalidConfig(
                    s.name("profile", "SHOP_PROFILE", "profile") + " must be prod or dev, not '" + profile + "'");
        }
        boolean dev = profile.equals("dev");
        String host = orElse(s.value("host", "SHOP_HOST", "host"), dev ? "127.0.0.1" : "0.0.0.0");
        int port = s.integer("port", "SHOP_PORT", "port", DEFAULT_PORT, 0, 65535);
        boolean demo = flags.has("demo") || s.bool(null, "SHOP_DEMO", "demo", false);
        int idleHours = s.integer(null, "SHOP_TOKEN_IDLE_HOURS", "token.idleHours", 12, 1, 24 * 30);
        int iterations = s.integer(
                null,
                "SHOP_PASSWORD_ITERATIONS",
                "password.iterations",
                PasswordHasher.DEFAULT_ITERATIONS,
                1_000,
                10_000_000);
        String level = orElse(s.value("log-level", "SHOP_LOG_LEVEL", "log.level"), dev ? "DEBUG" : "INFO")
                .toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(level)) {
            throw new InvalidConfig(s.name("log-level", "SHOP_LOG_LEVEL", "log.level")
                    + " must be one of ERROR, WARN, INFO, DEBUG, TRACE, not '" + level + "'");
        }
        int daily = s.integer(null, "SHOP_BACKUPS_DAILY", "backup.daily", 7, 1, 366);
        int weekly = s.integer(null, "SHOP_BACKUPS_WEEKLY", "backup.weekly", 4, 0, 520);
        boolean automatic = s.bool(null, "SHOP_BACKUPS_AUTOMATIC", "backup.automatic", true);
        int rate = s.integer(null, "SHOP_RATE_LIMIT", "rateLimit.perSecond", 100, 0, 1_000_000);
        int connections = s.integer("max-connections", "SHOP_MAX_CONNECTIONS", "maxConnections", 1000, 10, 100_000);
        // Slow clients (issue 14): one address may hold this many connections (0: no limit), a
        // request's head must arrive within the first timeout and its body within the second.
        int perClient = s.integer(
                "max-connections-per-client",
                "SHOP_MAX_CONNECTIONS_PER_CLIENT",
                "maxConnectionsPerClient",
                100,
                0,
                100_000);
        int headSeconds = s.integer(
                "request-head-timeout", "SHOP_REQUEST_HEAD_TIMEOUT", "requestHeadTimeoutSeconds", 10, 1, 3600);
        int bodySeconds = s.integer(
                "request-body-timeout", "SHOP_REQUEST_BODY_TIMEOUT", "requestBodyTimeoutSeconds", 30, 1, 3600);
        String keystore = s.value("tls-keystore", "SHOP_TLS_KEYSTORE", "tls.keystore");
        Path tls = keystore == null ? null : Path.of(keystore).toAbsolutePath();
        if (tls != null && !Files.isReadable(tls)) {
            throw new InvalidConfig(s.name("tls-keystore", "SHOP_TLS_KEYSTORE", "tls.keystore")
                    + " must be a readable PKCS12 keystore file, not '" + keystore + "'");
        }
        String tlsPassword = s.value(null, "SHOP_TLS_PASSWORD", "tls.password");
        Postgres postgres = postgres(s);
        return new ServerConfig(
                profile,
                host,
                port,
                dataDir,
                configFile,
                demo,
                env.get("SHOP_ADMIN_PASSWORD"),
                Duration.ofHours(idleHours),
                iterations,
                level,
                daily,
                weekly,
                automatic,
                rate,
                connections,
                perClient,
                Duration.ofSeconds(headSeconds),
                Duration.ofSeconds(bodySeconds),
                tls,
                tlsPassword == null ? "" : tlsPassword,
                postgres);
    }

    /** The PostgreSQL database named by the settings, or null for the SQLite file. */
    private static Postgres postgres(Source s) {
        String url = s.value("database", "SHOP_DATABASE_URL", "database.url");
        if (url == null || url.isBlank()) {
            return null;
        }
        String name = s.name("database", "SHOP_DATABASE_URL", "database.url");
        String given = url.strip();
        String rest = given.startsWith("jdbc:") ? given.substring("jdbc:".length()) : given;
        java.net.URI uri;
        try {
            uri = java.net.URI.create(rest);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null
                || !("postgresql".equals(uri.getScheme()) || "postgres".equals(uri.getScheme()))
                || uri.getHost() == null
                || uri.getPath() == null
                || uri.getPath().length() < 2
                || uri.getUserInfo() != null) {
            throw new InvalidConfig(name
                    + " must be postgresql://HOST:PORT/DATABASE (the user and password in SHOP_DATABASE_USER"
                    + " and SHOP_DATABASE_PASSWORD), not '" + given.replaceAll("//[^/@]*@", "//***@") + "'");
        }
        String jdbc = "jdbc:postgresql://" + uri.getRawAuthority() + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String pgDump = s.value(null, "SHOP_PG_DUMP", "backup.pgDump");
        if (pgDump != null
                && !pgDump.isBlank()
                && !java.nio.file.Files.isExecutable(java.nio.file.Path.of(pgDump.strip()))) {
            throw new InvalidConfig(s.name(null, "SHOP_PG_DUMP", "backup.pgDump") + " must be pg_dump's path (e.g."
                    + " /usr/lib/postgresql/15/bin/pg_dump), not '" + pgDump.strip() + "'");
        }
        return new Postgres(
                jdbc,
                s.value(null, "SHOP_DATABASE_USER", "database.user"),
                s.value(null, "SHOP_DATABASE_PASSWORD", "database.password"),
                pgDump == null || pgDump.isBlank() ? null : java.nio.file.Path.of(pgDump.strip()));
    }

    /** The OS's per-user application-data folder for Shop Suite. */
    static Path defaultDataDir(Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return Path.of(appData != null ? appData : home, "ShopSuite");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "ShopSuite");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.local/share", "shop-suite");
    }

    private static Properties readProperties(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new InvalidConfig("cannot read " + file + ": " + e.getMessage());
            }
        }
        return p;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** Looks a key up in flags, then environment, then the file. */
    private record Source(Flags flags, Map<String, String> env, Properties file) {
        String value(String flag, String envName, String property) {
            return first(
                    flag == null ? null : flags.get(flag),
                    envName == null ? null : env.get(envName),
                    property == null ? null : file.getProperty(property));
        }

        String name(String flag, String envName, String property) {
            StringBuilder b = new StringBuilder(property);
            b.append(" (");
            if (flag != null) {
                b.append("--").append(flag).append(", ");
            }
            b.append(envName).append(")");
            return b.toString();
        }

        int integer(String flag, String envName, String property, int fallback, int min, int max) {
            String raw = value(flag, envName, property);
            if (raw == null) {
                return fallback;
            }
            try {
                int v = Integer.parseInt(raw.strip());
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
            throw new InvalidConfig(name(flag, envName, property) + " must be a whole number from " + min + " to " + max
                    + ", not '" + raw + "'");
        }

        boolean bool(String flag, String envName, String property, boolean fallback) {
            String raw = value(flag, envName, property);
            if (raw == null) {
                return fallback;
            }
            return switch (raw.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default ->
                    throw new InvalidConfig(
                            name(flag, envName, property) + " must be true or false, not '" + raw + "'");
            };
        }
    }
}
