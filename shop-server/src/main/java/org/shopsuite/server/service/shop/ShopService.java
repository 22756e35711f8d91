package org.shopsuite.server.service.shop;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.ShopSettings;
import org.shopsuite.model.WarrantyWindow;
import org.shopsuite.model.event.ShopUpdated;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.location.LocationDao;
import org.shopsuite.server.db.shop.ShopDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;

/** The shop's own details, prices and time zone; read often, so kept in memory. */
public final class ShopService {
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9-]{1,10}");
    private static final int REPRESENTATIVE_MAX = 30;
    private static final long MAX_POINT_VALUE = 1_000_000;
    /** The most points one entry may move (a sale, a deposit). */
    public static final long MAX_POINTS = 1_000_000_000L;

    private final EventStore events;
    private final Times times;
    /** SIGNAL: the settings changed, through another server on the same database. */
    private static final String SIGNAL = "shop-updated";

    /** A location was added or changed (its time zone is kept here). */
    private static final String LOCATIONS_SIGNAL = "location-changed";

    private final Database db;
    private volatile ShopDao.Row cached;

    /** Each location's time zone (read inside a change too, so kept like the settings). */
    private volatile Map<Long, ZoneId> zones;

    public ShopService(Database db, EventStore events, Times times) {
        this.db = db;
        this.events = events;
        this.times = times;
        this.cached = db.readOne(tx -> tx.shop().get());
        this.zones = readZones();
        // another server on the database changed them: read them again
        db.signals().on(SIGNAL, version -> keep(db.readOne(tx -> tx.shop().get())));
        db.signals().on(LOCATIONS_SIGNAL, id -> zones = readZones());
        db.signals().onResync(() -> {
            keep(db.readOne(tx -> tx.shop().get()));
            zones = readZones();
        });
    }

    private Map<Long, ZoneId> readZones() {
        Map<Long, ZoneId> out = new java.util.HashMap<>();
        for (var z : db.readOne(tx -> tx.locations().zones())) {
            out.put(z.id(), ZoneId.of(z.timezone()));
        }
        return Map.copyOf(out);
    }

    /** After a location was added or changed in {@code tx}: the other servers' signal, this one's copy. */
    void locationChanged(WriteTx tx, long locationId, String timezone) {
        tx.signal(LOCATIONS_SIGNAL, Long.toString(locationId));
        ZoneId zone = ZoneId.of(timezone);
        tx.afterCommit(() -> {
            synchronized (this) {
                Map<Long, ZoneId> next = new java.util.HashMap<>(zones);
                next.put(locationId, zone);
                zones = Map.copyOf(next);
            }
        });
    }

    /** Keeps {@code row} unless a newer version is kept already. */
    private synchronized void keep(ShopDao.Row row) {
        if (row.version() >= cached.version()) {
            cached = row;
        }
    }

    /**
     * The settings as the API shows them: on a database other servers share, read afresh (a change
     * through another server shows at once; the rules use the kept copy, which its signal updates
     * within milliseconds).
     */
    public ShopSettings get() {
        if (db.signals().shared()) {
            keep(db.readOne(tx -> tx.shop().get()));
        }
        return toApi(cached);
    }

    public ShopDao.Row row() {
        return cached;
    }

    /**
     * The settings as a location presents itself on paper: the chain's, with the location's name,
     * address, phone, registration number, invoice prefix and time zone (issue 22). Location 1's
     * details are the settings' own, so a single shop's documents are as they were.
     */
    public ShopSettings at(long locationId) {
        ShopSettings chain = get();
        if (locationId == Actor.FIRST_LOCATION) {
            return chain;
        }
        var l = db.readOne(tx -> tx.locations().find(locationId))
                .orElseThrow(() -> ApiException.notFound("location", locationId));
        return new ShopSettings(
                l.name(),
                l.address(),
                l.phone(),
                l.businessRegistrationNumber(),
                chain.representative(),
                chain.currency(),
                chain.laborRatePerHour(),
                chain.taxRatePercent(),
                l.timezone(),
                l.invoicePrefix(),
                chain.pointValue(),
                chain.pointsEarnRatePercent(),
                chain.bookingDepositPoints(),
                chain.serviceReminderMonths(),
                chain.serviceReminderKm(),
                chain.warrantyWindows(),
                chain.openingCashFloat(),
                chain.laborCostPerHour(),
                chain.version());
    }

    /** The shop's time zone. */
    public ZoneId zone() {
        return ZoneId.of(cached.timezone());
    }

    /** Today's date where the shop is. */
    public LocalDate today() {
        return LocalDate.ofInstant(times.now(), ZoneId.of(cached.timezone()));
    }

    /** A location's time zone (location 1's is the settings' own). */
    public ZoneId zone(long locationId) {
        if (locationId == Actor.FIRST_LOCATION) {
            return zone();
        }
        ZoneId zone = zones.get(locationId);
        if (zone == null) {
            throw ApiException.invalid("locationId", ErrorCode.NOT_FOUND, "location " + locationId + " does not exist");
        }
        return zone;
    }

    /** Today's date at a location. */
    public LocalDate today(long locationId) {
        return LocalDate.ofInstant(times.now(), zone(locationId));
    }

    public Change<ShopSettings> update(Actor actor, long version, ShopSettings in) {
        Check c = new Check();
        String name = c.text("name", in.name(), 100);
        String address = c.optionalText("address", in.address(), 200);
        String phone = c.phone("phone", in.phone());
        String registration = registrationNumber(c, in.businessRegistrationNumber());
        String representative = representative(c, in.representative());
        String currency = c.text("currency", in.currency(), 3);
        if (currency != null && c.ok()) {
            try {
                currency =
                        Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                c.fail("currency", ErrorCode.PATTERN, "must be an ISO 4217 code such as KRW or USD");
            }
        }
        Long rate = c.money("laborRatePerHour", in.laborRatePerHour(), true);
        Long taxBp = percentToBp(c, "taxRatePercent", in.taxRatePercent());
        String zone = timezone(c, in.timezone());
        String prefix = invoicePrefix(c, in.invoicePrefix());
        Long pointValue = in.pointValue();
        if (pointValue != null && (pointValue < 1 || pointValue > MAX_POINT_VALUE)) {
            c.fail(
                    "pointValue",
                    ErrorCode.OUT_OF_RANGE,
                    "must be 1-" + MAX_POINT_VALUE + " (minor units a point is worth)",
                    Map.of("min", 1, "max", MAX_POINT_VALUE));
        }
        Long earnBp = in.pointsEarnRatePercent() == null
                ? null
                : percentToBp(c, "pointsEarnRatePercent", in.pointsEarnRatePercent());
        Long deposit = in.bookingDepositPoints();
        if (deposit != null && (deposit < 0 || deposit > MAX_POINTS)) {
            c.fail(
                    "bookingDepositPoints",
                    ErrorCode.OUT_OF_RANGE,
                    "must be 0-" + MAX_POINTS + " (0: bookings hold no deposit)",
                    Map.of("min", 0, "max", MAX_POINTS));
        }
        Integer months = in.serviceReminderMonths();
        if (months != null && (months < 0 || months > 60)) {
            c.fail(
                    "serviceReminderMonths",
                    ErrorCode.OUT_OF_RANGE,
                    "must be 0-60 (0: no reminder by months)",
                    Map.of("min", 0, "max", 60));
        }
        Integer km = in.serviceReminderKm();
        if (km != null && (km < 0 || km > 100_000)) {
            c.fail(
                    "serviceReminderKm",
                    ErrorCode.OUT_OF_RANGE,
                    "must be 0-100000 (0: no reminder by mileage)",
                    Map.of("min", 0, "max", 100_000));
        }
        String windows = windows(c, in.warrantyWindows());
        Long cashFloat =
                in.openingCashFloat() == null ? null : c.money("openingCashFloat", in.openingCashFloat(), true);
        Long laborCost =
                in.laborCostPerHour() == null ? null : c.money("laborCostPerHour", in.laborCostPerHour(), true);
        c.done();
        ShopDao.Row row = new ShopDao.Row(
                name,
                address == null ? "" : address,
                phone == null ? "" : phone,
                registration,
                representative,
                currency,
                rate,
                taxBp,
                zone,
                prefix,
                pointValue,
                earnBp,
                deposit,
                months,
                km,
                windows,
                cashFloat,
                laborCost,
                version);
        return tx -> {
            ShopDao dao = tx.shop();
            LocationService.checkPrefixFree(tx, prefix, LocationService.FIRST);
            String nameBefore = dao.get().name();
            if (dao.update(row) == 0) {
                throw ApiException.preconditionFailed(dao.get().version());
            }
            // the first location's details are these settings' (LocationService)
            LocationDao locations = tx.locations();
            locations.followShop(nameBefore, times.now());
            events.append(
                    tx,
                    actor,
                    null,
                    null,
                    LocationService.updated(
                            locations.find(LocationService.FIRST).orElseThrow()));
            return changed(tx, actor);
        };
    }

    /** After the settings row changed in {@code tx}: its event, the other servers' signal, this one's copy. */
    ShopSettings changed(WriteTx tx, Actor actor) {
        ShopDao.Row saved = tx.shop().get();
        events.append(tx, actor, null, null, new ShopUpdated(saved.version()));
        tx.signal(SIGNAL, Long.toString(saved.version()));
        tx.afterCommit(() -> keep(saved));
        return toApi(saved);
    }

    /** A time zone's id (such as Asia/Seoul), required. */
    static String timezone(Check c, String text) {
        String zone = c.text("timezone", text, 60);
        if (zone != null && !zone.isEmpty()) {
            try {
                return ZoneId.of(zone).getId();
            } catch (DateTimeException e) {
                c.fail("timezone", ErrorCode.NOT_ALLOWED_VALUE, "must be a time zone such as Asia/Seoul");
            }
        }
        return zone;
    }

    /** An invoice number's prefix: 1-10 letters, digits or hyphens, required. */
    static String invoicePrefix(Check c, String text) {
        String prefix = c.text("invoicePrefix", text, 10);
        if (prefix != null && !prefix.isEmpty() && !PREFIX.matcher(prefix).matches()) {
            c.fail("invoicePrefix", ErrorCode.PATTERN, "must be 1-10 letters, digits or hyphens");
        }
        return prefix;
    }

    /** Null (absent) keeps the stored number, blank clears it, anything else must be a valid one. */
    static String registrationNumber(Check c, String text) {
        if (text == null || text.isBlank()) {
            return text == null ? null : "";
        }
        var number = BusinessRegistrationNumber.parse(text);
        if (number.isEmpty()) {
            c.fail(
                    "businessRegistrationNumber",
                    ErrorCode.PATTERN,
                    "must be a business registration number: 10 digits as NNN-NN-NNNNN, with a valid check digit");
            return null;
        }
        return number.get();
    }

    /** Null (absent) keeps the stored name, blank clears it. */
    private static String representative(Check c, String text) {
        if (text == null || text.isBlank()) {
            return text == null ? null : "";
        }
        String t = c.optionalText("representative", text, REPRESENTATIVE_MAX);
        return t == null ? "" : t;
    }

    private static Long percentToBp(Check c, String field, BigDecimal percent) {
        if (percent == null) {
            c.fail(field, ErrorCode.REQUIRED, "is required");
            return null;
        }
        if (percent.stripTrailingZeros().scale() > 2
                || percent.signum() < 0
                || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            c.fail(
                    field,
                    ErrorCode.OUT_OF_RANGE,
                    "must be 0-100 with at most two decimals",
                    Map.of("min", 0, "max", 100));
            return null;
        }
        return percent.movePointRight(2).longValueExact();
    }

    /**
     * The free re-repair windows of 자동차관리법 시행규칙 제134조 ①2 (as we read it): a car under 1
     * year old or that had run at most 20,000 km at the repair, 90 days; under 3 years or at most
     * 60,000 km, 60 days; any other, 30 days.
     */
    public static final List<WarrantyWindow> LEGAL_WINDOWS = List.of(
            new WarrantyWindow(12, 20_000, 90), new WarrantyWindow(36, 60_000, 60), new WarrantyWindow(null, null, 30));

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = org.shopsuite.model.Json.newMapper();

    /** The shop's windows, or the legal ones until it sets its own. */
    public static List<WarrantyWindow> warrantyWindows(ShopDao.Row r) {
        if (r.warrantyWindows() == null) {
            return LEGAL_WINDOWS;
        }
        try {
            return List.of(JSON.readValue(r.warrantyWindows(), WarrantyWindow[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored warranty windows are not JSON", e);
        }
    }

    /** Null keeps the stored windows; otherwise 1-10 rows, each with days 1-3650 and sane limits. */
    private static String windows(Check c, List<WarrantyWindow> windows) {
        if (windows == null) {
            return null;
        }
        if (windows.isEmpty() || windows.size() > 10) {
            c.fail("warrantyWindows", ErrorCode.OUT_OF_RANGE, "must list 1-10 windows", Map.of("min", 1, "max", 10));
            return null;
        }
        for (int i = 0; i < windows.size(); i++) {
            WarrantyWindow w = windows.get(i);
            String at = "warrantyWindows[" + i + "].";
            if (w == null) {
                c.fail("warrantyWindows[" + i + "]", ErrorCode.REQUIRED, "is required");
                continue;
            }
            c.wholeNumber(at + "days", w.days(), 1, 3650, true);
            c.wholeNumber(at + "maxAgeMonths", w.maxAgeMonths(), 1, 1200, false);
            c.wholeNumber(at + "maxKm", w.maxKm(), 1, 10_000_000, false);
        }
        try {
            return JSON.writeValueAsString(windows);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Basis points as a percent with no trailing zeros ({@code 1000} is {@code 10}). */
    static BigDecimal percent(long bp) {
        BigDecimal p = BigDecimal.valueOf(bp, 2).stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    static ShopSettings toApi(ShopDao.Row r) {
        BigDecimal tax = percent(r.taxRateBp());
        return new ShopSettings(
                r.name(),
                r.address(),
                r.phone(),
                r.businessRegistrationNumber(),
                r.representative(),
                r.currency(),
                r.laborRatePerHour(),
                tax,
                r.timezone(),
                r.invoicePrefix(),
                r.pointValue(),
                percent(r.pointsEarnRateBp()),
                r.bookingDepositPoints(),
                r.serviceReminderMonths(),
                r.serviceReminderKm(),
                warrantyWindows(r),
                r.openingCashFloat(),
                r.laborCostPerHour(),
                r.version());
    }
}
