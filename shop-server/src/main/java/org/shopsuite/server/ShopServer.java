package org.shopsuite.server;

import java.util.concurrent.CountDownLatch;
import org.shopsuite.server.config.ServerConfig;

/** Command-line entry point: {@code java -jar shop-server.jar [--port N] [--demo] ...}. */
public final class ShopServer {
  private static final String USAGE =
      """
      Usage: java -jar shop-server.jar [options]

        --port N          port to listen on (default 8088; env SHOP_PORT)
        --host ADDR       address to bind (default 0.0.0.0; env SHOP_HOST)
        --data-dir DIR    where the database lives (default: the per-user app-data folder;
                          env SHOP_DATA_DIR)
        --demo            fill an empty database with a believable demo shop (env SHOP_DEMO)
        --help            show this help

      Flags override environment variables, which override DATA-DIR/shop-server.properties.
      On first start the user 'admin' is created with the password in SHOP_ADMIN_PASSWORD, or a
      random one that is printed once and written to DATA-DIR/initial-admin-password.
      """;

  private ShopServer() {}

  public static void main(String[] args) throws InterruptedException {
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        System.out.print(USAGE);
        return;
      }
    }
    ShopApp app;
    try {
      ServerConfig config = ServerConfig.load(args, System.getenv());
      app = ShopApp.start(config);
      System.out.println(
          "Shop Suite server "
              + ShopApp.version()
              + " listening on http://"
              + config.host()
              + ":"
              + app.port()
              + " (data in "
              + config.dataDir()
              + ")");
    } catch (ServerConfig.InvalidConfig e) {
      System.err.println("shop-server: " + e.getMessage());
      System.exit(2);
      return;
    } catch (RuntimeException e) {
      System.err.println("shop-server: cannot start: " + rootMessage(e));
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    ShopApp running = app;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.close();
                  stopped.countDown();
                },
                "shutdown"));
    stopped.await();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
