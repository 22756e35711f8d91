package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.MutableClock;
import org.shopsuite.server.support.Shop;
import org.shopsuite.server.support.TestServer;

/**
 * Issue 21, the time clock: attendance, one running job clock a mechanic (start, pause with a
 * reason, resume, switching jobs, finishing, clocking out with a job running), clocking in by the
 * job, corrections that keep the original and never overlap, and who may do what.
 */
class ClockTest {
    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T00:00:00Z"));
    TestServer server;
    Api boss;
    Api counter;
    Api kim;
    Api lee;
    long kimId;
    long leeId;

    @BeforeEach
    void setUp() {
        server = new TestServer(dir, clock, false);
        boss = Shop.admin(server);
        counter = Shop.user(boss, "counter", "RECEPTIONIST", null);
        kimId = Shop.mechanic(boss, "김민수", "8");
        leeId = Shop.mechanic(boss, "이서준", "8");
        kim = Shop.user(boss, "kim", "MECHANIC", kimId);
        lee = Shop.user(boss, "lee", "MECHANIC", leeId);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private long job(long mechanic) {
        return Shop.receipt(counter, mechanic, "2").json().path("jobId").asLong();
    }

    private void minutes(int m) {
        clock.advance(Duration.ofMinutes(m));
    }

    private List<JsonNode> entries(Api as, long mechanic) {
        List<JsonNode> out = new ArrayList<>();
        as.get("/mechanics/" + mechanic + "/timeEntries").json().path("items").forEach(out::add);
        return out;
    }

    @Test
    void theClockFollowsTheWorkAndEveryStopSaysWhy() {
        long a = job(kimId);
        long b = job(kimId);
        // starting a job clocks the mechanic in (automatic) and starts its clock
        assertThat(kim.post("/jobs/" + a + "/start", null).status()).isEqualTo(200);
        JsonNode state = kim.get("/mechanics/" + kimId + "/clock").json();
        assertThat(state.path("clockedIn").asBoolean()).isTrue();
        assertThat(state.path("runningJobId").asLong()).isEqualTo(a);
        minutes(30);
        Api.Res paused = kim.post("/jobs/" + a + "/clock/pause", obj("reason", "WAITING_PARTS", "note", "패드 대기"));
        assertThat(paused.status()).as(paused.toString()).isEqualTo(200);
        assertThat(paused.json().path("runningJobId").isNull()).isTrue();
        assertThat(kim.post("/jobs/" + a + "/clock/pause", obj("reason", "BREAK"))
                        .status())
                .as("not running")
                .isEqualTo(409);
        minutes(10);
        assertThat(kim.post("/jobs/" + a + "/clock/resume", null).status()).isEqualTo(200);
        assertThat(kim.post("/jobs/" + a + "/clock/resume", null).status())
                .as("running already")
                .isEqualTo(409);
        minutes(20);
        // starting the other job switches: the first pauses with SWITCHED and the note
        assertThat(kim.post("/jobs/" + b + "/start", null).status()).isEqualTo(200);
        minutes(15);
        assertThat(kim.post("/jobs/" + a + "/clock/resume", obj("note", "부품 도착"))
                        .status())
                .isEqualTo(200);
        minutes(5);
        assertThat(kim.post("/jobs/" + a + "/finish", obj("laborHours", "1")).status())
                .isEqualTo(200);
        assertThat(kim.get("/mechanics/" + kimId + "/clock")
                        .json()
                        .path("runningJobId")
                        .isNull())
                .as("finishing the job stops its clock")
                .isTrue();
        assertThat(kim.post("/jobs/" + b + "/clock/resume", null).status()).isEqualTo(200);
        minutes(25);
        // clocking out with a job running pauses it: END_OF_SHIFT
        JsonNode out = kim.post("/mechanics/" + kimId + "/clock/out", null).json();
        assertThat(out.path("clockedIn").asBoolean()).isFalse();
        assertThat(out.path("runningJobId").isNull()).isTrue();
        assertThat(kim.post("/mechanics/" + kimId + "/clock/out", null).status())
                .isEqualTo(409);

        List<JsonNode> e = entries(kim, kimId);
        List<String> shape = new ArrayList<>();
        for (JsonNode x : e) {
            shape.add(x.path("kind").asText() + ":"
                    + (x.path("jobId").isNull() ? "-" : x.path("jobId").asLong()) + ":"
                    + Duration.between(
                                    Instant.parse(x.path("start").asText()),
                                    Instant.parse(x.path("end").asText()))
                            .toMinutes()
                    + ":" + x.path("pauseReason").asText(""));
        }
        assertThat(shape)
                .containsExactly(
                        "ATTENDANCE:-:105:",
                        "JOB:" + a + ":30:WAITING_PARTS",
                        "JOB:" + a + ":20:SWITCHED",
                        "JOB:" + b + ":15:SWITCHED",
                        "JOB:" + a + ":5:",
                        "JOB:" + b + ":25:END_OF_SHIFT");
        assertThat(e.get(0).path("automatic").asBoolean()).isTrue();
        assertThat(e.get(1).path("note").asText()).isEqualTo("패드 대기");
        assertThat(e.get(3).path("note").asText()).as("the switch's note").isEqualTo("부품 도착");
    }

    @Test
    void aCorrectionKeepsTheOriginalNeedsAReasonAndNeverOverlaps() {
        assertThat(kim.post("/mechanics/" + kimId + "/clock/in", null).status()).isEqualTo(200);
        assertThat(kim.post("/mechanics/" + kimId + "/clock/in", null).status()).isEqualTo(409);
        minutes(60);
        kim.post("/mechanics/" + kimId + "/clock/out", null);
        minutes(30);
        kim.post("/mechanics/" + kimId + "/clock/in", null);
        minutes(60);
        kim.post("/mechanics/" + kimId + "/clock/out", null);
        List<JsonNode> e = entries(boss, kimId);
        assertThat(e).hasSize(2);
        long first = e.get(0).path("id").asLong();
        Instant firstStart = Instant.parse(e.get(0).path("start").asText());
        Map<String, String> v1 =
                Map.of("If-Match", "\"" + e.get(0).path("version").asLong() + "\"");

        assertThat(kim.patch("/timeEntries/" + first, obj("start", "2026-11-26T23:30:00Z", "reason", "x"), v1)
                        .status())
                .as("a mechanic may not correct")
                .isEqualTo(403);
        Api.Res noReason = boss.patch("/timeEntries/" + first, obj("start", "2026-11-26T23:30:00Z"), v1);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        Api.Res overlap = boss.patch(
                "/timeEntries/" + first,
                obj("end", firstStart.plusSeconds(100 * 60).toString(), "reason", "늦게 퇴근"),
                v1);
        assertThat(overlap.status()).as("it would run into the second").isEqualTo(409);
        assertThat(overlap.json()
                        .path("errors")
                        .get(0)
                        .path("params")
                        .path("overlapsEntryId")
                        .asLong())
                .isEqualTo(e.get(1).path("id").asLong());
        Api.Res backwards = boss.patch(
                "/timeEntries/" + first, obj("end", firstStart.minusSeconds(60).toString(), "reason", "x"), v1);
        assertThat(backwards.status()).isEqualTo(400);

        Api.Res fixed =
                boss.patch("/timeEntries/" + first, obj("start", "2026-11-26T23:30:00Z", "reason", "출근 기록 누락"), v1);
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(fixed.json().path("start").asText()).isEqualTo("2026-11-26T23:30:00Z");
        JsonNode edit = fixed.json().path("edits").get(0);
        assertThat(edit.path("by").asText()).isEqualTo("admin");
        assertThat(edit.path("reason").asText()).isEqualTo("출근 기록 누락");
        assertThat(Instant.parse(edit.path("before").path("start").asText())).isEqualTo(firstStart);
        assertThat(boss.patch("/timeEntries/" + first, obj("start", "2026-11-26T23:00:00Z", "reason", "x"), v1)
                        .status())
                .as("a stale version")
                .isEqualTo(412);

        long second = e.get(1).path("id").asLong();
        Api.Res voided = boss.post("/timeEntries/" + second + "/void", obj("reason", "잘못 누름"));
        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.json().path("voided").asBoolean()).isTrue();
        assertThat(voided.json().path("edits").get(0).path("voided").asBoolean())
                .isTrue();
        assertThat(voided.json().path("start").asText())
                .as("the values stay")
                .isEqualTo(e.get(1).path("start").asText());
        // the second is void: the first may now run over its time
        JsonNode now = boss.get("/timeEntries/" + first).json();
        assertThat(boss.patch(
                                "/timeEntries/" + first,
                                obj("end", firstStart.plusSeconds(100 * 60).toString(), "reason", "늦게 퇴근"),
                                Map.of("If-Match", "\"" + now.path("version").asLong() + "\""))
                        .status())
                .isEqualTo(200);
        assertThat(boss.get("/events?since=0&limit=500").body()).contains("TimeEntryEdited");
    }

    @Test
    void onlyTheMechanicThemselfOrAManagerUsesTheirClock() {
        assertThat(lee.post("/mechanics/" + kimId + "/clock/in", null).status()).isEqualTo(403);
        assertThat(counter.post("/mechanics/" + kimId + "/clock/in", null).status())
                .isEqualTo(403);
        assertThat(lee.get("/mechanics/" + kimId + "/timeEntries").status()).isEqualTo(403);
        assertThat(boss.post("/mechanics/" + kimId + "/clock/in", null).status())
                .isEqualTo(200);
        long a = job(kimId);
        kim.post("/jobs/" + a + "/start", null);
        assertThat(lee.post("/jobs/" + a + "/clock/pause", obj("reason", "BREAK"))
                        .status())
                .isEqualTo(403);
        Api.Res ownReason = kim.post("/jobs/" + a + "/clock/pause", obj("reason", "SWITCHED"));
        assertThat(ownReason.status()).as("SWITCHED is the clock's own").isEqualTo(400);
        Api.Res unknown = kim.post("/jobs/" + a + "/clock/pause", obj("reason", "LUNCH"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json()
                        .path("errors")
                        .get(0)
                        .path("params")
                        .path("allowed")
                        .toString())
                .as("the reasons a mechanic may give, not the clock's own")
                .isEqualTo("[\"WAITING_PARTS\",\"WAITING_APPROVAL\",\"BREAK\",\"OTHER\"]");
        assertThat(kim.post("/jobs/" + job(kimId) + "/clock/resume", null).status())
                .as("a job not started has no clock")
                .isEqualTo(409);
        // every POST honours its Idempotency-Key: the repeat changes nothing
        Map<String, String> key = Map.of("Idempotency-Key", "pause-1");
        long before = boss.lastSeq();
        Api.Res p1 = kim.post("/jobs/" + a + "/clock/pause", obj("reason", "BREAK"), key);
        Api.Res p2 = kim.post("/jobs/" + a + "/clock/pause", obj("reason", "BREAK"), key);
        assertThat(p1.status()).isEqualTo(200);
        assertThat(p2.status()).isEqualTo(200);
        assertThat(boss.lastSeq()).isEqualTo(before + 1);
    }

    @Test
    void racingClockInsOpenExactlyOneEntry() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() ->
                        kim.post("/mechanics/" + kimId + "/clock/in", null).status()));
            }
            int ok = 0;
            for (Future<Integer> f : answers) {
                int status = f.get();
                assertThat(status).isIn(200, 409);
                ok += status == 200 ? 1 : 0;
            }
            assertThat(ok).isEqualTo(1);
            assertThat(entries(kim, kimId)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
