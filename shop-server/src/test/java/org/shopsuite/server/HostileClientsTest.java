package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.EventClient;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** A flooding client, many idle connections and a client that stops reading starve no one. */
@Tag("slow")
class HostileClientsTest {
    @TempDir
    Path dir;

    @Test
    void aFloodingClientGets429WithRetryAfterAndOthersAreServed() {
        try (TestServer server = new TestServer(dir, Clock.systemUTC(), false, Map.of("SHOP_RATE_LIMIT", "20"))) {
            Api flooder = Shop.admin(server);
            Api other = server.api().as("admin", TestServer.ADMIN_PASSWORD);
            Api.Res limited = null;
            for (int i = 0; i < 200 && limited == null; i++) {
                Api.Res r = flooder.get("/mechanics");
                if (r.status() == 429) {
                    limited = r;
                }
            }
            assertThat(limited).as("the flood was limited").isNotNull();
            assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 5L);
            assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
            assertThat(other.get("/mechanics").status())
                    .as("another client is still served")
                    .isEqualTo(200);
            assertThat(server.api().get("/health").status()).isEqualTo(200);
        }
    }

    @Test
    void manyIdleConnectionsDoNotStarveARealClient() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            int port = URI.create(manager.base()).getPort();
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 300; i++) {
                    Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                    s.getOutputStream()
                            .write("GET /mechanics HTTP/1.1\r\nHost: x\r\n"
                                    .getBytes(StandardCharsets.UTF_8)); // never finished
                    idle.add(s);
                }
                long t0 = System.nanoTime();
                assertThat(manager.get("/mechanics").status()).isEqualTo(200);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertThat(ms)
                        .as("served while 300 connections idle (%d ms)", ms)
                        .isLessThan(5_000);
            } finally {
                for (Socket s : idle) {
                    try {
                        s.close();
                    } catch (IOException e) {
                        // closing anyway
                    }
                }
            }
        }
    }

    @Test
    void aStreamClientThatStopsReadingIsDroppedAndOthersKeepUp() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            long mechanic = Shop.mechanic(manager, "김민수", "24");
            // A raw WebSocket client with a tiny receive buffer: it upgrades, then never reads again.
            int port = URI.create(manager.base()).getPort();
            Socket slow = new Socket();
            slow.setReceiveBufferSize(4096);
            slow.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            slow.getOutputStream()
                    .write(("GET /events/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                                    + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                    + "Authorization: Bearer " + manager.token() + "\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            byte[] head = new byte[12];
            assertThat(slow.getInputStream().read(head)).isPositive();
            assertThat(new String(head, StandardCharsets.UTF_8)).contains("101");
            try (EventClient healthy = EventClient.connect(manager, null)) {
                Thread.sleep(300);
                assertThat(streamClients(server)).isEqualTo(2);
                String big = "x".repeat(2000);
                int posted = 0;
                while (streamClients(server) > 1 && posted < 3000) {
                    for (int i = 0; i < 50; i++, posted++) {
                        manager.post(
                                "/receipts",
                                Api.obj(
                                        "customerName",
                                        "홍길동",
                                        "carId",
                                        "12가 3456",
                                        "mechanicId",
                                        mechanic,
                                        "estimatedHours",
                                        "0.01",
                                        "request",
                                        big));
                    }
                }
                assertThat(streamClients(server))
                        .as("the reader that stopped was dropped after %d receipts", posted)
                        .isEqualTo(1);
                healthy.awaitSeq(manager.lastSeq(), Duration.ofSeconds(10));
                System.out.printf(
                        "slow stream client dropped after %d receipts; the healthy one got all %d events%n",
                        posted, healthy.events().size());
            } finally {
                slow.close();
            }
        }
    }

    private static long streamClients(TestServer server) {
        String metrics = server.api().get("/metrics").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^shop_stream_clients (\\d+)")
                .matcher(metrics);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
