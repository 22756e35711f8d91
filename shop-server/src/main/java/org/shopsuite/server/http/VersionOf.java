package org.shopsuite.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.Job;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.ShopSettings;
import org.shopsuite.model.User;
import org.shopsuite.model.VehiclePart;

/** The version of a resource body, which is its ETag. */
final class VersionOf {
    private static final JsonFactory FACTORY = new JsonFactory();

    private VersionOf() {}

    static Long of(Object body) {
        if (body instanceof Receipt r) {
            return r.version();
        } else if (body instanceof Job j) {
            return j.version();
        } else if (body instanceof VehiclePart p) {
            return p.version();
        } else if (body instanceof Mechanic m) {
            return m.version();
        } else if (body instanceof User u) {
            return u.version();
        } else if (body instanceof Invoice i) {
            return i.version();
        } else if (body instanceof ShopSettings s) {
            return s.version();
        } else if (body instanceof PartRequest p) {
            return p.version();
        }
        return null;
    }

    /**
     * The version of a resource already written as JSON (the stored first response of an
     * Idempotency-Key): its top-level integer {@code version}, or null when it has none. Every
     * POST that honours keys answers one of the resources above, so this agrees with {@link #of}.
     */
    static Long ofJson(String body) {
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("version".equals(name)) {
                    return value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
