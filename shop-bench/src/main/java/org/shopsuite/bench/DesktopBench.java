package org.shopsuite.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.shopsuite.desktop.ui.App;
import org.shopsuite.model.ReceiptStatus;

/**
 * The desktop app's figures, measured in the real app (its views, view models and client) logged
 * in to a real server process, in a real window (run it under Xvfb where there is no display):
 *
 * <ol>
 *   <li>the board holding a day of {@code --rows} receipts (100,000): load time, the time from a
 *       keystroke in its filter (or a status choice) to the next laid-out frame, and frame pauses
 *       while scrolling through all rows;
 *   <li>the counter's receipt list on a database of that many receipts: keystroke in the search
 *       field to the answer shown, and frame pauses while scrolling down as pages load;
 *   <li>memory over a simulated day: {@link ShopDay} feeds the server a day's work for {@code
 *       --day-minutes} while the app shows it live; heap after a full GC and resident memory are
 *       sampled throughout.
 * </ol>
 *
 * <p>{@code xvfb-run -s '-screen 0 1400x900x24' java -cp 'shop-bench/target/shop-bench-0.1.0-SNAPSHOT.jar:shop-bench/target/lib/*'
 * org.shopsuite.bench.DesktopBench --rows 100000 --day-minutes 60}
 */
public final class DesktopBench {
    private final List<String> table = new ArrayList<>();
    private Stage stage;
    /** For each {@link #frameAfter}: the part spent in the change itself, before layout. */
    private final List<Double> changeMs = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int rows = 100_000;
        double dayMinutes = 10;
        int dayReceipts = 1_000;
        Path dataDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i].replace("_", ""));
                case "--day-minutes" -> dayMinutes = Double.parseDouble(args[++i]);
                case "--day-receipts" -> dayReceipts = Integer.parseInt(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        DesktopBench bench = new DesktopBench();
        List<Process> processes = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.forEach(Process::destroy)));
        try {
            bench.run(rows, dayMinutes, dayReceipts, dataDir, processes);
        } finally {
            processes.forEach(Process::destroy);
            Platform.exit();
        }
        System.exit(0);
    }

    private void run(int rows, double dayMinutes, int dayReceipts, Path dataDir, List<Process> processes)
            throws Exception {
        if (dataDir == null) {
            dataDir = Files.createTempDirectory("shop-desktop-bench");
            long t0 = System.nanoTime();
            // In a process of its own: generating in this JVM grew its heap, and the app's resident
            // memory with it, to over 1 GB (1,276 MB against 503 MB on a database made beforehand).
            Process generate = java(
                    List.of(
                            "org.shopsuite.bench.Generate",
                            "--data-dir",
                            dataDir.toString(),
                            "--receipts",
                            "" + rows,
                            "--seed",
                            "42",
                            "--days",
                            "1"),
                    "generate");
            if (generate.waitFor() != 0) {
                throw new IllegalStateException("generating the database failed; see its log");
            }
            System.out.printf("generated %,d receipts on %s in %.1f s%n", rows, Generate.lastDay(), secondsSince(t0));
        }
        int port = freePort();
        String url = "http://127.0.0.1:" + port;
        processes.add(java(
                List.of(
                        "org.shopsuite.server.ShopServer",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "" + port,
                        "--data-dir",
                        dataDir.toString()),
                "server"));
        awaitHealthy(url);

        // The app, in a window, signed in as the counter.
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Preferences prefs = Preferences.userRoot().node("shop-suite-bench/" + System.nanoTime());
        fx(() -> {
            stage = new Stage();
            new App(url, prefs).start(stage);
            return null;
        });
        await(() -> has("#login-submit"), 30);
        fx(() -> {
            this.<TextInputControl>node("#username").setText("counter");
            this.<TextInputControl>node("#password").setText(Generate.PASSWORD);
            this.<ButtonBase>node("#login-submit").fire();
            return null;
        });
        await(() -> has("#tabs"), 30);
        table.add("| figure | result | target |");
        table.add("|---|---|---|");

        board(rows);
        receipts(rows);
        day(url, dayMinutes, dayReceipts, processes);

        prefs.removeNode();
        System.out.println();
        System.out.println("desktop app, " + String.format(Locale.ROOT, "%,d", rows) + " rows; "
                + ManagementFactory.getRuntimeMXBean().getVmName() + " " + Runtime.version()
                + ", JavaFX " + System.getProperty("javafx.runtime.version") + ", prism "
                + System.getProperty("prism.order", "default"));
        table.forEach(System.out::println);
    }

    // ---- the board ---------------------------------------------------------------------------

    private void board(int rows) throws Exception {
        selectTab("tab-board");
        TableView<?> board = fx(() -> node("#board-table"));
        long t0 = System.nanoTime();
        fx(() -> {
            this.<DatePicker>node("#board-date").setValue(Generate.lastDay());
            return null;
        });
        await(() -> board.getItems().size() == rows, 300);
        add(f("board: load a day of %,d rows (pages of 500)", rows), f("%.1f s", secondsSince(t0)), "");

        // Keystrokes: each one filters all rows; measured to the end of the next layout pulse.
        String car =
                fx(() -> ((org.shopsuite.model.StatusPageRow) board.getItems().get(rows / 2)).carId());
        String customer =
                fx(() -> ((org.shopsuite.model.StatusPageRow) board.getItems().get(rows / 3)).customerName());
        List<Double> ms = new ArrayList<>();
        List<String> what = new ArrayList<>();
        TextInputControl filter = fx(() -> node("#board-filter"));
        for (String word : new String[] {car.replace(" ", ""), customer, "정비", "42"}) {
            for (int i = 1; i <= word.length(); i++) {
                String text = word.substring(0, i);
                ms.add(frameAfter(() -> filter.setText(text)));
                what.add("\"" + text + "\" -> " + board.getItems().size() + " rows");
            }
            for (int i = word.length() - 1; i >= 0; i--) {
                String text = word.substring(0, i);
                ms.add(frameAfter(() -> filter.setText(text)));
                what.add("\"" + text + "\" -> " + board.getItems().size() + " rows");
            }
        }
        ComboBox<ReceiptStatus> status = fx(() -> node("#board-status"));
        for (ReceiptStatus s :
                new ReceiptStatus[] {ReceiptStatus.ACCEPTED, ReceiptStatus.REJECTED, ReceiptStatus.COMPLETED, null}) {
            ms.add(frameAfter(() -> status.setValue(s)));
            what.add(s + " -> " + board.getItems().size() + " rows");
        }
        for (int i = 0; i < ms.size(); i++) {
            System.out.printf(
                    Locale.ROOT,
                    "  board filter %-40s %6.1f ms (change %.1f ms)%n",
                    what.get(i),
                    ms.get(i),
                    changeMs.get(i));
        }
        add(
                f("board: filter %,d rows, keystroke or status choice to next frame (%d changes)", rows, ms.size()),
                stats(ms),
                "< 100 ms");
        add("board: of which the filter itself (before layout and paint)", stats(changeMs), "");

        List<Double> frames = scroll(board, rows / 300, 5);
        add(f("board: frame intervals scrolling all %,d rows in 5 s", rows), frames(frames), "no stalls");
    }

    // ---- the counter's receipt list ----------------------------------------------------------

    private void receipts(int rows) throws Exception {
        selectTab("tab-receipts");
        TableView<?> list = fx(() -> node("#receipts-table"));
        await(() -> !list.getItems().isEmpty(), 30);
        TextInputControl query = fx(() -> node("#receipts-query"));
        Node searching = fx(() -> stage.getScene().getRoot().lookup("#receipts-searching"));
        List<Double> ms = new ArrayList<>();
        // Words a counter would type, taken from receipts that exist: a name, a car number, a phone.
        String[] words = fx(() -> {
            List<?> items = list.getItems();
            org.shopsuite.model.Receipt a = (org.shopsuite.model.Receipt) items.get(3);
            org.shopsuite.model.Receipt b = (org.shopsuite.model.Receipt) items.get(items.size() / 2);
            org.shopsuite.model.Receipt c = (org.shopsuite.model.Receipt) items.get(items.size() - 1);
            return new String[] {a.customerName(), b.carId(), c.customerPhone()};
        });
        for (String word : words) {
            for (int i = 1; i <= word.length(); i++) {
                String text = word.substring(0, i);
                if (!text.isBlank()) {
                    ms.add(answerShown(searching, () -> query.setText(text)));
                }
            }
        }
        ms.add(answerShown(searching, () -> query.setText("")));
        add(
                f(
                        "receipts: search as you type over %,d receipts, keystroke to answer shown (%d keystrokes)",
                        rows, ms.size()),
                stats(ms),
                "< 100 ms");

        List<Double> frames = scroll(list, 12, 10);
        int loaded = fx(() -> list.getItems().size());
        add(
                f("receipts: frame intervals scrolling down 10 s while pages load (reached %,d rows)", loaded),
                frames(frames),
                "no stalls");
    }

    // ---- a simulated day ----------------------------------------------------------------------

    private void day(String url, double minutes, int receipts, List<Process> processes) throws Exception {
        selectTab("tab-board");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
        fx(() -> {
            this.<DatePicker>node("#board-date").setValue(today);
            return null;
        });
        TableView<?> board = fx(() -> node("#board-table"));
        // Loaded once no row of the generated day is left (today may already hold cars of earlier runs).
        await(
                () -> board.getItems().stream()
                        .allMatch(r -> ((org.shopsuite.model.StatusPageRow) r)
                                .requestDate()
                                .equals(today)),
                60);
        long[] before = memory();
        Process day = java(List.of("org.shopsuite.bench.ShopDay", url, "" + minutes, "" + receipts), "day");
        processes.add(day);
        long end = System.nanoTime() + (long) (minutes * 60e9) + 60_000_000_000L;
        List<long[]> samples = new ArrayList<>();
        long sampleEvery = Math.max(5_000, (long) (minutes * 60_000 / 20));
        while (day.isAlive() && System.nanoTime() < end) {
            day.waitFor(sampleEvery, TimeUnit.MILLISECONDS);
            samples.add(memory());
        }
        if (day.isAlive() || day.exitValue() != 0) {
            throw new IllegalStateException("the simulated day did not finish; see its log");
        }
        int shown = fx(() -> board.getItems().size());
        long[] after = memory();
        long peakHeap = samples.stream().mapToLong(s -> s[0]).max().orElse(after[0]);
        long peakRss = samples.stream().mapToLong(s -> s[1]).max().orElse(after[1]);
        add(
                f("day: %s-minute simulated day, %,d receipts offered", fmt(minutes), receipts),
                f("%,d cars on the live board", shown),
                "");
        add(
                "day: heap after full GC, start -> end (peak)",
                f("%d -> %d MB (%d MB)", before[0], after[0], peakHeap),
                "no growth");
        add("day: resident memory, start -> end (peak)", f("%d -> %d MB (%d MB)", before[1], after[1], peakRss), "");
        StringBuilder trend = new StringBuilder();
        samples.forEach(s -> trend.append(s[0]).append(' '));
        System.out.println("heap after GC every " + sampleEvery / 1000 + " s (MB): "
                + trend.toString().strip());
        // What the heap holds at the end of the day, biggest first.
        String histogram = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
        histogram.lines().limit(18).forEach(System.out::println);
    }

    /** Heap used after a full collection, and resident memory, in MB. */
    private static long[] memory() throws Exception {
        System.gc();
        Thread.sleep(200);
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        long rss = 0;
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return new long[] {heap, rss};
    }

    // ---- measuring frames --------------------------------------------------------------------

    /** Completes {@code done} with the milliseconds since {@code t0} at the end of the next layout pulse. */
    private static void atNextLayout(Scene scene, long t0, CompletableFuture<Double> done) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            done.complete((System.nanoTime() - t0) / 1e6);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Runs a change on the FX thread; milliseconds from its start to the end of the next layout pulse. */
    private double frameAfter(Runnable change) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = stage.getScene();
            long t0 = System.nanoTime();
            change.run();
            changeMs.add((System.nanoTime() - t0) / 1e6);
            atNextLayout(scene, t0, done);
        });
        double ms = done.get(30, TimeUnit.SECONDS);
        Thread.sleep(30);
        return ms;
    }

    /**
     * Milliseconds from a change to the first layout pulse after its answer was applied: the
     * list's searching indicator shows from the keystroke until the newest request's rows are in.
     */
    private double answerShown(Node searching, Runnable change) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = stage.getScene();
            long t0 = System.nanoTime();
            @SuppressWarnings({"unchecked", "rawtypes"}) // no generic array creation in Java
            javafx.beans.value.ChangeListener<Boolean>[] shown = new javafx.beans.value.ChangeListener[1];
            shown[0] = (o, was, visible) -> {
                if (!visible) {
                    searching.visibleProperty().removeListener(shown[0]);
                    atNextLayout(scene, t0, done);
                }
            };
            searching.visibleProperty().addListener(shown[0]);
            change.run();
            if (!searching.isVisible()) {
                done.completeExceptionally(new IllegalStateException("the change started no search"));
            }
        });
        double ms = done.get(30, TimeUnit.SECONDS);
        Thread.sleep(50);
        return ms;
    }

    /** Scrolls {@code step} rows per frame for {@code seconds}; the intervals between frames, in ms. */
    private List<Double> scroll(TableView<?> table, int step, int seconds) throws Exception {
        CompletableFuture<List<Double>> done = new CompletableFuture<>();
        fx(() -> {
            table.scrollTo(0);
            return null;
        });
        Thread.sleep(200);
        Platform.runLater(() -> new AnimationTimer() {
            final List<Double> gaps = new ArrayList<>();
            long first;
            long last;
            int row;

            @Override
            public void handle(long now) {
                if (first == 0) {
                    first = now;
                } else {
                    gaps.add((now - last) / 1e6);
                }
                last = now;
                if (now - first > seconds * 1_000_000_000L) {
                    stop();
                    done.complete(gaps);
                    return;
                }
                row = Math.min(row + step, table.getItems().size() - 1);
                table.scrollTo(row);
            }
        }.start());
        return done.get(seconds + 30L, TimeUnit.SECONDS);
    }

    private static String frames(List<Double> gaps) {
        double[] s = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long over50 = gaps.stream().filter(g -> g > 50).count();
        return String.format(
                Locale.ROOT,
                "%d frames, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d over 50 ms",
                s.length,
                pct(s, 50),
                pct(s, 99),
                s[s.length - 1],
                over50);
    }

    private static String stats(List<Double> ms) {
        double[] s = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return f("p50 %.1f ms, p99 %.1f ms, max %.1f ms", pct(s, 50), pct(s, 99), s[s.length - 1]);
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    // ---- plumbing ----------------------------------------------------------------------------

    private void add(String what, String result, String target) {
        String line = "| " + what + " | " + result + " | " + target + " |";
        table.add(line);
        System.out.println(line);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String fmt(double minutes) {
        return minutes == Math.rint(minutes) ? Long.toString((long) minutes) : Double.toString(minutes);
    }

    private void selectTab(String id) throws Exception {
        fx(() -> {
            TabPane tabs = node("#tabs");
            tabs.getTabs().stream()
                    .filter(t -> id.equals(t.getId()))
                    .findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            return null;
        });
        Thread.sleep(300);
    }

    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // a lookup: the caller names the type
    private <T extends Node> T node(String selector) {
        return (T) stage.getScene().getRoot().lookupAll(selector).stream()
                .filter(Node::isVisible)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no visible " + selector));
    }

    private boolean has(String selector) {
        return stage.getScene() != null
                && stage.getScene().getRoot().lookupAll(selector).stream().anyMatch(Node::isVisible);
    }

    private static <T> T fx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static void await(BooleanSupplier condition, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!fx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("not reached in " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }

    private static Process java(List<String> mainAndArgs, String name) throws Exception {
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(Packaged.serverJvmOptions());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
        cmd.addAll(mainAndArgs);
        Path log = Files.createTempFile("desktop-bench-" + name, ".log");
        System.out.println(name + " log: " + log);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SHOP_RATE_LIMIT", "0");
        // one load driver on loopback stands for a whole shop's clients: no cap per address
        pb.environment().put("SHOP_MAX_CONNECTIONS_PER_CLIENT", "0");
        pb.environment().put("SHOP_BACKUPS_AUTOMATIC", "false");
        pb.environment().put("SHOP_LOG_LEVEL", "WARN");
        return pb.start();
    }

    private static void awaitHealthy(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            try {
                HttpRequest r =
                        HttpRequest.newBuilder(URI.create(url + "/ready")).build();
                if (http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (Exception e) {
                // not yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server did not start");
    }

    private static int freePort() throws Exception {
        try (var s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
