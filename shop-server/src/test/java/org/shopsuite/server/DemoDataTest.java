package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.config.ServerConfig;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.TestServer;

/** --demo fills an empty database with a believable shop, once. */
class DemoDataTest {
    @TempDir
    Path dir;

    @Test
    void demoShopHasMechanicsPartsUsersAndReceiptsInEveryState() {
        try (TestServer server = new TestServer(dir, Clock.systemUTC(), true)) {
            Api manager = server.api().as("manager", DemoData.PASSWORD);
            assertThat(manager.get("/mechanics").json().path("items")).hasSize(4);
            JsonNode parts = manager.get("/vehicleParts?limit=500").json().path("items");
            assertThat(parts.size()).isGreaterThanOrEqualTo(30);
            assertThat(parts.findValuesAsText("partName")).anyMatch(n -> n.matches(".*[가-힣].*\\(.*[A-Za-z].*\\)"));
            Set<String> roles =
                    new HashSet<>(manager.get("/users").json().path("items").findValuesAsText("role"));
            assertThat(roles).containsExactlyInAnyOrder("MANAGER", "RECEPTIONIST", "MECHANIC", "CONTRACTOR");
            Set<String> states = new HashSet<>();
            Set<String> estimates = new HashSet<>();
            manager.get("/receipts").json().path("items").forEach(r -> {
                states.add(r.path("status").asText());
                r.path("estimates").forEach(e -> estimates.add(e.path("status").asText()));
            });
            assertThat(states).containsExactlyInAnyOrder("ACCEPTED", "REJECTED", "CANCELLED", "COMPLETED");
            // 정우성's Sonata: an estimate presented twice, decisions carried over to the second
            assertThat(estimates).containsExactlyInAnyOrder("SUPERSEDED", "PRESENTED");
            Set<String> jobs = new HashSet<>();
            manager.get("/jobs")
                    .json()
                    .path("items")
                    .forEach(j -> jobs.add(j.path("status").asText()));
            assertThat(jobs).containsExactlyInAnyOrder("WAITING", "IN_PROGRESS", "FINISHED", "CANCELLED");
            Set<String> invoices =
                    new HashSet<>(manager.get("/invoices").json().path("items").findValuesAsText("status"));
            assertThat(invoices).containsExactlyInAnyOrder("ISSUED", "PARTIALLY_PAID", "PAID", "VOID");
            // a paid invoice voided with its refund and issued again, printing its issuer
            JsonNode voided =
                    manager.get("/invoices?status=VOID").json().path("items").get(0);
            assertThat(voided.path("payments").findValuesAsText("amount")).anyMatch(a -> a.startsWith("-"));
            long receipt = voided.path("receiptId").asLong();
            JsonNode reissued = manager.get("/invoices/"
                            + manager.get("/receipts/" + receipt)
                                    .json()
                                    .path("invoiceId")
                                    .asLong())
                    .json();
            assertThat(reissued.path("replacesInvoiceId").asLong())
                    .isEqualTo(voided.path("id").asLong());
            assertThat(reissued.path("status").asText()).isEqualTo("PAID");
            assertThat(reissued.path("issuer")
                            .path("businessRegistrationNumber")
                            .asText())
                    .isEqualTo("123-45-67891");
            assertThat(reissued.path("issuer").path("representative").asText()).isEqualTo("김한빛");
            assertThat(server.api()
                            .as("counter", DemoData.PASSWORD)
                            .get("/statusPages")
                            .status())
                    .isEqualTo(200);
            assertThat(server.api().as("kim", DemoData.PASSWORD).get("/jobs").status())
                    .isEqualTo(200);
        }
        // A second start with --demo leaves the data as it is.
        try (TestServer again = new TestServer(dir, Clock.systemUTC(), true)) {
            Api manager = again.api().as("manager", DemoData.PASSWORD);
            assertThat(manager.get("/mechanics").json().path("items")).hasSize(4);
        }
    }

    @Test
    void withoutAnAdminPasswordARandomOneIsWrittenForTheOwnerOnly() throws Exception {
        ServerConfig config = ServerConfig.load(
                new String[] {"--host", "127.0.0.1", "--port", "0", "--data-dir", dir.toString()},
                Map.of("SHOP_PASSWORD_ITERATIONS", "1000"));
        try (ShopApp app = ShopApp.start(config)) {
            Path file = dir.resolve(ShopApp.INITIAL_PASSWORD_FILE);
            String password = Files.readString(file).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(16);
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                assertThat(Files.getPosixFilePermissions(file))
                        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            }
            Api api = new Api("http://127.0.0.1:" + app.port());
            assertThat(api.login("admin", password).status()).isEqualTo(200);
        }
    }
}
