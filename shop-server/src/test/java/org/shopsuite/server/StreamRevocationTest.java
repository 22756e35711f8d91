package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.EventClient;
import org.shopsuite.server.support.MutableClock;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** Logout, deactivation, password reset and expiry end open event streams too, at once. */
class StreamRevocationTest {
    @TempDir
    Path dir;

    @Test
    void logoutClosesThatSessionsStreamOnly() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            Api other = server.api().as("admin", TestServer.ADMIN_PASSWORD);
            try (EventClient mine = EventClient.connect(manager, null);
                    EventClient theirs = EventClient.connect(other, null)) {
                Thread.sleep(200);
                manager.post("/auth/logout", null);
                assertThat(mine.awaitClose(Duration.ofSeconds(5)))
                        .startsWith("1008")
                        .contains("session has ended");
                Shop.mechanic(other, "김민수", "8");
                theirs.awaitSeq(1, Duration.ofSeconds(5));
            }
        }
    }

    @Test
    void deactivationAndPasswordResetCloseEveryStreamOfTheUser() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
            long id = counter.get("/me").json().path("user").path("id").asLong();
            try (EventClient stream = EventClient.connect(counter, null)) {
                Thread.sleep(200);
                manager.patch("/users/" + id, "{\"password\":\"another-pass-1\"}", Map.of("If-Match", "\"1\""));
                assertThat(stream.awaitClose(Duration.ofSeconds(5))).startsWith("1008");
            }
            Api again = manager.as("counter", "another-pass-1");
            try (EventClient stream = EventClient.connect(again, null)) {
                Thread.sleep(200);
                manager.patch("/users/" + id, "{\"active\":false}", Map.of("If-Match", "\"2\""));
                assertThat(stream.awaitClose(Duration.ofSeconds(5))).startsWith("1008");
            }
        }
    }

    @Test
    void anExpiredSessionsStreamIsClosedByTheNextCheck() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (TestServer server = new TestServer(dir, clock, false)) {
            Api manager = Shop.admin(server);
            try (EventClient stream = EventClient.connect(manager, null)) {
                Thread.sleep(200);
                server.app().revalidateStreams();
                clock.advance(Duration.ofHours(11));
                server.app().revalidateStreams();
                Thread.sleep(200);
                assertThat(stream.events()).isEmpty();
                clock.advance(Duration.ofHours(2));
                server.app().revalidateStreams();
                assertThat(stream.awaitClose(Duration.ofSeconds(5)))
                        .startsWith("1008")
                        .contains("expired");
            }
        }
    }
}
