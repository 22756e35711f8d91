package org.shopsuite.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stream subscription's decisions, one table row per behaviour: a subscription from {@code
 * since} takes the inputs in order and answers the actions, ending in the state with the last seq
 * sent and the live events held. Capacity is 3; the stall limit 10 s.
 *
 * <p>Inputs: {@code page 1 2} (read from the database; {@code page} alone is an empty read),
 * {@code round 3 4} (live events), {@code backlog N} (events unwritten after a live round),
 * {@code stalled S} (seconds events waited), {@code timeout} (a page not written in time), {@code
 * failed}, {@code ended}, {@code expired}, {@code shutdown}, {@code gone} (the client went away).
 */
class SubscriptionTest {
    record Ev(long seq) implements Subscription.Sequenced {}

    @ParameterizedTest(name = "since {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # catching up, then live
            0 | page 1 2 3, page                       | send 1 2 3, go live                          | LIVE        | 3 | 0
            5 | page                                   | go live                                      | LIVE        | 5 | 0
            0 | page 1 2, page 3, page                 | send 1 2, send 3, go live                    | LIVE        | 3 | 0
            # live events held while catching up are sent on going live, without a gap or a double
            0 | round 3, page 1 2, page                | none, send 1 2, go live 3                    | LIVE        | 3 | 0
            0 | round 2 3, page 1 2 3, page            | none, send 1 2 3, go live                    | LIVE        | 3 | 0
            0 | round 2 3, page 1, page                | none, send 1, go live 2 3                    | LIVE        | 3 | 0
            0 | round 1 2 3                            | none                                         | CATCHING_UP | 0 | 3
            # held events ahead of the database (committed after the read): read again
            0 | round 3, page 1, page                  | none, send 1, read                           | CATCHING_UP | 1 | 1
            0 | round 3, page 1, page, page 2, page    | none, send 1, read, send 2, go live 3        | LIVE        | 3 | 0
            # a page that repeats or skips seqs: only what continues from the last sent
            2 | page 1 2 3 4                           | send 3 4                                     | CATCHING_UP | 4 | 0
            2 | page 4 5                               | send                                         | CATCHING_UP | 2 | 0
            # more live events than the capacity while catching up: all dropped, read again
            0 | round 1 2 3 4                          | none                                         | OVERFLOWED  | 0 | 0
            0 | round 1 2, round 3 4                   | none, none                                   | OVERFLOWED  | 0 | 0
            0 | round 1 2 3 4, round 5                 | none, none                                   | OVERFLOWED  | 0 | 0
            0 | round 1 2 3 4, page 1 2 3 4, page      | none, send 1 2 3 4, read                     | CATCHING_UP | 4 | 0
            0 | round 1 2 3 4, page 1 2 3 4, page, round 5, page | none, send 1 2 3 4, read, none, go live 5 | LIVE | 5 | 0
            0 | round 1 2 3 4, page 1 2 3 4, page, page 5 6, page | none, send 1 2 3 4, read, send 5 6, go live | LIVE | 6 | 0
            # live: rounds that continue are sent
            3 | page, round 4 5, round 6               | go live, send 4 5, send 6                    | LIVE        | 6 | 0
            # live: duplicates are not sent again
            3 | page, round 2 3                        | go live, send                                | LIVE        | 3 | 0
            3 | page, round 3 4                        | go live, send 4                              | LIVE        | 4 | 0
            3 | page, round 4, round 4                 | go live, send 4, send                        | LIVE        | 4 | 0
            # live: a gap or an event out of order: catch up from the database, holding the round
            3 | page, round 6 7                        | go live, read                                | CATCHING_UP | 3 | 2
            3 | page, round 3 5                        | go live, read                                | CATCHING_UP | 3 | 2
            3 | page, round 5 4                        | go live, read                                | CATCHING_UP | 3 | 2
            3 | page, round 6 7, page 4 5 6 7, page    | go live, read, send 4 5 6 7, go live         | LIVE        | 7 | 0
            3 | page, round 6 7, page 4 5, page        | go live, read, send 4 5, go live 6 7         | LIVE        | 7 | 0
            3 | page, round 5, round 6 7 8, page 4 5 6 7 8, page | go live, read, none, send 4 5 6 7 8, read | CATCHING_UP | 8 | 0
            # live: a gap after the first continuing event drops the rest; the next round catches up
            3 | page, round 4 6                        | go live, send 4                              | LIVE        | 4 | 0
            3 | page, round 4 6, round 7               | go live, send 4, read                        | CATCHING_UP | 4 | 1
            # back-pressure: more than the capacity unwritten, or nothing taken for 10 s
            3 | page, round 4, backlog 3               | go live, send 4, none                        | LIVE        | 4 | 0
            3 | page, round 4, backlog 4               | go live, send 4, close 1013 fell behind; reconnect with since=4 | CLOSED | 4 | 0
            3 | page, stalled 10                       | go live, none                                | LIVE        | 3 | 0
            3 | page, stalled 11                       | go live, close 1013 too slow to read; reconnect with since=3 | CLOSED | 3 | 0
            0 | page 1, stalled 11                     | send 1, close 1013 too slow to read; reconnect with since=1 | CLOSED | 1 | 0
            0 | page 1 2, timeout                      | send 1 2, close 1013 too slow to read; reconnect with since=2 | CLOSED | 2 | 0
            # closed while catching up: nothing more is read, held or sent
            0 | page 1 2, shutdown, page 3, round 3    | send 1 2, close 1001 server shutting down; reconnect with since=2, none, none | CLOSED | 2 | 0
            0 | round 1, gone, page 1, page, round 2   | none, none, none, none, none                 | CLOSED      | 0 | 1
            0 | failed                                 | close 1011 stream failed; reconnect with since=0 | CLOSED  | 0 | 0
            # closed while live
            3 | page, ended, round 4                   | go live, close 1008 the session has ended; log in again, none | CLOSED | 3 | 0
            3 | page, expired, round 4                 | go live, close 1008 the session has expired; log in again, none | CLOSED | 3 | 0
            3 | page, gone, round 4, backlog 9         | go live, none, none, close 1013 fell behind; reconnect with since=3 | CLOSED | 3 | 0
            # only the first decision to close is acted on; after the client went away, one still is
            0 | ended, expired, shutdown, stalled 11   | close 1008 the session has ended; log in again, none, none, none | CLOSED | 0 | 0
            0 | gone, failed, failed                   | none, close 1011 stream failed; reconnect with since=0, none | CLOSED | 0 | 0
            """)
    void decides(long since, String inputs, String actions, Subscription.State state, long lastSent, int held) {
        Subscription<Ev> s = new Subscription<>(since, 3, TimeUnit.SECONDS.toNanos(10));
        List<String> answered = new ArrayList<>();
        for (String input : inputs.split(",", -1)) {
            answered.add(step(s, input.strip()));
        }
        assertThat(String.join(", ", answered)).isEqualTo(actions);
        assertThat(s.state()).as("state").isEqualTo(state);
        assertThat(s.lastSent()).as("last sent").isEqualTo(lastSent);
        assertThat(s.held()).as("held").isEqualTo(held);
    }

    private static String step(Subscription<Ev> s, String input) {
        String[] w = input.split(" ");
        List<Ev> events =
                Arrays.stream(w).skip(1).map(n -> new Ev(Long.parseLong(n))).toList();
        Subscription.Action a = switch (w[0]) {
            case "page" -> s.onPage(events);
            case "round" -> s.onRound(events);
            case "backlog" -> s.onBacklog(Integer.parseInt(w[1]));
            case "stalled" -> s.onStalled(TimeUnit.SECONDS.toNanos(Long.parseLong(w[1])));
            case "timeout" -> s.onPageTimeout();
            case "failed" -> s.onFailed();
            case "ended" -> s.onSessionEnded();
            case "expired" -> s.onSessionExpired();
            case "shutdown" -> s.onShutdown();
            case "gone" -> {
                s.onGone();
                yield Subscription.Action.NONE;
            }
            default -> throw new IllegalArgumentException("unknown input " + input);
        };
        return switch (a) {
            case NONE -> "none";
            case READ -> "read";
            case SEND -> ("send " + seqs(s.batch())).strip();
            case GO_LIVE -> ("go live " + seqs(s.batch())).strip();
            case CLOSE -> "close " + s.closeCode() + " " + s.closeReason();
        };
    }

    private static String seqs(List<Ev> events) {
        return events.stream().map(e -> Long.toString(e.seq())).collect(Collectors.joining(" "));
    }
}
