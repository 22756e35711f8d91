package org.shopsuite.server.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shopsuite.model.ApprovalInput;
import org.shopsuite.model.BackorderInput;
import org.shopsuite.model.Backup;
import org.shopsuite.model.BackupInput;
import org.shopsuite.model.CannedJob;
import org.shopsuite.model.CannedJobInput;
import org.shopsuite.model.CannedLinesInput;
import org.shopsuite.model.Capacity;
import org.shopsuite.model.CounterSale;
import org.shopsuite.model.CounterSaleInput;
import org.shopsuite.model.CounterSaleStatus;
import org.shopsuite.model.CreditInput;
import org.shopsuite.model.Customer;
import org.shopsuite.model.CustomerInput;
import org.shopsuite.model.DeclinedWork;
import org.shopsuite.model.DeliveryInput;
import org.shopsuite.model.Estimate;
import org.shopsuite.model.EstimateInput;
import org.shopsuite.model.Event;
import org.shopsuite.model.FinishInput;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.LastSeq;
import org.shopsuite.model.Location;
import org.shopsuite.model.LocationInput;
import org.shopsuite.model.LoginRequest;
import org.shopsuite.model.LoginResponse;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.MechanicInput;
import org.shopsuite.model.MergeInput;
import org.shopsuite.model.OverrideInput;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.PartRequestInput;
import org.shopsuite.model.PartReturnInput;
import org.shopsuite.model.PartsPricing;
import org.shopsuite.model.PasswordChange;
import org.shopsuite.model.PaymentInput;
import org.shopsuite.model.PurchaseOrder;
import org.shopsuite.model.PurchaseOrderInput;
import org.shopsuite.model.PurchaseOrderStatus;
import org.shopsuite.model.ReasonInput;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.ReceiptInput;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.RecommendationInput;
import org.shopsuite.model.RefundInput;
import org.shopsuite.model.RepairRecord;
import org.shopsuite.model.ScanInput;
import org.shopsuite.model.ShopSettings;
import org.shopsuite.model.StatusPageRow;
import org.shopsuite.model.StockAdjustmentInput;
import org.shopsuite.model.StockCount;
import org.shopsuite.model.StockCountInput;
import org.shopsuite.model.StockMovement;
import org.shopsuite.model.Supplier;
import org.shopsuite.model.SupplierInput;
import org.shopsuite.model.SwitchLocation;
import org.shopsuite.model.TransferInput;
import org.shopsuite.model.User;
import org.shopsuite.model.UserInput;
import org.shopsuite.model.VehicleInput;
import org.shopsuite.model.VehiclePart;
import org.shopsuite.model.VehiclePartInput;
import org.shopsuite.model.VehicleRecord;
import org.shopsuite.model.VendorReturn;
import org.shopsuite.model.VendorReturnInput;
import org.shopsuite.model.VendorReturnStatus;
import org.shopsuite.model.Visit;
import org.shopsuite.model.VoidInput;

/**
 * What each route of {@link Routes} takes and answers, in one table: the source of {@code GET
 * /openapi.json} ({@link OpenApi}). Who may call a route is not repeated here: it is read from the
 * registration itself. Schemas are not written here either: they are generated from the
 * shared-model records named below ({@link RecordSchemas}). What is written here is what the
 * records cannot say: parameters, which fields a route requires and their limits (the services'
 * validation), examples, and every status code the route can answer beyond the common ones that
 * {@link OpenApi} adds from the route's shape (401/403 when it needs a login, 400/404 for a path id,
 * 400/413/415 for a body, 412/428 for If-Match, 422 for Idempotency-Key, 429, 503, 507).
 */
final class ApiDoc {
    private ApiDoc() {}

    /** A query parameter; {@code type} is a Java type (String, Long, Boolean, LocalDate, an enum). */
    record Query(String name, Class<?> type, String description) {}

    /** What a route answers on success. */
    sealed interface Body {}

    /** A record (or enum) of shared-model. */
    record Of(Class<?> type) implements Body {}

    /** {@code {items, nextCursor}} of records. */
    record PageOf(Class<?> item) implements Body {}

    /** {@code {items}}: a whole list at once. */
    record ItemsOf(Class<?> item) implements Body {}

    /**
     * A small map the controller builds (not a record): its schema in JSON, where {@code $ref}s name
     * generated schemas. Only for bodies that have no record.
     */
    record Inline(String schema, List<Class<?>> refs) implements Body {
        Inline(String schema) {
            this(schema, List.of());
        }
    }

    /** Not JSON: a media type and a schema for it. */
    record Media(String mediaType, String schema) implements Body {}

    static final class Op {
        final String method;
        final String path;
        final String summary;
        final String tag;
        String description = "";
        final List<Query> query = new ArrayList<>();
        Class<?> body;
        boolean bodyOptional;
        final List<String> required = new ArrayList<>();
        final Map<String, String> limits = new LinkedHashMap<>();
        String example;
        int success = 200;
        Body answer;
        final Set<Integer> errors = new TreeSet<>();
        boolean idempotencyKey;
        boolean websocket;
        /** Statuses answered with the success body rather than a problem (GET /ready's 503). */
        final Set<Integer> sameBody = new TreeSet<>();

        final Map<String, String> pathExamples = new LinkedHashMap<>();

        Op(String method, String path, String tag, String summary) {
            this.method = method;
            this.path = path;
            this.tag = tag;
            this.summary = summary;
        }

        Op describe(String text) {
            this.description = text;
            return this;
        }

        Op query(String name, Class<?> type, String text) {
            query.add(new Query(name, type, text));
            return this;
        }

        /** {@code cursor} and {@code limit}. */
        Op paged() {
            query.add(new Query("cursor", String.class, "the nextCursor of the previous page"));
            query.add(new Query("limit", Integer.class, "items per page, 1-" + Params.MAX_LIMIT + " (default 50)"));
            return this;
        }

        Op body(Class<?> type, String... requiredFields) {
            this.body = type;
            this.required.addAll(List.of(requiredFields));
            return this;
        }

        Op limits(Map<String, String> byField) {
            new java.util.TreeMap<>(byField).forEach(this::limit);
            return this;
        }

        Op optionalBody(Class<?> type) {
            this.body = type;
            this.bodyOptional = true;
            return this;
        }

        /** Limits of a body field, as JSON Schema keywords: {@code "maxLength": 100}. */
        Op limit(String field, String keywords) {
            limits.put(field, keywords);
            return this;
        }

        Op example(String json) {
            this.example = json;
            return this;
        }

        Op id(String param, String example) {
            pathExamples.put(param, example);
            return this;
        }

        Op answers(int status, Body body) {
            this.success = status;
            this.answer = body;
            return this;
        }

        Op errors(int... statuses) {
            for (int s : statuses) {
                errors.add(s);
            }
            return this;
        }

        Op sameBodyOn(int status) {
            sameBody.add(status);
            return this;
        }

        /** A POST that honours Idempotency-Key (it goes through {@code Respond.post}). */
        Op idempotent() {
            this.idempotencyKey = true;
            return this;
        }

        /** Path parameters, in order. */
        List<String> pathParams() {
            List<String> out = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        }

        String key() {
            return method + " " + path;
        }
    }

    private static Op op(String method, String path, String tag, String summary) {
        return new Op(method, path, tag, summary);
    }

    private static final String TEXT100 = "{\"minLength\": 1, \"maxLength\": 100}";

    /** The limits of a customer's fields (POST and PATCH). */
    private static final Map<String, String> CUSTOMER_LIMITS = Map.of(
            "name", "{\"maxLength\": 100}",
            "email", "{\"maxLength\": 254}",
            "address", "{\"maxLength\": 300}",
            "notes", "{\"maxLength\": 2000}",
            "phones", "{\"maxItems\": 5}");

    /** The limits of a vehicle's fields (POST and PATCH). */
    private static final Map<String, String> VEHICLE_LIMITS = Map.of(
            "plate", "{\"minLength\": 1, \"maxLength\": 20}",
            "vin", "{\"maxLength\": 20}",
            "year", "{\"minimum\": 1900}");

    /** Every route, in the order of {@link Routes}. */
    static List<Op> all() {
        List<Op> ops = new ArrayList<>();
        ops.add(op("GET", "/health", "ops", "Liveness").answers(200, new Inline("""
                {"type": "object", "required": ["status", "version", "apiVersion"],
                 "properties": {"status": {"type": "string", "enum": ["UP"]}, "version": {"type": "string"},
                                "apiVersion": {"type": "integer", "description": "raised when a change breaks clients"}}}""")));
        ops.add(op("GET", "/ready", "ops", "Readiness: the database is open and migrated")
                .describe("503 (with the same body, not a problem) while migrating or when the database is unusable.")
                .answers(200, new Inline("""
                {"type": "object", "required": ["status"],
                 "properties": {"status": {"type": "string", "enum": ["READY", "MIGRATING", "DOWN"]},
                                "schemaVersion": {"type": "integer"}, "detail": {"type": "string"}}}"""))
                .sameBodyOn(503));
        ops.add(op("POST", "/auth/login", "auth", "Log in: a bearer token")
                .describe("After 5 failed logins for a user, 429 with Retry-After (30 s doubling up to 15 min)."
                        + " locationId: where the session works (issue 22), optional for a user who works at one"
                        + " location; 400 naming locationId when it is needed or not one of the user's (its params"
                        + " list the user's locationIds). The answer's role is the user's role there.")
                .body(LoginRequest.class, "username", "password")
                .limit("username", TEXT100)
                .example("{\"username\": \"manager\", \"password\": \"demo1234\"}")
                .answers(200, new Of(LoginResponse.class))
                .errors(401));
        ops.add(op("POST", "/auth/logout", "auth", "Log out: the token is dead at once")
                .answers(200, new Inline("""
                {"type": "object", "required": ["loggedOut"], "properties": {"loggedOut": {"type": "boolean"}}}""")));
        String me = """
                {"type": "object", "required": ["user", "expiresAt", "locationId", "role"],
                 "properties": {"user": {"$ref": "#/components/schemas/User"},
                                "expiresAt": {"type": "string", "format": "date-time"},
                                "locationId": {"type": "integer"},
                                "role": {"type": "string", "enum": ["MANAGER", "RECEPTIONIST", "MECHANIC", "CONTRACTOR"]}}}""";
        ops.add(op("GET", "/me", "auth", "Who am I: the user, the session's location and the user's role there")
                .answers(200, new Inline(me, List.of(User.class))));
        ops.add(op("POST", "/auth/switchLocation", "auth", "Work at another of my locations")
                .describe("The session (same token) works at locationId from now on, with the user's role there;"
                        + " answers as GET /me. 400 naming locationId when it is not one of the user's.")
                .body(SwitchLocation.class, "locationId")
                .example("{\"locationId\": 1}")
                .idempotent()
                .answers(200, new Inline(me, List.of(User.class))));
        ops.add(op("POST", "/me/password", "auth", "Change my own password")
                .describe("currentPassword must be right: a wrong one is a 400 naming currentPassword (invalid_state)"
                        + " and counts like a failed login (429 with Retry-After after 5). newPassword follows the"
                        + " rules of user creation: 8-128 characters, not containing the username, not a common"
                        + " password. Every other session of the user ends (their event streams close); this"
                        + " token stays valid.")
                .body(PasswordChange.class, "currentPassword", "newPassword")
                .limit("newPassword", "{\"minLength\": 8, \"maxLength\": 128}")
                .example("{\"currentPassword\": \"demo1234\", \"newPassword\": \"s3cret-pass-9\"}")
                .idempotent()
                .answers(200, new Of(User.class)));

        ops.add(op("GET", "/users", "people", "List users").paged().answers(200, new PageOf(User.class)));
        ops.add(op("POST", "/users", "people", "Create a user")
                .describe("username 3-50 of letters, digits, '.', '_', '-', unique; password 8-128 characters;"
                        + " a MECHANIC user needs mechanicId.")
                .body(UserInput.class, "username", "password", "role")
                .limit("username", "{\"minLength\": 3, \"maxLength\": 50}")
                .limit("password", "{\"minLength\": 8, \"maxLength\": 128}")
                .example("{\"username\": \"jung\", \"password\": \"s3cret-pass-9\", \"role\": \"RECEPTIONIST\"}")
                .idempotent()
                .answers(201, new Of(User.class))
                .errors(409));
        ops.add(op("GET", "/users/{id}", "people", "One user").answers(200, new Of(User.class)));
        ops.add(op("PATCH", "/users/{id}", "people", "Change a user (role, mechanic, active, password)")
                .describe("The fields sent replace the user's; a password resets it. A manager cannot demote or"
                        + " deactivate themselves (409).")
                .body(UserInput.class)
                .limit("username", "{\"minLength\": 3, \"maxLength\": 50}")
                .limit("password", "{\"minLength\": 8, \"maxLength\": 128}")
                .example("{\"active\": true}")
                .answers(200, new Of(User.class))
                .errors(409));

        ops.add(op("GET", "/mechanics", "people", "List mechanics")
                .query("active", Boolean.class, "only active (true) or inactive (false) mechanics")
                .paged()
                .answers(200, new PageOf(Mechanic.class)));
        ops.add(op("POST", "/mechanics", "people", "Add a mechanic")
                .body(MechanicInput.class, "name", "dailyCapacityHours")
                .limit("name", TEXT100)
                .limit("dailyCapacityHours", "{\"minimum\": 0, \"maximum\": 24}")
                .example("{\"name\": \"정해인\", \"dailyCapacityHours\": 8}")
                .idempotent()
                .answers(201, new Of(Mechanic.class)));
        ops.add(op("GET", "/mechanics/{id}", "people", "One mechanic").answers(200, new Of(Mechanic.class)));
        ops.add(op("PATCH", "/mechanics/{id}", "people", "Change a mechanic")
                .body(MechanicInput.class)
                .limit("name", TEXT100)
                .limit("dailyCapacityHours", "{\"minimum\": 0, \"maximum\": 24}")
                .example("{\"dailyCapacityHours\": 8}")
                .answers(200, new Of(Mechanic.class))
                .errors(409));
        ops.add(op("GET", "/mechanics/{id}/capacity", "people", "A mechanic's hours on a day")
                .query("date", java.time.LocalDate.class, "the day (default: today in the shop's time zone)")
                .answers(200, new Of(Capacity.class)));

        ops.add(op("GET", "/mechanics/{id}/daysOff", "schedule", "A mechanic's days off")
                .describe("In date order. A mechanic reads only their own (403 otherwise).")
                .answers(200, new Of(org.shopsuite.model.DaysOff.class))
                .errors(403));
        ops.add(op("PUT", "/mechanics/{id}/daysOff", "schedule", "Replace a mechanic's days off")
                .describe("dates replaces the list (at most 1,000; duplicates count once). A receipt for the mechanic"
                        + " on one of them is stored REJECTED with MECHANIC_OFF; moving a receipt onto one is refused"
                        + " (409). Work already booked on a day made a day off stays where it is. Event"
                        + " DaysOffChanged with the days added and removed.")
                .body(org.shopsuite.model.DaysOff.class, "dates")
                .example("{\"dates\": [\"2026-12-24\", \"2026-12-31\"]}")
                .answers(200, new Of(org.shopsuite.model.DaysOff.class)));
        ops.add(op("GET", "/bays", "schedule", "A location's bays (lifts), in name order")
                .query("active", Boolean.class, "only active (true) or inactive (false) ones")
                .query("locationId", Long.class, "whose bays (default: the session's location)")
                .paged()
                .answers(200, new PageOf(org.shopsuite.model.Bay.class)));
        ops.add(op("POST", "/bays", "schedule", "Add a bay")
                .describe("At the session's location; names are unique there (409 NOT_UNIQUE). Event BayCreated.")
                .body(org.shopsuite.model.BayInput.class, "name")
                .limit("name", "{\"maxLength\": 60}")
                .example("{\"name\": \"1번 리프트 (Lift 1)\", \"active\": true}")
                .idempotent()
                .answers(201, new Of(org.shopsuite.model.Bay.class))
                .errors(409));
        ops.add(op("GET", "/bays/{id}", "schedule", "One bay").answers(200, new Of(org.shopsuite.model.Bay.class)));
        ops.add(op("PATCH", "/bays/{id}", "schedule", "Rename a bay, or take it out of use")
                .describe("The fields sent replace the bay's. Event BayUpdated.")
                .body(org.shopsuite.model.BayInput.class)
                .limit("name", "{\"maxLength\": 60}")
                .example("{\"active\": false}")
                .answers(200, new Of(org.shopsuite.model.Bay.class))
                .errors(409));
        ops.add(op("GET", "/shop/hours", "schedule", "A location's opening hours and holidays")
                .describe("weekdays Monday first; empty (version 0) until the hours are first set, and then every day"
                        + " is open all day. Each location has its own.")
                .query("locationId", Long.class, "whose hours (default: the session's location; 400 if none such)")
                .answers(200, new Of(org.shopsuite.model.OpeningHours.class)));
        ops.add(op("PUT", "/shop/hours", "schedule", "Replace a location's opening hours and holidays")
                .describe("weekdays lists each day of the week once: opens and closes as HH:mm (opening before"
                        + " closing), or closed: true. holidays: the dates the location is closed. A receipt there on"
                        + " a closed day is stored REJECTED with SHOP_CLOSED; moving a receipt onto one is refused"
                        + " (409). Event OpeningHoursChanged.")
                .query("locationId", Long.class, "whose hours (default: the session's location)")
                .body(org.shopsuite.model.OpeningHours.class, "weekdays")
                .example("{\"weekdays\": [{\"day\": \"MONDAY\", \"opens\": \"09:00\", \"closes\": \"18:00\"},"
                        + " {\"day\": \"TUESDAY\", \"opens\": \"09:00\", \"closes\": \"18:00\"},"
                        + " {\"day\": \"WEDNESDAY\", \"opens\": \"09:00\", \"closes\": \"18:00\"},"
                        + " {\"day\": \"THURSDAY\", \"opens\": \"09:00\", \"closes\": \"18:00\"},"
                        + " {\"day\": \"FRIDAY\", \"opens\": \"09:00\", \"closes\": \"18:00\"},"
                        + " {\"day\": \"SATURDAY\", \"opens\": \"09:00\", \"closes\": \"13:00\"},"
                        + " {\"day\": \"SUNDAY\", \"closed\": true}], \"holidays\": [\"2027-02-08\"]}")
                .answers(200, new Of(org.shopsuite.model.OpeningHours.class)));

        ops.add(op("GET", "/appointments", "schedule", "Appointments, newest first")
                .describe("A mechanic sees only their own (403 when asking for another's).")
                .query("from", java.time.LocalDate.class, "only from this day")
                .query("to", java.time.LocalDate.class, "only up to this day")
                .query("mechanicId", Long.class, "only this mechanic's")
                .query("bayId", Long.class, "only this bay's")
                .query("status", org.shopsuite.model.AppointmentStatus.class, "only in this status")
                .query("locationId", Long.class, "only those booked at this location (default: the chain's)")
                .paged()
                .answers(200, new PageOf(org.shopsuite.model.Appointment.class))
                .errors(403));
        ops.add(op("POST", "/appointments", "schedule", "Book a customer's car for a slot")
                .describe("At the session's location (its bays, opening hours and time zone). startTime HH:mm on a"
                        + " quarter hour, today or within 365 days; the slot [startTime, startTime +"
                        + " hours) must end within the day's opening hours. Takes the named bay (400 when it is"
                        + " another location's), or the first free active bay of the location in name order (none"
                        + " when it has no bays), and, when mechanicId is given,"
                        + " that mechanic's hours on the date, in one transaction. Both outcomes are stored: 201 with"
                        + " status BOOKED (events AppointmentBooked, and ManDayDecreased when a mechanic is named) or"
                        + " REJECTED with rejectionReason SHOP_CLOSED, OUTSIDE_HOURS, MECHANIC_OFF, MECHANIC_CAPACITY"
                        + " or BAY_FULL, checked in that order (event AppointmentRejected). The vehicle must be the"
                        + " customer's (409).")
                .body(
                        org.shopsuite.model.AppointmentInput.class,
                        "customerId",
                        "vehicleId",
                        "date",
                        "startTime",
                        "hours",
                        "request",
                        "dropOff")
                .limit("request", "{\"minLength\": 1, \"maxLength\": 2000}")
                .limit("startTime", "{\"pattern\": \"^[0-2][0-9]:[0-5][0-9]$\"}")
                .example("{\"customerId\": 1, \"vehicleId\": 1, \"date\": \"2026-12-01\", \"startTime\": \"10:30\","
                        + " \"hours\": 1.5, \"mechanicId\": 1, \"request\": \"엔진오일 교환\", \"dropOff\": \"WAIT\"}")
                .idempotent()
                .answers(201, new Of(org.shopsuite.model.Appointment.class))
                .errors(409));
        ops.add(op("GET", "/appointments/{id}", "schedule", "One appointment")
                .describe("A mechanic reads only their own (403 otherwise).")
                .answers(200, new Of(org.shopsuite.model.Appointment.class))
                .errors(403));
        ops.add(op("POST", "/appointments/{id}/cancel", "schedule", "Cancel a booking")
                .describe("BOOKED only (409 otherwise): the bay slot and the mechanic's hours come back in the same"
                        + " transaction. Events AppointmentCancelled (and ManDayRestored when a mechanic was booked).")
                .body(ReasonInput.class, "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 500}")
                .example("{\"reason\": \"고객 요청 (customer asked)\"}")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.Appointment.class))
                .errors(409));
        ops.add(op("POST", "/appointments/{id}/reschedule", "schedule", "Move a booking")
                .describe("date and startTime are required; hours, mechanicId and bayId stay as booked when left out"
                        + " (the booking keeps its bay when it is free at the new time). The old slot is let go only if"
                        + " the new one fits; otherwise 409 with params.reason and nothing changes. Events"
                        + " AppointmentRescheduled, ManDayRestored and ManDayDecreased.")
                .body(org.shopsuite.model.RescheduleInput.class, "date", "startTime")
                .example("{\"date\": \"2026-12-02\", \"startTime\": \"14:00\"}")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.Appointment.class))
                .errors(409));
        ops.add(op("POST", "/appointments/{id}/arrive", "schedule", "The customer came: make the receipt")
                .describe(
                        "Creates the receipt from the booking (customer, car, day, hours, request) for its mechanic, or"
                                + " mechanicId when it names none (400 without one). The booking's own hours are let go in the"
                                + " same transaction, so they are not counted twice; a receipt that would be rejected is refused"
                                + " (409, params.reason) and the booking stays. Answers the appointment, status ARRIVED, with"
                                + " receiptId. Events ManDayRestored, the receipt's, CustomerArrived.")
                .body(org.shopsuite.model.ArriveInput.class)
                .example("{\"mechanicId\": 2}")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.Appointment.class))
                .errors(409));
        ops.add(op("POST", "/appointments/{id}/noShow", "schedule", "The customer did not come")
                .describe("BOOKED only (409 otherwise): the slot and the hours come back. Events AppointmentNoShow (and"
                        + " ManDayRestored).")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.Appointment.class))
                .errors(409));
        ops.add(op("GET", "/availability", "schedule", "What can be booked on a day, for the booking form")
                .describe("Each active bay of the location's free start times (quarter hours, the whole slot within its"
                        + " opening hours) and each active mechanic's hours left and day off.")
                .query("date", java.time.LocalDate.class, "the day (default: today in the location's time zone)")
                .query("locationId", Long.class, "where (default: the session's location)")
                .query("hours", java.math.BigDecimal.class, "the length of the job in hours (default 1)")
                .answers(200, new Of(org.shopsuite.model.Availability.class)));
        ops.add(op("GET", "/schedule", "schedule", "A day's control view: bays and mechanics with their bookings")
                .describe("Bays and mechanics as rows (active ones, in name order), BOOKED and ARRIVED appointments as"
                        + " slots; a mechanic's bookedHours counts jobs and appointments as every capacity check does."
                        + " The location's bays and hours; a mechanic's row shows their bookings at every location.")
                .query("date", java.time.LocalDate.class, "the day (default: today in the location's time zone)")
                .query("locationId", Long.class, "where (default: the session's location)")
                .answers(200, new Of(org.shopsuite.model.Schedule.class)));

        ops.add(op("GET", "/promotions", "loyalty", "Promotions, in name order")
                .query("active", Boolean.class, "only active (true) or inactive (false) ones")
                .paged()
                .answers(200, new PageOf(org.shopsuite.model.Promotion.class)));
        ops.add(op("POST", "/promotions", "loyalty", "Add a promotion")
                .describe("kind PERCENT_LABOR or PERCENT_TOTAL: value is a percent (1-100); AMOUNT: value is minor"
                        + " units. validDays: how many days a coupon is valid from the day it is issued. trigger"
                        + " ON_BOOKING: every booking issues one coupon of each active such promotion. Names are"
                        + " unique (409 NOT_UNIQUE). Event PromotionCreated.")
                .body(org.shopsuite.model.PromotionInput.class, "name", "kind", "value", "validDays", "trigger")
                .limit("name", "{\"maxLength\": 60}")
                .limit("value", "{\"minimum\": 1}")
                .limit("validDays", "{\"minimum\": 1, \"maximum\": 3660}")
                .example("{\"name\": \"예약 고객 공임 10% (10% off labour for bookings)\", \"kind\": \"PERCENT_LABOR\","
                        + " \"value\": 10, \"validDays\": 60, \"trigger\": \"ON_BOOKING\", \"active\": false}")
                .idempotent()
                .answers(201, new Of(org.shopsuite.model.Promotion.class))
                .errors(409));
        ops.add(op("GET", "/promotions/{id}", "loyalty", "One promotion")
                .answers(200, new Of(org.shopsuite.model.Promotion.class)));
        ops.add(op("PATCH", "/promotions/{id}", "loyalty", "Change a promotion, or turn it off")
                .describe("The fields sent replace the promotion's; coupons already issued keep their value."
                        + " Event PromotionUpdated.")
                .body(org.shopsuite.model.PromotionInput.class)
                .limit("name", "{\"maxLength\": 60}")
                .limit("value", "{\"minimum\": 1}")
                .limit("validDays", "{\"minimum\": 1, \"maximum\": 3660}")
                .example("{\"active\": false}")
                .answers(200, new Of(org.shopsuite.model.Promotion.class))
                .errors(409));
        ops.add(op("GET", "/customers/{id}/coupons", "loyalty", "A customer's coupons, newest first")
                .describe("status EXPIRED: issued and past expiresAt. The newest 500.")
                .answers(200, new PageOf(org.shopsuite.model.Coupon.class)));
        ops.add(op("POST", "/invoices/{id}/coupons", "loyalty", "Redeem a coupon on an invoice")
                .describe("201 with the invoice: a DISCOUNT line (negative amount) before tax, which is recomputed"
                        + " (PERCENT_LABOR: of the labour lines, PERCENT_TOTAL: of the subtotal, AMOUNT: at most the"
                        + " subtotal). The code may be typed in any case, with or without the hyphen. 404 for an"
                        + " unknown code; 409 when the invoice is void or has a payment, is another"
                        + " customer's, or the coupon is not ISSUED (params.status). A coupon is redeemed once;"
                        + " voiding the invoice gives it back while unexpired. Event CouponRedeemed.")
                .body(org.shopsuite.model.CouponCodeInput.class, "code")
                .limit("code", "{\"minLength\": 1, \"maxLength\": 40}")
                .example("{\"code\": \"K7QH-3MZP\"}")
                .idempotent()
                .answers(201, new Of(Invoice.class))
                .errors(409));
        ops.add(op("GET", "/customers/{id}/points", "loyalty", "A customer's points and their ledger")
                .describe("balance is the sum of every entry; entries newest first (the newest 500), points signed"
                        + " (+ in, - out). Kinds: PURCHASED, SPENT, RESTORED, EARNED, REVERSED, DEPOSIT,"
                        + " DEPOSIT_RESTORED, FORFEITED (0 points: the deposit already took them).")
                .answers(200, new Of(org.shopsuite.model.Points.class)));
        ops.add(op("POST", "/customers/{id}/points/purchases", "loyalty", "Sell points to a customer")
                .describe("The payment (CASH, CARD or TRANSFER; it counts in the day's takings) and the points, in"
                        + " one transaction. 201 with the sale and the new balance. Event PointsPurchased.")
                .body(org.shopsuite.model.PointsPurchaseInput.class, "points", "amount", "method")
                .limit("points", "{\"minimum\": 1, \"maximum\": 1000000000}")
                .limit("amount", "{\"minimum\": 1}")
                .example("{\"points\": 3000, \"amount\": 3000, \"method\": \"CASH\"}")
                .idempotent()
                .answers(201, new Of(org.shopsuite.model.PointsPurchase.class))
                .errors(409));
        ops.add(op("GET", "/reminders", "loyalty", "A day's reminders")
                .describe("The next day's BOOKED appointments, and the cars due for service: serviceReminderMonths"
                        + " after the last visit, or when the car is estimated to have driven serviceReminderKm since"
                        + " (its average a day between its first and last recorded mileage); a car is listed for 30"
                        + " days from the day it became due. queued: already in the outbox.")
                .query("date", java.time.LocalDate.class, "the day (default: today in the shop's time zone)")
                .answers(200, new Of(org.shopsuite.model.Reminders.class)));
        ops.add(op("POST", "/reminders/run", "loyalty", "Put a day's reminders into the outbox")
                .describe("Once per reminder (a second run queues only what is new), only for customers who agreed"
                        + " to messages and have a phone. Event RemindersQueued when any was queued.")
                .body(org.shopsuite.model.ReminderRunInput.class)
                .example("{\"date\": \"2026-11-28\"}")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.ReminderRun.class)));
        ops.add(op("GET", "/warrantyClaims", "warranty", "Warranty claims (comebacks), newest first")
                .query("status", org.shopsuite.model.WarrantyClaimStatus.class, "only in this status")
                .query("vehicleId", Long.class, "only this vehicle's")
                .paged()
                .answers(200, new PageOf(org.shopsuite.model.WarrantyClaim.class)));
        ops.add(op("POST", "/warrantyClaims", "warranty", "Register a comeback of an earlier repair")
                .describe("The original receipt must be COMPLETED (409 otherwise). coverage is computed from the"
                        + " shop's warrantyWindows (the legal defaults of 자동차관리법 시행규칙 제134조: 90 days for a"
                        + " car under 1 year old or with at most 20,000 km at the repair, 60 days under 3 years or"
                        + " 60,000 km, 30 days otherwise), counted from the day the car was released after the"
                        + " repair (or finished, when never released); the last day is covered. mileageKm may not be"
                        + " below the repair's reading. Event WarrantyClaimRegistered.")
                .body(org.shopsuite.model.WarrantyClaimInput.class, "originalReceiptId", "complaint", "mileageKm")
                .limit("complaint", "{\"minLength\": 1, \"maxLength\": 2000}")
                .limit("mileageKm", "{\"minimum\": 0, \"maximum\": 2000000}")
                .example("{\"originalReceiptId\": 2, \"complaint\": \"브레이크 소음 재발 (brake noise is back)\","
                        + " \"mileageKm\": 48500}")
                .idempotent()
                .answers(201, new Of(org.shopsuite.model.WarrantyClaim.class))
                .errors(409));
        ops.add(op("GET", "/warrantyClaims/{id}", "warranty", "One warranty claim")
                .answers(200, new Of(org.shopsuite.model.WarrantyClaim.class)));
        ops.add(op(
                        "POST",
                        "/warrantyClaims/{id}/assign",
                        "warranty",
                        "Give a comeback's re-repair to a mechanic or a contractor")
                .describe("To a mechanic (mechanicId, estimatedHours required): a receipt and job on date (today"
                        + " unless given) through the receipts' capacity check: accepted, the claim is ASSIGNED with"
                        + " receiptId and jobId; refused (stored REJECTED as receipts are), the claim stays REGISTERED"
                        + " with rejectedReceiptId and rejectionReason. A WARRANTY claim's invoice lists the work and"
                        + " parts at no charge (total 0: PAID at issue); finishing the job resolves the claim. To a"
                        + " contractor (supplierId, an active supplier; price optional, minor units): a sublet order"
                        + " (event SubletOrdered), the claim ASSIGNED with subletOrderId; completing the order"
                        + " resolves the claim. Events WarrantyClaimAssigned.")
                .body(org.shopsuite.model.WarrantyAssignInput.class, "reasonCode")
                .limit("estimatedHours", "{\"exclusiveMinimum\": 0, \"maximum\": 24}")
                .example("{\"mechanicId\": 1, \"reasonCode\": \"WORKMANSHIP\", \"estimatedHours\": 1}")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.WarrantyClaim.class))
                .errors(409));
        ops.add(op("POST", "/warrantyClaims/{id}/coverage", "warranty", "Override a comeback's coverage")
                .describe("A manager's decision with the reason (event WarrantyCoverageOverridden: the audit trail"
                        + " keeps who, when, from and to). Not once the claim is resolved or cancelled (409).")
                .body(org.shopsuite.model.CoverageOverrideInput.class, "coverage", "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 500}")
                .example("{\"coverage\": \"WARRANTY\", \"reason\": \"단골 고객, 2일 경과 (a regular, two days late)\"}")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.WarrantyClaim.class))
                .errors(409));
        ops.add(op("POST", "/warrantyClaims/{id}/cancel", "warranty", "The customer cancels a comeback")
                .describe("What the assignment made is withdrawn in the same transaction: the receipt and job"
                        + " cancelled (the hours come back; once its work has started, 409), or the sublet order"
                        + " CANCELLED (event SubletCancelled: the contractor's stream has it at once). Event"
                        + " WarrantyClaimCancelled.")
                .body(org.shopsuite.model.ReasonInput.class, "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 450}")
                .example("{\"reason\": \"고객이 다른 곳에서 수리 (repaired elsewhere)\"}")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.WarrantyClaim.class))
                .errors(409));
        ops.add(op("GET", "/subletOrders", "sublet", "Sublet orders (work sent to contractors), newest first")
                .describe("A CONTRACTOR gets only its own supplier's orders. Orders carry the vehicle and the work,"
                        + " never the customer.")
                .query("status", org.shopsuite.model.SubletOrderStatus.class, "only in this status")
                .query("supplierId", Long.class, "only this contractor's")
                .query("claimId", Long.class, "only this warranty claim's")
                .query("jobId", Long.class, "only this job's")
                .paged()
                .answers(200, new PageOf(org.shopsuite.model.SubletOrder.class)));
        ops.add(op("GET", "/subletOrders/{id}", "sublet", "One sublet order")
                .describe("Another supplier's order is 404 to a CONTRACTOR.")
                .answers(200, new Of(org.shopsuite.model.SubletOrder.class)));
        ops.add(op("POST", "/subletOrders/{id}/schedule", "sublet", "The contractor arranges the day")
                .describe("ORDERED or SCHEDULED (a new day) -> SCHEDULED; date today or later. Event"
                        + " SubletScheduled.")
                .body(org.shopsuite.model.SubletScheduleInput.class, "date")
                .example("{\"date\": \"2099-12-01\"}")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.SubletOrder.class))
                .errors(409));
        ops.add(op("POST", "/subletOrders/{id}/complete", "sublet", "The contractor finished the work")
                .describe("cost: what the contractor charges the shop (minor units; kept for gross profit, never"
                        + " printed for the customer); a price not set yet becomes the cost. A claim's order resolves"
                        + " the claim (WarrantyClaimResolved); a job's is billed on the job's invoice as a SUBLET line"
                        + " at its price (an order made for an approved estimate line is billed by that line"
                        + " alone). Event SubletCompleted.")
                .body(org.shopsuite.model.SubletCompleteInput.class, "notes", "cost")
                .limit("notes", "{\"minLength\": 1, \"maxLength\": 2000}")
                .limit("cost", "{\"minimum\": 0}")
                .limit("vendorInvoiceNumber", "{\"maxLength\": 100}")
                .example("{\"notes\": \"앞유리 교환 완료 (windscreen replaced)\", \"cost\": 180000,"
                        + " \"vendorInvoiceNumber\": \"GN-2026-0412\"}")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.SubletOrder.class))
                .errors(409));
        ops.add(op("POST", "/subletOrders/{id}/cancel", "sublet", "Withdraw a job's sublet order")
                .describe("ORDERED or SCHEDULED -> CANCELLED (a claim's order goes with its claim: 409 here)."
                        + " Cancelling a receipt cancels its job's open orders too. Event SubletCancelled.")
                .body(org.shopsuite.model.ReasonInput.class, "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 450}")
                .example("{\"reason\": \"고객이 원하지 않음 (the customer changed their mind)\"}")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.SubletOrder.class))
                .errors(409));
        ops.add(op("POST", "/jobs/{id}/sublets", "sublet", "Send a job's work to a contractor")
                .describe("An open job (WAITING or IN_PROGRESS); an active supplier. cost and price in minor units."
                        + " With estimateLineId (an approved SUBLET line of the job's estimate) the order is billed"
                        + " by that line, once (description and price default to the line's). The job cannot be"
                        + " finished while an order is ORDERED or SCHEDULED (409). Answers the new order. Event"
                        + " SubletOrdered.")
                .body(org.shopsuite.model.SubletInput.class, "supplierId", "cost")
                .limit("description", "{\"minLength\": 1, \"maxLength\": 2000}")
                .limit("cost", "{\"minimum\": 0}")
                .limit("price", "{\"minimum\": 0}")
                .example("{\"supplierId\": 1, \"description\": \"휠 얼라인먼트 (wheel alignment)\", \"cost\": 40000,"
                        + " \"price\": 55000}")
                .idempotent()
                .answers(201, new Of(org.shopsuite.model.SubletOrder.class))
                .errors(409));
        ops.add(op("GET", "/mechanics/{id}/clock", "clock", "Where a mechanic's clocks stand")
                .describe("Clocked in since when, and the job whose clock runs. The mechanic themself or a manager.")
                .answers(200, new Of(org.shopsuite.model.MechanicClock.class))
                .errors(403));
        ops.add(op("POST", "/mechanics/{id}/clock/in", "clock", "Clock in")
                .describe("The mechanic themself or a manager; 409 when clocked in already. Event ClockedIn.")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.MechanicClock.class))
                .errors(403, 409));
        ops.add(op("POST", "/mechanics/{id}/clock/out", "clock", "Clock out")
                .describe("A job clock still running is paused first (reason END_OF_SHIFT, event JobClockPaused);"
                        + " 409 when not clocked in. Event ClockedOut.")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.MechanicClock.class))
                .errors(403, 409));
        ops.add(op("POST", "/jobs/{id}/clock/pause", "clock", "Pause a job's clock")
                .describe("The job stays IN_PROGRESS; its running time entry ends with the reason (WAITING_PARTS,"
                        + " WAITING_APPROVAL, BREAK or OTHER; SWITCHED and END_OF_SHIFT are the clock's own). 409"
                        + " when its clock is not running. Event JobClockPaused.")
                .body(org.shopsuite.model.PauseInput.class, "reason")
                .limit("note", "{\"maxLength\": 500}")
                .example("{\"reason\": \"WAITING_PARTS\", \"note\": \"패드 입고 대기 (pads on order)\"}")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.MechanicClock.class))
                .errors(403, 409));
        ops.add(op("POST", "/jobs/{id}/clock/resume", "clock", "Resume a job's clock")
                .describe("The mechanic's other running job clock is paused (reason SWITCHED, with the note); the"
                        + " mechanic is clocked in if they were not (automatic). 409 when it runs already. Event"
                        + " JobClockResumed.")
                .body(org.shopsuite.model.ClockNoteInput.class)
                .limit("note", "{\"maxLength\": 500}")
                .example("{\"note\": \"급한 차량 먼저 (an urgent car first)\"}")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.MechanicClock.class))
                .errors(403, 409));
        ops.add(op("GET", "/mechanics/{id}/timeEntries", "clock", "A mechanic's time entries")
                .describe("Attendance and job entries that touch the days from..to (inclusive, the shop's time"
                        + " zone; default today), in start order, each with its corrections. The mechanic"
                        + " themself or a manager.")
                .query("from", java.time.LocalDate.class, "the first day (default: today)")
                .query("to", java.time.LocalDate.class, "the last day (default: from; at most 400 days on)")
                .answers(200, new PageOf(org.shopsuite.model.TimeEntry.class))
                .errors(403));
        ops.add(op("GET", "/timeEntries/{id}", "clock", "One time entry, with its corrections")
                .answers(200, new Of(org.shopsuite.model.TimeEntry.class))
                .errors(403));
        ops.add(op("PATCH", "/timeEntries/{id}", "clock", "Correct a time entry")
                .describe("A manager's correction: start and/or end, with the reason (required). The values it"
                        + " replaces are kept in edits; the entry may not overlap another of the mechanic's of the"
                        + " same kind (409, params.overlapsEntryId), end before start or lie in the future (400); a"
                        + " running entry's end is set by stopping its clock (409). Event TimeEntryEdited.")
                .body(org.shopsuite.model.TimeEntryPatch.class, "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 500}")
                .example("{\"start\": \"2026-11-27T00:05:00Z\", \"reason\": \"출근 기록 누락 (forgot to clock in)\"}")
                .answers(200, new Of(org.shopsuite.model.TimeEntry.class))
                .errors(409));
        ops.add(op("POST", "/timeEntries/{id}/void", "clock", "Void a time entry made in error")
                .describe("It stays, with the reason, counting for nothing (a running entry: stop its clock first,"
                        + " 409). Event TimeEntryEdited (voided).")
                .body(org.shopsuite.model.ReasonInput.class, "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 500}")
                .example("{\"reason\": \"잘못 누름 (pressed by mistake)\"}")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.TimeEntry.class))
                .errors(409));
        String reportFormats = "json (default), csv (UTF-8 with a BOM) or pdf (A4, Korean and English)";
        ops.add(op("GET", "/reports/dailyClose", "reports", "The day's takings and the cash count")
                .describe("Payments on invoices by method, refunds (voided payments) by method, invoices issued"
                        + " (and of them unpaid at the day's end) and voided, counter sales and their refunds,"
                        + " points sold and spent, and the cash: expected = openingCashFloat + cash payments + cash"
                        + " counter sales + cash points sales - cash refunds; with the day's standing count (close)"
                        + " and every count recorded (history). formulas says how each figure is made.")
                .query("date", java.time.LocalDate.class, "the day (default: today in the location's time zone)")
                .query("locationId", Long.class, "the location whose drawer (default: the session's)")
                .query("format", String.class, reportFormats)
                .answers(200, new Of(org.shopsuite.model.DailyClose.class)));
        ops.add(op("POST", "/reports/dailyClose", "reports", "Record the drawer count of a day")
                .describe("Once a day (409 while a count stands; a MANAGER may reopen it): the expected cash is"
                        + " computed at that moment and kept with the count; difference = countedCash - expected"
                        + " (over when positive, short when negative). Not for a day after today. The drawer is"
                        + " the session's location's. Event DailyCloseRecorded.")
                .body(org.shopsuite.model.DailyCloseInput.class, "date", "countedCash")
                .limit("countedCash", "{\"minimum\": 0}")
                .limit("note", "{\"maxLength\": 500}")
                .example("{\"date\": \"2026-11-28\", \"countedCash\": 343000, \"note\": \"800 short\"}")
                .idempotent()
                .answers(201, new Of(org.shopsuite.model.DailyClose.class))
                .errors(409));
        ops.add(op("POST", "/reports/dailyClose/{date}/reopen", "reports", "Reopen a day's count")
                .describe("The count stays in the history with who reopened it and why; the day can be counted"
                        + " again. 409 when the day has no standing count. Event DailyCloseReopened.")
                .body(org.shopsuite.model.ReasonInput.class, "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 500}")
                .example("{\"reason\": \"재실사 (counted again)\"}")
                .idempotent()
                .answers(200, new Of(org.shopsuite.model.DailyClose.class))
                .errors(409));
        ops.add(op("GET", "/reports/technicians", "reports", "Technicians' hours, efficiency and productivity")
                .describe("Per mechanic over from..to (inclusive days; this month so far by default; at most 366"
                        + " days): attended and job-clock hours within the range, billed hours (labour of the"
                        + " invoices issued in the range for their jobs; warranty hours apart), efficiency ="
                        + " billed / clocked, productivity = clocked / attended, proficiency = billed / attended"
                        + " (percent, one decimal; null when the denominator is zero), and pause hours by reason."
                        + " A MECHANIC gets their own figures only (another's mechanicId is 403).")
                .query("from", java.time.LocalDate.class, "first day")
                .query("to", java.time.LocalDate.class, "last day")
                .query("mechanicId", Long.class, "only this mechanic")
                .query("locationId", Long.class, "only the hours billed at this location (default: the chain's)")
                .query("format", String.class, reportFormats)
                .answers(200, new Of(org.shopsuite.model.TechnicianReport.class)));
        ops.add(op("GET", "/reports/sales", "reports", "Sales, car count, ARO, ELR and gross profit by period")
                .describe("One row per day, week (from Monday) or month over from..to, and the total. Car count:"
                        + " invoices issued in the period and not void, warranty ones apart; ARO = sales (excluding"
                        + " tax) / repair orders; ELR = labour sales / billed hours; gross profit = sales - labour"
                        + " cost (hours x laborCostPerHour) - parts cost (at issue) - sublet cost; close ratio and"
                        + " hours presented vs sold from the estimates presented; comeback rate = warranty claims"
                        + " / repair orders. formulas says how each figure is made.")
                .query("from", java.time.LocalDate.class, "first day")
                .query("to", java.time.LocalDate.class, "last day")
                .query("groupBy", String.class, "day (default), week or month")
                .query("locationId", Long.class, "only this location's (default: the chain's)")
                .query("format", String.class, reportFormats)
                .answers(200, new Of(org.shopsuite.model.SalesReport.class)));
        ops.add(op("GET", "/reports/receivables", "reports", "Unpaid invoices with ageing")
                .describe("Every issued invoice not paid in full, oldest first, with its age in days and bucket"
                        + " (0-30, 31-60, 61-90, 91+), and the buckets' counts and balances.")
                .query("locationId", Long.class, "only the invoices this location issued (default: the chain's)")
                .query("format", String.class, reportFormats)
                .answers(200, new Of(org.shopsuite.model.Receivables.class)));
        ops.add(op("GET", "/messages", "loyalty", "The outbox of messages to customers, newest first")
                .describe("Messages wait QUEUED for a messaging gateway. format=csv: every message as CSV (UTF-8"
                        + " with a BOM) for a spreadsheet or a bulk-SMS service.")
                .query("status", org.shopsuite.model.MessageStatus.class, "only in this status")
                .query("format", String.class, "json (default) or csv")
                .paged()
                .answers(200, new PageOf(org.shopsuite.model.Message.class)));

        ops.add(op("GET", "/shop", "people", "The shop's settings").answers(200, new Of(ShopSettings.class)));
        ops.add(op("PUT", "/shop", "people", "Change the shop's settings")
                .describe("A field left out keeps its value; version in the body is ignored (If-Match decides)."
                        + " The address, phone, registration number, invoice prefix and time zone are location 1's"
                        + " too (event LocationUpdated); 409 when another location has the invoice prefix.")
                .body(ShopSettings.class)
                .limit("name", TEXT100)
                .limit("currency", "{\"minLength\": 3, \"maxLength\": 3}")
                .limit("timezone", "{\"minLength\": 1, \"maxLength\": 60}")
                .limit("invoicePrefix", "{\"minLength\": 1, \"maxLength\": 10}")
                .limit("taxRatePercent", "{\"minimum\": 0, \"maximum\": 100}")
                .limit("laborRatePerHour", "{\"minimum\": 0}")
                .example("{\"name\": \"한빛 정비소\", \"currency\": \"KRW\", \"laborRatePerHour\": 60000,"
                        + " \"taxRatePercent\": 10, \"timezone\": \"Asia/Seoul\", \"invoicePrefix\": \"INV\"}")
                .answers(200, new Of(ShopSettings.class))
                .errors(409));

        ops.add(op("GET", "/locations", "people", "The chain's locations, in name order")
                .describe("A single shop has one, location 1, whose address, phone, registration number,"
                        + " invoice prefix and time zone are the shop settings' (PUT /shop and"
                        + " PATCH /locations/1 change the same values).")
                .paged()
                .answers(200, new PageOf(Location.class)));
        ops.add(op("POST", "/locations", "people", "Add a location")
                .describe("409 (NOT_UNIQUE on invoicePrefix) when another location numbers its invoices with the"
                        + " same prefix, whatever its case. Event LocationCreated.")
                .body(LocationInput.class, "name", "invoicePrefix", "timezone")
                .limit("name", TEXT100)
                .limit("address", "{\"maxLength\": 200}")
                .limit("timezone", "{\"minLength\": 1, \"maxLength\": 60}")
                .limit("invoicePrefix", "{\"minLength\": 1, \"maxLength\": 10, \"pattern\": \"^[A-Za-z0-9-]{1,10}$\"}")
                .example("{\"name\": \"한빛 정비소 강남점\", \"address\": \"서울 강남구 테헤란로 1\","
                        + " \"invoicePrefix\": \"INV-GN\", \"timezone\": \"Asia/Seoul\"}")
                .idempotent()
                .answers(201, new Of(Location.class))
                .errors(409));
        ops.add(op("GET", "/locations/{id}", "people", "One location").answers(200, new Of(Location.class)));
        ops.add(op("PATCH", "/locations/{id}", "people", "Change a location")
                .describe("A field left out keeps its value; an empty address, phone or businessRegistrationNumber"
                        + " clears it. Changing location 1 changes the shop settings' copies too (events"
                        + " LocationUpdated and ShopUpdated). 409 as for POST.")
                .body(LocationInput.class)
                .limit("name", TEXT100)
                .limit("address", "{\"maxLength\": 200}")
                .limit("timezone", "{\"minLength\": 1, \"maxLength\": 60}")
                .limit("invoicePrefix", "{\"minLength\": 1, \"maxLength\": 10, \"pattern\": \"^[A-Za-z0-9-]{1,10}$\"}")
                .example("{\"address\": \"서울 강남구 테헤란로 2\"}")
                .answers(200, new Of(Location.class))
                .errors(409));

        ops.add(op("GET", "/vehicleParts", "parts", "The parts catalogue, in part number order")
                .query("q", String.class, "part number, name or barcode contains")
                .query("lowStock", Boolean.class, "only parts at or below their reorder point")
                .query("locationId", Long.class, "whose stock (default: the session's location)")
                .paged()
                .answers(200, new PageOf(VehiclePart.class)));
        ops.add(op("POST", "/vehicleParts", "parts", "Add a part")
                .body(VehiclePartInput.class, "partId", "partName", "partPrice")
                .limit("partId", "{\"minLength\": 1, \"maxLength\": 40}")
                .limit("partName", TEXT100)
                .limit("partPrice", "{\"minimum\": 0}")
                .limit("costPrice", "{\"minimum\": 0}")
                .limit("stock", "{\"minimum\": 0}")
                .limit("reorderPoint", "{\"minimum\": 0}")
                .example("{\"partId\": \"BP-100\", \"partName\": \"브레이크 패드\","
                        + " \"stock\": 4, \"partPrice\": 65000, \"costPrice\": 40000, \"reorderPoint\": 2}")
                .idempotent()
                .answers(201, new Of(VehiclePart.class))
                .errors(409));
        ops.add(op("GET", "/vehicleParts/{id}", "parts", "One part")
                .query("locationId", Long.class, "whose stock (default: the session's location)")
                .answers(200, new Of(VehiclePart.class)));
        ops.add(op("PATCH", "/vehicleParts/{id}", "parts", "Change a part")
                .body(VehiclePartInput.class)
                .limit("partId", "{\"minLength\": 1, \"maxLength\": 40}")
                .limit("partName", TEXT100)
                .limit("partPrice", "{\"minimum\": 0}")
                .limit("costPrice", "{\"minimum\": 0}")
                .limit("stock", "{\"minimum\": 0}")
                .limit("reorderPoint", "{\"minimum\": 0}")
                .example("{\"reorderPoint\": 3}")
                .answers(200, new Of(VehiclePart.class))
                .errors(409));
        ops.add(op("POST", "/vehicleParts/{id}/stockAdjustments", "parts", "A delivery or a count correction")
                .body(StockAdjustmentInput.class, "delta", "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 200}")
                .example("{\"delta\": 5, \"reason\": \"입고\"}")
                .idempotent()
                .answers(201, new Of(VehiclePart.class))
                .errors(409));
        ops.add(op("GET", "/vehicleParts/{id}/movements", "parts", "A part's stock ledger, newest first")
                .query("locationId", Long.class, "whose ledger (default: the session's location)")
                .paged()
                .answers(200, new PageOf(StockMovement.class)));
        ops.add(op("POST", "/stockTransfers", "parts", "Move stock from one location to another")
                .describe("Every line leaves fromLocationId's stock and reaches toLocationId's in one transaction:"
                        + " a TRANSFER_OUT ledger row at the one and a TRANSFER_IN row at the other, naming the"
                        + " transfer. All or nothing: a line with fewer units available (stock less counter-sale"
                        + " reservations) than asked is 409 naming lines[i].quantity, with nothing moved. Event"
                        + " StockTransferred.")
                .body(org.shopsuite.model.StockTransferInput.class, "fromLocationId", "toLocationId", "lines")
                .limit("lines", "{\"minItems\": 1, \"maxItems\": 100}")
                .limit("note", "{\"maxLength\": 500}")
                .example("{\"fromLocationId\": 1, \"toLocationId\": 2, \"lines\": [{\"vehiclePartId\": 1,"
                        + " \"quantity\": 1}], \"note\": \"강남점 요청 (Gangnam asked)\"}")
                .idempotent()
                .answers(201, new Of(org.shopsuite.model.StockTransfer.class))
                .errors(409));
        ops.add(op("GET", "/stockTransfers", "parts", "Transfers between locations, newest first")
                .query("locationId", Long.class, "only those leaving or reaching this location")
                .paged()
                .answers(200, new PageOf(org.shopsuite.model.StockTransfer.class)));
        ops.add(op("GET", "/stockTransfers/{id}", "parts", "One transfer")
                .answers(200, new Of(org.shopsuite.model.StockTransfer.class)));

        ops.add(op("POST", "/receipts", "repair", "Take a repair request")
                .describe("201 with status ACCEPTED (and a job), or REJECTED with a rejectionReason when the"
                        + " mechanic's day is full: both are recorded. The customer and the vehicle are found or"
                        + " created in the same transaction: the vehicle by its plate (normalised), the customer"
                        + " given by customerId, else the vehicle's owner, else by phone, else created from the name"
                        + " and phone; customerId and vehicleId win over the typed fields (customerName may then be"
                        + " left out, and carId too with vehicleId). warnings[] (VEHICLE_ALREADY_IN_SHOP,"
                        + " MILEAGE_LOWER_THAN_LAST, REQUEST_DATE_IN_PAST, OWNER_MISMATCH, AMBIGUOUS_CUSTOMER) never"
                        + " block the receipt. 409 when vehicleId's owner is not customerId.")
                .body(ReceiptInput.class, "customerName", "carId", "mechanicId", "estimatedHours", "request")
                .limit("customerName", TEXT100)
                .limit("customerPhone", "{\"pattern\": \"^[0-9 +\\\\-]{7,20}$\"}")
                .limit("carId", "{\"minLength\": 1, \"maxLength\": 20}")
                .limit("estimatedHours", "{\"exclusiveMinimum\": 0, \"maximum\": 24}")
                .limit("request", "{\"minLength\": 1, \"maxLength\": 2000}")
                .example("{\"customerName\": \"이지은\", \"customerPhone\": \"010-9876-5432\", \"carId\": \"12가 3456\","
                        + " \"mechanicId\": 1, \"estimatedHours\": 0.5, \"request\": \"엔진오일 교환\"}")
                .idempotent()
                .answers(201, new Of(Receipt.class))
                .errors(409));
        ops.add(op("PATCH", "/receipts/{id}", "repair", "Change a receipt whose job is not finished")
                .describe("The fields sent replace the receipt's: request, estimatedHours, promisedAt, customerName and"
                        + " customerPhone while the job is not finished; mechanicId and requestDate only while it is"
                        + " WAITING. The capacity check runs again without the receipt's own hours: a change that"
                        + " does not fit is a 409 naming the hours left (params remainingHours, requestedHours), with"
                        + " nothing written. carId, vehicle, customerId and vehicleId cannot change (400). Event"
                        + " ReceiptChanged, with ManDayRestored and ManDayDecreased when the booking moves.")
                .body(ReceiptInput.class)
                .limit("customerName", TEXT100)
                .limit("estimatedHours", "{\"exclusiveMinimum\": 0, \"maximum\": 24}")
                .limit("request", "{\"minLength\": 1, \"maxLength\": 2000}")
                .example("{\"estimatedHours\": 3, \"promisedAt\": \"2026-11-28T09:00:00Z\"}")
                .answers(200, new Of(Receipt.class))
                .errors(409));
        ops.add(op("GET", "/receipts/{id}/workOrder.pdf", "repair", "The work order (작업지시서) as an A4 PDF")
                .describe("For the mechanic: the car, the request, the parts issued (no prices) and the notes, with"
                        + " no customer contact. A MECHANIC prints the work orders of their own jobs (403 otherwise).")
                .answers(200, new Media("application/pdf", "{\"type\": \"string\", \"format\": \"binary\"}")));
        ops.add(op("GET", "/receipts/{id}/claimTicket.pdf", "repair", "The claim ticket (접수증) as an A4 PDF")
                .describe("For the customer: the shop, the receipt number, the car, the request and the time"
                        + " promised (promisedAt).")
                .answers(200, new Media("application/pdf", "{\"type\": \"string\", \"format\": \"binary\"}")));
        ops.add(op("POST", "/receipts/{id}/release", "repair", "Hand the car back to its customer")
                .describe("For a COMPLETED receipt, once: releasedAt is set and the car is no longer in the shop."
                        + " A balance left on the invoice is a warning (UNPAID_BALANCE), not a refusal. 409 when"
                        + " the job is not finished or the car was already released. The body is optional and"
                        + " has no fields.")
                .optionalBody(ReasonInput.class)
                .idempotent()
                .answers(200, new Of(Receipt.class))
                .errors(409));

        ops.add(op("POST", "/receipts/{id}/estimates", "estimates", "Start a new version of the receipt's estimate")
                .describe("A DRAFT with the lines given or, when none are given, a copy of the latest version's"
                        + " lines (decisions reset to PENDING; they carry over when it is presented). LABOR lines:"
                        + " hours and rate (the shop's labour rate when omitted), amount = hours x rate. PART,"
                        + " SUBLET and FEE lines: quantity (1 when omitted) and unitPrice, amount = quantity x"
                        + " unitPrice; a PART of the catalogue (vehiclePartId) takes its name and price when they"
                        + " are omitted, and grade NEW. Each amount is rounded half-up once; tax on the subtotal."
                        + " 409 when the receipt's job is finished or cancelled. Event EstimateCreated.")
                .optionalBody(EstimateInput.class)
                .example("{\"lines\": [{\"kind\": \"LABOR\", \"description\": \"브레이크 패드 교환\", \"hours\": 1.5},"
                        + " {\"kind\": \"PART\", \"vehiclePartId\": 1, \"quantity\": 1, \"grade\": \"NEW\"},"
                        + " {\"kind\": \"FEE\", \"description\": \"폐유 처리비\", \"unitPrice\": 5000}]}")
                .idempotent()
                .answers(201, new Of(Estimate.class))
                .errors(409));
        ops.add(op("GET", "/estimates/{id}", "estimates", "One version of an estimate, with its lines and approvals")
                .describe("A MECHANIC reads the estimates of their own jobs only (403 otherwise).")
                .answers(200, new Of(Estimate.class))
                .errors(403));
        ops.add(op("PATCH", "/estimates/{id}", "estimates", "Replace a draft's lines")
                .describe("Only a DRAFT changes (409 otherwise: a presented estimate is frozen, a change is a new"
                        + " version). lines replaces every line. Event EstimateUpdated.")
                .body(EstimateInput.class, "lines")
                .example("{\"lines\": [{\"kind\": \"LABOR\", \"description\": \"엔진오일 교환\", \"hours\": 0.5,"
                        + " \"rate\": 60000}]}")
                .answers(200, new Of(Estimate.class))
                .errors(409));
        ops.add(op("POST", "/estimates/{id}/present", "estimates", "Give the draft to the customer")
                .describe("The draft becomes PRESENTED and is frozen; the version presented before becomes"
                        + " SUPERSEDED and its decisions carry over to unchanged lines (same kind, description,"
                        + " hours and rate, or part, quantity and price). The job's approved hours follow"
                        + " (ManDayRestored when they go down). validUntil is 30 days on. 409 unless a DRAFT."
                        + " Events EstimateSuperseded, EstimatePresented.")
                .idempotent()
                .answers(200, new Of(Estimate.class))
                .errors(409));
        ops.add(op("POST", "/estimates/{id}/approvals", "estimates", "Record the customer's decisions")
                .describe("On the presented estimate, line by line (APPROVED or DECLINED; a later decision on a"
                        + " line replaces the earlier). Approved LABOR hours are booked on the job's day beside the"
                        + " receipt's estimatedHours, in the same transaction: when the day cannot take them the"
                        + " whole approval is refused with 409 naming the hours left (params remainingHours,"
                        + " requestedHours) and nothing is written. Declining always works and gives approved"
                        + " hours back. Events EstimateLinesApproved, EstimateLinesDeclined, ManDayDecreased or"
                        + " ManDayRestored.")
                .body(ApprovalInput.class, "decisions", "method", "customerName")
                .limit("customerName", TEXT100)
                .limit("note", "{\"maxLength\": 500}")
                .example("{\"decisions\": [{\"lineId\": 1, \"decision\": \"APPROVED\"}], \"method\": \"PHONE\","
                        + " \"customerName\": \"정우성\", \"note\": \"전화로 승인\"}")
                .idempotent()
                .answers(201, new Of(Estimate.class))
                .errors(409));

        ops.add(op("POST", "/estimates/{id}/lines", "estimates", "Add a canned job's lines to a draft")
                .describe("The canned job's lines go to the end of the draft, priced as today (the shop's labour"
                        + " rate, the catalogue and the parts pricing bands where a line gives no price). 409 unless a"
                        + " DRAFT or when the canned job is inactive; 400 when it does not exist. Event"
                        + " EstimateUpdated.")
                .body(CannedLinesInput.class, "cannedJobId")
                .example("{\"cannedJobId\": 1}")
                .idempotent()
                .answers(201, new Of(Estimate.class))
                .errors(409));
        ops.add(op("POST", "/estimates/{id}/lines/{lineId}/override", "estimates", "Correct an approved line")
                .describe("MANAGER, before the job is finished, on the presented estimate's APPROVED line: hours and"
                        + " rate (LABOR) or unitPrice (other kinds), with the reason; the amount and totals follow, and"
                        + " more approved hours must fit the mechanic's day (409 naming the hours left). The invoice"
                        + " bills the corrected line. After the invoice is issued, corrections go through void and"
                        + " reissue. Event EstimateLineOverridden (values before and after).")
                .body(OverrideInput.class, "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 500}")
                .example("{\"hours\": 1.5, \"rate\": 66000, \"reason\": \"고객과 합의한 정액 공임\"}")
                .idempotent()
                .answers(200, new Of(Estimate.class))
                .errors(409));
        ops.add(op("GET", "/jobs/{id}/estimate", "estimates", "The presented estimate of a job's receipt")
                .describe("What the customer was shown and decided, for the job's mechanic (the approved work)"
                        + " and the finish check. 404 when the receipt has no presented estimate; a MECHANIC"
                        + " reads their own jobs' only (403 otherwise).")
                .answers(200, new Of(Estimate.class))
                .errors(403, 404));
        ops.add(op("POST", "/jobs/{id}/recommendations", "estimates", "Recommend work found during the job")
                .describe("The job's mechanic (or a MANAGER): a new estimate version, presented at once, with the"
                        + " presented version's lines and decisions and the recommended lines PENDING (a LABOR line"
                        + " when hours are given, a PART line per part); the counter sees it live. Events"
                        + " EstimateCreated, EstimateSuperseded, EstimatePresented, WorkRecommended.")
                .body(RecommendationInput.class, "description")
                .limit("description", "{\"minLength\": 1, \"maxLength\": 200}")
                .limit("hours", "{\"exclusiveMinimum\": 0, \"maximum\": 24}")
                .example("{\"description\": \"뒤 브레이크 패드 3mm: 교환 권장\", \"hours\": 1,"
                        + " \"parts\": [{\"vehiclePartId\": 6, \"quantity\": 1}]}")
                .idempotent()
                .answers(201, new Of(Estimate.class))
                .errors(409));
        ops.add(op("GET", "/vehicles/{id}/declinedWork", "estimates", "Work the customer declined, newest first")
                .describe("Declined lines of the presented estimates of the car's receipts, for follow-up at the"
                        + " next visit.")
                .paged()
                .answers(200, new PageOf(DeclinedWork.class)));
        ops.add(op("GET", "/cannedJobs", "estimates", "Canned jobs, in name order")
                .query("active", Boolean.class, "only active (true) or inactive (false) ones")
                .paged()
                .answers(200, new PageOf(CannedJob.class)));
        ops.add(op("POST", "/cannedJobs", "estimates", "Add a canned job")
                .describe("A named set of estimate lines (as in POST /receipts/{id}/estimates); prices may be left"
                        + " out and are then set when the lines are added to an estimate. Event CannedJobCreated.")
                .body(CannedJobInput.class, "name", "lines")
                .limit("name", TEXT100)
                .example("{\"name\": \"엔진오일 교환 세트\", \"lines\": [{\"kind\": \"LABOR\", \"description\":"
                        + " \"엔진오일 교환\", \"hours\": 0.5}, {\"kind\": \"PART\", \"vehiclePartId\": 1},"
                        + " {\"kind\": \"PART\", \"vehiclePartId\": 2}], \"active\": true}")
                .idempotent()
                .answers(201, new Of(CannedJob.class)));
        ops.add(op("GET", "/cannedJobs/{id}", "estimates", "One canned job").answers(200, new Of(CannedJob.class)));
        ops.add(op("PATCH", "/cannedJobs/{id}", "estimates", "Change a canned job")
                .describe("The fields sent replace the canned job's (lines: all of them). Event CannedJobUpdated.")
                .body(CannedJobInput.class)
                .limit("name", TEXT100)
                .example("{\"name\": \"엔진오일 교환 세트 (합성유)\", \"active\": true}")
                .answers(200, new Of(CannedJob.class)));
        ops.add(op("GET", "/shop/partsPricing", "estimates", "The parts pricing bands")
                .answers(200, new Of(PartsPricing.class)));
        ops.add(op("PUT", "/shop/partsPricing", "estimates", "Replace the parts pricing bands")
                .describe("Bands [fromCost, toCost) in minor units: the first from 0, contiguous, not overlapping,"
                        + " only the last may have toCost null (400 naming the band otherwise). A PART line's default"
                        + " unit price is the part's costPrice x multiplierPercent/100, rounded half-up; a part"
                        + " without a cost, or no band, falls back to the catalogue partPrice. Presented estimates"
                        + " keep their prices. An empty list turns the rule off. Event PartsPricingChanged.")
                .body(PartsPricing.class, "bands")
                .example("{\"bands\": [{\"fromCost\": 0, \"toCost\": 10000, \"multiplierPercent\": 200},"
                        + " {\"fromCost\": 10000, \"toCost\": 100000, \"multiplierPercent\": 150},"
                        + " {\"fromCost\": 100000, \"toCost\": null, \"multiplierPercent\": 125}]}")
                .answers(200, new Of(PartsPricing.class)));
        ops.add(op("GET", "/estimates/{id}.pdf", "estimates", "The estimate (견적서) as an A4 PDF")
                .describe("The shop, its registration number, the customer, the car and mileage, the date, every"
                        + " line with its parts grade, the totals, the validity date and a signature line. A presented"
                        + " version is kept as first rendered and served again byte for byte; a draft is a preview.")
                .answers(200, new Media("application/pdf", "{\"type\": \"string\", \"format\": \"binary\"}")));
        ops.add(op("GET", "/receipts/{id}/statement.pdf", "estimates", "The repair statement (정비명세서) as an A4 PDF")
                .describe("After the job is finished (409 before): the work done, the parts with their grades, the"
                        + " mechanic, the totals billed and the work declined. Kept as first rendered.")
                .answers(200, new Media("application/pdf", "{\"type\": \"string\", \"format\": \"binary\"}"))
                .errors(409));

        ops.add(op("GET", "/suppliers", "purchasing", "Suppliers, in name order")
                .query("active", Boolean.class, "only active (true) or inactive (false) ones")
                .paged()
                .answers(200, new PageOf(Supplier.class)));
        ops.add(op("POST", "/suppliers", "purchasing", "Add a supplier")
                .describe("businessNumber: the supplier's 사업자등록번호, 10 digits (hyphens allowed). Event"
                        + " SupplierCreated.")
                .body(SupplierInput.class, "name")
                .limit("name", TEXT100)
                .limit("notes", "{\"maxLength\": 2000}")
                .example("{\"name\": \"대한부품상사\", \"phone\": \"02-333-4444\", \"email\":"
                        + " \"order@daehan-parts.example\", \"businessNumber\": \"220-81-12345\", \"notes\":"
                        + " \"오후 3시 전 주문 당일 배송\", \"active\": true}")
                .idempotent()
                .answers(201, new Of(Supplier.class)));
        ops.add(op("GET", "/suppliers/{id}", "purchasing", "One supplier").answers(200, new Of(Supplier.class)));
        ops.add(op("PATCH", "/suppliers/{id}", "purchasing", "Change a supplier")
                .describe("The fields sent replace the supplier's. Event SupplierUpdated.")
                .body(SupplierInput.class)
                .limit("name", TEXT100)
                .limit("notes", "{\"maxLength\": 2000}")
                .example("{\"phone\": \"02-333-5555\", \"active\": true}")
                .answers(200, new Of(Supplier.class)));
        ops.add(op("GET", "/purchaseOrders", "purchasing", "Purchase orders, newest first")
                .query("status", PurchaseOrderStatus.class, "only orders in this status")
                .query("supplierId", Long.class, "only this supplier's orders")
                .paged()
                .answers(200, new PageOf(PurchaseOrder.class)));
        ops.add(op("POST", "/purchaseOrders", "purchasing", "Start a purchase order (DRAFT)")
                .describe("Lines: a catalogue part, a whole quantity and its unit cost (the part's costPrice when"
                        + " omitted), optionally the job that needs it. Event PurchaseOrderCreated.")
                .body(PurchaseOrderInput.class, "supplierId", "lines")
                .example("{\"supplierId\": 1, \"lines\": [{\"vehiclePartId\": 16, \"quantity\": 4, \"unitCost\":"
                        + " 75000}]}")
                .idempotent()
                .answers(201, new Of(PurchaseOrder.class)));
        ops.add(op("GET", "/purchaseOrders/{id}", "purchasing", "One purchase order with its deliveries")
                .answers(200, new Of(PurchaseOrder.class)));
        ops.add(op("PATCH", "/purchaseOrders/{id}", "purchasing", "Change a draft order")
                .describe("The supplier and the lines (the whole list) of a DRAFT; 409 once ordered. Event"
                        + " PurchaseOrderUpdated.")
                .body(PurchaseOrderInput.class)
                .example("{\"lines\": [{\"vehiclePartId\": 16, \"quantity\": 6}]}")
                .answers(200, new Of(PurchaseOrder.class))
                .errors(409));
        ops.add(op("POST", "/purchaseOrders/{id}/order", "purchasing", "Send the order to the supplier")
                .describe("DRAFT -> ORDERED (409 otherwise, or without lines). Event PurchaseOrderPlaced.")
                .idempotent()
                .answers(200, new Of(PurchaseOrder.class))
                .errors(409));
        ops.add(op("POST", "/purchaseOrders/{id}/receipts", "purchasing", "Receive a delivery")
                .describe("All or part of an ORDERED or PARTIALLY_RECEIVED order. Each line names the part by"
                        + " vehiclePartId or by barcode (as scanned; without quantity one unit), with its unitCost"
                        + " (the order line's when omitted). Stock goes up in the same transaction with a RECEIVED"
                        + " ledger row naming the order and the vendor's invoice; the part's costPrice moves by"
                        + " moving average. More than ordered is a 409 naming the part (params vehiclePartId,"
                        + " ordered, over) unless allowOver is true, and then the delivery is flagged"
                        + " overReceived. The order becomes PARTIALLY_RECEIVED or RECEIVED. Event PartsReceived.")
                .body(DeliveryInput.class, "lines")
                .limit("vendorInvoiceNumber", "{\"maxLength\": 50}")
                .example("{\"vendorInvoiceNumber\": \"DH-2026-1127\", \"vendorInvoiceDate\": \"2026-11-27\","
                        + " \"lines\": [{\"barcode\": \"8801234500240\", \"quantity\": 2, \"unitCost\": 45000}],"
                        + " \"allowOver\": false}")
                .idempotent()
                .answers(201, new Of(PurchaseOrder.class))
                .errors(409));
        ops.add(op("POST", "/purchaseOrders/{id}/close", "purchasing", "Expect nothing more against the order")
                .describe("ORDERED, PARTIALLY_RECEIVED or RECEIVED -> CLOSED. Event PurchaseOrderClosed.")
                .idempotent()
                .answers(200, new Of(PurchaseOrder.class))
                .errors(409));
        ops.add(op("POST", "/purchaseOrders/{id}/cancel", "purchasing", "Cancel an order before anything came")
                .describe("DRAFT or ORDERED -> CANCELLED, with the reason. Event PurchaseOrderCancelled.")
                .body(ReasonInput.class, "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 500}")
                .example("{\"reason\": \"공급처 품절\"}")
                .idempotent()
                .answers(200, new Of(PurchaseOrder.class))
                .errors(409));

        ops.add(op("POST", "/partRequests/{id}/backorder", "purchasing", "Order a part a job could not get")
                .describe("A request REJECTED for stock becomes a line of the supplier's newest draft order (a new"
                        + " one when it has none), tied to the job; the supplier given, else the part's"
                        + " defaultSupplierId, else 400 naming supplierId. The request stays REJECTED and shows its"
                        + " backorderId. When the line is received and the job is WAITING or IN_PROGRESS, a new"
                        + " ISSUED request for the job is made at once (PartIssued, live to the mechanic); otherwise"
                        + " the parts go to stock. The job's mechanic or a MANAGER. Event PartBackordered.")
                .optionalBody(BackorderInput.class)
                .example("{\"supplierId\": 1}")
                .idempotent()
                .answers(200, new Of(PartRequest.class))
                .errors(409));
        ops.add(op("GET", "/reports/partsReconciliation", "purchasing", "Parts bought, used and billed, per part")
                .describe("Over from..to (inclusive days in the shop's time zone; this month so far when omitted; at"
                        + " most 366 days): received, issued to jobs, returned from jobs, billed on invoices issued in"
                        + " the period, sold and returned over the counter, returned to vendors, adjusted, counted, on"
                        + " hand at the end, and the differences: issuedNotBilled (issued - returned - billed),"
                        + " receivedWithoutVendorInvoice, creditOutstanding (minor units on open returns and cores)."
                        + " format=csv for a spreadsheet (UTF-8 with a BOM).")
                .query("from", java.time.LocalDate.class, "first day")
                .query("to", java.time.LocalDate.class, "last day")
                .query("format", String.class, "json (default) or csv")
                .answers(200, new ItemsOf(org.shopsuite.model.PartReconciliation.class)));
        ops.add(op("GET", "/vendorReturns", "purchasing", "Vendor returns and cores, newest first")
                .describe("status=OPEN lists what still waits for the supplier's credit, with its age in days.")
                .query("status", VendorReturnStatus.class, "OPEN or CREDITED")
                .query("supplierId", Long.class, "only this supplier's")
                .paged()
                .answers(200, new PageOf(VendorReturn.class)));
        ops.add(op("POST", "/vendorReturns", "purchasing", "Send parts (or cores) back to a supplier")
                .describe("RETURN: the parts leave stock (VENDOR_RETURN ledger rows at the cost given, else the"
                        + " part's costPrice; 409 naming the line when fewer are available). CORE: old parts returned"
                        + " for their deposit (the part's coreCharge when no cost is given); no stock moves. OPEN"
                        + " until the credit memo. Event VendorReturnCreated.")
                .body(VendorReturnInput.class, "supplierId", "kind", "lines")
                .example("{\"supplierId\": 1, \"kind\": \"RETURN\", \"lines\": [{\"vehiclePartId\": 16,"
                        + " \"quantity\": 1, \"unitCost\": 70000, \"reason\": \"규격 오배송\"}]}")
                .idempotent()
                .answers(201, new Of(VendorReturn.class))
                .errors(409));
        ops.add(op("GET", "/vendorReturns/{id}", "purchasing", "One vendor return")
                .answers(200, new Of(VendorReturn.class)));
        ops.add(op("POST", "/vendorReturns/{id}/credit", "purchasing", "Record the supplier's credit memo")
                .describe("OPEN -> CREDITED (409 when credited already). Event VendorCreditReceived.")
                .body(CreditInput.class, "creditMemoNumber", "amount")
                .limit("creditMemoNumber", "{\"minLength\": 1, \"maxLength\": 50}")
                .example("{\"creditMemoNumber\": \"CM-2026-0042\", \"amount\": 70000}")
                .idempotent()
                .answers(201, new Of(VendorReturn.class))
                .errors(409));
        ops.add(op("POST", "/stockCounts", "purchasing", "Start a stock count sheet")
                .describe("The parts given (every part when the body is empty), each with its stock now as"
                        + " expected; the sheet fixes the ledger's position, so stock that moves while the count goes"
                        + " on keeps its movements. Event StockCountStarted.")
                .optionalBody(StockCountInput.class)
                .example("{\"vehiclePartIds\": [1, 2, 3]}")
                .idempotent()
                .answers(201, new Of(StockCount.class)));
        ops.add(op("GET", "/stockCounts/{id}", "purchasing", "A count sheet with its differences")
                .answers(200, new Of(StockCount.class)));
        ops.add(op("POST", "/stockCounts/{id}/scans", "purchasing", "Count units")
                .describe("A barcode (as scanned) or a vehiclePartId; one unit unless quantity is given. Several"
                        + " scanners may count at once (no If-Match). A part not on the sheet joins it. 409 once"
                        + " posted. Event StockCountScanned.")
                .body(ScanInput.class)
                .example("{\"barcode\": \"8801234500011\", \"quantity\": 1}")
                .idempotent()
                .answers(201, new Of(StockCount.class))
                .errors(409));
        ops.add(op("POST", "/stockCounts/{id}/post", "purchasing", "Post the differences")
                .describe("In one transaction each part's stock moves by counted - expected with a COUNT ledger"
                        + " row; a difference that would leave less than nothing available is a 409 naming the part,"
                        + " with nothing written. Event StockCounted.")
                .idempotent()
                .answers(200, new Of(StockCount.class))
                .errors(409));
        ops.add(op("GET", "/counterSales", "sales", "Counter sales, newest first (the sales dashboard)")
                .query("status", CounterSaleStatus.class, "only sales in this status")
                .query("date", java.time.LocalDate.class, "only sales made on this day (the shop's time zone)")
                .paged()
                .answers(200, new PageOf(CounterSale.class)));
        ops.add(op("POST", "/counterSales", "sales", "Sell parts over the counter, paid at once")
                .describe("The lines at the parts' prices plus tax (rounded as invoices are). 201 only when the"
                        + " payment covers the total: cash may be more (the change is recorded), card and transfer"
                        + " are exact; otherwise 409 naming the amount due (params amountDue, amountGiven) and"
                        + " nothing is written. The units are reserved at once (available = stock - reserved), so"
                        + " the last unit cannot be sold twice: 409 naming the line (params available, requested)."
                        + " Event CounterSaleCreated.")
                .body(CounterSaleInput.class, "lines", "payment")
                .example("{\"customerId\": 1, \"lines\": [{\"vehiclePartId\": 7, \"quantity\": 2}],"
                        + " \"payment\": {\"amount\": 40000, \"method\": \"CASH\"}}")
                .idempotent()
                .answers(201, new Of(CounterSale.class))
                .errors(409));
        ops.add(op("GET", "/counterSales/{id}.pdf", "sales", "The sales slip (영수증) as an A4 PDF")
                .describe("The shop, each part, the totals with VAT, the payment and change; a cancellation or return"
                        + " with its refund.")
                .answers(200, new Media("application/pdf", "{\"type\": \"string\", \"format\": \"binary\"}")));
        ops.add(op("GET", "/counterSales/{id}", "sales", "One counter sale").answers(200, new Of(CounterSale.class)));
        ops.add(op("POST", "/counterSales/{id}/handover", "sales", "Hand the parts over")
                .describe("PAID -> HANDED_OVER: stock and the reservation go down with a SOLD ledger row at the"
                        + " part's cost. 409 otherwise. Event CounterSaleHandedOver.")
                .idempotent()
                .answers(200, new Of(CounterSale.class))
                .errors(409));
        ops.add(op("POST", "/counterSales/{id}/cancel", "sales", "Cancel a sale, or take the parts back")
                .describe("Before the handover: the reservation is released and the money refunded (CANCELLED)."
                        + " After it: the parts go back to stock (SALE_RETURN) and the money is refunded"
                        + " (RETURNED). Events CounterSaleCancelled, CounterSaleReturned.")
                .body(ReasonInput.class, "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 500}")
                .example("{\"reason\": \"고객 변심\"}")
                .idempotent()
                .answers(200, new Of(CounterSale.class))
                .errors(409));

        ops.add(op("GET", "/customers", "customers", "Find customers as you type, in name order")
                .describe("q: a name from its start, a phone by its last four digits or (7 digits or more) from"
                        + " its start, a plate from its start or by its last four digits. Without q, every"
                        + " customer. Merged records are left out.")
                .query("q", String.class, "name, phone or plate")
                .paged()
                .answers(200, new PageOf(Customer.class)));
        ops.add(op("POST", "/customers", "customers", "Add a customer")
                .describe("A name or at least one phone is required. Phones are kept as digits and shown the"
                        + " Korean way (010-XXXX-XXXX).")
                .body(CustomerInput.class)
                .limits(CUSTOMER_LIMITS)
                .example("{\"name\": \"박서준\", \"phones\": [\"010-2222-3333\"], \"email\": \"park.sj@example.com\","
                        + " \"address\": \"서울특별시 마포구 월드컵로 1\", \"notes\": \"평일 오전 연락\","
                        + " \"consentToMessages\": true}")
                .idempotent()
                .answers(201, new Of(Customer.class)));
        ops.add(op("GET", "/customers/{id}", "customers", "One customer")
                .describe("A MECHANIC reads only the customers of their own jobs, without phones, email or"
                        + " address (403 otherwise).")
                .answers(200, new Of(Customer.class)));
        ops.add(op("PATCH", "/customers/{id}", "customers", "Change a customer")
                .describe("The fields sent replace the customer's (phones: the whole list). 409 for a merged"
                        + " record.")
                .body(CustomerInput.class)
                .limits(CUSTOMER_LIMITS)
                .example("{\"name\": \"정우성\", \"email\": \"jung.ws@example.com\", \"address\": \"서울특별시 강남구"
                        + " 테헤란로 1\", \"notes\": \"법인 차량: 월말 결제\"}")
                .answers(200, new Of(Customer.class))
                .errors(409));
        ops.add(op("POST", "/customers/{id}/merge", "customers", "Fold a duplicate customer into this one")
                .describe("The duplicate's vehicles (with their ownership periods), receipts and phones move to"
                        + " this customer in one transaction; the duplicate is kept with mergedIntoId. 409 while"
                        + " either has a job not finished, or when either was already merged.")
                .body(MergeInput.class, "duplicateId", "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 500}")
                .example("{\"duplicateId\": 2, \"reason\": \"같은 고객 중복 등록\"}")
                .idempotent()
                .answers(200, new Of(Customer.class))
                .errors(409));
        ops.add(op("GET", "/customers/{id}/history", "customers", "A customer's visits, newest first")
                .paged()
                .answers(200, new PageOf(Visit.class)));
        ops.add(op("GET", "/vehicles", "customers", "Find vehicles")
                .describe("plate: however it is typed (\"12가 3456\" finds 12가3456), active record first;"
                        + " vin: exactly; q: plates from their start or by their last four digits; none: every"
                        + " vehicle, newest first.")
                .query("plate", String.class, "a plate, normalised as stored")
                .query("vin", String.class, "a VIN")
                .query("q", String.class, "the start of a plate, or its last four digits")
                .paged()
                .answers(200, new PageOf(VehicleRecord.class)));
        ops.add(op("POST", "/vehicles", "customers", "Add a vehicle")
                .describe("Korean plates are normalised (spaces and hyphens dropped); others are kept as typed"
                        + " with plateStandard false. 409 when an active vehicle has the plate. A VIN whose check"
                        + " digit does not match is a warning (VIN_CHECK_DIGIT).")
                .body(VehicleInput.class, "plate", "customerId")
                .limits(VEHICLE_LIMITS)
                .example("{\"plate\": \"123가 4567\", \"customerId\": 1, \"make\": \"Hyundai\", \"model\":"
                        + " \"Avante\", \"year\": 2021, \"fuel\": \"GASOLINE\"}")
                .idempotent()
                .answers(201, new Of(VehicleRecord.class))
                .errors(409));
        ops.add(op("GET", "/vehicles/{id}", "customers", "One vehicle, with its owners over time")
                .describe("A MECHANIC reads only the vehicles of their own jobs (403 otherwise).")
                .answers(200, new Of(VehicleRecord.class)));
        ops.add(op("PATCH", "/vehicles/{id}", "customers", "Change a vehicle")
                .describe("active false: scrapped or sold away (its plate is free for another record). The owner"
                        + " changes only by a transfer (a different customerId is a 400).")
                .body(VehicleInput.class)
                .limits(VEHICLE_LIMITS)
                .example("{\"colour\": \"흰색\"}")
                .answers(200, new Of(VehicleRecord.class))
                .errors(409));
        ops.add(op("POST", "/vehicles/{id}/transfer", "customers", "A new owner; the history stays with the car")
                .body(TransferInput.class, "customerId", "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 500}")
                .example("{\"customerId\": 2, \"reason\": \"중고 매매\"}")
                .idempotent()
                .answers(200, new Of(VehicleRecord.class))
                .errors(409));
        ops.add(op("GET", "/vehicles/{id}/history", "customers", "A vehicle's visits, newest first")
                .describe("Each visit: date, mileage, request, status, mechanic, hours worked, the mechanic's"
                        + " notes, the parts fitted, invoice number, total and paid, finished and released.")
                .paged()
                .answers(200, new PageOf(Visit.class)));
        ops.add(op("GET", "/reports/repairRecords", "customers", "Repair records (자동차관리법 §58)")
                .describe("Every visit finished between from and to (inclusive days in the shop's time zone;"
                        + " default: this month so far), oldest first; at most 366 days. JSON, or CSV (UTF-8 with"
                        + " a BOM) with format=csv.")
                .query("from", java.time.LocalDate.class, "the first day")
                .query("to", java.time.LocalDate.class, "the last day")
                .query("format", String.class, "json (default) or csv")
                .answers(200, new ItemsOf(RepairRecord.class)));

        ops.add(op("GET", "/receipts", "repair", "List receipts, newest first")
                .query("status", ReceiptStatus.class, "only receipts in this status")
                .query("q", String.class, "customer name, phone or car number contains")
                .query("date", java.time.LocalDate.class, "only receipts requested for this day")
                .query("locationId", Long.class, "only receipts taken at this location (default: every location's)")
                .paged()
                .answers(200, new PageOf(Receipt.class)));
        ops.add(op("GET", "/receipts/{id}", "repair", "One receipt").answers(200, new Of(Receipt.class)));
        ops.add(op("GET", "/receipts/{id}/events", "repair", "A receipt's events, oldest first")
                .answers(200, new ItemsOf(Event.class)));
        ops.add(op("POST", "/receipts/{id}/cancel", "repair", "Cancel an accepted receipt (and its job)")
                .body(ReasonInput.class, "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 500}")
                .example("{\"reason\": \"고객 요청\"}")
                .idempotent()
                .answers(200, new Of(Receipt.class))
                .errors(409));

        ops.add(op(
                        "POST",
                        "/receipts/{id}/reissueInvoice",
                        "repair",
                        "Issue a new invoice for a receipt whose invoice is void")
                .body(ReasonInput.class, "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 500}")
                .example("{\"reason\": \"재발행\"}")
                .idempotent()
                .answers(200, new Of(Receipt.class))
                .errors(409));
        ops.add(op("GET", "/jobs", "repair", "List jobs, newest first (a mechanic sees their own)")
                .query("mechanicId", Long.class, "only this mechanic's jobs")
                .query("status", JobStatus.class, "only jobs in this status")
                .query("date", java.time.LocalDate.class, "only jobs of this work day")
                .paged()
                .answers(200, new PageOf(Job.class))
                .errors(403));
        ops.add(op("GET", "/jobs/{id}", "repair", "One job (a mechanic: their own)")
                .answers(200, new Of(Job.class))
                .errors(403));
        ops.add(op("POST", "/jobs/{id}/start", "repair", "Start a waiting job")
                .idempotent()
                .answers(200, new Of(Job.class))
                .errors(403, 409));
        ops.add(op("POST", "/jobs/{id}/finish", "repair", "Finish a started job: the invoice is issued")
                .describe("The body is optional; laborHours default to the estimate.")
                .optionalBody(FinishInput.class)
                .limit("laborHours", "{\"exclusiveMinimum\": 0, \"maximum\": 24}")
                .limit("notes", "{\"maxLength\": 2000}")
                .example("{\"laborHours\": 0.5, \"notes\": \"교환 완료\"}")
                .idempotent()
                .answers(200, new Of(Job.class))
                .errors(403, 409));
        ops.add(op("POST", "/jobs/{id}/partRequests", "repair", "Ask for a part: issued from stock, or rejected")
                .describe("201 with the job as it now stands; the request is ISSUED or, out of stock, REJECTED.")
                .body(PartRequestInput.class, "vehiclePartId", "quantity")
                .limit("quantity", "{\"minimum\": 1}")
                .example("{\"vehiclePartId\": 1, \"quantity\": 1}")
                .idempotent()
                .answers(201, new Of(Job.class))
                .errors(403, 409));
        ops.add(op("POST", "/jobs/{id}/partRequests/{rid}/return", "repair", "Return issued parts to stock")
                .describe("200 with the part request as it now stands. The body is optional: without quantity"
                        + " all still out goes back. quantity is 1..what is still out (400 out_of_range with"
                        + " params min and max); the request stays ISSUED, with returnedQuantity, until all is"
                        + " back, then RETURNED. The job must be IN_PROGRESS and the request ISSUED: else 409.")
                .optionalBody(PartReturnInput.class)
                .limit("quantity", "{\"minimum\": 1}")
                .example("{\"quantity\": 1}")
                .idempotent()
                .answers(200, new Of(PartRequest.class))
                .errors(403, 409));

        ops.add(op("GET", "/invoices", "invoices", "List invoices, newest first")
                .query("status", InvoiceStatus.class, "only invoices in this status")
                .query("locationId", Long.class, "only this location's (default: every location's)")
                .paged()
                .answers(200, new PageOf(Invoice.class)));
        ops.add(op("GET", "/invoices/{id}.pdf", "invoices", "An invoice as an A4 PDF")
                .answers(200, new Media("application/pdf", "{\"type\": \"string\", \"format\": \"binary\"}")));
        ops.add(op("GET", "/invoices/{id}", "invoices", "One invoice").answers(200, new Of(Invoice.class)));
        ops.add(op("POST", "/invoices/{id}/payments", "invoices", "Record a payment")
                .describe("201 with the invoice as it now stands. Above the balance, or to a paid or void"
                        + " invoice: 409. method POINTS spends the customer's points (amount / pointValue of them;"
                        + " the amount must be a multiple of pointValue): 409 with params.balance when the"
                        + " balance is short. Paid in full, the invoice earns pointsEarnRatePercent of its"
                        + " subtotal less what was paid with points (once).")
                .body(PaymentInput.class, "amount", "method")
                .limit("amount", "{\"exclusiveMinimum\": 0}")
                .example("{\"amount\": 1000, \"method\": \"CASH\"}")
                .idempotent()
                .answers(201, new Of(Invoice.class))
                .errors(409));
        ops.add(op("POST", "/invoices/{id}/void", "invoices", "Void an invoice")
                .describe("When anything was paid, refundMethod is required: the refund is recorded with the void.")
                .body(VoidInput.class, "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 500}")
                .example("{\"reason\": \"잘못 발행\"}")
                .idempotent()
                .answers(200, new Of(Invoice.class))
                .errors(409));
        ops.add(op("POST", "/invoices/{id}/refunds", "invoices", "Refund part of what was paid")
                .describe("A new entry in the invoice's payments with the negative amount, by method; the"
                        + " invoice's paid, balance and status follow. 201 with the invoice as it now stands."
                        + " Above the amount paid (net of refunds): 400 out_of_range; a void invoice, or"
                        + " nothing paid: 409.")
                .body(RefundInput.class, "amount", "method", "reason")
                .limit("amount", "{\"exclusiveMinimum\": 0}")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 500}")
                .example("{\"amount\": 20000, \"method\": \"CASH\", \"reason\": \"부품 할인 적용\"}")
                .idempotent()
                .answers(201, new Of(Invoice.class))
                .errors(409));
        ops.add(op("POST", "/payments/{id}/void", "invoices", "Void one payment")
                .describe("A new entry in its invoice's payments with the payment's negative amount and method,"
                        + " voidsPaymentId naming it; the payment is not changed (its voidedByPaymentId names"
                        + " the entry). 201 with the invoice as it now stands. A payment already voided, a"
                        + " correction (refund or void), a payment on a void invoice: 409.")
                .body(ReasonInput.class, "reason")
                .limit("reason", "{\"minLength\": 1, \"maxLength\": 500}")
                .example("{\"reason\": \"카드 이중 결제\"}")
                .idempotent()
                .answers(201, new Of(Invoice.class))
                .errors(409));

        ops.add(op("GET", "/statusPages", "board", "The status board: a row per receipt")
                .query("date", java.time.LocalDate.class, "the day (default: today)")
                .query("status", ReceiptStatus.class, "only rows whose receipt is in this status")
                .query("locationId", Long.class, "only this location's receipts (default: every location's)")
                .paged()
                .answers(200, new PageOf(StatusPageRow.class)));
        ops.add(op("GET", "/statusPages/{receiptId}", "board", "One row of the status board")
                .answers(200, new Of(StatusPageRow.class)));

        ops.add(op("GET", "/events", "events", "The event log, oldest first")
                .describe("A MECHANIC gets every event, with a customer's contact details blanked (null).")
                .query("since", Long.class, "only events with a seq above this (default 0)")
                .paged()
                .answers(200, new PageOf(Event.class)));
        ops.add(op("GET", "/events/last", "events", "The seq of the newest committed event")
                .answers(200, new Of(LastSeq.class)));

        ops.add(op("GET", "/metrics", "ops", "Prometheus metrics")
                .describe("Open to callers on the server's own machine; from elsewhere a MANAGER token (401/403).")
                .answers(200, new Media("text/plain", "{\"type\": \"string\"}"))
                .errors(401, 403));
        ops.add(op("GET", "/admin/backups", "ops", "The backups kept").answers(200, new ItemsOf(Backup.class)));
        ops.add(op("POST", "/admin/backups", "ops", "Make a verified online backup now")
                .describe("The body is optional and has no fields yet: a field sent is refused (400). On PostgreSQL"
                        + " the backup is pg_dump's (SHOP_PG_DUMP set); without it, 409 saying so.")
                .optionalBody(BackupInput.class)
                .idempotent()
                .answers(201, new Of(Backup.class))
                .errors(409));
        ops.add(op("GET", "/audit", "ops", "Who changed what: the event log filtered, newest first")
                .query(
                        "entity",
                        String.class,
                        "receipt, job, invoice, vehiclePart, mechanic, user or shop, optionally with :id")
                .query("from", String.class, "a day (inclusive, the shop's time zone) or an instant")
                .query("to", String.class, "a day (inclusive, the shop's time zone) or an instant")
                .paged()
                .answers(200, new PageOf(Event.class)));

        Op stream = op("GET", "/events/stream", "events", "Live events over WebSocket")
                .describe("A WebSocket (x-websocket): upgrade with a GET; the server replays every event with a seq"
                        + " above `since`, then sends new ones as they commit, one Event (JSON) per text"
                        + " message. Clients that cannot set headers pass the token as `access_token`."
                        + " Without a valid token the upgrade is refused with 401.")
                .query("since", Long.class, "replay events after this seq (default: only new ones)")
                .query("access_token", String.class, "the bearer token, for clients that cannot set headers")
                .answers(101, new Of(Event.class));
        stream.websocket = true;
        ops.add(stream);

        ops.add(op("GET", "/openapi.json", "docs", "This document (OpenAPI 3.1)")
                .answers(200, new Inline("{\"type\": \"object\"}")));
        ops.add(op("GET", "/docs/api", "docs", "The API browsable (Swagger UI, served by the server)")
                .answers(200, new Media("text/html", "{\"type\": \"string\"}")));
        ops.add(op("GET", "/docs/api/{file}", "docs", "The files of the API page")
                .answers(200, new Media("*/*", "{\"type\": \"string\"}")));
        return ops;
    }
}
