package org.shopsuite.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.server.db.Migrator;
import org.shopsuite.server.support.Api;
import org.shopsuite.server.support.TestServer;

/**
 * The examples of {@code GET /health} and {@code GET /ready} in docs/api.md have the shape of what
 * the server answers (the same fields, in order, of the same JSON types), with the server's values
 * except the build's own version text.
 */
class HealthDocTest {
    @TempDir
    Path dir;

    TestServer server;
    Api api;

    @BeforeEach
    void setUp() {
        server = new TestServer(dir);
        api = server.api();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    /** The JSON example in the comment of the doc's {@code http :8088/<route>} line. */
    private static JsonNode example(String route) throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "api.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^http :8088/" + route + " +# (?:200 )?(\\{[^}]*\\})")
                .matcher(doc);
        assertThat(m.find()).as("docs/api.md has an example of GET /%s", route).isTrue();
        return Api.JSON.readTree(m.group(1));
    }

    private static List<String> shape(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.properties().forEach(e -> out.add(e.getKey() + ":" + e.getValue().getNodeType()));
        return out;
    }

    @Test
    void readyAsDocumented() throws IOException {
        JsonNode doc = example("ready");
        Api.Res r = api.get("/ready");
        assertThat(r.status()).isEqualTo(200);
        assertThat(shape(doc)).isEqualTo(shape(r.json()));
        assertThat(doc.path("status")).isEqualTo(r.json().path("status"));
        assertThat(r.json().path("schemaVersion").asInt()).isEqualTo(Migrator.latestVersion());
        assertThat(doc.path("schemaVersion").asInt())
                .as("the schemaVersion of the /ready example in docs/api.md: a new migration updates it")
                .isEqualTo(Migrator.latestVersion());
    }

    @Test
    void healthAsDocumented() throws IOException {
        JsonNode doc = example("health");
        Api.Res r = api.get("/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(shape(doc)).isEqualTo(shape(r.json()));
        assertThat(doc.path("status")).isEqualTo(r.json().path("status"));
        assertThat(doc.path("apiVersion")).isEqualTo(r.json().path("apiVersion"));
    }
}
