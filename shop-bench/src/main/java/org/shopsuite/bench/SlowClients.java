package org.shopsuite.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slow clients for {@code Bench --slow-clients N} (issue 14): N sockets from 127.0.0.3 that each
 * send the start of a request and then one header line a second, reopened when the server closes
 * them (at most 150 a second); and the probe, {@code GET /health} on a new connection from
 * 127.0.0.1, whose latency is the figure.
 */
final class SlowClients implements AutoCloseable {
    static final InetAddress SLOW_ADDRESS = address("127.0.0.3");
    private static final byte[] HEAD = "GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LINE = "X-Slow: 1\r\n".getBytes(StandardCharsets.US_ASCII);

    final AtomicInteger connects = new AtomicInteger();
    final AtomicInteger failedConnects = new AtomicInteger();
    final AtomicInteger closedByServer = new AtomicInteger();
    private final int port;
    private final Socket[] slots;
    private final ExecutorService connectors = Executors.newFixedThreadPool(64);
    private final Thread trickler = new Thread(this::trickle, "slow-clients");
    private volatile boolean stop;

    SlowClients(int port, int n) {
        this.port = port;
        this.slots = new Socket[n];
        trickler.setDaemon(true);
    }

    /** Tries to open every socket, then trickles in the background. */
    void start() throws Exception {
        fill(slots.length);
        trickler.start();
    }

    /** Open now. */
    int open() {
        int n = 0;
        synchronized (slots) {
            for (Socket s : slots) {
                n += s == null ? 0 : 1;
            }
        }
        return n;
    }

    private void fill(int atMost) throws Exception {
        List<Future<?>> pending = new ArrayList<>();
        for (int i = 0; i < slots.length && pending.size() < atMost; i++) {
            boolean empty;
            synchronized (slots) {
                empty = slots[i] == null;
            }
            if (empty) {
                int slot = i;
                pending.add(connectors.submit(() -> connect(slot)));
            }
        }
        for (Future<?> f : pending) {
            f.get();
        }
    }

    private void connect(int slot) {
        Socket s = new Socket();
        try {
            s.bind(new InetSocketAddress(SLOW_ADDRESS, 0));
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
            s.getOutputStream().write(HEAD);
            connects.incrementAndGet();
            synchronized (slots) {
                slots[slot] = s;
            }
        } catch (IOException e) {
            failedConnects.incrementAndGet();
            closeQuietly(s);
        }
    }

    private void trickle() {
        while (!stop) {
            long t0 = System.nanoTime();
            for (int i = 0; i < slots.length && !stop; i++) {
                Socket s;
                synchronized (slots) {
                    s = slots[i];
                }
                if (s == null) {
                    continue;
                }
                try {
                    s.getOutputStream().write(LINE);
                } catch (IOException e) {
                    closedByServer.incrementAndGet();
                    closeQuietly(s);
                    synchronized (slots) {
                        slots[i] = null;
                    }
                }
            }
            try {
                fill(150);
                long rest = 1_000 - (System.nanoTime() - t0) / 1_000_000;
                if (rest > 0) {
                    Thread.sleep(rest);
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // counted in connect()
            }
        }
    }

    @Override
    public void close() {
        stop = true;
        trickler.interrupt();
        connectors.shutdownNow();
        try {
            trickler.join(5_000);
            connectors.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (slots) {
            for (Socket s : slots) {
                closeQuietly(s);
            }
            Arrays.fill(slots, null);
        }
    }

    /** Probes /health every 100 ms for the given seconds; latencies in µs, failures as -1. */
    static long[] probe(int port, int seconds, int timeoutMillis) throws InterruptedException {
        List<Long> out = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            long micros;
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), timeoutMillis);
                s.setSoTimeout(timeoutMillis);
                s.getOutputStream()
                        .write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                micros = readAll(s.getInputStream()).startsWith("HTTP/1.1 200") ? (System.nanoTime() - t0) / 1_000 : -1;
            } catch (IOException e) {
                micros = -1;
            }
            out.add(micros);
            long rest = 100 - (System.nanoTime() - t0) / 1_000_000;
            if (rest > 0) {
                Thread.sleep(rest);
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** One table row: answered, p50, p99, max (ms) and failures. */
    static String row(String name, long[] micros, int timeoutMillis) {
        long[] ok = Arrays.stream(micros).filter(m -> m >= 0).sorted().toArray();
        int failed = micros.length - ok.length;
        return String.format(
                Locale.ROOT,
                "| %s | %d of %d | %s | %s | %s | %s |",
                name,
                ok.length,
                micros.length,
                ok.length == 0 ? "-" : String.format(Locale.ROOT, "%.1f ms", pct(ok, 0.50) / 1000.0),
                ok.length == 0 ? "-" : String.format(Locale.ROOT, "%.1f ms", pct(ok, 0.99) / 1000.0),
                ok.length == 0 ? "-" : String.format(Locale.ROOT, "%.1f ms", ok[ok.length - 1] / 1000.0),
                failed == 0 ? "0" : failed + " (no answer within " + timeoutMillis / 1000 + " s)");
    }

    private static long pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        for (int n; (n = in.read(buf)) != -1; ) {
            out.write(buf, 0, n);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static void closeQuietly(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private static InetAddress address(String a) {
        try {
            return InetAddress.getByName(a);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
