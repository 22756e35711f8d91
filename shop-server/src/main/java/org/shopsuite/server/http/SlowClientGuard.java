package org.shopsuite.server.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.SelectorManager;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.component.ContainerLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps slow or hoarding clients from locking everyone else out (issue 14). Jetty's idle timeout
 * restarts on every byte, so a client that sends one header line every 20 s holds its connection
 * for ever, and a few hundred of them fill the global connection limit. Two bounds:
 *
 * <ul>
 *   <li><b>Connections per client address</b>: a connection accepted while its address already
 *       holds {@code perClient} is closed at once, before it costs a thread or a buffer.
 *   <li><b>Time to receive a request</b>: every half second the open HTTP/1 connections are looked
 *       at; one whose request head (request line and headers; for a new connection counted from
 *       when it opened, TLS handshake included) has taken longer than {@code headTimeout}, or whose
 *       request body has taken longer than {@code bodyTimeout}, is closed. A connection between two
 *       requests is left to the idle timeout, and a connection upgraded to a WebSocket ({@code
 *       /events/stream}) is no longer an HTTP/1 connection, so neither bound applies to it.
 * </ul>
 *
 * <p>A Jetty bean on the server: it registers itself with every connector when the server starts
 * (as {@link org.eclipse.jetty.server.NetworkConnectionLimit}, the global limit, does).
 */
public final class SlowClientGuard extends AbstractLifeCycle {
    private static final Logger log = LoggerFactory.getLogger(SlowClientGuard.class);
    private static final long SCAN_MILLIS = 500;
    private static final long REPORT_NANOS = TimeUnit.MINUTES.toNanos(1);

    /** The limits: per-client connections (0: none) and the two timeouts. */
    public record Limits(int perClient, Duration headTimeout, Duration bodyTimeout) {}

    private final Server server;
    private final int perClient;
    private final long headNanos;
    private final long bodyNanos;
    private final Tracker tracker = new Tracker();
    private final Object lock = new Object();
    // guarded by lock
    private final Map<InetAddress, Integer> perAddress = new HashMap<>();
    // guarded by lock
    private final Map<SelectableChannel, InetAddress> channels = new HashMap<>();
    private final Map<HttpConnection, Progress> connections = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong headTimeouts = new AtomicLong();
    private final AtomicLong bodyTimeouts = new AtomicLong();
    private final AtomicLong lastReport = new AtomicLong(System.nanoTime() - REPORT_NANOS);
    private final AtomicLong reported = new AtomicLong();
    private ScheduledExecutorService scanner;

    public SlowClientGuard(Server server, Limits limits) {
        this.server = server;
        this.perClient = limits.perClient();
        this.headNanos = limits.headTimeout().toNanos();
        this.bodyNanos = limits.bodyTimeout().toNanos();
    }

    /** Connections closed at accept because their address held too many, since start. */
    public long refused() {
        return refused.get();
    }

    /** Connections closed because a request head took too long, since start. */
    public long headTimeouts() {
        return headTimeouts.get();
    }

    /** Connections closed because a request body took too long, since start. */
    public long bodyTimeouts() {
        return bodyTimeouts.get();
    }

    @Override
    protected void doStart() throws Exception {
        for (Connector c : server.getConnectors()) {
            if (c instanceof ContainerLifeCycle container) {
                // A bean of the connector: ServerConnector hands SelectorManager listeners to its
                // selector manager, and connection factories add its event listeners to connections.
                container.addBean(tracker);
            }
        }
        scanner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "slow-client-guard");
            t.setDaemon(true);
            return t;
        });
        var unusedScan = scanner.scheduleWithFixedDelay(this::scan, SCAN_MILLIS, SCAN_MILLIS, TimeUnit.MILLISECONDS);
        log.info(
                "slow clients: at most {} connections per client address, request head within {} s, body within {} s",
                perClient == 0 ? "unlimited" : perClient,
                TimeUnit.NANOSECONDS.toSeconds(headNanos),
                TimeUnit.NANOSECONDS.toSeconds(bodyNanos));
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        scanner.shutdownNow();
        for (Connector c : server.getConnectors()) {
            if (c instanceof ContainerLifeCycle container) {
                container.removeBean(tracker);
            }
        }
        connections.clear();
        synchronized (lock) {
            perAddress.clear();
            channels.clear();
        }
        super.doStop();
    }

    /** Closes the connections whose request head or body has taken too long. */
    private void scan() {
        try {
            long now = System.nanoTime();
            for (Iterator<Map.Entry<HttpConnection, Progress>> it =
                            connections.entrySet().iterator();
                    it.hasNext(); ) {
                Map.Entry<HttpConnection, Progress> e = it.next();
                HttpConnection c = e.getKey();
                if (!c.getEndPoint().isOpen() || c.getEndPoint().getConnection() != c) {
                    it.remove(); // closed, or upgraded to a WebSocket
                    continue;
                }
                Progress p = e.getValue();
                Phase phase = phaseOf(c);
                long messages = c.getMessagesIn();
                if (phase != p.phase || messages != p.messagesIn) {
                    p.phase = phase;
                    p.messagesIn = messages;
                    p.since = now;
                    continue;
                }
                long took = now - p.since;
                if (phase == Phase.HEAD && took > headNanos) {
                    headTimeouts.incrementAndGet();
                    close(c, "request head not received within " + TimeUnit.NANOSECONDS.toSeconds(headNanos) + " s");
                } else if (phase == Phase.BODY && took > bodyNanos) {
                    bodyTimeouts.incrementAndGet();
                    close(c, "request body not received within " + TimeUnit.NANOSECONDS.toSeconds(bodyNanos) + " s");
                }
            }
            report(now);
        } catch (RuntimeException e) {
            log.warn("slow-client scan failed", e); // the next scan runs anyway
        }
    }

    private void close(HttpConnection c, String why) {
        connections.remove(c);
        log.debug("closing {}: {}", c.getEndPoint().getRemoteSocketAddress(), why);
        c.getEndPoint().close(new TimeoutException(why));
    }

    /** At most one log line a minute, only when something was closed. */
    private void report(long now) {
        long total = refused.get() + headTimeouts.get() + bodyTimeouts.get();
        long last = lastReport.get();
        if (total != reported.get() && now - last >= REPORT_NANOS && lastReport.compareAndSet(last, now)) {
            reported.set(total);
            log.warn(
                    "slow or hoarding clients: since start {} connections refused (over {} from one address,"
                            + " SHOP_MAX_CONNECTIONS_PER_CLIENT), {} closed for a slow request head"
                            + " (SHOP_REQUEST_HEAD_TIMEOUT), {} for a slow body (SHOP_REQUEST_BODY_TIMEOUT)",
                    refused.get(),
                    perClient,
                    headTimeouts.get(),
                    bodyTimeouts.get());
        }
    }

    private enum Phase {
        /** Receiving a request line and headers (or a new connection's first request). */
        HEAD,
        /** Receiving a request body. */
        BODY,
        /** Handling a request, or waiting between requests (the idle timeout's business). */
        OTHER
    }

    private static final Set<HttpParser.State> HEAD_STATES =
            EnumSet.range(HttpParser.State.METHOD, HttpParser.State.HEADER);
    private static final Set<HttpParser.State> BODY_STATES =
            EnumSet.range(HttpParser.State.CONTENT, HttpParser.State.TRAILER);

    private static Phase phaseOf(HttpConnection c) {
        HttpParser.State s = c.getParser().getState();
        if (s == HttpParser.State.START) {
            return c.getMessagesIn() == 0 ? Phase.HEAD : Phase.OTHER;
        }
        if (HEAD_STATES.contains(s)) {
            return Phase.HEAD;
        }
        return BODY_STATES.contains(s) ? Phase.BODY : Phase.OTHER;
    }

    /** What a connection was doing at the last scan, and since when; only the scanner writes it. */
    private static final class Progress {
        Phase phase = Phase.HEAD;
        long messagesIn;
        long since = System.nanoTime();
    }

    /** Counts connections per address at accept, and follows HTTP/1 connections for the scan. */
    private final class Tracker implements SelectorManager.AcceptListener, Connection.Listener {
        @Override
        public void onAccepting(SelectableChannel channel) {
            if (perClient == 0 || !(channel instanceof SocketChannel socket)) {
                return;
            }
            InetAddress address;
            try {
                if (!(socket.getRemoteAddress() instanceof InetSocketAddress remote)) {
                    return;
                }
                address = remote.getAddress();
            } catch (IOException e) {
                return; // already closed (by the global limit)
            }
            boolean tooMany;
            synchronized (lock) {
                int open = perAddress.merge(address, 1, Integer::sum);
                channels.put(channel, address);
                tooMany = open > perClient;
            }
            if (tooMany) {
                refused.incrementAndGet();
                try {
                    channel.close(); // Jetty then reports onAcceptFailed, which uncounts it
                } catch (IOException e) {
                    // closed anyway
                }
            }
        }

        @Override
        public void onAcceptFailed(SelectableChannel channel, Throwable cause) {
            release(channel);
        }

        @Override
        public void onClosed(SelectableChannel channel) {
            release(channel);
        }

        private void release(SelectableChannel channel) {
            synchronized (lock) {
                InetAddress address = channels.remove(channel);
                if (address != null) {
                    perAddress.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
                }
            }
        }

        @Override
        public void onOpened(Connection connection) {
            if (connection instanceof HttpConnection http) {
                connections.put(http, new Progress());
            }
        }

        @Override
        public void onClosed(Connection connection) {
            if (connection instanceof HttpConnection http) {
                connections.remove(http);
            }
        }
    }
}
