package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.MutableClock;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** Logins, tokens, throttling, revocation and how passwords are kept. */
class AuthTest {
    @TempDir
    Path dir;

    @Test
    void loginGivesATokenAndMeSaysWhoIAm() {
        try (TestServer server = new TestServer(dir)) {
            Api api = server.api();
            Api.Res r = api.login("admin", TestServer.ADMIN_PASSWORD);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().path("token").asText()).hasSizeGreaterThan(30);
            assertThat(r.json().path("user").path("role").asText()).isEqualTo("MANAGER");
            assertThat(r.json().path("expiresAt").asText()).isNotBlank();
            assertThat(api.get("/me").json().path("user").path("username").asText())
                    .isEqualTo("admin");
            assertThat(server.api().login("admin", "wrong-password").status()).isEqualTo(401);
            assertThat(server.api().login("nobody", "wrong-password").status()).isEqualTo(401);
        }
    }

    @Test
    void repeatedFailuresAreThrottled() {
        try (TestServer server = new TestServer(dir)) {
            for (int i = 0; i < 5; i++) {
                assertThat(server.api().login("admin", "guess-" + i).status()).isEqualTo(401);
            }
            Api.Res blocked = server.api().login("admin", TestServer.ADMIN_PASSWORD);
            assertThat(blocked.status()).isEqualTo(429);
            assertThat(blocked.header("Retry-After")).isNotNull();
            assertThat(blocked.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void logoutRevokesTheToken() {
        try (TestServer server = new TestServer(dir)) {
            Api api = Shop.admin(server);
            assertThat(api.post("/auth/logout", null).status()).isEqualTo(200);
            assertThat(api.get("/me").status()).isEqualTo(401);
        }
    }

    @Test
    void deactivationAndPasswordResetTakeEffectAtOnce() {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
            long id = counter.get("/me").json().path("user").path("id").asLong();

            Api.Res reset =
                    manager.patch("/users/" + id, "{\"password\":\"new-password-2\"}", Map.of("If-Match", "\"1\""));
            assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
            assertThat(counter.get("/me").status()).isEqualTo(401);
            Api again = manager.as("counter", "new-password-2");
            assertThat(again.get("/me").status()).isEqualTo(200);

            Api.Res off = manager.patch("/users/" + id, "{\"active\":false}", Map.of("If-Match", "\"2\""));
            assertThat(off.status()).isEqualTo(200);
            assertThat(again.get("/me").status()).isEqualTo(401);
            assertThat(server.api().login("counter", "new-password-2").status()).isEqualTo(401);

            Api.Res promote = manager.patch(
                    "/users/" + id, "{\"active\":true,\"role\":\"MANAGER\"}", Map.of("If-Match", "\"3\""));
            assertThat(promote.status()).isEqualTo(200);
            Api boss = manager.as("counter", "new-password-2");
            assertThat(boss.get("/users").status()).isEqualTo(200);
        }
    }

    @Test
    void aManagerCannotLockThemselvesOut() {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            long id = manager.get("/me").json().path("user").path("id").asLong();
            Api.Res r = manager.patch("/users/" + id, "{\"active\":false}", Map.of("If-Match", "\"1\""));
            assertThat(r.status()).isEqualTo(409);
        }
    }

    @Test
    void tokensExpireAfterTwelveIdleHours() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-21T00:00:00Z"));
        try (TestServer server = new TestServer(dir, clock, false)) {
            Api api = Shop.admin(server);
            clock.advance(Duration.ofHours(11));
            assertThat(api.get("/me").status()).isEqualTo(200);
            clock.advance(Duration.ofHours(11));
            assertThat(api.get("/me").status()).as("used 11 h ago: still alive").isEqualTo(200);
            clock.advance(Duration.ofHours(12));
            assertThat(api.get("/me").status()).isEqualTo(401);
        }
    }

    @Test
    void sessionsSurviveARestartButOnlyAsHashes() throws Exception {
        String token;
        try (TestServer server = new TestServer(dir, Clock.systemUTC(), false)) {
            token = Shop.admin(server).token();
        }
        try (TestServer again = new TestServer(dir, Clock.systemUTC(), false)) {
            assertThat(again.api().withToken(token).get("/me").status()).isEqualTo(200);
        }
        try (var c = TestServer.database(dir);
                ResultSet users = c.createStatement().executeQuery("SELECT password_hash FROM users");
                ResultSet sessions = c.createStatement().executeQuery("SELECT token_hash FROM sessions")) {
            assertThat(users.next()).isTrue();
            assertThat(users.getString(1)).startsWith("pbkdf2-sha256$").doesNotContain(TestServer.ADMIN_PASSWORD);
            assertThat(sessions.next()).isTrue();
            assertThat(sessions.getString(1)).isNotEqualTo(token).hasSize(64);
        }
    }

    @Test
    void healthIsOpenAndReadySaysTheSchemaIsCurrent() {
        try (TestServer server = new TestServer(dir)) {
            assertThat(server.api().get("/health").json().path("status").asText())
                    .isEqualTo("UP");
            Api.Res ready = server.api().get("/ready");
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.json().path("status").asText()).isEqualTo("READY");
        }
    }
}
