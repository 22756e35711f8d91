package org.shopsuite.server.http;

import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.user.AuthService;

/**
 * A token bucket per client (its session, or its address when it has none): a flood from one
 * client is answered 429 with Retry-After, and the others are not starved. Off when the rate is 0.
 */
final class RateLimiter {
    private static final int MAX_CLIENTS = 10_000;

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perSecond) {
        this.perSecond = perSecond;
        this.burst = perSecond * 2.0;
    }

    void check(Context ctx) {
        if (perSecond <= 0 || ctx.path().equals("/health") || ctx.path().equals("/ready")) {
            return;
        }
        String token = Params.bearer(ctx.header("Authorization"));
        String key = token != null ? "t:" + AuthService.tokenHash(token) : "a:" + ctx.ip();
        if (buckets.size() > MAX_CLIENTS) {
            long idle = System.nanoTime() - 60_000_000_000L;
            buckets.values().removeIf(b -> b.last < idle);
        }
        double wait = buckets.computeIfAbsent(key, k -> new Bucket(burst)).take(perSecond, burst);
        if (wait > 0) {
            throw ApiException.tooManyRequests(
                    "too many requests from this client; slow down", Math.max(1, (long) Math.ceil(wait)));
        }
    }

    /** Tokens refill continuously; one request takes one. */
    private static final class Bucket {
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
        }

        /** Seconds to wait when empty, else 0 (and a token is taken). */
        synchronized double take(double perSecond, double burst) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (1 - tokens) / perSecond;
        }
    }
}
