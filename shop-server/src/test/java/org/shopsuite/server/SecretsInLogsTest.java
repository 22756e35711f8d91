package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.EventClient;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;
import org.slf4j.LoggerFactory;

/** Passwords and tokens never reach the logs, whatever the client does. */
class SecretsInLogsTest {
    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("try") // the event stream is only opened (its URL gets logged), never read
    void passwordsAndTokensAreNeverLogged() throws Exception {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(ctx);
        captured.start();
        root.addAppender(captured);
        ch.qos.logback.classic.Level before = ctx.getLogger("requests").getLevel();
        ctx.getLogger("requests").setLevel(ch.qos.logback.classic.Level.DEBUG);
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            String token = manager.token();
            server.api().login("admin", "a-wrong-password-123");
            manager.post(
                    "/users", Api.obj("username", "newbie", "password", "new-secret-pw-9", "role", "RECEPTIONIST"));
            manager.patch("/users/2", "{\"password\":\"reset-secret-pw-7\"}", Map.of("If-Match", "\"1\""));
            manager.post(
                    "/me/password",
                    Api.obj("currentPassword", "wrong-current-pw-5", "newPassword", "changed-secret-pw-3"));
            manager.post(
                    "/me/password",
                    Api.obj("currentPassword", TestServer.ADMIN_PASSWORD, "newPassword", "changed-secret-pw-3"));
            server.api().withToken("bogus-token-value-zzz").get("/me");
            try (EventClient stream = EventClient.connectWithQueryToken(manager, 0L)) {
                Thread.sleep(200);
            }
            manager.post("/receipts", "{ this is not json " + token);
            assertThat(captured.list).as("the requests were logged").isNotEmpty();
            for (ILoggingEvent e : captured.list) {
                String line = e.getFormattedMessage()
                        + (e.getThrowableProxy() == null
                                ? ""
                                : e.getThrowableProxy().getMessage());
                assertThat(line)
                        .doesNotContain(
                                TestServer.ADMIN_PASSWORD,
                                "a-wrong-password-123",
                                "new-secret-pw-9",
                                "reset-secret-pw-7",
                                "wrong-current-pw-5",
                                "changed-secret-pw-3",
                                "bogus-token-value-zzz",
                                token);
            }
        } finally {
            root.detachAppender(captured);
            ctx.getLogger("requests").setLevel(before);
        }
    }
}
