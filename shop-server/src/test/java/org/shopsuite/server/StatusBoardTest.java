package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/** The board's pages are cached until the next event: every change shows in the next read. */
class StatusBoardTest {
    @TempDir
    Path dir;

    @Test
    void everyChangeShowsInTheNextReadOfTheSamePage() {
        try (TestServer server = new TestServer(dir)) {
            Api manager = Shop.admin(server);
            long m = Shop.mechanic(manager, "김민수", "24");
            long first = Shop.receipt(manager, m, "1").id();
            JsonNode board = manager.get("/statusPages?limit=2").json();
            assertThat(manager.get("/statusPages?limit=2").json()).isEqualTo(board);

            long second = Shop.receipt(manager, m, "1").id();
            JsonNode items = manager.get("/statusPages?limit=2").json().path("items");
            assertThat(items).hasSize(2);
            assertThat(items.get(0).path("receiptId").asLong()).isEqualTo(second);

            long job = manager.get("/receipts/" + first).json().path("jobId").asLong();
            manager.post("/jobs/" + job + "/start", null);
            assertThat(manager.get("/statusPages?limit=2")
                            .json()
                            .path("items")
                            .get(1)
                            .path("jobStatus")
                            .asText())
                    .isEqualTo("IN_PROGRESS");
            manager.post("/jobs/" + job + "/finish", null);
            JsonNode done =
                    manager.get("/statusPages?limit=2").json().path("items").get(1);
            assertThat(done.path("receiptStatus").asText()).isEqualTo("COMPLETED");
            assertThat(done.path("invoiceTotal").asLong()).isPositive();
            // A page further on (by cursor) is cached on its own and is just as current.
            String cursor = manager.get("/statusPages?limit=1")
                    .json()
                    .path("nextCursor")
                    .asText();
            assertThat(manager.get("/statusPages?limit=1&cursor=" + cursor)
                            .json()
                            .path("items")
                            .get(0)
                            .path("receiptStatus")
                            .asText())
                    .isEqualTo("COMPLETED");
        }
    }
}
