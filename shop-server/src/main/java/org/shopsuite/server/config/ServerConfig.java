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
import org.shopsuite.server.service.PasswordHasher;

/**
 * The server's settings. Precedence: command-line flags, then environment variables, then {@code
 * shop-server.properties} in the data directory, then defaults.
 */
public record ServerConfig(
    String host,
    int port,
    Path dataDir,
    boolean demo,
    String adminPassword,
    Duration tokenIdle,
    int passwordIterations) {

  public static final int DEFAULT_PORT = 8088;
  public static final String PROPERTIES_FILE = "shop-server.properties";

  /** A setting that is missing its value or has one of the wrong form. */
  public static final class InvalidConfig extends RuntimeException {
    public InvalidConfig(String message) {
      super(message);
    }
  }

  public Path databaseFile() {
    return dataDir.resolve("shop.db");
  }

  /** Reads flags ({@code --port 8088 --host 0.0.0.0 --data-dir DIR --demo}) over env over file. */
  public static ServerConfig load(String[] args, Map<String, String> env) {
    Flags flags = Flags.parse(args);
    String dir = first(flags.get("data-dir"), env.get("SHOP_DATA_DIR"));
    Path dataDir = dir == null ? defaultDataDir(env) : Path.of(dir).toAbsolutePath();
    Properties file = readProperties(dataDir.resolve(PROPERTIES_FILE));
    String host = first(flags.get("host"), env.get("SHOP_HOST"), file.getProperty("host"), "0.0.0.0");
    int port =
        intSetting(
            "port (--port, SHOP_PORT)",
            first(flags.get("port"), env.get("SHOP_PORT"), file.getProperty("port")),
            DEFAULT_PORT,
            0,
            65535);
    boolean demo =
        flags.has("demo")
            || bool(
                "demo (SHOP_DEMO)", first(env.get("SHOP_DEMO"), file.getProperty("demo")), false);
    int idleHours =
        intSetting(
            "token idle hours (SHOP_TOKEN_IDLE_HOURS, token.idleHours)",
            first(env.get("SHOP_TOKEN_IDLE_HOURS"), file.getProperty("token.idleHours")),
            12,
            1,
            24 * 30);
    int iterations =
        intSetting(
            "password hash iterations (SHOP_PASSWORD_ITERATIONS, password.iterations)",
            first(env.get("SHOP_PASSWORD_ITERATIONS"), file.getProperty("password.iterations")),
            PasswordHasher.DEFAULT_ITERATIONS,
            1_000,
            10_000_000);
    String admin = env.get("SHOP_ADMIN_PASSWORD");
    return new ServerConfig(
        host, port, dataDir, demo, admin, Duration.ofHours(idleHours), iterations);
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

  private static int intSetting(String name, String raw, int fallback, int min, int max) {
    if (raw == null || raw.isBlank()) {
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
    throw new InvalidConfig(
        name + " must be a whole number from " + min + " to " + max + ", not '" + raw + "'");
  }

  private static boolean bool(String name, String raw, boolean fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new InvalidConfig(name + " must be true or false, not '" + raw + "'");
    };
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
