package org.shopsuite.server.service.estimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.PartsPricing;
import org.shopsuite.model.PriceBand;
import org.shopsuite.model.event.PartsPricingChanged;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.estimate.CannedJobDao;
import org.shopsuite.server.db.estimate.CannedJobDao.BandRow;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Money;
import org.shopsuite.server.service.event.EventStore;

/**
 * The shop's parts pricing: a PART line's default unit price on an estimate is the part's cost
 * times the multiplier of the band its cost falls in, rounded half-up; a part without a cost, or no
 * band, falls back to the catalogue price. Presented estimates keep their prices when bands change.
 */
public final class PartsPricingService {
    /** Bands in one table: more than any shop uses. */
    static final int MAX_BANDS = 50;

    private final Database db;
    private final EventStore events;

    public PartsPricingService(Database db, EventStore events) {
        this.db = db;
        this.events = events;
    }

    public PartsPricing get() {
        return db.read(tx -> toApi(tx.cannedJobs().bands(), tx.cannedJobs().pricingVersion()));
    }

    /** The bands replaced as a whole (If-Match); checked band by band, 400 naming the band. */
    public Change<PartsPricing> put(Actor actor, long version, PartsPricing in) {
        Check c = new Check();
        List<PriceBand> bands = c.required("bands", in == null ? null : in.bands());
        c.done();
        List<BandRow> rows = check(bands);
        return tx -> {
            CannedJobDao dao = tx.cannedJobs();
            long current = dao.pricingVersion();
            if (current != version || dao.bumpPricing(version) == 0) {
                throw ApiException.preconditionFailed(current);
            }
            dao.deleteBands();
            if (!rows.isEmpty()) {
                dao.insertBands(rows);
            }
            PartsPricing now = toApi(rows, version + 1);
            events.append(tx, actor, null, null, new PartsPricingChanged(now.bands()));
            return now;
        };
    }

    /** The default unit price of a part of this cost; the catalogue price without a cost or a band. */
    public static long price(List<BandRow> bands, long cost, long partPrice) {
        if (cost <= 0) {
            return partPrice;
        }
        for (BandRow b : bands) {
            if (cost >= b.fromCost() && (b.toCost() == null || cost < b.toCost())) {
                return Money.percent(cost, b.multiplierBp());
            }
        }
        return partPrice;
    }

    private static List<BandRow> check(List<PriceBand> bands) {
        Check c = new Check();
        if (bands.size() > MAX_BANDS) {
            c.fail(
                    "bands",
                    ErrorCode.OUT_OF_RANGE,
                    "at most " + MAX_BANDS + " bands",
                    Map.of("min", 0, "max", MAX_BANDS));
            c.done();
        }
        List<BandRow> out = new ArrayList<>();
        Long previousTo = 0L;
        for (int i = 0; i < bands.size(); i++) {
            String at = "bands[" + i + "]";
            PriceBand b = bands.get(i);
            if (b == null) {
                c.required(at, null);
                continue;
            }
            Long from = c.money(at + ".fromCost", c.required(at + ".fromCost", b.fromCost()), false);
            Long to = c.money(at + ".toCost", b.toCost(), false);
            BigDecimal multiplier = c.required(at + ".multiplierPercent", b.multiplierPercent());
            Long bp = null;
            if (multiplier != null && c.decimals(at + ".multiplierPercent", multiplier, 2)) {
                if (multiplier.signum() <= 0 || multiplier.compareTo(BigDecimal.valueOf(100_000)) > 0) {
                    c.fail(
                            at + ".multiplierPercent",
                            ErrorCode.OUT_OF_RANGE,
                            "must be more than 0 and at most 100000",
                            Map.of("min", 0.01, "max", 100_000));
                } else {
                    bp = multiplier.movePointRight(2).longValueExact();
                }
            }
            if (from != null) {
                if (i == 0 && from != 0) {
                    c.fail(
                            at + ".fromCost",
                            ErrorCode.OUT_OF_RANGE,
                            "the first band starts from 0",
                            Map.of("min", 0, "max", 0));
                } else if (i > 0 && previousTo == null) {
                    c.fail(at, ErrorCode.INVALID_STATE, "only the last band may be open (toCost null)");
                } else if (i > 0 && !from.equals(previousTo)) {
                    c.fail(
                            at + ".fromCost",
                            ErrorCode.OUT_OF_RANGE,
                            "must be " + previousTo + ", where the band before ends (bands are contiguous and do"
                                    + " not overlap)",
                            Map.of("min", previousTo, "max", previousTo));
                }
                if (to != null && to <= from) {
                    c.fail(
                            at + ".toCost",
                            ErrorCode.OUT_OF_RANGE,
                            "must be more than fromCost",
                            Map.of("min", from + 1, "max", Money.MAX));
                }
            }
            previousTo = to;
            if (from != null && bp != null) {
                out.add(new BandRow(i + 1, from, to, bp));
            }
        }
        c.done();
        return out;
    }

    private static PartsPricing toApi(List<BandRow> rows, long version) {
        List<PriceBand> bands = rows.stream()
                .map(b -> new PriceBand(
                        b.fromCost(),
                        b.toCost(),
                        BigDecimal.valueOf(b.multiplierBp(), 2).stripTrailingZeros()))
                .toList();
        return new PartsPricing(bands, version);
    }
}
