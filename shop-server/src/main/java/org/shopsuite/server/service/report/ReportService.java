package org.shopsuite.server.service.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shopsuite.model.DailyClose;
import org.shopsuite.model.DailyCloseInput;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.IsoTime;
import org.shopsuite.model.PauseReason;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.Receivables;
import org.shopsuite.model.Role;
import org.shopsuite.model.SalesReport;
import org.shopsuite.model.TechnicianReport;
import org.shopsuite.model.TimeEntryKind;
import org.shopsuite.model.event.DailyCloseRecorded;
import org.shopsuite.model.event.DailyCloseReopened;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.report.ReportDao;
import org.shopsuite.server.db.shop.ShopDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.shop.ShopService;

/**
 * The manager's numbers: the daily close and its cash count, the technicians' hours, sales with
 * gross profit, and receivables. Every figure is read from the shop's own records at the time of
 * asking (ADR 22), so a void or a correction shows in every report at once. Days are the shop's
 * time zone's; {@code from} and {@code to} are inclusive.
 */
public final class ReportService {
    /** Days a report covers at most. */
    public static final int MAX_REPORT_DAYS = 366;

    private static final int NOTE_MAX = 500;
    private static final long MS_PER_CENTI_HOUR = 36_000;
    private static final BigDecimal MS_PER_HOUR = BigDecimal.valueOf(3_600_000);

    private final Database db;
    private final EventStore events;
    private final ShopService shop;
    private final Times times;

    public ReportService(Database db, EventStore events, ShopService shop, Times times) {
        this.db = db;
        this.events = events;
        this.shop = shop;
        this.times = times;
    }

    // ---- the daily close -------------------------------------------------------------------

    /**
     * A location's day (its drawer, its invoices, sales and points), the day in the location's time
     * zone: today there when {@code date} is null.
     */
    public DailyClose dailyClose(long locationId, LocalDate date) {
        return db.read(tx -> {
            ZoneId zone = zoneOf(tx, locationId);
            return dailyClose(tx, locationId, date == null ? LocalDate.ofInstant(times.now(), zone) : date);
        });
    }

    /** The time zone of a location; a 400 naming {@code locationId} when there is none. */
    private static ZoneId zoneOf(Tx tx, long locationId) {
        return tx.locations()
                .find(locationId)
                .map(l -> ZoneId.of(l.timezone()))
                .orElseThrow(() -> ApiException.invalid(
                        "locationId", ErrorCode.NOT_FOUND, "location " + locationId + " does not exist"));
    }

    /**
     * Records the day's drawer count at the actor's location, once while it stands; the day must
     * not be in the future there.
     */
    public Change<DailyClose> close(Actor actor, DailyCloseInput in) {
        Check c = new Check();
        LocalDate day = c.required("date", in.date());
        Long counted = c.money("countedCash", in.countedCash(), true);
        String note = c.longText("note", in.note(), NOTE_MAX, false);
        c.done();
        long location = actor.locationId();
        return tx -> {
            LocalDate today = LocalDate.ofInstant(times.now(), zoneOf(tx, location));
            if (day.isAfter(today)) {
                throw ApiException.invalid("date", ErrorCode.OUT_OF_RANGE, "must not be after today (" + today + ")");
            }
            ReportDao dao = tx.reports();
            dao.standing(location, day).ifPresent(s -> {
                throw ApiException.conflict(
                        "date",
                        ErrorCode.INVALID_STATE,
                        day + " was closed by " + s.closedBy() + " at " + s.closedAt() + "; a manager may reopen it");
            });
            DailyClose before = dailyClose(tx, location, day);
            long expected = before.cash().expected();
            dao.close(location, day, counted, expected, note, actor.username(), times.now());
            events.append(
                    tx,
                    actor,
                    null,
                    null,
                    new DailyCloseRecorded(day, counted, expected, counted - expected, note, location));
            return dailyClose(tx, location, day);
        };
    }

    /**
     * Reopens a day's count at the actor's location (kept in the history) so that the drawer can be
     * counted again.
     */
    public Change<DailyClose> reopen(Actor actor, LocalDate day, String reasonText) {
        Check c = new Check();
        String reason = c.longText("reason", reasonText, NOTE_MAX, true);
        c.done();
        return tx -> {
            ReportDao dao = tx.reports();
            long location = actor.locationId();
            ReportDao.CloseRow standing = dao.standing(location, day)
                    .orElseThrow(() -> ApiException.conflict(
                            "date", ErrorCode.INVALID_STATE, day + " has no recorded count to reopen"));
            if (dao.reopen(standing.id(), actor.username(), times.now(), reason) == 0) {
                throw new IllegalStateException("daily close " + standing.id() + " changed under its lock");
            }
            events.append(tx, actor, null, null, new DailyCloseReopened(day, standing.countedCash(), reason, location));
            return dailyClose(tx, location, day);
        };
    }

    private DailyClose dailyClose(Tx tx, long location, LocalDate day) {
        ZoneId zone = zoneOf(tx, location);
        String start = bound(day.atStartOfDay(zone).toInstant());
        String end = bound(day.plusDays(1).atStartOfDay(zone).toInstant());
        ReportDao dao = tx.reports();
        ShopDao.Row s = shop.row();

        Map<PaymentMethod, long[]> taken = new EnumMap<>(PaymentMethod.class);
        Map<PaymentMethod, long[]> refunded = new EnumMap<>(PaymentMethod.class);
        long spentPoints = 0;
        for (ReportDao.PaymentSum p : dao.payments(start, end, location)) {
            (p.taken() ? taken : refunded).put(p.method(), new long[] {p.n(), Math.abs(p.amount())});
            spentPoints += p.points();
        }
        ReportDao.IssuedSum issued = dao.issued(start, end, location);
        ReportDao.VoidedSum voided = dao.voided(start, end, location);
        Map<PaymentMethod, long[]> sales = new EnumMap<>(PaymentMethod.class);
        for (ReportDao.SaleSum x : dao.counterSales(day, location)) {
            sales.put(x.method(), new long[] {x.n(), x.amount()});
        }
        Map<PaymentMethod, long[]> saleRefunds = new EnumMap<>(PaymentMethod.class);
        for (ReportDao.SaleSum x : dao.counterRefunds(start, end, location)) {
            saleRefunds.put(x.method(), new long[] {x.n(), x.amount()});
        }
        Map<PaymentMethod, long[]> pointsSold = new EnumMap<>(PaymentMethod.class);
        long soldPoints = 0;
        for (ReportDao.PointsSale x : dao.pointsSales(start, end, location)) {
            pointsSold.put(x.method(), new long[] {x.n(), x.amount()});
            soldPoints += x.points();
        }

        long cashPayments = amount(taken, PaymentMethod.CASH);
        long cashSales = amount(sales, PaymentMethod.CASH);
        long cashPoints = amount(pointsSold, PaymentMethod.CASH);
        long cashRefunds = amount(refunded, PaymentMethod.CASH) + amount(saleRefunds, PaymentMethod.CASH);
        long opening = s.openingCashFloat() == null ? 0 : s.openingCashFloat();
        long expected = opening + cashPayments + cashSales + cashPoints - cashRefunds;

        List<DailyClose.DailyCloseRecord> history =
                dao.closes(location, day).stream().map(ReportService::toApi).toList();
        DailyClose.DailyCloseRecord standing =
                history.stream().filter(h -> h.reopenedAt() == null).findFirst().orElse(null);
        DailyClose.Cash cash = new DailyClose.Cash(
                opening,
                cashPayments,
                cashSales,
                cashPoints,
                cashRefunds,
                expected,
                standing == null ? null : standing.countedCash(),
                standing == null ? null : standing.countedCash() - expected);
        return new DailyClose(
                day,
                s.currency(),
                totals(taken),
                totals(refunded),
                new DailyClose.Invoices(
                        issued.issued(),
                        issued.subtotal(),
                        issued.tax(),
                        issued.total(),
                        issued.unpaid(),
                        issued.unpaidAmount(),
                        voided.voided(),
                        voided.total()),
                new DailyClose.CounterSales(
                        (int) count(sales), sum(sales), totals(sales), (int) count(saleRefunds), sum(saleRefunds)),
                new DailyClose.PointsDay(
                        (int) count(pointsSold), soldPoints, sum(pointsSold), totals(pointsSold), spentPoints),
                cash,
                standing,
                standing != null && standing.expectedCash() != expected,
                history,
                Formulas.DAILY_CLOSE,
                location);
    }

    private static DailyClose.DailyCloseRecord toApi(ReportDao.CloseRow r) {
        return new DailyClose.DailyCloseRecord(
                r.day(),
                r.countedCash(),
                r.expectedCash(),
                r.difference(),
                r.note(),
                r.closedBy(),
                r.closedAt(),
                r.reopenedBy(),
                r.reopenedAt(),
                r.reopenReason());
    }

    private static long amount(Map<PaymentMethod, long[]> m, PaymentMethod method) {
        long[] v = m.get(method);
        return v == null ? 0 : v[1];
    }

    private static long count(Map<PaymentMethod, long[]> m) {
        return m.values().stream().mapToLong(v -> v[0]).sum();
    }

    private static long sum(Map<PaymentMethod, long[]> m) {
        return m.values().stream().mapToLong(v -> v[1]).sum();
    }

    private static List<DailyClose.MethodTotal> totals(Map<PaymentMethod, long[]> m) {
        List<DailyClose.MethodTotal> out = new ArrayList<>();
        m.forEach((method, v) -> out.add(new DailyClose.MethodTotal(method, (int) v[0], v[1])));
        return out;
    }

    // ---- technicians -----------------------------------------------------------------------

    /** A mechanic sees their own figures only; a manager everyone's, or one mechanic's. */
    /** The technicians' figures; {@code locationId} null for the chain's (its hours billed at it). */
    public TechnicianReport technicians(Actor actor, LocalDate from, LocalDate to, Long mechanicId, Long locationId) {
        Long only = mechanicId;
        if (actor.role() == Role.MECHANIC) {
            if (mechanicId != null && !mechanicId.equals(actor.mechanicId())) {
                throw ApiException.forbidden("a mechanic sees their own figures only");
            }
            only = actor.mechanicId();
            if (only == null) {
                throw ApiException.forbidden("this login is not a mechanic's");
            }
        }
        LocalDate[] range = range(from, to);
        ZoneId zone = shop.zone();
        Instant start = range[0].atStartOfDay(zone).toInstant();
        Instant end = range[1].plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = times.now();
        Instant until = end.isAfter(now) ? now : end;
        Long filter = only;
        return db.read(tx -> {
            ReportDao dao = tx.reports();
            Map<Long, long[]> ms = new TreeMap<>(); // attended, clocked, billed, warranty (ms)
            Map<Long, EnumMap<PauseReason, Long>> pauses = new TreeMap<>();
            for (ReportDao.EntryRow e : dao.entries(bound(start), bound(end), filter)) {
                long[] m = ms.computeIfAbsent(e.mechanicId(), k -> new long[4]);
                Instant entryEnd = e.endAt() == null ? now : e.endAt();
                m[e.kind() == TimeEntryKind.ATTENDANCE ? 0 : 1] += overlap(e.startAt(), entryEnd, start, until);
                if (e.pauseReason() != null) {
                    Instant resumed = first(first(e.nextStart(), e.jobEnded()), now);
                    pauses.computeIfAbsent(e.mechanicId(), k -> new EnumMap<>(PauseReason.class))
                            .merge(e.pauseReason(), overlap(e.endAt(), resumed, start, until), Long::sum);
                }
            }
            for (ReportDao.BilledRow b : dao.billed(bound(start), bound(end), filter, locationId)) {
                ms.computeIfAbsent(b.mechanicId(), k -> new long[4])[b.warranty() ? 3 : 2] +=
                        b.hoursCenti() * MS_PER_CENTI_HOUR;
            }
            List<TechnicianReport.Technician> items = new ArrayList<>();
            for (ReportDao.MechanicRow mech : dao.mechanics()) {
                boolean wanted = filter == null ? (mech.active() || ms.containsKey(mech.id())) : filter == mech.id();
                if (!wanted) {
                    continue;
                }
                long[] m = ms.getOrDefault(mech.id(), new long[4]);
                Map<PauseReason, BigDecimal> byReason = new EnumMap<>(PauseReason.class);
                EnumMap<PauseReason, Long> p = pauses.getOrDefault(mech.id(), new EnumMap<>(PauseReason.class));
                for (PauseReason r : PauseReason.values()) {
                    byReason.put(r, hours(p.getOrDefault(r, 0L)));
                }
                items.add(new TechnicianReport.Technician(
                        mech.id(),
                        mech.name(),
                        hours(m[0]),
                        hours(m[1]),
                        hours(m[2]),
                        hours(m[3]),
                        percent(m[2], m[1]),
                        percent(m[1], m[0]),
                        percent(m[2], m[0]),
                        byReason));
            }
            return new TechnicianReport(range[0], range[1], items, Formulas.TECHNICIANS);
        });
    }

    private static Instant first(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    /** Milliseconds of [a, b) inside [from, to). */
    private static long overlap(Instant a, Instant b, Instant from, Instant to) {
        Instant s = a.isAfter(from) ? a : from;
        Instant e = b.isBefore(to) ? b : to;
        return e.isAfter(s) ? e.toEpochMilli() - s.toEpochMilli() : 0;
    }

    // ---- sales -----------------------------------------------------------------------------

    /** Sales by period; {@code locationId} null for the chain's. */
    public SalesReport sales(LocalDate from, LocalDate to, String groupByText, Long locationId) {
        String groupBy = groupByText == null ? "day" : groupByText;
        if (!groupBy.equals("day") && !groupBy.equals("week") && !groupBy.equals("month")) {
            throw ApiException.invalid("groupBy", ErrorCode.NOT_ALLOWED_VALUE, "must be day, week or month");
        }
        LocalDate[] range = range(from, to);
        ZoneId zone = shop.zone();
        ShopDao.Row s = shop.row();
        long costPerHour = s.laborCostPerHour() == null ? 0 : s.laborCostPerHour();
        String start = bound(range[0].atStartOfDay(zone).toInstant());
        String end = bound(range[1].plusDays(1).atStartOfDay(zone).toInstant());
        Map<LocalDate, SalesTally> periods = new TreeMap<>();
        for (LocalDate p = periodOf(range[0], groupBy); !p.isAfter(range[1]); p = next(p, groupBy)) {
            periods.put(p, new SalesTally());
        }
        SalesTally total = new SalesTally();
        db.read(tx -> {
            ReportDao dao = tx.reports();
            for (ReportDao.InvoiceSum i : dao.invoices(start, end, locationId)) {
                LocalDate d = LocalDate.ofInstant(i.issuedAt(), zone);
                periods.get(periodOf(d, groupBy)).add(i);
                total.add(i);
            }
            for (ReportDao.EstimateSum e : dao.estimates(start, end, locationId)) {
                LocalDate d = LocalDate.ofInstant(e.presentedAt(), zone);
                periods.get(periodOf(d, groupBy)).add(e);
                total.add(e);
            }
            for (ReportDao.ClaimRow c : dao.comebacks(start, end, locationId)) {
                periods.get(periodOf(LocalDate.ofInstant(c.createdAt(), zone), groupBy)).comebacks++;
                total.comebacks++;
            }
            for (ReportDao.CounterSaleSum c : dao.counterSaleSums(range[0], range[1], locationId)) {
                periods.get(periodOf(c.soldOn(), groupBy)).add(c);
                total.add(c);
            }
            return null;
        });
        List<SalesReport.Period> rows = new ArrayList<>();
        periods.forEach((p, t) -> {
            LocalDate last = next(p, groupBy).minusDays(1);
            rows.add(t.figures(
                    p, p.isBefore(range[0]) ? range[0] : p, last.isAfter(range[1]) ? range[1] : last, costPerHour));
        });
        return new SalesReport(
                range[0],
                range[1],
                groupBy,
                s.currency(),
                costPerHour,
                rows,
                total.figures(range[0], range[0], range[1], costPerHour),
                Formulas.SALES);
    }

    static LocalDate periodOf(LocalDate d, String groupBy) {
        return switch (groupBy) {
            case "week" -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> d.withDayOfMonth(1);
            default -> d;
        };
    }

    private static LocalDate next(LocalDate p, String groupBy) {
        return switch (groupBy) {
            case "week" -> p.plusWeeks(1);
            case "month" -> p.plusMonths(1);
            default -> p.plusDays(1);
        };
    }

    /** Sums of one period. */
    private static final class SalesTally {
        int repairOrders;
        int warrantyOrders;
        long sales;
        long billedCenti;
        long warrantyCenti;
        long labor;
        long parts;
        long sublet;
        long fees;
        long discounts;
        long partsCost;
        long subletCost;
        long presentedCenti;
        long soldCenti;
        long amountPresented;
        long amountSold;
        int comebacks;
        int counterSales;
        long counterAmount;
        long counterCost;

        void add(ReportDao.InvoiceSum i) {
            if (i.warranty()) {
                warrantyOrders++;
                warrantyCenti += i.laborHoursCenti();
            } else {
                repairOrders++;
                billedCenti += i.laborHoursCenti();
            }
            sales += i.subtotal();
            labor += i.labor();
            parts += i.parts();
            sublet += i.sublet();
            fees += i.fees();
            discounts += i.discounts();
            partsCost += i.partsCost();
            subletCost += i.subletCost();
        }

        void add(ReportDao.EstimateSum e) {
            presentedCenti += e.hoursPresentedCenti();
            soldCenti += e.hoursSoldCenti();
            amountPresented += e.amountPresented();
            amountSold += e.amountSold();
        }

        void add(ReportDao.CounterSaleSum c) {
            counterSales++;
            counterAmount += c.subtotal();
            counterCost += c.cost();
        }

        SalesReport.Period figures(LocalDate period, LocalDate from, LocalDate to, long costPerHour) {
            long laborCost = divide((billedCenti + warrantyCenti) * costPerHour, 100);
            long laborGp = labor - laborCost;
            long partsGp = parts - partsCost;
            long grossProfit = sales - laborCost - partsCost - subletCost;
            return new SalesReport.Period(
                    period,
                    from,
                    to,
                    repairOrders,
                    warrantyOrders,
                    sales,
                    repairOrders == 0 ? null : divide(sales, repairOrders),
                    centiHours(billedCenti),
                    centiHours(warrantyCenti),
                    repairOrders == 0
                            ? null
                            : BigDecimal.valueOf(billedCenti)
                                    .divide(BigDecimal.valueOf(100L * repairOrders), 2, RoundingMode.HALF_UP),
                    billedCenti == 0 ? null : divide(labor * 100, billedCenti),
                    labor,
                    parts,
                    sublet,
                    fees,
                    discounts,
                    laborCost,
                    partsCost,
                    subletCost,
                    laborGp,
                    percent(laborGp, labor),
                    partsGp,
                    percent(partsGp, parts),
                    sublet - subletCost,
                    grossProfit,
                    percent(grossProfit, sales),
                    centiHours(presentedCenti),
                    centiHours(soldCenti),
                    amountPresented,
                    amountSold,
                    percent(amountSold, amountPresented),
                    comebacks,
                    percent(comebacks, repairOrders),
                    counterSales,
                    counterAmount,
                    counterCost);
        }
    }

    // ---- receivables -----------------------------------------------------------------------

    /** Open invoices by age; {@code locationId} null for the chain's. */
    public Receivables receivables(Long locationId) {
        LocalDate today = shop.today();
        ZoneId zone = shop.zone();
        List<ReportDao.OpenInvoice> open = db.read(tx -> tx.reports().open(locationId));
        String[] names = {"0-30", "31-60", "61-90", "91+"};
        int[] counts = new int[4];
        long[] balances = new long[4];
        List<Receivables.Item> items = new ArrayList<>();
        long total = 0;
        for (ReportDao.OpenInvoice i : open) {
            int age = (int) ChronoUnit.DAYS.between(LocalDate.ofInstant(i.issuedAt(), zone), today);
            int b = age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : 3;
            long balance = i.total() - i.paid();
            counts[b]++;
            balances[b] += balance;
            total += balance;
            items.add(new Receivables.Item(
                    i.id(),
                    i.number(),
                    i.receiptId(),
                    i.customerId(),
                    i.customerName(),
                    i.customerPhone(),
                    i.issuedAt(),
                    age,
                    names[b],
                    i.total(),
                    i.paid(),
                    balance));
        }
        List<Receivables.Bucket> buckets = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            buckets.add(new Receivables.Bucket(names[b], counts[b], balances[b]));
        }
        return new Receivables(today, shop.row().currency(), buckets, items.size(), total, items, Formulas.RECEIVABLES);
    }

    // ---- shared ----------------------------------------------------------------------------

    /** The range asked for: this month so far by default, at most {@link #MAX_REPORT_DAYS} days. */
    private LocalDate[] range(LocalDate from, LocalDate to) {
        LocalDate today = shop.today();
        LocalDate first = from == null ? (to == null ? today : to).withDayOfMonth(1) : from;
        LocalDate last = to == null ? (from == null ? today : maxOf(first, today)) : to;
        if (last.isBefore(first)) {
            throw ApiException.invalid("to", ErrorCode.OUT_OF_RANGE, "must not be before from");
        }
        if (first.plusDays(MAX_REPORT_DAYS).isBefore(last)) {
            throw ApiException.invalid(
                    "to",
                    ErrorCode.OUT_OF_RANGE,
                    "a report covers at most " + MAX_REPORT_DAYS + " days",
                    Map.of("maxDays", MAX_REPORT_DAYS));
        }
        return new LocalDate[] {first, last};
    }

    private static LocalDate maxOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * A range bound as text that every stored form of the same instant starts with (stored
     * instants end in {@code Z} after a varying number of decimals; a day's start has none).
     */
    static String bound(Instant t) {
        String s = IsoTime.format(t);
        return s.substring(0, s.length() - 1);
    }

    /** {@code a / b} rounded half-up (b > 0). */
    static long divide(long a, long b) {
        return BigDecimal.valueOf(a)
                .divide(BigDecimal.valueOf(b), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** {@code 100 * part / whole} with one decimal, half-up; null when whole is zero. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal hours(long ms) {
        return BigDecimal.valueOf(ms).divide(MS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal centiHours(long centi) {
        return BigDecimal.valueOf(centi, 2);
    }

    /** Every formula, as the API answers it beside the figures and the docs write it. */
    static final class Formulas {
        private Formulas() {}

        static final Map<String, String> DAILY_CLOSE = ordered(
                "payments", "payments on invoices received on the day, by method (voids not subtracted)",
                "refunds", "payments voided on the day (refunded), by the refund's method",
                "invoices.unpaidAmount",
                        "of the invoices issued on the day and not void: total - paid by the day's end",
                "counterSales.total", "every counter sale made on the day (incl. tax); refunds on the day apart",
                "points.spentPoints", "points paid on invoices on the day, less points given back by voids",
                "cash.expected",
                        "openingFloat + cash payments + cash counter sales + cash points sales - cash refunds"
                                + " (of payments and of counter sales)",
                "cash.difference", "counted - expected (over when positive, short when negative)");

        static final Map<String, String> TECHNICIANS = ordered(
                "attendedHours", "clocked in to clocked out, within the range (a running clock counts to now)",
                "clockedHours", "time on the clock of jobs, within the range",
                "billedHours",
                        "labour hours on invoices issued in the range and not void, for the mechanic's jobs,"
                                + " warranty invoices apart",
                "warrantyHours", "labour hours on warranty (no charge) invoices issued in the range",
                "efficiencyPercent", "billedHours / clockedHours x 100",
                "productivityPercent", "clockedHours / attendedHours x 100",
                "proficiencyPercent", "billedHours / attendedHours x 100",
                "pauseHours", "from a pause to the job's next clock (or its finish, or now), by the pause's reason");

        static final Map<String, String> SALES = ordered(
                "repairOrders",
                        "car count: invoices issued in the period and not void, warranty (no charge) ones"
                                + " apart (warrantyOrders); a re-issued invoice counts once",
                "sales", "sum of those invoices' subtotals (excluding tax; after discounts)",
                "averageRepairOrder", "ARO = sales / repairOrders (half-up)",
                "billedHours", "labour hours of those invoices (warranty hours apart)",
                "hoursPerRepairOrder", "billedHours / repairOrders",
                "effectiveLaborRate", "ELR = laborSales / billedHours (half-up)",
                "laborCost", "(billedHours + warrantyHours) x laborCostPerHour (half-up)",
                "partsCost", "parts issued to those jobs (less returns) x their cost when issued",
                "subletCost", "what contractors charged for the completed sublet orders of those jobs",
                "laborGpPercent", "(laborSales - laborCost) / laborSales x 100",
                "partsGpPercent", "(partsSales - partsCost) / partsSales x 100",
                "grossProfit", "sales - laborCost - partsCost - subletCost",
                "gpPercent", "grossProfit / sales x 100",
                "hoursPresented", "labour hours on estimates presented in the period (the current estimate)",
                "hoursSold", "of those, the hours the customer approved",
                "closeRatioPercent", "amountSold / amountPresented x 100 (estimate lines approved vs presented)",
                "comebackRatePercent", "warranty claims registered in the period / repairOrders x 100",
                "counterSalesAmount",
                        "counter sales made and not cancelled or returned (excluding tax);"
                                + " not in sales: counter sales are no repair orders",
                "counterSalesCost", "their parts at the part's cost price");

        static final Map<String, String> RECEIVABLES = ordered(
                "balance", "total - paid of each issued invoice not paid in full",
                "ageDays", "days from the day the invoice was issued to today",
                "buckets", "0-30, 31-60, 61-90 and 91+ days");

        private static Map<String, String> ordered(String... kv) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < kv.length; i += 2) {
                m.put(kv[i], kv[i + 1]);
            }
            return java.util.Collections.unmodifiableMap(m);
        }
    }
}
