package org.shopsuite.server.service.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.LoginResponse;
import org.shopsuite.model.Role;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.user.UserDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Times;

/**
 * Logins and bearer tokens. Tokens are random, stored only as their SHA-256, and expire after an
 * idle period. Live sessions are cached in memory so a request costs no database write; the last
 * use is written back at most once a minute.
 *
 * <p>When other servers share the database (PostgreSQL, issue 22), each request's session is read
 * from the database (one indexed read), so a logout, a deactivation or a change of role through
 * any server acts at once on all, and a session idle here may have been served by another. What
 * one server does to sessions also reaches the others through {@link
 * org.shopsuite.server.db.Signals}, sent with the change, so their open event streams close; failed
 * logins count towards one lock-out on every server.
 */
public final class AuthService {
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final int FREE_FAILURES = 5;
    private static final Duration MAX_LOCK = Duration.ofMinutes(15);

    private final Database db;
    private final PasswordHasher hasher;
    private final Times times;
    private final Duration idleTimeout;
    private final SecureRandom random = new SecureRandom();
    /** Verified against when the user does not exist, so that case takes as long (made off-thread at start). */
    private final java.util.concurrent.CompletableFuture<String> dummyHash;

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final java.util.List<java.util.function.Consumer<Revoked>> revocations =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final boolean shared;

    /** Signals between servers sharing the database (see the class comment). */
    private static final String SESSION_ENDED = "session-ended";

    private static final String SESSIONS_ENDED = "sessions-ended";
    private static final String USER_CHANGED = "user-changed";
    private static final String LOGIN_FAILED = "login-failed";
    private static final String LOGIN_SUCCEEDED = "login-succeeded";
    /** SIGNAL: a session moved to another location (its cached copy elsewhere is stale). */
    private static final String SESSION_MOVED = "session-moved";

    /**
     * A session (by token hash) or every session of a user (by id) has ended; with {@code userId},
     * the session {@code kept} (a token hash, or null) goes on.
     */
    public record Revoked(String tokenHash, Long userId, String kept) {
        public Revoked(String tokenHash, Long userId) {
            this(tokenHash, userId, null);
        }

        /** Whether this ends the session behind {@code hash}, of user {@code user}. */
        public boolean ends(String hash, long user) {
            return hash.equals(tokenHash) || (userId != null && userId == user && !hash.equals(kept));
        }
    }

    /** Told of every ended session (open event streams must close too). */
    public void onRevoked(java.util.function.Consumer<Revoked> listener) {
        revocations.add(listener);
    }

    private void revoked(Revoked r) {
        revocations.forEach(l -> l.accept(r));
    }

    /** The stored form of a token. */
    public static String tokenHash(String token) {
        return sha256(token.strip());
    }

    /** Whether the session behind a token hash is alive, without counting this as a use. */
    public boolean alive(String tokenHash) {
        Instant now = times.now();
        Session s = sessions.get(tokenHash);
        if (s != null && !shared) {
            return now.isBefore(s.lastUsed.plus(idleTimeout));
        }
        String idleSince = now.minus(idleTimeout).toString();
        return db.read(tx -> tx.users().sessionAt(tokenHash, idleSince)).isPresent();
    }

    public AuthService(Database db, PasswordHasher hasher, Times times, Duration idleTimeout) {
        this.db = db;
        this.hasher = hasher;
        this.times = times;
        this.idleTimeout = idleTimeout;
        this.dummyHash = java.util.concurrent.CompletableFuture.supplyAsync(hasher::dummyHash);
        org.shopsuite.server.db.Signals signals = db.signals();
        this.shared = signals.shared();
        signals.on(SESSION_ENDED, hash -> {
            sessions.remove(hash);
            revoked(new Revoked(hash, null));
        });
        signals.on(SESSIONS_ENDED, payload -> {
            String[] p = payload.split(" ", 2);
            long userId = Long.parseLong(p[0]);
            String kept = p.length == 2 ? p[1] : null;
            sessions.entrySet()
                    .removeIf(e ->
                            e.getValue().actor.userId() == userId && !e.getKey().equals(kept));
            revoked(new Revoked(null, userId, kept));
        });
        signals.on(USER_CHANGED, id -> forget(Long.parseLong(id)));
        signals.on(SESSION_MOVED, sessions::remove);
        signals.on(LOGIN_FAILED, key -> recordFailure(key, times.now()));
        signals.on(LOGIN_SUCCEEDED, failures::remove);
        // what was said while not listening is lost: sessions are read again from the database
        signals.onResync(sessions::clear);
    }

    public LoginResponse login(String username, String password) {
        return login(username, password, null);
    }

    /**
     * A new session for the user at {@code locationId}, which may be left out (null) by a user who
     * works at one location: 400 naming {@code locationId} when it is needed or not one of theirs
     * (said only once the password is right).
     */
    public LoginResponse login(String username, String password, Long locationId) {
        Check c = new Check();
        c.text("username", username, 100);
        c.required("password", password);
        c.done();
        String key = username.strip().toLowerCase(Locale.ROOT);
        Instant now = times.now();
        checkNotLocked(key);
        UserDao.Row user =
                db.read(tx -> tx.users().findByUsername(username.strip())).orElse(null);
        boolean ok = hasher.verify(password, user == null ? dummyHash.join() : user.passwordHash())
                && user != null
                && user.active();
        if (!ok) {
            recordFailure(key, now);
            db.signals().sendNow(LOGIN_FAILED, key);
            throw ApiException.unauthorized("wrong username or password");
        }
        java.util.List<UserDao.Membership> memberships =
                db.read(tx -> tx.users().memberships(user.id()));
        UserDao.Membership at = membership(memberships, locationId);
        boolean hadFailures = failures.remove(key) != null;
        String token = newToken();
        String hash = sha256(token);
        db.write(tx -> {
            tx.users().insertSession(hash, user.id(), at.locationId(), now);
            if (hadFailures) {
                tx.signal(LOGIN_SUCCEEDED, key);
            }
            return null;
        });
        Actor actor = actorOf(user, at.locationId(), at.role());
        sessions.put(hash, new Session(actor, now, now));
        return new LoginResponse(
                token, now.plus(idleTimeout), UserService.toApi(user, memberships), at.locationId(), at.role());
    }

    /** The membership a session is to work at: the one asked for, or the user's only one. */
    private static UserDao.Membership membership(java.util.List<UserDao.Membership> memberships, Long locationId) {
        if (locationId == null) {
            if (memberships.size() == 1) {
                return memberships.get(0);
            }
            throw ApiException.invalid(
                    "locationId",
                    ErrorCode.REQUIRED,
                    "is required: the user works at several locations (" + ids(memberships) + ")",
                    choices(memberships));
        }
        return memberships.stream()
                .filter(m -> m.locationId() == locationId)
                .findFirst()
                .orElseThrow(() -> ApiException.invalid(
                        "locationId",
                        ErrorCode.NOT_ALLOWED_VALUE,
                        "the user does not work at location " + locationId + " (only at " + ids(memberships) + ")",
                        choices(memberships)));
    }

    /** The user's locations, for a client to offer: ids, and each one's id and name. */
    private static Map<String, Object> choices(java.util.List<UserDao.Membership> memberships) {
        return Map.of(
                "locationIds",
                memberships.stream().map(UserDao.Membership::locationId).toList(),
                "locations",
                memberships.stream()
                        .map(m -> Map.of("locationId", m.locationId(), "name", m.name()))
                        .toList());
    }

    private static String ids(java.util.List<UserDao.Membership> memberships) {
        return memberships.stream()
                .map(m -> Long.toString(m.locationId()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * Moves the session behind {@code token} to another of its user's locations, with their role
     * there; the token stays the same. Answers the session's new actor.
     */
    public Actor switchLocation(String token, Actor actor, Long locationId) {
        Check c = new Check();
        c.required("locationId", locationId);
        c.done();
        String hash = sha256(token.strip());
        Instant now = times.now();
        Actor moved = db.write(tx -> {
            UserDao dao = tx.users();
            UserDao.Row user = dao.find(actor.userId()).orElseThrow();
            UserDao.Membership at = membership(dao.memberships(user.id()), locationId);
            dao.moveSession(hash, at.locationId());
            // another server holding this session reads it again
            tx.signal(SESSION_MOVED, hash);
            return actorOf(user, at.locationId(), at.role());
        });
        sessions.put(hash, new Session(moved, now, now));
        return moved;
    }

    /** The actor behind a bearer token, or a 401. */
    public Actor authenticate(String token) {
        if (token == null || token.isBlank()) {
            throw ApiException.unauthorized("log in first: send Authorization: Bearer <token>");
        }
        String hash = sha256(token.strip());
        Instant now = times.now();
        Session s = sessions.get(hash);
        if (s == null || shared) {
            // Unknown here; or, on a database other servers share, read every time: a logout,
            // deactivation or change of role through another server acts at once (one indexed
            // read), and a session idle here may have been served there.
            Session cached = s;
            try {
                s = load(hash, now);
            } catch (ApiException e) {
                sessions.remove(hash);
                throw e;
            }
            if (cached != null) {
                s = new Session(s.actor, now, cached.lastWritten);
            }
        }
        if (!now.isBefore(s.lastUsed.plus(idleTimeout))) {
            sessions.remove(hash);
            db.write(tx -> tx.users().deleteSession(hash));
            throw ApiException.unauthorized("the session has expired; log in again");
        }
        if (Duration.between(s.lastWritten, now).compareTo(TOUCH_EVERY) >= 0) {
            db.write(tx -> tx.users().touchSession(hash, now));
            s = new Session(s.actor, now, now);
        } else {
            s = new Session(s.actor, now, s.lastWritten);
        }
        sessions.put(hash, s);
        return s.actor;
    }

    /** When the session behind this token expires if left idle. */
    public Instant expiresAt(String token) {
        Session s = sessions.get(sha256(token.strip()));
        return s == null ? null : s.lastUsed.plus(idleTimeout);
    }

    public void logout(String token) {
        String hash = sha256(token.strip());
        sessions.remove(hash);
        db.write(tx -> {
            tx.signal(SESSION_ENDED, hash);
            return tx.users().deleteSession(hash);
        });
        revoked(new Revoked(hash, null));
    }

    /**
     * Ends every session of a user (deactivation, password reset) as part of the change {@code tx}:
     * the sessions are deleted with it, and dropped from memory and from the live stream once it
     * has committed.
     */
    void revokeAll(WriteTx tx, long userId) {
        tx.users().deleteSessionsOf(userId);
        tx.signal(SESSIONS_ENDED, Long.toString(userId));
        tx.afterCommit(() -> {
            sessions.values().removeIf(s -> s.actor.userId() == userId);
            revoked(new Revoked(null, userId));
        });
    }

    /**
     * Ends every session of a user but the one behind {@code keptTokenHash} (a password change), as
     * part of the change {@code tx}, like {@link #revokeAll}.
     */
    void revokeOthers(WriteTx tx, long userId, String keptTokenHash) {
        tx.users().deleteSessionsOfExcept(userId, keptTokenHash);
        tx.signal(SESSIONS_ENDED, userId + " " + keptTokenHash);
        tx.afterCommit(() -> {
            sessions.entrySet()
                    .removeIf(e ->
                            e.getValue().actor.userId() == userId && !e.getKey().equals(keptTokenHash));
            revoked(new Revoked(null, userId, keptTokenHash));
        });
    }

    /** A 429 while the user is locked out after failed logins (or failed password checks). */
    void checkNotLocked(String username) {
        Instant now = times.now();
        Failures f = failures.get(username.strip().toLowerCase(Locale.ROOT));
        if (f != null && f.lockedUntil != null && now.isBefore(f.lockedUntil)) {
            long wait = Math.max(1, Duration.between(now, f.lockedUntil).toSeconds());
            throw ApiException.tooManyRequests(
                    "too many failed logins for this user; try again in " + wait + " s", wait);
        }
    }

    /** Counts a wrong password given by a signed-in user like a failed login. */
    void failedPassword(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        recordFailure(key, times.now());
        db.signals().sendNow(LOGIN_FAILED, key);
    }

    /**
     * Drops cached sessions of a user once the change {@code tx} (of the user's role or state) has
     * committed, on every server, so the next request reloads them.
     */
    void forget(WriteTx tx, long userId) {
        tx.signal(USER_CHANGED, Long.toString(userId));
        tx.afterCommit(() -> forget(userId));
    }

    private void forget(long userId) {
        sessions.values().removeIf(s -> s.actor.userId() == userId);
    }

    private Session load(String hash, Instant now) {
        String idleSince = now.minus(idleTimeout).toString();
        record Found(UserDao.SessionAt at, UserDao.Row user) {}
        Found found = db.read(tx -> {
                    UserDao dao = tx.users();
                    return dao.sessionAt(hash, idleSince)
                            .flatMap(at -> dao.find(at.userId()).map(u -> new Found(at, u)));
                })
                .orElseThrow(() -> ApiException.unauthorized(
                        "the token is unknown or expired, or its user no longer works at its location"));
        if (!found.user.active()) {
            throw ApiException.unauthorized("the user is deactivated");
        }
        return new Session(actorOf(found.user, found.at.locationId(), found.at.role()), now, now);
    }

    private void recordFailure(String key, Instant now) {
        failures.compute(key, (k, f) -> {
            int count = f == null ? 1 : f.count + 1;
            Instant lockedUntil = null;
            if (count >= FREE_FAILURES) {
                long seconds = Math.min(MAX_LOCK.toSeconds(), 30L << Math.min(10, count - FREE_FAILURES));
                lockedUntil = now.plusSeconds(seconds);
            }
            return new Failures(count, lockedUntil);
        });
    }

    static Actor actorOf(UserDao.Row u, long locationId, Role role) {
        return new Actor(u.id(), u.username(), role, u.mechanicId(), u.supplierId(), locationId);
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Session(Actor actor, Instant lastUsed, Instant lastWritten) {}

    private record Failures(int count, Instant lockedUntil) {}
}
