package org.shopsuite.server.http;

import io.javalin.http.Context;
import io.javalin.websocket.WsConfig;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.Event;
import org.shopsuite.model.LastSeq;
import org.shopsuite.model.Page;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.event.EventStore;

/** The event log over HTTP and the live stream over WebSocket. */
final class EventController {
    private final EventStore store;
    private final EventStreamHub hub;

    EventController(EventStore store, EventStreamHub hub) {
        this.store = store;
        this.hub = hub;
    }

    void list(Context ctx) {
        long since = since(ctx.queryParam("since"));
        Long cursor = Cursor.decode(Params.text(ctx, "cursor"));
        if (cursor != null) {
            since = Math.max(since, cursor);
        }
        int limit = Params.limit(ctx);
        List<Event> rows = store.since(since, limit + 1);
        org.shopsuite.server.service.Actor actor = Respond.actor(ctx);
        if (!actor.seesCustomerContact()) {
            rows = rows.stream().map(e -> EventStore.as(actor, e)).toList();
        }
        boolean more = rows.size() > limit;
        List<Event> page = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursor.encode(page.get(page.size() - 1).seq()) : null;
        Respond.json(ctx, new Page<>(page, next));
    }

    void last(Context ctx) {
        Respond.json(ctx, new LastSeq(store.committedSeq()));
    }

    void stream(WsConfig ws) {
        ws.onConnect(ctx -> {
            String raw = ctx.queryParam("since");
            long since;
            try {
                since = raw == null || raw.isBlank() ? store.lastSeq() : since(raw);
            } catch (ApiException e) {
                ctx.closeSession(1008, "since must be a whole number >= 0");
                return;
            }
            org.shopsuite.server.service.Actor actor = ctx.attribute(Authn.ACTOR);
            String token = ctx.attribute(Authn.TOKEN);
            if (actor == null || token == null) {
                ctx.closeSession(1008, "log in first");
                return;
            }
            ctx.enableAutomaticPings(15, TimeUnit.SECONDS);
            hub.open(
                    ctx,
                    since,
                    actor.userId(),
                    org.shopsuite.server.service.user.AuthService.tokenHash(token),
                    actor.seesCustomerContact(),
                    actor.contractorOf());
        });
        ws.onMessage(ctx -> {});
        ws.onClose(hub::closed);
        ws.onError(hub::closed);
    }

    private static long since(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        try {
            long since = Long.parseLong(raw.strip());
            if (since >= 0) {
                return since;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw ApiException.invalid("since", ErrorCode.INVALID_TYPE, "must be a whole number >= 0");
    }
}
