package org.shopsuite.server.service.idempotency;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What makes two requests with one Idempotency-Key the same request: the method, the path and the
 * body's JSON value. The body is compared in a canonical form: parsed, every object's keys sorted
 * (by UTF-16 code unit, recursively), written without whitespace. So whitespace and key order do
 * not matter, and nothing else is interpreted: a number stays as written (its digits and its
 * decimals: {@code 1}, {@code 1.0} and {@code 1.00} differ, {@code 1e2} and {@code 1E+2} do not),
 * a string is never a number, and a body that is not JSON is compared byte for byte.
 *
 * <p>Stored hashes are SHA-256 hex of {@code METHOD path \n canonical-body}. Servers before this one
 * stored the hash of the body's bytes as sent; such a key (kept at most seven days) still matches a
 * repeat of the same bytes: {@link #matches} accepts either hash of the new request. Accepting both
 * never joins two different requests: equal hashes mean equal canonical forms either way.
 */
public final class RequestHash {
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String canonical;
    private final String raw;

    private RequestHash(String canonical, String raw) {
        this.canonical = canonical;
        this.raw = raw;
    }

    public static RequestHash of(String method, String path, byte[] body) {
        byte[] form = canonical(body);
        String raw = hash(method, path, body);
        return new RequestHash(form == body ? raw : hash(method, path, form), raw);
    }

    /** The hash to store with a new key. */
    public String value() {
        return canonical;
    }

    /** Whether a stored hash (of this server, or of one before it) is of this request. */
    public boolean matches(String stored) {
        return stored.equals(canonical) || stored.equals(raw);
    }

    /** The canonical form of a JSON body; the body itself when it is empty or not JSON. */
    static byte[] canonical(byte[] body) {
        if (isBlank(body)) {
            return new byte[0];
        }
        JsonNode node;
        try {
            node = CANONICAL.readTree(body);
        } catch (IOException e) {
            return body;
        }
        if (node == null || node.isMissingNode()) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        try (JsonGenerator g = CANONICAL.createGenerator(out)) {
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, JsonNode node) throws IOException {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
            fields.sort(Map.Entry.comparingByKey());
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> field : fields) {
                g.writeFieldName(field.getKey());
                write(g, field.getValue());
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode element : node) {
                write(g, element);
            }
            g.writeEndArray();
        } else {
            CANONICAL.writeTree(g, node);
        }
    }

    private static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(method.getBytes(StandardCharsets.UTF_8));
            md.update((byte) ' ');
            md.update(path.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
            md.update(body);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
