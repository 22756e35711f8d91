package org.shopsuite.server.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Migrator;

/** Liveness and readiness, open to monitoring without a login. */
final class HealthController {
    /** Raised when a change breaks existing clients; the desktop app refuses a server that differs. */
    static final int API_VERSION = 1;

    private final Database db;
    private final String version;

    HealthController(Database db, String version) {
        this.db = db;
        this.version = version;
    }

    void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("version", version);
        body.put("apiVersion", API_VERSION);
        Respond.json(ctx, body);
    }

    void ready(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            int schema = db.maintenance(h -> h.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")
                    .mapTo(Integer.class)
                    .one());
            boolean migrated = schema == Migrator.latestVersion();
            body.put("status", migrated ? "READY" : "MIGRATING");
            body.put("schemaVersion", schema);
            Respond.json(ctx.status(migrated ? 200 : 503), body);
        } catch (RuntimeException e) {
            body.put("status", "DOWN");
            body.put("detail", "the database cannot be read");
            Respond.json(ctx.status(503), body);
        }
    }
}
