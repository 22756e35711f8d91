package org.shopsuite.server.service.customer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.shopsuite.model.Customer;
import org.shopsuite.model.CustomerInput;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.MergeInput;
import org.shopsuite.model.Page;
import org.shopsuite.model.Phones;
import org.shopsuite.model.Plates;
import org.shopsuite.model.event.CustomerCreated;
import org.shopsuite.model.event.CustomerUpdated;
import org.shopsuite.model.event.CustomersMerged;
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
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Text;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;

/**
 * Customers: the counter's records of the people it serves. Phones are kept as digits; a mechanic
 * reads only the customers of their own jobs, without phone, email or address.
 */
public final class CustomerService {
    /** At most this many phones per customer. */
    static final int MAX_PHONES = 5;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Database db;
    private final EventStore events;
    private final Times times;

    public CustomerService(Database db, EventStore events, Times times) {
        this.db = db;
        this.events = events;
        this.times = times;
    }

    /** A customer's fields, checked. */
    public record Valid(
            String name, List<String> phones, String email, String address, String notes, boolean consent) {}

    public static Valid validate(CustomerInput in) {
        Check c = new Check();
        String name = c.optionalText("name", in.name(), 100);
        List<String> phones = new ArrayList<>();
        boolean badPhone = false;
        if (in.phones() != null) {
            if (in.phones().size() > MAX_PHONES) {
                c.fail(
                        "phones",
                        ErrorCode.OUT_OF_RANGE,
                        "at most " + MAX_PHONES + " phones",
                        Map.of("max", MAX_PHONES));
            }
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < in.phones().size() && i < MAX_PHONES; i++) {
                String field = "phones[" + i + "]";
                String typed = c.phone(field, in.phones().get(i));
                if (typed == null) {
                    if (in.phones().get(i) == null || !c.failed(field)) {
                        c.fail(field, ErrorCode.BLANK, "must not be blank");
                    }
                    badPhone = true;
                    continue;
                }
                badPhone |= c.failed(field);
                String digits = Phones.digits(typed);
                if (digits == null || digits.length() < 7) {
                    c.fail(field, ErrorCode.PATTERN, "must have at least 7 digits");
                    badPhone = true;
                } else if (!c.failed(field)) {
                    seen.add(digits);
                }
            }
            phones.addAll(seen);
        }
        String email = c.optionalText("email", in.email(), 254);
        if (email != null && !c.failed("email") && !EMAIL.matcher(email).matches()) {
            c.fail("email", ErrorCode.PATTERN, "must be an e-mail address such as name@example.com");
        }
        String address = c.optionalText("address", in.address(), 300);
        String notes = c.longText("notes", in.notes(), 2000, false);
        if (name == null && phones.isEmpty() && !badPhone && !c.failed("name") && !c.failed("phones")) {
            c.fail("name", ErrorCode.REQUIRED, "a name or at least one phone is required");
        }
        c.done();
        return new Valid(name, List.copyOf(phones), email, address, notes, Boolean.TRUE.equals(in.consentToMessages()));
    }

    public Change<Customer> create(Actor actor, CustomerInput in) {
        Valid v = validate(in);
        return tx -> load(tx, actor, insert(tx, actor, v));
    }

    /** Makes a customer inside a write (the counter's form or a receipt's find-or-create). */
    public long insert(WriteTx tx, Actor actor, Valid v) {
        Instant now = times.now();
        CustomerDao dao = tx.customers();
        long id = dao.insert(v.name(), v.email(), v.address(), v.notes(), v.consent(), now, now);
        writePhones(dao, id, v.phones());
        events.append(
                tx,
                actor,
                null,
                null,
                new CustomerCreated(id, v.name(), display(v.phones()), v.email(), v.address(), v.consent()));
        return id;
    }

    public Change<Customer> update(Actor actor, long id, long version, CustomerInput in) {
        Valid v = validate(in);
        return tx -> {
            CustomerDao dao = tx.customers();
            CustomerDao.Row current = dao.find(id).orElseThrow(() -> ApiException.notFound("customer", id));
            if (current.mergedIntoId() != null) {
                throw ApiException.conflict(
                        "id",
                        ErrorCode.INVALID_STATE,
                        "customer " + id + " was merged into customer " + current.mergedIntoId()
                                + "; change that record instead",
                        Map.of("mergedIntoId", current.mergedIntoId()));
            }
            if (dao.update(id, version, v.name(), v.email(), v.address(), v.notes(), v.consent(), times.now()) == 0) {
                throw ApiException.preconditionFailed(current.version());
            }
            dao.deletePhones(id);
            writePhones(dao, id, v.phones());
            events.append(
                    tx,
                    actor,
                    null,
                    null,
                    new CustomerUpdated(
                            id, v.name(), display(v.phones()), v.email(), v.address(), v.notes(), v.consent()));
            return load(tx, actor, id);
        };
    }

    /** The customer's record form, for a PATCH to merge its changes into. */
    public CustomerInput asInput(Actor actor, long id) {
        Customer c = get(actor, id);
        return new CustomerInput(c.name(), c.phones(), c.email(), c.address(), c.notes(), c.consentToMessages());
    }

    public Customer get(Actor actor, long id) {
        return db.read(tx -> {
            mayRead(tx, actor, id);
            return load(tx, actor, id);
        });
    }

    /** A mechanic reads a customer only through their own jobs (403 otherwise, 404 when none). */
    public static void mayRead(Tx tx, Actor actor, long id) {
        if (!actor.seesCustomerContact()) {
            if (tx.customers().find(id).isEmpty()) {
                throw ApiException.notFound("customer", id);
            }
            if (!tx.customers().servedBy(id, actor.mechanicId())) {
                throw ApiException.forbidden("a mechanic sees only the customers of their own jobs");
            }
        }
    }

    /**
     * Search as you type: names from their start, phones by their last four digits or (7 digits
     * or more) from their start, plates from their start or by their last four digits.
     */
    public Page<Customer> search(Actor actor, String q, String cursor, int limit) {
        Cursor.NameKey after = Cursor.afterName(cursor);
        String afterName = after == null ? null : after.name();
        long afterId = after == null ? 0 : after.id();
        String query = q == null ? "" : Text.clean(q);
        return db.read(tx -> {
            CustomerDao dao = tx.customers();
            List<CustomerDao.Row> rows;
            if (query.isEmpty()) {
                rows = dao.list(afterName, afterId, limit + 1);
            } else {
                rows = found(dao, query, afterName, afterId, limit + 1);
            }
            Page<CustomerDao.Row> page =
                    Pages.byName(rows, limit, r -> r.name() == null ? "" : r.name(), CustomerDao.Row::id, r -> r);
            return new Page<>(toApi(tx, actor, page.items()), page.nextCursor());
        });
    }

    private static final java.util.regex.Pattern NUMBER_LIKE = java.util.regex.Pattern.compile("[0-9 +\\-]+");
    private static final java.util.regex.Pattern PLATE_LIKE =
            java.util.regex.Pattern.compile(".*[0-9].*[가-힣].*|[가-힣]{2}[0-9].*");
    private static final java.util.regex.Pattern LATIN_PLATE_LIKE =
            java.util.regex.Pattern.compile("[A-Za-z0-9\\-]{2,}");

    /** At most this many customers found by a phone or plate fragment are put in name order. */
    static final int MAX_FOUND_BY_NUMBER = 500;

    /** A customer found: read in full (by name), or only its id so far (by a phone or plate). */
    private record Found(long id, CustomerDao.Row row) {}

    /**
     * The customers a query finds, in name order after the cursor: names from the name index in
     * order; phones and plates (few by nature) sorted here by name and merged in, and only the
     * page's read in full.
     */
    private static List<CustomerDao.Row> found(
            CustomerDao dao, String query, String afterName, long afterId, int limit) {
        String digits = NUMBER_LIKE.matcher(query).matches() ? Phones.digits(query) : null;
        String tail = digits != null && digits.length() == 4 ? digits : null;
        String phone = digits != null && digits.length() >= 7 ? digits : null;
        String platePrefix = Plates.searchPrefix(query);
        boolean plateLike = !platePrefix.isEmpty()
                && (PLATE_LIKE.matcher(platePrefix).matches()
                        || (digits == null
                                && LATIN_PLATE_LIKE.matcher(platePrefix).matches())
                        || (digits != null && platePrefix.length() >= 3));
        java.util.TreeMap<String, Found> byKey = new java.util.TreeMap<>();
        if (digits == null) {
            for (String spelling : Text.caseSpellings(query)) {
                for (CustomerDao.Row r : dao.byNamePrefix(spelling, afterName, afterId, limit)) {
                    byKey.put(sortKey(r), new Found(r.id(), r));
                }
            }
        }
        if (tail != null || phone != null || plateLike) {
            String after = afterName == null ? null : sortKey(afterName, afterId);
            for (CustomerDao.Key k :
                    dao.byPhoneOrPlate(tail, phone, plateLike ? platePrefix : null, MAX_FOUND_BY_NUMBER)) {
                String key = sortKey(k.name() == null ? "" : k.name(), k.id());
                if (after == null || key.compareTo(after) > 0) {
                    byKey.putIfAbsent(key, new Found(k.id(), null));
                }
            }
        }
        List<Found> page = byKey.values().stream().limit(limit).toList();
        List<Long> unread =
                page.stream().filter(f -> f.row() == null).map(Found::id).toList();
        Map<Long, CustomerDao.Row> read = new HashMap<>();
        if (!unread.isEmpty()) {
            dao.findAll(unread).forEach(r -> read.put(r.id(), r));
        }
        List<CustomerDao.Row> out = new ArrayList<>(page.size());
        for (Found f : page) {
            CustomerDao.Row r = f.row() != null ? f.row() : read.get(f.id());
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** (name, id) as one string that sorts as the name index does ('' for no name). */
    private static String sortKey(CustomerDao.Row r) {
        return sortKey(r.name() == null ? "" : r.name(), r.id());
    }

    private static String sortKey(String name, long id) {
        // ids are not negative: zero-padded to 19 digits they sort as numbers (no String.format:
        // a search sorts up to 500 of them)
        String digits = Long.toString(id);
        StringBuilder b = new StringBuilder(name.length() + 20).append(name).append('\u0000');
        for (int i = digits.length(); i < 19; i++) {
            b.append('0');
        }
        return b.append(digits).toString();
    }

    /**
     * Folds a duplicate record into this one: its vehicles (with their ownership periods),
     * receipts and phones move here; what this record lacks (email, address, notes) is taken from
     * it; the duplicate is kept, marked as merged. Refused while either has a job not finished.
     */
    public Change<Customer> merge(Actor actor, long survivorId, MergeInput in) {
        Check c = new Check();
        Long duplicateId = c.required("duplicateId", in.duplicateId());
        String reason = c.text("reason", in.reason(), 500);
        if (duplicateId != null && duplicateId == survivorId) {
            c.fail("duplicateId", ErrorCode.NOT_ALLOWED_VALUE, "a customer cannot be merged into itself");
        }
        c.done();
        return tx -> {
            CustomerDao dao = tx.customers();
            CustomerDao.Row survivor =
                    dao.find(survivorId).orElseThrow(() -> ApiException.notFound("customer", survivorId));
            CustomerDao.Row duplicate = dao.find(duplicateId)
                    .orElseThrow(() -> ApiException.invalid(
                            "duplicateId", ErrorCode.NOT_FOUND, "customer " + duplicateId + " does not exist"));
            for (CustomerDao.Row r : List.of(survivor, duplicate)) {
                if (r.mergedIntoId() != null) {
                    throw ApiException.conflict(
                            r.id() == survivorId ? "id" : "duplicateId",
                            ErrorCode.INVALID_STATE,
                            "customer " + r.id() + " was already merged into customer " + r.mergedIntoId(),
                            Map.of("mergedIntoId", r.mergedIntoId()));
                }
                if (dao.hasOpenJob(r.id())) {
                    throw ApiException.conflict(
                            r.id() == survivorId ? "id" : "duplicateId",
                            ErrorCode.INVALID_STATE,
                            "customer " + r.id() + " has a job not yet finished; merge once it is done");
                }
            }
            Instant now = times.now();
            VehicleDao vehicles = tx.vehicles();
            List<Long> moved = vehicles.ownedBy(List.of(duplicateId)).stream()
                    .map(VehicleDao.Owned::id)
                    .toList();
            vehicles.moveOwner(duplicateId, survivorId, now);
            vehicles.moveOwnerships(duplicateId, survivorId);
            int receipts = dao.moveReceipts(duplicateId, survivorId);
            // the duplicate's bookings, points (its ledger and balance) and coupons go with it
            tx.appointments().moveCustomer(duplicateId, survivorId);
            tx.points().addBalanceOf(survivorId, duplicateId);
            tx.points().clearBalance(duplicateId);
            tx.points().moveEntries(survivorId, duplicateId);
            tx.coupons().moveCoupons(survivorId, duplicateId);
            LinkedHashSet<String> phones = new LinkedHashSet<>(phonesOf(dao, survivorId));
            phones.addAll(phonesOf(dao, duplicateId));
            List<String> all = new ArrayList<>(phones);
            if (all.size() > MAX_PHONES) {
                all = all.subList(0, MAX_PHONES);
            }
            dao.deletePhones(survivorId);
            dao.deletePhones(duplicateId);
            writePhones(dao, survivorId, all);
            String name = survivor.name() != null ? survivor.name() : duplicate.name();
            String email = survivor.email() != null ? survivor.email() : duplicate.email();
            String address = survivor.address() != null ? survivor.address() : duplicate.address();
            String notes = survivor.notes() == null
                    ? duplicate.notes()
                    : duplicate.notes() == null ? survivor.notes() : survivor.notes() + "\n" + duplicate.notes();
            boolean consent = survivor.consentToMessages();
            dao.update(survivorId, survivor.version(), name, email, address, notes, consent, now);
            dao.markMerged(duplicateId, survivorId, now);
            events.append(tx, actor, null, null, new CustomersMerged(survivorId, duplicateId, reason, moved, receipts));
            events.append(
                    tx,
                    actor,
                    null,
                    null,
                    new CustomerUpdated(survivorId, name, display(all), email, address, notes, consent));
            return load(tx, actor, survivorId);
        };
    }

    private static List<String> phonesOf(CustomerDao dao, long id) {
        return dao.phonesOf(List.of(id)).stream().map(CustomerDao.Phone::phone).toList();
    }

    private static void writePhones(CustomerDao dao, long id, List<String> phones) {
        if (phones.isEmpty()) {
            return;
        }
        if (phones.size() == 1) {
            dao.insertPhone(id, 0, phones.get(0), Phones.tail(phones.get(0)));
            return;
        }
        List<Integer> positions = new ArrayList<>();
        List<String> tails = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            positions.add(i);
            tails.add(Phones.tail(phones.get(i)));
        }
        dao.insertPhones(id, positions, phones, tails);
    }

    static List<String> display(List<String> digits) {
        return digits.stream().map(Phones::display).toList();
    }

    public static Customer load(Tx tx, Actor actor, long id) {
        CustomerDao.Row row = tx.customers().find(id).orElseThrow(() -> ApiException.notFound("customer", id));
        return toApi(tx, actor, List.of(row)).get(0);
    }

    /** Rows as the API shows them, phones and vehicles read for all at once. */
    static List<Customer> toApi(Tx tx, Actor actor, List<CustomerDao.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(CustomerDao.Row::id).toList();
        Map<Long, List<String>> phones = new HashMap<>();
        for (CustomerDao.Phone p : tx.customers().phonesOf(ids)) {
            phones.computeIfAbsent(p.customerId(), k -> new ArrayList<>()).add(Phones.display(p.phone()));
        }
        Map<Long, List<Long>> vehicles = new HashMap<>();
        for (VehicleDao.Owned v : tx.vehicles().ownedBy(ids)) {
            if (v.active()) {
                vehicles.computeIfAbsent(v.customerId(), k -> new ArrayList<>()).add(v.id());
            }
        }
        boolean contact = actor.seesCustomerContact();
        List<Customer> out = new ArrayList<>(rows.size());
        for (CustomerDao.Row r : rows) {
            out.add(new Customer(
                    r.id(),
                    r.name(),
                    contact ? phones.getOrDefault(r.id(), List.of()) : null,
                    contact ? r.email() : null,
                    contact ? r.address() : null,
                    r.notes(),
                    r.consentToMessages(),
                    vehicles.getOrDefault(r.id(), List.of()),
                    r.mergedIntoId(),
                    r.lastSeenAt(),
                    r.version(),
                    r.createdAt(),
                    r.updatedAt()));
        }
        return out;
    }
}
