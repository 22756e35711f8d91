package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Every route against every caller: anonymous, MANAGER, RECEPTIONIST, MECHANIC. "yes" means the
 * call gets past authorisation (any status but 401 and 403); "no" means 403; anonymous gets 401
 * everywhere but the public routes. Bodies are deliberately empty so nothing much changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {
  TestServer server;
  Api manager;
  Map<String, String> ids;

  @BeforeAll
  void setUp(@TempDir Path dir) {
    server = new TestServer(dir);
    manager = Shop.admin(server);
    long m = Shop.mechanic(manager, "김민수", "24");
    long p = Shop.part(manager, "EO-1", "엔진오일", 10, 48_000);
    Shop.user(manager, "counter", "RECEPTIONIST", null);
    Shop.user(manager, "kim", "MECHANIC", m);
    long r = Shop.receipt(manager, m, "1").id();
    long j = manager.get("/receipts/" + r).json().path("jobId").asLong();
    long r2 = Shop.receipt(manager, m, "1").id();
    long j2 = manager.get("/receipts/" + r2).json().path("jobId").asLong();
    manager.post("/jobs/" + j2 + "/start", null);
    long i = manager.post("/jobs/" + j2 + "/finish", null).json().path("invoiceId").asLong();
    long u = manager.get("/users").json().path("items").get(0).path("id").asLong();
    ids =
        Map.of(
            "{m}", "" + m, "{p}", "" + p, "{r}", "" + r, "{j}", "" + j, "{i}", "" + i, "{u}",
            "" + u);
  }

  @AfterAll
  void tearDown() {
    server.close();
  }

  @ParameterizedTest(name = "{0} {1}: manager={2} receptionist={3} mechanic={4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          GET   | /health                              | pub | pub | pub
          GET   | /ready                               | pub | pub | pub
          POST  | /auth/login                          | pub | pub | pub
          POST  | /auth/logout                         | yes | yes | yes
          GET   | /me                                  | yes | yes | yes
          GET   | /users                               | yes | no  | no
          POST  | /users                               | yes | no  | no
          GET   | /users/{u}                           | yes | no  | no
          PATCH | /users/{u}                           | yes | no  | no
          GET   | /mechanics                           | yes | yes | yes
          POST  | /mechanics                           | yes | no  | no
          GET   | /mechanics/{m}                       | yes | yes | yes
          PATCH | /mechanics/{m}                       | yes | no  | no
          GET   | /mechanics/{m}/capacity              | yes | yes | yes
          GET   | /shop                                | yes | yes | yes
          PUT   | /shop                                | yes | no  | no
          GET   | /vehicleParts                        | yes | no  | yes
          POST  | /vehicleParts                        | yes | no  | no
          GET   | /vehicleParts/{p}                    | yes | no  | yes
          PATCH | /vehicleParts/{p}                    | yes | no  | no
          POST  | /vehicleParts/{p}/stockAdjustments   | yes | no  | no
          GET   | /vehicleParts/{p}/movements          | yes | no  | no
          POST  | /receipts                            | yes | yes | no
          GET   | /receipts                            | yes | yes | no
          GET   | /receipts/{r}                        | yes | yes | no
          GET   | /receipts/{r}/events                 | yes | yes | no
          POST  | /receipts/{r}/cancel                 | yes | yes | no
          GET   | /jobs                                | yes | yes | yes
          GET   | /jobs/{j}                            | yes | yes | yes
          POST  | /jobs/{j}/start                      | yes | no  | yes
          POST  | /jobs/{j}/finish                     | yes | no  | yes
          POST  | /jobs/{j}/partRequests               | yes | no  | yes
          POST  | /jobs/{j}/partRequests/1/return      | yes | no  | yes
          GET   | /invoices                            | yes | yes | no
          GET   | /invoices/{i}                        | yes | yes | no
          GET   | /invoices/{i}.pdf                    | yes | yes | no
          POST  | /invoices/{i}/payments               | yes | yes | no
          POST  | /invoices/{i}/void                   | yes | no  | no
          GET   | /statusPages                         | yes | yes | yes
          GET   | /events                              | yes | yes | yes
          GET   | /admin/backups                       | yes | no  | no
          GET   | /metrics                             | pub | pub | pub
          """)
  void eachRoleReachesOnlyItsRoutes(
      String method, String path, String managerMay, String counterMay, String mechanicMay) {
    String url = fill(path);
    // Unknown-to-the-body calls use {} so validation stops them before any change.
    String body = method.equals("GET") ? null : "{}";
    Map<String, String> headers =
        method.equals("PATCH") || method.equals("PUT") ? Map.of("If-Match", "\"999\"") : Map.of();

    Api.Res anonymous = server.api().send(method, url, body, headers);
    if (managerMay.equals("pub")) {
      assertThat(anonymous.status()).as("anonymous " + anonymous).isNotIn(401, 403);
      return;
    }
    assertThat(anonymous.status()).as("anonymous " + anonymous).isEqualTo(401);
    check(manager.as("admin", TestServer.ADMIN_PASSWORD), method, url, body, headers, managerMay);
    check(manager.as("counter", "password-1"), method, url, body, headers, counterMay);
    check(manager.as("kim", "password-1"), method, url, body, headers, mechanicMay);
  }

  @Test
  void aMechanicActsOnlyOnTheirOwnJobs() {
    long other = Shop.mechanic(manager, "이서준", "8");
    long jobId = Shop.receipt(manager, other, "1").json().path("jobId").asLong();
    Api kim = manager.as("kim", "password-1");
    assertThat(kim.post("/jobs/" + jobId + "/start", null).status()).isEqualTo(403);
    assertThat(kim.get("/jobs/" + jobId).status()).isEqualTo(403);
    assertThat(kim.get("/jobs?mechanicId=" + other).status()).isEqualTo(403);
    assertThat(kim.get("/jobs").json().path("items").findValuesAsText("mechanicName"))
        .containsOnly("김민수");
    assertThat(manager.post("/jobs/" + jobId + "/start", null).status()).isEqualTo(200);
  }

  private static void check(
      Api api, String method, String url, String body, Map<String, String> headers, String may) {
    Api.Res r = api.send(method, url, body, headers);
    if (may.equals("yes")) {
      assertThat(r.status()).as(r.toString()).isNotIn(401, 403);
    } else {
      assertThat(r.status()).as(r.toString()).isEqualTo(403);
      assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }
  }

  private String fill(String s) {
    String out = s;
    for (var e : ids.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }
}
