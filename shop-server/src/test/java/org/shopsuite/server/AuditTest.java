package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** Every change records who made it; a manager can ask by entity and time. */
class AuditTest {
    @TempDir
    Path dir;

    @Test
    void theTrailShowsWhoChangedWhatAndWhen() {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            long m = Shop.mechanic(manager, "김민수", "8");
            long part = Shop.part(manager, "EO-1", "엔진오일", 10, 48_000);
            Api counter = Shop.user(manager, "counter", "RECEPTIONIST", null);
            long receipt = Shop.receipt(counter, m, "1").id();
            manager.patch("/vehicleParts/" + part, "{\"partPrice\":50000}", Map.of("If-Match", "\"1\""));
            manager.post("/vehicleParts/" + part + "/stockAdjustments", "{\"delta\":5,\"reason\":\"입고\"}");

            JsonNode partTrail =
                    manager.get("/audit?entity=vehiclePart:" + part).json().path("items");
            assertThat(types(partTrail)).containsExactly("StockAdjusted", "VehiclePartUpdated", "VehiclePartCreated");
            assertThat(partTrail.get(0).path("actor").asText()).isEqualTo("admin");

            JsonNode receiptTrail =
                    manager.get("/audit?entity=receipt:" + receipt).json().path("items");
            assertThat(receiptTrail).allMatch(e -> e.path("actor").asText().equals("counter"));
            assertThat(types(receiptTrail)).contains("RepairRequested", "JobCreated");

            assertThat(manager.get("/audit?entity=user").json().path("items")).hasSize(2);
            assertThat(manager.get("/audit?entity=mechanic:" + m).json().path("items"))
                    .isNotEmpty();
            String today = LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString();
            assertThat(manager.get("/audit?from=" + today + "&to=" + today)
                            .json()
                            .path("items")
                            .size())
                    .isGreaterThan(5);
            assertThat(manager.get("/audit?from=2000-01-01&to=2000-12-31")
                            .json()
                            .path("items"))
                    .isEmpty();
            assertThat(manager.get("/audit?limit=2").json().path("nextCursor").isNull())
                    .isFalse();

            Api.Res bad = manager.get("/audit?entity=spaceship");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.errorFields()).containsExactly("entity");
            assertThat(manager.get("/audit?from=yesterday").errorFields()).containsExactly("from");
            assertThat(counter.get("/audit").status()).isEqualTo(403);
        }
    }

    private static List<String> types(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(e -> out.add(e.path("type").asText()));
        return out;
    }
}
