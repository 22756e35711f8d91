package org.shopsuite.server.ops;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;

/** Request counts and latency histograms by route, plus gauges, in Prometheus text format. */
public final class Metrics {
  private static final double[] BUCKETS = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

  private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
  private final Map<String, Gauge> gauges = new TreeMap<>();

  /** One finished request: method, route template, status, seconds. */
  public void record(String method, String route, int status, double seconds) {
    requests.computeIfAbsent(method + "|" + route + "|" + status, k -> new AtomicLong()).incrementAndGet();
    latency.computeIfAbsent(method + "|" + route, k -> new Histogram()).observe(seconds);
  }

  public synchronized void gauge(String name, String help, Supplier<Number> value) {
    gauges.put(name, new Gauge(help, value));
  }

  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("# HELP shop_http_requests_total HTTP requests by route and status.\n");
    out.append("# TYPE shop_http_requests_total counter\n");
    new TreeMap<>(requests).forEach((k, v) -> {
      String[] p = k.split("\\|", 3);
      out.append("shop_http_requests_total{method=\"").append(p[0]).append("\",route=\"")
          .append(escape(p[1])).append("\",status=\"").append(p[2]).append("\"} ")
          .append(v.get()).append('\n');
    });
    out.append("# HELP shop_http_request_duration_seconds HTTP request latency by route.\n");
    out.append("# TYPE shop_http_request_duration_seconds histogram\n");
    new TreeMap<>(latency).forEach((k, h) -> {
      String[] p = k.split("\\|", 2);
      String labels = "method=\"" + p[0] + "\",route=\"" + escape(p[1]) + "\"";
      long cumulative = 0;
      for (int i = 0; i < BUCKETS.length; i++) {
        cumulative += h.buckets.get(i);
        out.append("shop_http_request_duration_seconds_bucket{").append(labels).append(",le=\"")
            .append(BUCKETS[i]).append("\"} ").append(cumulative).append('\n');
      }
      out.append("shop_http_request_duration_seconds_bucket{").append(labels)
          .append(",le=\"+Inf\"} ").append(h.count.get()).append('\n');
      out.append("shop_http_request_duration_seconds_sum{").append(labels).append("} ")
          .append(String.format(Locale.ROOT, "%.6f", h.sumMicros.get() / 1e6)).append('\n');
      out.append("shop_http_request_duration_seconds_count{").append(labels).append("} ")
          .append(h.count.get()).append('\n');
    });
    synchronized (this) {
      gauges.forEach((name, g) -> {
        out.append("# HELP ").append(name).append(' ').append(g.help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
        Number v = g.value.get();
        out.append(name).append(' ').append(v == null ? "NaN" : v.toString()).append('\n');
      });
    }
    return out.toString();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private record Gauge(String help, Supplier<Number> value) {}

  private static final class Histogram {
    final AtomicLongArray buckets = new AtomicLongArray(BUCKETS.length);
    final AtomicLong count = new AtomicLong();
    final AtomicLong sumMicros = new AtomicLong();

    void observe(double seconds) {
      for (int i = 0; i < BUCKETS.length; i++) {
        if (seconds <= BUCKETS[i]) {
          buckets.incrementAndGet(i);
          break;
        }
      }
      count.incrementAndGet();
      sumMicros.addAndGet((long) (seconds * 1e6));
    }
  }
}
