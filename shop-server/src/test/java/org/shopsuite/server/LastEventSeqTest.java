package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** {@code GET /events/last}: the newest committed event's seq, in one call. */
class LastEventSeqTest {
    @TempDir
    Path dir;

    TestServer server;

    @BeforeEach
    void setUp() {
        server = new TestServer(dir);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void isTheAdminsCreationInAFreshShop() {
        // A server without demo data has one event before anyone can log in: the first admin.
        Api manager = Shop.admin(server);
        assertThat(manager.get("/events").json().path("items"))
                .singleElement()
                .satisfies(e -> assertThat(e.path("type").asText()).isEqualTo("UserCreated"));

        Api.Res r = manager.get("/events/last");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"seq\":1}");
    }

    @Test
    void isTheSeqOfTheLastEventAfterWrites() {
        Api manager = Shop.admin(server);
        long mechanic = Shop.mechanic(manager, "김민수", "8");
        Shop.part(manager, "EO-1", "엔진오일", 10, 48_000);
        Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
        Shop.receipt(counter, mechanic, "1");
        long last = manager.lastSeq();
        assertThat(last).isGreaterThan(3);

        assertThat(manager.get("/events/last").json().path("seq").asLong()).isEqualTo(last);
        assertThat(counter.get("/events/last").json().path("seq").asLong()).isEqualTo(last);

        Shop.receipt(counter, mechanic, "1");
        assertThat(counter.get("/events/last").json().path("seq").asLong()).isEqualTo(manager.lastSeq());
        assertThat(manager.lastSeq()).isGreaterThan(last);
    }
}
