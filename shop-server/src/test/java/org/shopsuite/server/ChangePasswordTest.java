package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.EventClient;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** POST /me/password: everyone changes their own password; their other sessions end. */
class ChangePasswordTest {
    @TempDir
    Path dir;

    private static Api.Res change(Api api, String current, String next) {
        return api.post("/me/password", obj("currentPassword", current, "newPassword", next));
    }

    @Test
    void successAnswersTheUserEndsOtherSessionsAndKeepsThisOne() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
            Api counterElsewhere = manager.as("counter", "password-1");
            long seqBefore = manager.lastSeq();
            try (EventClient otherStream = EventClient.connect(counterElsewhere, null);
                    EventClient ownStream = EventClient.connect(counter, null)) {
                Thread.sleep(200);
                Api.Res r = change(counter, "password-1", "brand-new-pass-7");
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                assertThat(r.json().path("username").asText()).isEqualTo("counter");
                assertThat(r.json().path("version").asLong()).isEqualTo(2);
                assertThat(r.header("ETag")).isEqualTo("\"2\"");

                assertThat(otherStream.awaitClose(Duration.ofSeconds(5))).startsWith("1008");
                assertThat(counterElsewhere.get("/me").status()).isEqualTo(401);
                assertThat(counter.get("/me").status()).isEqualTo(200);
                // The change's own stream stays open: it sees the next event.
                Shop.mechanic(manager, "김민수", "8");
                ownStream.awaitSeq(seqBefore + 2, Duration.ofSeconds(5));
            }
            assertThat(manager.anonymous().login("counter", "password-1").status())
                    .isEqualTo(401);
            assertThat(manager.anonymous().login("counter", "brand-new-pass-7").status())
                    .isEqualTo(200);

            Api.Res events = manager.get("/events?since=" + seqBefore);
            assertThat(events.body()).contains("UserUpdated").doesNotContain("brand-new-pass-7");
            assertThat(events.body()).doesNotContain("password-1");
        }
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndCountsLikeAFailedLogin() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
            Api.Res r = change(counter, "not-my-password", "brand-new-pass-7");
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.errorFields()).containsExactly("currentPassword");
            assertThat(r.json().path("errors").get(0).path("code").asText()).isEqualTo("invalid_state");
            for (int i = 0; i < 4; i++) {
                assertThat(change(counter, "not-my-password", "brand-new-pass-7")
                                .status())
                        .isEqualTo(400);
            }
            Api.Res locked = change(counter, "password-1", "brand-new-pass-7");
            assertThat(locked.status()).as(locked.toString()).isEqualTo(429);
            assertThat(locked.header("Retry-After")).isNotBlank();
            assertThat(manager.anonymous().login("counter", "password-1").status())
                    .isEqualTo(429);
            assertThat(counter.get("/me").status()).isEqualTo(200);
        }
    }

    @Test
    void aWeakNewPasswordIsRefusedByTheRulesOfUserCreation() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
            Api.Res shortOne = change(counter, "password-1", "short");
            assertThat(shortOne.status()).isEqualTo(400);
            assertThat(shortOne.errorFields()).containsExactly("newPassword");
            assertThat(shortOne.json().path("errors").get(0).path("code").asText())
                    .isEqualTo("too_short");
            assertThat(shortOne.json()
                            .path("errors")
                            .get(0)
                            .path("params")
                            .path("min")
                            .asInt())
                    .isEqualTo(8);
            Api.Res withName = change(counter, "password-1", "my-counter-pass");
            assertThat(withName.errorFields()).containsExactly("newPassword");
            assertThat(withName.json().path("errors").get(0).path("code").asText())
                    .isEqualTo("weak_password");
            Api.Res common = change(counter, "password-1", "Password123");
            assertThat(common.json().path("errors").get(0).path("code").asText())
                    .isEqualTo("weak_password");
            Api.Res missing = counter.post("/me/password", obj("newPassword", "brand-new-pass-7"));
            assertThat(missing.errorFields()).containsExactly("currentPassword");
            assertThat(manager.anonymous().login("counter", "password-1").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void everyRoleCanAndAnonymousCannot() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            long mechanicId = Shop.mechanic(manager, "김민수", "8");
            Api mechanic = Shop.user(manager, "kim", "MECHANIC", mechanicId);
            Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
            assertThat(change(manager, TestServer.ADMIN_PASSWORD, "manager-new-pass-1")
                            .status())
                    .isEqualTo(200);
            assertThat(change(counter, "password-1", "desk-new-pass-1").status())
                    .isEqualTo(200);
            Api.Res r = change(mechanic, "password-1", "mechanic-new-pass-1");
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().path("role").asText()).isEqualTo("MECHANIC");
            assertThat(manager.anonymous().login("kim", "mechanic-new-pass-1").status())
                    .isEqualTo(200);
            assertThat(change(manager.anonymous(), "x", "brand-new-pass-7").status())
                    .isEqualTo(401);
        }
    }

    @Test
    void aRepeatUnderTheSameIdempotencyKeyGetsTheFirstAnswer() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
            Object body = obj("currentPassword", "password-1", "newPassword", "brand-new-pass-7");
            Map<String, String> key = Map.of("Idempotency-Key", "pw-1");
            Api.Res first = counter.post("/me/password", body, key);
            Api.Res again = counter.post("/me/password", body, key);
            assertThat(first.status()).as(first.toString()).isEqualTo(200);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(manager.get("/users/" + first.id())
                            .json()
                            .path("version")
                            .asLong())
                    .isEqualTo(2);
        }
    }
}
