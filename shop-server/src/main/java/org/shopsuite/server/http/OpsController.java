package org.shopsuite.server.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.shopsuite.model.BackupInput;
import org.shopsuite.model.Role;
import org.shopsuite.server.ops.BackupService;
import org.shopsuite.server.ops.Metrics;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.user.AuthService;

/** Monitoring and backups. */
final class OpsController {
    private final BackupService backups;
    private final Metrics metrics;
    private final AuthService auth;
    private final org.shopsuite.server.service.audit.AuditService audit;
    private final Bodies bodies;
    private final Respond respond;

    OpsController(
            BackupService backups,
            Metrics metrics,
            AuthService auth,
            org.shopsuite.server.service.audit.AuditService audit,
            Bodies bodies,
            Respond respond) {
        this.backups = backups;
        this.metrics = metrics;
        this.auth = auth;
        this.audit = audit;
        this.bodies = bodies;
        this.respond = respond;
    }

    void audit(Context ctx) {
        Respond.json(
                ctx,
                audit.trail(
                        Params.text(ctx, "entity"),
                        Params.text(ctx, "from"),
                        Params.text(ctx, "to"),
                        Params.text(ctx, "cursor"),
                        Params.limit(ctx)));
    }

    /** Prometheus text; from loopback without a login, from elsewhere with a MANAGER token. */
    void metrics(Context ctx) {
        if (!loopback(ctx.req().getRemoteAddr())) {
            var actor = auth.authenticate(Params.bearer(ctx.header("Authorization")));
            if (actor.role() != Role.MANAGER) {
                throw ApiException.forbidden("metrics are for managers (or a collector on this machine)");
            }
        }
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render());
    }

    void listBackups(Context ctx) {
        Respond.json(ctx, Map.of("items", backups.list()));
    }

    void createBackup(Context ctx) {
        // No fields yet: read only to refuse what is sent (an unknown field is a 400 naming it).
        bodies.readOptional(ctx, BackupInput.class);
        respond.postOutside(ctx, 201, () -> backups.create("manual"));
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
