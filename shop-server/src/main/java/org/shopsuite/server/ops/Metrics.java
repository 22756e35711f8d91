package org.shopsuite.server.ops;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;

/**
 * Request counts and latency histograms by route, other histograms and gauges, in Prometheus text
 * format.
 */
public final class Metrics {
    private static final double[] BUCKETS = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final Map<String, Gauge> gauges = new TreeMap<>();
    private final Map<String, Named> histograms = new TreeMap<>();

    /** One finished request: method, route template, status, seconds. */
    public void record(String method, String route, int status, double seconds) {
        requests.computeIfAbsent(method + "|" + route + "|" + status, k -> new AtomicLong())
                .incrementAndGet();
        latency.computeIfAbsent(method + "|" + route, k -> new Histogram(BUCKETS))
                .observe(seconds);
    }

    public synchronized void gauge(String name, String help, Supplier<Number> value) {
        gauges.put(name, new Gauge(help, value));
    }

    /** A histogram of durations with the given upper bounds (seconds), exported under name. */
    public synchronized Histogram histogram(String name, String help, double... bucketSeconds) {
        Histogram h = new Histogram(bucketSeconds);
        histograms.put(name, new Named(help, h));
        return h;
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP shop_http_requests_total HTTP requests by route and status.\n");
        out.append("# TYPE shop_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((k, v) -> {
            String[] p = k.split("\\|", 3);
            out.append("shop_http_requests_total{method=\"")
                    .append(p[0])
                    .append("\",route=\"")
                    .append(escape(p[1]))
                    .append("\",status=\"")
                    .append(p[2])
                    .append("\"} ")
                    .append(v.get())
                    .append('\n');
        });
        out.append("# HELP shop_http_request_duration_seconds HTTP request latency by route.\n");
        out.append("# TYPE shop_http_request_duration_seconds histogram\n");
        new TreeMap<>(latency).forEach((k, h) -> {
            String[] p = k.split("\\|", 2);
            h.render(
                    out,
                    "shop_http_request_duration_seconds",
                    "method=\"" + p[0] + "\",route=\"" + escape(p[1]) + "\"");
        });
        synchronized (this) {
            histograms.forEach((name, n) -> {
                out.append("# HELP ").append(name).append(' ').append(n.help).append('\n');
                out.append("# TYPE ").append(name).append(" histogram\n");
                n.histogram.render(out, name, "");
            });
            gauges.forEach((name, g) -> {
                out.append("# HELP ").append(name).append(' ').append(g.help).append('\n');
                out.append("# TYPE ").append(name).append(" gauge\n");
                Number v = g.value.get();
                out.append(name)
                        .append(' ')
                        .append(v == null ? "NaN" : v.toString())
                        .append('\n');
            });
        }
        return out.toString();
    }

    /** "0.005", "1.0"; never "5.0E-4". */
    private static String bound(double b) {
        String text = Double.toString(b);
        return text.contains("E")
                ? java.math.BigDecimal.valueOf(b).stripTrailingZeros().toPlainString()
                : text;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private record Gauge(String help, Supplier<Number> value) {}

    private record Named(String help, Histogram histogram) {}

    /** Counts of observations at or under each bound, their count and their sum. Thread-safe. */
    public static final class Histogram {
        private final double[] bounds;
        private final long[] boundNanos;
        private final AtomicLongArray buckets;
        private final AtomicLong count = new AtomicLong();
        private final AtomicLong sumNanos = new AtomicLong();

        Histogram(double[] bounds) {
            this.bounds = bounds.clone();
            this.boundNanos = new long[bounds.length];
            for (int i = 0; i < bounds.length; i++) {
                boundNanos[i] = Math.round(bounds[i] * 1e9);
            }
            this.buckets = new AtomicLongArray(bounds.length);
        }

        void observe(double seconds) {
            observeNanos(Math.round(seconds * 1e9));
        }

        public void observeNanos(long nanos) {
            // Count first, bucket after, and render reads the buckets first: a scrape never shows a
            // bucket above the total.
            count.incrementAndGet();
            sumNanos.addAndGet(nanos);
            for (int i = 0; i < boundNanos.length; i++) {
                if (nanos <= boundNanos[i]) {
                    buckets.incrementAndGet(i);
                    break;
                }
            }
        }

        private void render(StringBuilder out, String name, String labels) {
            String sep = labels.isEmpty() ? "" : ",";
            long cumulative = 0;
            for (int i = 0; i < bounds.length; i++) {
                cumulative += buckets.get(i);
                out.append(name)
                        .append("_bucket{")
                        .append(labels)
                        .append(sep)
                        .append("le=\"")
                        .append(bound(bounds[i]))
                        .append("\"} ")
                        .append(cumulative)
                        .append('\n');
            }
            long total = count.get();
            String braces = labels.isEmpty() ? "" : "{" + labels + "}";
            out.append(name)
                    .append("_bucket{")
                    .append(labels)
                    .append(sep)
                    .append("le=\"+Inf\"} ")
                    .append(total)
                    .append('\n');
            out.append(name)
                    .append("_sum")
                    .append(braces)
                    .append(' ')
                    .append(String.format(Locale.ROOT, "%.6f", sumNanos.get() / 1e9))
                    .append('\n');
            out.append(name)
                    .append("_count")
                    .append(braces)
                    .append(' ')
                    .append(total)
                    .append('\n');
        }
    }
}
