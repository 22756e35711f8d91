package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;

/**
 * The server as packaged runs in a small heap (installer/build-packages.sh); work that takes much
 * memory per request must stay within it when many ask at once. The test starts the server with
 * exactly the options the installer gives it.
 */
@Tag("sqlite") // the packaged server on its data folder
class PackagedHeapTest {
    static final Path PACKAGING = Path.of("../installer/build-packages.sh");

    /** The JVM options the installer gives the server (read from the script, so they cannot drift). */
    static List<String> packagedJvmOptions() throws Exception {
        Matcher m = Pattern.compile("--name shop-server[\\s\\S]*?--java-options \"([^\"]+)\"")
                .matcher(Files.readString(PACKAGING));
        assertThat(m.find()).as("shop-server's --java-options in " + PACKAGING).isTrue();
        return List.of(m.group(1).strip().split("\\s+"));
    }

    @TempDir
    Path dir;

    @Test
    void thirtyConcurrentInvoicePdfsFitTheServersHeap() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> jvm = packagedJvmOptions();
        assertThat(jvm).anyMatch(o -> o.startsWith("-Xmx"));
        cmd.addAll(jvm);
        cmd.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "org.shopsuite.server.ShopServer",
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--data-dir",
                dir.resolve("data").toString(),
                "--demo"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("SHOP_PASSWORD_ITERATIONS", "1000");
        pb.environment().put("SHOP_BACKUPS_AUTOMATIC", "false");
        pb.environment().put("SHOP_RATE_LIMIT", "0");
        Path log = dir.resolve("server.log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process server = pb.start();
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            Api api = new Api("http://127.0.0.1:" + port);
            long end = System.currentTimeMillis() + 60_000;
            while (true) {
                try {
                    if (api.get("/ready").status() == 200) {
                        break;
                    }
                } catch (RuntimeException e) {
                    // not up yet
                }
                assertThat(server.isAlive()).as("server running").isTrue();
                assertThat(System.currentTimeMillis())
                        .as("server ready in time")
                        .isLessThan(end);
                Thread.sleep(50);
            }
            Api counter = api.as("counter", "demo1234");
            List<Long> invoices = new ArrayList<>();
            counter.get("/invoices?limit=50")
                    .json()
                    .path("items")
                    .forEach(i -> invoices.add(i.path("id").asLong()));
            assertThat(invoices).isNotEmpty();

            List<Future<Api.Res>> answers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                long id = invoices.get(i % invoices.size());
                answers.add(pool.submit(() -> counter.get("/invoices/" + id + ".pdf")));
            }
            for (Future<Api.Res> f : answers) {
                Api.Res r = f.get();
                assertThat(r.status())
                        .as("PDF answer: %s", r.body().length() > 300 ? r.body().substring(0, 300) : r.body())
                        .isEqualTo(200);
                assertThat(r.body()).startsWith("%PDF");
            }
            assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
        } finally {
            pool.shutdownNow();
            server.destroy();
            server.waitFor();
        }
    }
}
