package org.shopsuite.server.service;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the small ordered maps carried in event data. */
final class Data {
    private Data() {}

    static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
