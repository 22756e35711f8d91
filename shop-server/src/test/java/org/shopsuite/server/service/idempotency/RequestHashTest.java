package org.shopsuite.server.service.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The canonical form of a body: keys sorted at every depth, no whitespace, numbers as written. */
class RequestHashTest {
    private static String canonical(String body) {
        return new String(RequestHash.canonical(body.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void sortsKeysAtEveryDepthAndDropsWhitespace() {
        assertThat(canonical(" {\"b\" : [ 1.0, {\"d\":1, \"c\":\"x y\"} ],\n\"a\":null, \"가\":true, \"Z\":false} "))
                .isEqualTo("{\"Z\":false,\"a\":null,\"b\":[1.0,{\"c\":\"x y\",\"d\":1}],\"가\":true}");
    }

    @Test
    void numbersStayAsWritten() {
        assertThat(canonical("[1, 1.0, 1.00, -0.50, 12345678901234567890, 0.1]"))
                .isEqualTo("[1,1.0,1.00,-0.50,12345678901234567890,0.1]");
        assertThat(canonical("[1e2]")).isEqualTo(canonical("[1E+2]"));
        assertThat(canonical("[\"1\"]")).isNotEqualTo(canonical("[1]"));
    }

    @Test
    void aBodyThatIsNotJsonIsComparedAsItIs() {
        assertThat(canonical("{oops")).isEqualTo("{oops");
        assertThat(canonical("  \n")).isEmpty();
        RequestHash none = RequestHash.of("POST", "/jobs/1/start", new byte[0]);
        assertThat(none.matches(RequestHash.of("POST", "/jobs/1/start", " ".getBytes(StandardCharsets.UTF_8))
                        .value()))
                .isTrue();
        assertThat(none.matches(
                        RequestHash.of("POST", "/jobs/2/start", new byte[0]).value()))
                .isFalse();
    }
}
