package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** GET /jobs/{id}/estimate: the presented version of a job's estimate, for its mechanic. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobEstimateTest {
    TestServer server;
    Api boss;
    Api counter;

    @BeforeAll
    void setUp(@TempDir Path dir) {
        server = new TestServer(dir, Clock.systemUTC(), false);
        boss = Shop.admin(server);
        counter = Shop.user(boss, "counter", "RECEPTIONIST", null);
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    @Test
    void theJobsMechanicReadsThePresentedVersionAndNotADraftOrAnotherMechanicsJob() {
        long m = Shop.mechanic(boss, "가정비", "8");
        Api mine = Shop.user(boss, "mech-ga", "MECHANIC", m);
        long other = Shop.mechanic(boss, "나정비", "8");
        Api theirs = Shop.user(boss, "mech-na", "MECHANIC", other);
        Api.Res receipt = Shop.receipt(counter, m, "1");
        long job = receipt.json().path("jobId").asLong();

        assertThat(mine.get("/jobs/" + job + "/estimate").status())
                .as("no estimate yet")
                .isEqualTo(404);

        ArrayNode lines = Api.JSON.createArrayNode();
        lines.add(obj("kind", "LABOR", "description", "패드 교환", "hours", new BigDecimal("1")));
        Api.Res draft = counter.post("/receipts/" + receipt.id() + "/estimates", obj("lines", lines));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        long estimate = draft.json().path("id").asLong();
        assertThat(mine.get("/jobs/" + job + "/estimate").status())
                .as("a draft is not what the customer was shown")
                .isEqualTo(404);

        assertThat(counter.post("/estimates/" + estimate + "/present", null).status())
                .isEqualTo(200);
        Api.Res shown = mine.get("/jobs/" + job + "/estimate");
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        JsonNode e = shown.json();
        assertThat(e.path("id").asLong()).isEqualTo(estimate);
        assertThat(e.path("status").asText()).isEqualTo("PRESENTED");
        assertThat(counter.get("/jobs/" + job + "/estimate").status()).isEqualTo(200);
        assertThat(theirs.get("/jobs/" + job + "/estimate").status()).isEqualTo(403);
        assertThat(mine.get("/jobs/999999/estimate").status()).isEqualTo(404);
    }
}
