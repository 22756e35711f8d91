package org.shopsuite.server.service.user;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.LocationRole;
import org.shopsuite.model.Page;
import org.shopsuite.model.PasswordChange;
import org.shopsuite.model.Role;
import org.shopsuite.model.User;
import org.shopsuite.model.UserInput;
import org.shopsuite.model.event.UserCreated;
import org.shopsuite.model.event.UserUpdated;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.user.UserDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;

/** The people who log in, their roles and passwords. */
public final class UserService {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,50}");

    private final Database db;
    private final EventStore events;
    private final PasswordHasher hasher;
    private final AuthService auth;
    private final Times times;

    public UserService(Database db, EventStore events, PasswordHasher hasher, AuthService auth, Times times) {
        this.db = db;
        this.events = events;
        this.hasher = hasher;
        this.auth = auth;
        this.times = times;
    }

    public Page<User> list(String cursor, int limit) {
        Cursor.NameKey after = Cursor.afterName(cursor);
        return db.read(tx -> {
            UserDao dao = tx.users();
            List<UserDao.Row> rows =
                    dao.list(after == null ? null : after.name(), after == null ? 0 : after.id(), limit + 1);
            Map<Long, List<UserDao.Membership>> at = new java.util.HashMap<>();
            rows.forEach(r -> at.put(r.id(), dao.memberships(r.id())));
            return Pages.byName(rows, limit, UserDao.Row::username, UserDao.Row::id, r -> toApi(r, at.get(r.id())));
        });
    }

    public User get(long id) {
        return db.read(tx -> tx.users().find(id).map(r -> toApi(r, tx.users().memberships(id))))
                .orElseThrow(() -> ApiException.notFound("user", id));
    }

    UserDao.Row find(long id) {
        return db.read(tx -> tx.users().find(id)).orElseThrow(() -> ApiException.notFound("user", id));
    }

    public boolean any() {
        return db.read(tx -> tx.users().count()) > 0;
    }

    public Change<User> create(Actor actor, UserInput in) {
        return create(actor, in, true);
    }

    private Change<User> create(Actor actor, UserInput in, boolean strictPassword) {
        Check c = new Check();
        String username = username(c, in.username());
        checkPassword(c, in.password(), true, strictPassword ? username : null);
        List<LocationRole> at = locations(c, in.locations());
        if (in.locations() == null) {
            c.required("role", in.role());
            at = in.role() == null ? List.of() : List.of(new LocationRole(Actor.FIRST_LOCATION, in.role()));
        } else if (at == null) {
            at = List.of(); // refused above
        }
        List<LocationRole> locations = at;
        Role role = locations.isEmpty() ? null : locations.get(0).role();
        mechanicNamed(c, in, locations);
        c.done();
        String hash = hasher.hash(in.password());
        return tx -> {
            UserDao dao = tx.users();
            checkMechanic(tx, in, locations);
            if (dao.findByUsername(username).isPresent()) {
                throw ApiException.conflict("username", ErrorCode.NOT_UNIQUE, "username '" + username + "' is taken");
            }
            Long mechanicId = has(locations, Role.MECHANIC) ? in.mechanicId() : null;
            Long supplierId = has(locations, Role.CONTRACTOR) ? in.supplierId() : null;
            boolean active = in.active() == null || in.active();
            long id = dao.insert(username, hash, role, mechanicId, supplierId, active, times.now());
            saveLocations(dao, id, locations);
            UserDao.Row row = dao.find(id).orElseThrow();
            List<UserDao.Membership> memberships = dao.memberships(id);
            events.append(tx, actor, null, null, created(row, memberships));
            return toApi(row, memberships);
        };
    }

    /** Applies a merged patch: role, mechanic, active flag, and optionally a new password. */
    public Change<User> update(Actor actor, long id, long version, UserInput in) {
        Check c = new Check();
        String username = username(c, in.username());
        boolean newPassword = in.password() != null;
        checkPassword(c, in.password(), false, username);
        List<LocationRole> given = locations(c, in.locations());
        if (in.locations() == null) {
            c.required("role", in.role());
        }
        c.done();
        String newHash = newPassword ? hasher.hash(in.password()) : null;
        return tx -> {
            UserDao dao = tx.users();
            UserDao.Row current = dao.find(id).orElseThrow(() -> ApiException.notFound("user", id));
            // left out, the locations stay; a new role alone is the user's role at each of them
            List<LocationRole> locations = given != null
                    ? given
                    : dao.memberships(id).stream()
                            .map(m -> new LocationRole(
                                    m.locationId(), in.role() == current.role() ? m.role() : in.role()))
                            .toList();
            Check roles = new Check();
            mechanicNamed(roles, in, locations);
            roles.done();
            checkMechanic(tx, in, locations);
            dao.findByUsername(username).filter(other -> other.id() != id).ifPresent(other -> {
                throw ApiException.conflict("username", ErrorCode.NOT_UNIQUE, "username '" + username + "' is taken");
            });
            boolean active = in.active() == null || in.active();
            boolean stillManagerHere =
                    locations.stream().anyMatch(l -> l.locationId() == actor.locationId() && l.role() == Role.MANAGER);
            if (id == actor.userId() && (!active || !stillManagerHere)) {
                throw ApiException.conflict(
                        given != null ? "locations" : "role",
                        ErrorCode.INVALID_STATE,
                        "you cannot demote or deactivate yourself; ask another manager");
            }
            Role role = locations.get(0).role();
            int changed = dao.update(
                    id,
                    version,
                    username,
                    newPassword ? newHash : current.passwordHash(),
                    role,
                    has(locations, Role.MECHANIC) ? in.mechanicId() : null,
                    has(locations, Role.CONTRACTOR) ? in.supplierId() : null,
                    active,
                    times.now());
            if (changed == 0) {
                throw ApiException.preconditionFailed(current.version());
            }
            saveLocations(dao, id, locations);
            UserDao.Row row = dao.find(id).orElseThrow();
            List<UserDao.Membership> memberships = dao.memberships(id);
            events.append(tx, actor, null, null, updated(row, memberships));
            if (newPassword || !active) {
                auth.revokeAll(tx, id);
            } else {
                auth.forget(tx, id);
            }
            return toApi(row, memberships);
        };
    }

    /**
     * A signed-in user changes their own password: {@code currentPassword} must be right (a wrong one
     * counts like a failed login), the new one follows the rules of user creation. Every other session
     * of the user ends; the one behind {@code keptTokenHash} goes on.
     */
    public Change<User> changePassword(Actor actor, String keptTokenHash, PasswordChange in) {
        Check c = new Check();
        c.required("currentPassword", in.currentPassword());
        UserDao.Row user = find(actor.userId());
        checkPassword(c, "newPassword", in.newPassword(), true, user.username());
        c.done();
        // Checked before the slow hashing so a locked-out user cannot keep guessing; the verdict is
        // given inside the change, so a repeat under the same Idempotency-Key gets the first answer.
        auth.checkNotLocked(user.username());
        boolean right = hasher.verify(in.currentPassword(), user.passwordHash());
        String newHash = right ? hasher.hash(in.newPassword()) : null;
        return tx -> {
            UserDao dao = tx.users();
            if (!right) {
                auth.failedPassword(user.username());
                throw ApiException.invalid("currentPassword", ErrorCode.INVALID_STATE, "is not your current password");
            }
            if (dao.changePassword(user.id(), user.passwordHash(), newHash, times.now()) == 0) {
                // Changed (reset by a manager, another change) since it was checked: not a wrong guess.
                throw ApiException.invalid("currentPassword", ErrorCode.INVALID_STATE, "is not your current password");
            }
            UserDao.Row row = dao.find(user.id()).orElseThrow();
            List<UserDao.Membership> memberships = dao.memberships(user.id());
            events.append(tx, actor, null, null, updated(row, memberships));
            auth.revokeOthers(tx, user.id(), keptTokenHash);
            return toApi(row, memberships);
        };
    }

    /** Creates a user with no actor checks: the first admin and the demo data. */
    public void bootstrap(String username, String password, Role role, Long mechanicId) {
        // The operator chose this one (SHOP_ADMIN_PASSWORD) or it is random: only its length is checked.
        db.write(create(Actor.system(), new UserInput(username, password, role, mechanicId, true, null), false)::apply);
    }

    private static String username(Check c, String value) {
        String u = c.text("username", value, 50);
        if (u != null && !u.isEmpty() && !USERNAME.matcher(u).matches()) {
            c.fail("username", ErrorCode.PATTERN, "must be 3-50 letters, digits, '.', '_' or '-'");
        }
        return u;
    }

    /** Passwords that guessing tools try first. */
    private static final java.util.Set<String> COMMON = java.util.Set.of(
            "password",
            "password1",
            "password123",
            "12345678",
            "123456789",
            "1234567890",
            "11111111",
            "00000000",
            "qwerty123",
            "qwertyuiop",
            "iloveyou",
            "admin123",
            "administrator",
            "letmein1",
            "welcome1",
            "passw0rd",
            "abc12345",
            "1q2w3e4r",
            "1qaz2wsx",
            "asdf1234");

    private static void checkPassword(Check c, String password, boolean required, String username) {
        checkPassword(c, "password", password, required, username);
    }

    private static void checkPassword(Check c, String field, String password, boolean required, String username) {
        checkPassword(c, field, password, required);
        if (username == null) {
            return;
        }
        if (password != null
                && !username.isBlank()
                && password.toLowerCase(java.util.Locale.ROOT)
                        .contains(username.strip().toLowerCase(java.util.Locale.ROOT))) {
            c.fail(field, ErrorCode.WEAK_PASSWORD, "must not contain the username");
        } else if (password != null && COMMON.contains(password.toLowerCase(java.util.Locale.ROOT))) {
            c.fail(field, ErrorCode.WEAK_PASSWORD, "is too common; choose another");
        }
    }

    private static void checkPassword(Check c, String field, String password, boolean required) {
        if (password == null) {
            if (required) {
                c.fail(field, ErrorCode.REQUIRED, "is required");
            }
            return;
        }
        int length = password.codePointCount(0, password.length());
        String fault = org.shopsuite.server.service.Text.fault(password, false);
        if (fault != null) {
            c.fail(field, ErrorCode.INVALID_CHARACTERS, fault);
        } else if (length < 8) {
            c.fail(field, ErrorCode.TOO_SHORT, "must be at least 8 characters", Map.of("min", 8));
        } else if (length > 128) {
            c.tooLong(field, 128);
        } else if (password.isBlank()) {
            c.fail(field, ErrorCode.BLANK, "must not be blank");
        }
    }

    /**
     * The locations given (null when left out): at least one, each an id and a role, no location
     * twice; in location order.
     */
    private static List<LocationRole> locations(Check c, List<LocationRole> given) {
        if (given == null) {
            return null;
        }
        if (given.isEmpty() || given.size() > 100) {
            c.fail("locations", ErrorCode.OUT_OF_RANGE, "must list 1-100 locations", Map.of("min", 1, "max", 100));
            return null;
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        // whether the locations themselves are wrong (c may hold other fields' faults already)
        boolean wrong = false;
        for (int i = 0; i < given.size(); i++) {
            LocationRole l = given.get(i);
            if (l == null) {
                c.fail("locations[" + i + "]", ErrorCode.REQUIRED, "is required");
                wrong = true;
                continue;
            }
            wrong |= c.required("locations[" + i + "].locationId", l.locationId()) == null;
            wrong |= c.required("locations[" + i + "].role", l.role()) == null;
            if (l.locationId() != null && !seen.add(l.locationId())) {
                c.fail("locations[" + i + "].locationId", ErrorCode.NOT_UNIQUE, "is listed twice");
                wrong = true;
            }
        }
        if (wrong) {
            return null;
        }
        return given.stream()
                .sorted(java.util.Comparator.comparing(LocationRole::locationId))
                .toList();
    }

    private static boolean has(List<LocationRole> locations, Role role) {
        return locations.stream().anyMatch(l -> l.role() == role);
    }

    private static void saveLocations(UserDao dao, long userId, List<LocationRole> locations) {
        dao.deleteMemberships(userId);
        for (LocationRole l : locations) {
            dao.insertMembership(userId, l.locationId(), l.role());
        }
    }

    private static void mechanicNamed(Check c, UserInput in, List<LocationRole> locations) {
        if (has(locations, Role.MECHANIC) && in.mechanicId() == null) {
            c.fail("mechanicId", ErrorCode.REQUIRED, "is required for a MECHANIC user");
        }
        if (has(locations, Role.CONTRACTOR) && in.supplierId() == null) {
            c.fail(
                    "supplierId",
                    ErrorCode.REQUIRED,
                    "is required for a CONTRACTOR user (the outside shop it works for)");
        }
    }

    private static void checkMechanic(org.shopsuite.server.db.Tx tx, UserInput in, List<LocationRole> locations) {
        for (int i = 0; i < locations.size(); i++) {
            long location = locations.get(i).locationId();
            if (tx.locations().find(location).isEmpty()) {
                throw ApiException.invalid(
                        "locations[" + i + "].locationId",
                        ErrorCode.NOT_FOUND,
                        "location " + location + " does not exist");
            }
        }
        if (has(locations, Role.MECHANIC)
                && tx.mechanics().find(in.mechanicId()).isEmpty()) {
            throw ApiException.invalid(
                    "mechanicId", ErrorCode.NOT_FOUND, "mechanic " + in.mechanicId() + " does not exist");
        }
        if (has(locations, Role.CONTRACTOR)
                && tx.purchasing().supplier(in.supplierId()).isEmpty()) {
            throw ApiException.invalid(
                    "supplierId", ErrorCode.NOT_FOUND, "supplier " + in.supplierId() + " does not exist");
        }
    }

    private static List<LocationRole> roles(List<UserDao.Membership> memberships) {
        return memberships.stream()
                .map(m -> new LocationRole(m.locationId(), m.role()))
                .toList();
    }

    private static UserCreated created(UserDao.Row r, List<UserDao.Membership> memberships) {
        return new UserCreated(r.id(), r.username(), r.role(), r.active(), roles(memberships));
    }

    private static UserUpdated updated(UserDao.Row r, List<UserDao.Membership> memberships) {
        return new UserUpdated(r.id(), r.username(), r.role(), r.active(), roles(memberships));
    }

    static User toApi(UserDao.Row r, List<UserDao.Membership> memberships) {
        return new User(
                r.id(),
                r.username(),
                r.role(),
                r.mechanicId(),
                r.active(),
                r.version(),
                r.supplierId(),
                roles(memberships));
    }
}
