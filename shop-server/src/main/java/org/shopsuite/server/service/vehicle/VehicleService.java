package org.shopsuite.server.service.vehicle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.Fuel;
import org.shopsuite.model.Page;
import org.shopsuite.model.Plates;
import org.shopsuite.model.RepairRecord;
import org.shopsuite.model.TransferInput;
import org.shopsuite.model.VehicleInput;
import org.shopsuite.model.VehicleOwner;
import org.shopsuite.model.VehicleRecord;
import org.shopsuite.model.Visit;
import org.shopsuite.model.VisitPart;
import org.shopsuite.model.Warning;
import org.shopsuite.model.WarningCode;
import org.shopsuite.model.event.MileageRecorded;
import org.shopsuite.model.event.VehicleCreated;
import org.shopsuite.model.event.VehicleTransferred;
import org.shopsuite.model.event.VehicleUpdated;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.WriteTx;
import org.shopsuite.server.db.customer.CustomerDao;
import org.shopsuite.server.db.vehicle.VehicleDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Hours;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Text;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.customer.CustomerService;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.shop.ShopService;

/**
 * Vehicles: the shop's record of each car, its owners over time and its visits. History is tied
 * to the vehicle first and the customer second: a transfer changes the owner, never the history.
 */
public final class VehicleService {
    /** At most this many open receipts are named in a VEHICLE_ALREADY_IN_SHOP warning (the newest). */
    static final int MAX_OPEN_LISTED = 10;

    /** The longest range a repair-record report covers, in days. */
    static final int MAX_REPORT_DAYS = 366;

    private final Database db;
    private final EventStore events;
    private final CustomerService customers;
    private final ShopService shop;
    private final Times times;

    public VehicleService(Database db, EventStore events, CustomerService customers, ShopService shop, Times times) {
        this.db = db;
        this.events = events;
        this.customers = customers;
        this.shop = shop;
        this.times = times;
    }

    private record Valid(
            Plates.Plate plate,
            String vin,
            String make,
            String model,
            Integer year,
            Fuel fuel,
            String colour,
            Long customerId,
            boolean active,
            List<Warning> warnings,
            java.time.LocalDate firstRegisteredOn) {}

    private Valid validate(VehicleInput in, boolean creating) {
        Check c = new Check();
        String typed = c.text("plate", in.plate(), 20);
        Plates.Plate plate = typed == null || c.failed("plate") ? null : Plates.of(typed);
        List<Warning> warnings = new ArrayList<>();
        String vin = vin(c, "vin", in.vin(), warnings);
        String make = c.optionalText("make", in.make(), 50);
        if (make == null && vin != null && !c.failed("vin")) {
            make = Vins.maker(vin);
        }
        String model = c.optionalText("model", in.model(), 50);
        Integer year = c.wholeNumber("year", in.year(), 1900, shop.today().getYear() + 1, false);
        String colour = c.optionalText("colour", in.colour(), 30);
        Long customerId = creating ? c.required("customerId", in.customerId()) : in.customerId();
        java.time.LocalDate registered = in.firstRegisteredOn();
        if (registered != null && (registered.getYear() < 1900 || registered.isAfter(shop.today()))) {
            c.fail("firstRegisteredOn", ErrorCode.OUT_OF_RANGE, "must be a day from 1900 to today");
        }
        c.done();
        return new Valid(
                plate,
                vin,
                make,
                model,
                year,
                in.fuel(),
                colour,
                customerId,
                in.active() == null || in.active(),
                List.copyOf(warnings),
                registered);
    }

    /** A VIN, checked: 17 characters without I, O, Q; a check digit that does not match is a warning. */
    static String vin(Check c, String field, String value, List<Warning> warnings) {
        String vin = c.optionalText(field, value, 20);
        if (vin == null || c.failed(field)) {
            return vin;
        }
        vin = Vins.normalise(vin);
        if (!Vins.FORMAT.matcher(vin).matches()) {
            c.fail(field, ErrorCode.PATTERN, "must be 17 letters and digits (no I, O or Q)");
        } else if (!Vins.checkDigitMatches(vin)) {
            warnings.add(new Warning(
                    WarningCode.VIN_CHECK_DIGIT,
                    "the VIN's check digit (position 9) does not match; many Korean domestic VINs do not use one",
                    Map.of("vin", vin)));
        }
        return vin;
    }

    public Change<VehicleRecord> create(Actor actor, VehicleInput in) {
        Valid v = validate(in, true);
        return tx -> {
            long owner = liveCustomer(tx, "customerId", v.customerId());
            uniquePlate(tx, v.plate(), null);
            Instant now = times.now();
            long id = tx.vehicles()
                    .insert(new VehicleDao.New(
                            v.plate().plate(),
                            v.plate().standard(),
                            v.plate().tail(),
                            v.vin(),
                            v.make(),
                            v.model(),
                            v.year(),
                            v.fuel(),
                            v.colour(),
                            owner,
                            null,
                            now));
            tx.vehicles().openOwnership(id, owner, null, now);
            tx.vehicles().setFirstRegistered(id, v.firstRegisteredOn());
            appendCreated(tx, actor, null, tx.vehicles().find(id).orElseThrow());
            return load(tx, id, v.warnings());
        };
    }

    public Change<VehicleRecord> update(Actor actor, long id, long version, VehicleInput in) {
        Valid v = validate(in, false);
        return tx -> {
            VehicleDao dao = tx.vehicles();
            VehicleDao.Row current = dao.find(id).orElseThrow(() -> ApiException.notFound("vehicle", id));
            if (v.customerId() != null && v.customerId() != current.customerId()) {
                throw ApiException.invalid(
                        "customerId",
                        ErrorCode.NOT_ALLOWED_VALUE,
                        "the owner changes only by POST /vehicles/" + id + "/transfer, which keeps the history");
            }
            if (v.active()) {
                uniquePlate(tx, v.plate(), id);
            }
            if (dao.update(
                            id,
                            version,
                            v.plate().plate(),
                            v.plate().standard(),
                            v.plate().tail(),
                            v.vin(),
                            v.make(),
                            v.model(),
                            v.year(),
                            v.fuel(),
                            v.colour(),
                            v.active(),
                            times.now())
                    == 0) {
                throw ApiException.preconditionFailed(current.version());
            }
            dao.setFirstRegistered(id, v.firstRegisteredOn());
            VehicleDao.Row row = dao.find(id).orElseThrow();
            events.append(
                    tx,
                    actor,
                    null,
                    null,
                    new VehicleUpdated(
                            id,
                            row.plate(),
                            row.plateStandard(),
                            row.vin(),
                            row.make(),
                            row.model(),
                            row.year(),
                            row.fuel(),
                            row.colour(),
                            row.active()));
            return load(tx, id, v.warnings());
        };
    }

    /** The record's form, for a PATCH to merge its changes into. */
    public VehicleInput asInput(Actor actor, long id) {
        VehicleRecord v = get(actor, id);
        return new VehicleInput(
                v.plate(),
                v.vin(),
                v.make(),
                v.model(),
                v.year(),
                v.fuel(),
                v.colour(),
                v.customerId(),
                v.active(),
                v.firstRegisteredOn());
    }

    public Change<VehicleRecord> transfer(Actor actor, long id, TransferInput in) {
        Check c = new Check();
        Long to = c.required("customerId", in.customerId());
        String reason = c.text("reason", in.reason(), 500);
        c.done();
        return tx -> {
            VehicleDao dao = tx.vehicles();
            VehicleDao.Row v = dao.find(id).orElseThrow(() -> ApiException.notFound("vehicle", id));
            long owner = liveCustomer(tx, "customerId", to);
            if (!v.active()) {
                throw ApiException.conflict(
                        "id",
                        ErrorCode.INVALID_STATE,
                        "vehicle " + id + " is no longer active; it cannot change hands");
            }
            if (owner == v.customerId()) {
                throw ApiException.conflict(
                        "customerId", ErrorCode.INVALID_STATE, "customer " + owner + " already owns vehicle " + id);
            }
            Instant now = times.now();
            dao.closeOwnership(id, now);
            dao.openOwnership(id, owner, reason, now);
            dao.setOwner(id, owner, now);
            tx.customers().touch(owner, now);
            events.append(tx, actor, null, null, new VehicleTransferred(id, v.customerId(), owner, reason));
            return load(tx, id, List.of());
        };
    }

    public VehicleRecord get(Actor actor, long id) {
        return db.read(tx -> {
            mayRead(tx, actor, id);
            return load(tx, id, List.of());
        });
    }

    private static void mayRead(Tx tx, Actor actor, long id) {
        if (!actor.seesCustomerContact()) {
            if (tx.vehicles().find(id).isEmpty()) {
                throw ApiException.notFound("vehicle", id);
            }
            if (actor.mechanicId() == null || !tx.vehicles().servedBy(id, actor.mechanicId())) {
                throw ApiException.forbidden("a mechanic sees only the vehicles of their own jobs");
            }
        }
    }

    /** By plate (normalised, as typed), by VIN, or plates from their start / by their last four digits. */
    public Page<VehicleRecord> search(String plate, String vin, String q, String cursor, int limit) {
        long before = Cursor.before(cursor);
        return db.read(tx -> {
            VehicleDao dao = tx.vehicles();
            List<VehicleDao.Row> rows;
            if (plate != null && !Text.clean(plate).isEmpty()) {
                Plates.Plate p = Plates.of(Text.clean(plate));
                rows = dao.byPlate(p.plate(), 50).stream()
                        .filter(r -> r.id() < before)
                        .limit(limit + 1L)
                        .toList();
            } else if (vin != null && !Text.clean(vin).isEmpty()) {
                rows = dao.byVin(Vins.normalise(Text.clean(vin)), 50).stream()
                        .filter(r -> r.id() < before)
                        .limit(limit + 1L)
                        .toList();
            } else if (q != null && !Text.clean(q).isEmpty()) {
                String prefix = Plates.searchPrefix(Text.clean(q));
                String tail = prefix.matches("[0-9]{4}") ? prefix : null;
                rows = dao.search(prefix, tail, before, limit + 1);
            } else {
                rows = dao.list(before, limit + 1);
            }
            Page<VehicleDao.Row> page = Pages.of(rows, limit, VehicleDao.Row::id, r -> r);
            return new Page<>(toApi(tx, page.items(), List.of()), page.nextCursor());
        });
    }

    public Page<Visit> history(Actor actor, long id, String cursor, int limit) {
        long before = Cursor.before(cursor);
        return db.read(tx -> {
            if (tx.vehicles().find(id).isEmpty()) {
                throw ApiException.notFound("vehicle", id);
            }
            mayRead(tx, actor, id);
            return visits(tx, tx.vehicles().visitsOfVehicle(id, before, limit + 1), limit);
        });
    }

    public Page<Visit> customerHistory(Actor actor, long id, String cursor, int limit) {
        long before = Cursor.before(cursor);
        return db.read(tx -> {
            if (tx.customers().find(id).isEmpty()) {
                throw ApiException.notFound("customer", id);
            }
            CustomerService.mayRead(tx, actor, id);
            return visits(tx, tx.vehicles().visitsOfCustomer(id, before, limit + 1), limit);
        });
    }

    private static Page<Visit> visits(Tx tx, List<VehicleDao.Visit> rows, int limit) {
        Page<VehicleDao.Visit> page = Pages.of(rows, limit, VehicleDao.Visit::receiptId, r -> r);
        Map<Long, List<VisitPart>> parts = partsOf(tx, page.items());
        Map<Long, List<org.shopsuite.model.VisitClaim>> comebacks = new java.util.HashMap<>();
        if (!page.items().isEmpty()) {
            for (VehicleDao.Comeback c : tx.vehicles()
                    .comebacksOf(page.items().stream()
                            .map(VehicleDao.Visit::receiptId)
                            .toList())) {
                comebacks
                        .computeIfAbsent(c.originalReceiptId(), k -> new ArrayList<>())
                        .add(new org.shopsuite.model.VisitClaim(
                                c.claimId(), c.complaint(), c.status(), c.coverage(), c.windowEndsOn()));
            }
        }
        List<Visit> out = new ArrayList<>(page.items().size());
        for (VehicleDao.Visit r : page.items()) {
            out.add(new Visit(
                    r.receiptId(),
                    r.requestDate(),
                    r.vehicleId(),
                    r.plate(),
                    r.customerId(),
                    r.customerName(),
                    r.mileageKm(),
                    r.request(),
                    r.status(),
                    r.mechanicName(),
                    r.jobStatus(),
                    r.laborCenti() == null ? null : Hours.of(r.laborCenti()),
                    r.notes(),
                    r.jobId() == null ? List.of() : parts.getOrDefault(r.jobId(), List.of()),
                    r.invoiceId(),
                    r.invoiceNumber(),
                    r.total(),
                    r.paid(),
                    r.finishedAt(),
                    r.releasedAt(),
                    r.warrantyClaimId(),
                    comebacks.getOrDefault(r.receiptId(), List.of())));
        }
        return new Page<>(out, page.nextCursor());
    }

    private static Map<Long, List<VisitPart>> partsOf(Tx tx, List<VehicleDao.Visit> visits) {
        List<Long> jobs = visits.stream()
                .map(VehicleDao.Visit::jobId)
                .filter(Objects::nonNull)
                .toList();
        Map<Long, List<VisitPart>> parts = new HashMap<>();
        if (jobs.isEmpty()) {
            return parts;
        }
        for (VehicleDao.VisitPart p : tx.vehicles().partsOf(jobs)) {
            parts.computeIfAbsent(p.jobId(), k -> new ArrayList<>())
                    .add(new VisitPart(p.partNumber(), p.partName(), (int) p.quantity(), p.unitPrice()));
        }
        return parts;
    }

    /**
     * The repair record (자동차관리법 §58) of every visit finished between two days of the shop's
     * calendar, inclusive, oldest first.
     */
    public List<RepairRecord> repairRecords(LocalDate from, LocalDate to) {
        LocalDate today = shop.today();
        LocalDate first = from == null ? today.withDayOfMonth(1) : from;
        LocalDate last = to == null ? today : to;
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
        ZoneId zone = shop.zone();
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        return db.read(tx -> {
            List<VehicleDao.Visit> rows = tx.vehicles().finishedBetween(start, end);
            Map<Long, List<VisitPart>> parts = partsOf(tx, rows);
            Map<Long, VehicleDao.Row> vehicles = new HashMap<>();
            List<RepairRecord> out = new ArrayList<>(rows.size());
            for (VehicleDao.Visit r : rows) {
                VehicleDao.Row v = vehicles.computeIfAbsent(
                        r.vehicleId(), k -> tx.vehicles().find(k).orElseThrow());
                out.add(new RepairRecord(
                        r.receiptId(),
                        r.plate(),
                        v.vin(),
                        v.make(),
                        v.model(),
                        r.mileageKm(),
                        r.customerName(),
                        r.requestDate(),
                        r.finishedAt(),
                        r.releasedAt(),
                        r.mechanicName(),
                        r.request(),
                        workDone(r, parts.getOrDefault(r.jobId(), List.of())),
                        r.invoiceNumber(),
                        r.total()));
            }
            return out;
        });
    }

    /** The work done, as the record states it: the hours, the parts fitted and the mechanic's notes. */
    static String workDone(VehicleDao.Visit r, List<VisitPart> parts) {
        StringBuilder b = new StringBuilder();
        if (r.laborCenti() != null) {
            b.append(Hours.of(r.laborCenti()).toPlainString()).append(" h");
        }
        for (VisitPart p : parts) {
            b.append(b.isEmpty() ? "" : "; ")
                    .append(p.name())
                    .append(" (")
                    .append(p.partNumber())
                    .append(") x")
                    .append(p.quantity());
        }
        if (r.notes() != null) {
            b.append(b.isEmpty() ? "" : "; ").append(r.notes().replace('\n', ' '));
        }
        return b.toString();
    }

    // ---- find-or-create for receipts -------------------------------------------------------

    /** What a receipt says about its customer and car. */
    public record Sighting(
            Long customerId,
            Long vehicleId,
            String name,
            String phone,
            String carId,
            String vin,
            String make,
            String model,
            Integer year,
            Integer mileageKm,
            LocalDate requestDate,
            Plates.Plate plate,
            String phoneDigits) {}

    /** The customer and vehicle a receipt is linked to, the warnings for the counter, the name and plate used. */
    public record Link(
            long customerId,
            long vehicleId,
            String customerName,
            String plate,
            Integer previousMileageKm,
            List<Warning> warnings) {}

    /**
     * Finds or creates the receipt's vehicle and customer, in the receipt's transaction: the
     * vehicle by its plate (normalised), else created; the customer given by id, else the known
     * vehicle's owner, else the most recently seen customer with that phone, else created from the
     * name and phone. Ownership never changes here.
     */
    public Link link(WriteTx tx, Actor actor, Sighting s) {
        VehicleDao vehicles = tx.vehicles();
        CustomerDao customers = tx.customers();
        List<Warning> warnings = new ArrayList<>();
        String phone = s.phoneDigits();
        VehicleDao.Known vehicle;
        if (s.vehicleId() != null) {
            vehicle = vehicles.knownById(s.vehicleId())
                    .orElseThrow(() -> ApiException.invalid(
                            "vehicleId", ErrorCode.NOT_FOUND, "vehicle " + s.vehicleId() + " does not exist"));
            if (!vehicle.active()) {
                throw ApiException.conflict(
                        "vehicleId", ErrorCode.INVALID_STATE, "vehicle " + vehicle.id() + " is no longer active");
            }
        } else {
            vehicle = vehicles.knownByPlate(s.plate().plate()).orElse(null);
        }
        Instant now = times.now();
        long customerId;
        long vehicleId;
        String plateShown;
        Integer last = null;
        String ownerName;
        if (vehicle != null) {
            if (s.customerId() != null && liveCustomer(tx, "customerId", s.customerId()) != vehicle.customerId()) {
                throw ApiException.conflict(
                        "customerId",
                        ErrorCode.INVALID_STATE,
                        "vehicle " + vehicle.plate() + " belongs to customer " + vehicle.customerId()
                                + ", not customer " + s.customerId()
                                + "; transfer it first (POST /vehicles/" + vehicle.id() + "/transfer)",
                        Map.of("vehicleId", vehicle.id(), "ownerId", vehicle.customerId()));
            }
            customerId = vehicle.customerId();
            vehicleId = vehicle.id();
            plateShown = vehicle.plate();
            last = vehicle.lastMileageKm();
            ownerName = vehicle.customerName();
            if (s.customerId() == null) {
                ownerMismatch(vehicle, s.name(), phone, warnings);
            }
            // the newest few: a car is rarely in twice, and the answer stays small when it is
            List<Long> open = ids(vehicle.openIds());
            if (!open.isEmpty()) {
                warnings.add(new Warning(
                        WarningCode.VEHICLE_ALREADY_IN_SHOP,
                        vehicle.plate() + " is already in the shop (receipt " + open.get(0) + ")",
                        Map.of("receiptIds", open)));
            }
            if (visitChanges(vehicle, s)) {
                vehicles.visited(vehicleId, s.vin(), s.make(), s.model(), s.year(), s.mileageKm(), now);
            }
        } else {
            ownerName = s.name();
            if (s.customerId() != null) {
                customerId = liveCustomer(tx, "customerId", s.customerId());
                ownerName =
                        customers.find(customerId).map(CustomerDao.Row::name).orElse(null);
            } else {
                List<CustomerDao.Row> byPhone = phone == null ? List.of() : customers.byPhone(phone);
                if (!byPhone.isEmpty()) {
                    customerId = byPhone.get(0).id();
                    ownerName = byPhone.get(0).name();
                    if (byPhone.size() > 1) {
                        warnings.add(new Warning(
                                WarningCode.AMBIGUOUS_CUSTOMER,
                                byPhone.size() + " customers have this phone; the most recently seen was chosen",
                                Map.of(
                                        "customerIds",
                                        byPhone.stream()
                                                .map(CustomerDao.Row::id)
                                                .toList(),
                                        "chosenId",
                                        customerId)));
                    }
                } else {
                    customerId = this.customers.insert(
                            tx,
                            actor,
                            new CustomerService.Valid(
                                    s.name(), phone == null ? List.of() : List.of(phone), null, null, null, false));
                }
            }
            Plates.Plate plate = s.plate();
            String make = s.make() == null && s.vin() != null ? Vins.maker(s.vin()) : s.make();
            vehicleId = vehicles.insert(new VehicleDao.New(
                    plate.plate(),
                    plate.standard(),
                    plate.tail(),
                    s.vin(),
                    make,
                    s.model(),
                    s.year(),
                    null,
                    null,
                    customerId,
                    s.mileageKm(),
                    now));
            vehicles.openOwnership(vehicleId, customerId, null, now);
            plateShown = plate.plate();
            events.append(
                    tx,
                    actor,
                    null,
                    null,
                    new VehicleCreated(
                            vehicleId,
                            plate.plate(),
                            plate.standard(),
                            s.vin(),
                            make,
                            s.model(),
                            s.year(),
                            null,
                            null,
                            customerId));
        }
        if (s.mileageKm() != null && last != null && s.mileageKm() < last) {
            warnings.add(new Warning(
                    WarningCode.MILEAGE_LOWER_THAN_LAST,
                    "the odometer reading " + s.mileageKm() + " km is lower than the last one, " + last + " km",
                    Map.of("lastMileageKm", last, "mileageKm", s.mileageKm())));
        }
        LocalDate today = shop.today();
        if (s.requestDate() != null && s.requestDate().isBefore(today)) {
            warnings.add(new Warning(
                    WarningCode.REQUEST_DATE_IN_PAST,
                    "the request date " + s.requestDate() + " is before today, " + today,
                    Map.of("requestDate", s.requestDate().toString(), "today", today.toString())));
        }
        return new Link(customerId, vehicleId, ownerName, plateShown, last, List.copyOf(warnings));
    }

    /** Whether a receipt tells the vehicle's record something it lacks, or a higher odometer reading. */
    private static boolean visitChanges(VehicleDao.Known v, Sighting s) {
        return (s.vin() != null && v.vin() == null)
                || (s.make() != null && v.make() == null)
                || (s.model() != null && v.model() == null)
                || (s.year() != null && v.year() == null)
                || (s.mileageKm() != null && (v.lastMileageKm() == null || s.mileageKm() > v.lastMileageKm()));
    }

    /** The receipt's odometer reading, on record as the vehicle's (after the receipt is written). */
    public void recordMileage(WriteTx tx, Actor actor, long receiptId, Link link, Integer km) {
        if (km == null) {
            return;
        }
        int last = link.previousMileageKm() == null ? km : Math.max(km, link.previousMileageKm());
        events.append(
                tx, actor, receiptId, null, new MileageRecorded(link.vehicleId(), km, link.previousMileageKm(), last));
    }

    private static void ownerMismatch(VehicleDao.Known vehicle, String name, String phone, List<Warning> warnings) {
        List<String> phones = vehicle.ownerPhones() == null
                ? List.of()
                : List.of(vehicle.ownerPhones().split(",", -1));
        String owner = vehicle.customerName();
        boolean nameDiffers = name != null && owner != null && !name.equals(owner);
        boolean phoneDiffers = phone != null && !phones.isEmpty() && !phones.contains(phone);
        if (nameDiffers || phoneDiffers) {
            Map<String, Object> params = new java.util.LinkedHashMap<>();
            params.put("ownerId", vehicle.customerId());
            params.put("ownerName", owner);
            params.put("nameDiffers", nameDiffers);
            params.put("phoneDiffers", phoneDiffers);
            warnings.add(new Warning(
                    WarningCode.OWNER_MISMATCH,
                    vehicle.plate() + " belongs to " + (owner == null ? "customer " + vehicle.customerId() : owner)
                            + "; the name or phone given differ (the owner is unchanged; transfer the car if it"
                            + " was sold)",
                    params));
        }
    }

    /** Ids read as one comma-separated column. */
    private static List<Long> ids(String csv) {
        if (csv == null || csv.isEmpty()) {
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        for (String id : csv.split(",", -1)) {
            out.add(Long.valueOf(id));
        }
        return out;
    }

    private void appendCreated(WriteTx tx, Actor actor, Long receiptId, VehicleDao.Row v) {
        events.append(
                tx,
                actor,
                receiptId,
                null,
                new VehicleCreated(
                        v.id(),
                        v.plate(),
                        v.plateStandard(),
                        v.vin(),
                        v.make(),
                        v.model(),
                        v.year(),
                        v.fuel(),
                        v.colour(),
                        v.customerId()));
    }

    /** A customer that exists; one merged away stands for the record it was merged into. */
    private static long liveCustomer(Tx tx, String field, long id) {
        CustomerDao.Row c = tx.customers()
                .find(id)
                .orElseThrow(
                        () -> ApiException.invalid(field, ErrorCode.NOT_FOUND, "customer " + id + " does not exist"));
        int hops = 0;
        while (c.mergedIntoId() != null && hops++ < 10) {
            c = tx.customers().find(c.mergedIntoId()).orElseThrow();
        }
        return c.id();
    }

    private static void uniquePlate(Tx tx, Plates.Plate plate, Long self) {
        tx.vehicles().activeByPlate(plate.plate()).ifPresent(other -> {
            if (self == null || other.id() != self) {
                throw ApiException.conflict(
                        "plate",
                        ErrorCode.NOT_UNIQUE,
                        "an active vehicle already has the plate " + plate.plate() + " (vehicle " + other.id() + ")",
                        Map.of("vehicleId", other.id()));
            }
        });
    }

    public static VehicleRecord load(Tx tx, long id, List<Warning> warnings) {
        VehicleDao.Row row = tx.vehicles().find(id).orElseThrow(() -> ApiException.notFound("vehicle", id));
        return toApi(tx, List.of(row), warnings).get(0);
    }

    static List<VehicleRecord> toApi(Tx tx, List<VehicleDao.Row> rows, List<Warning> warnings) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(VehicleDao.Row::id).toList();
        Map<Long, List<VehicleOwner>> owners = new HashMap<>();
        for (VehicleDao.Owner o : tx.vehicles().ownersOf(ids)) {
            owners.computeIfAbsent(o.vehicleId(), k -> new ArrayList<>())
                    .add(new VehicleOwner(o.customerId(), o.customerName(), o.fromAt(), o.toAt(), o.reason()));
        }
        Map<Long, List<Long>> open = new HashMap<>();
        for (long id : ids) {
            List<Long> in = tx.vehicles().openReceipts(id);
            if (!in.isEmpty()) {
                open.put(id, in);
            }
        }
        List<VehicleRecord> out = new ArrayList<>(rows.size());
        for (VehicleDao.Row r : rows) {
            out.add(new VehicleRecord(
                    r.id(),
                    r.plate(),
                    r.plateStandard(),
                    r.vin(),
                    r.make(),
                    r.model(),
                    r.year(),
                    r.fuel(),
                    r.colour(),
                    r.customerId(),
                    r.customerName(),
                    owners.getOrDefault(r.id(), List.of()),
                    r.lastMileageKm(),
                    open.getOrDefault(r.id(), List.of()),
                    r.active(),
                    warnings,
                    r.version(),
                    r.createdAt(),
                    r.updatedAt(),
                    r.firstRegisteredOn()));
        }
        return out;
    }
}
