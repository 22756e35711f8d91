package org.shopsuite.desktop.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shopsuite.model.Backup;
import org.shopsuite.model.Capacity;
import org.shopsuite.model.Customer;
import org.shopsuite.model.CustomerInput;
import org.shopsuite.model.Event;
import org.shopsuite.model.FinishInput;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.Json;
import org.shopsuite.model.LastSeq;
import org.shopsuite.model.LoginRequest;
import org.shopsuite.model.LoginResponse;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.MechanicInput;
import org.shopsuite.model.MergeInput;
import org.shopsuite.model.Page;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.PartRequestInput;
import org.shopsuite.model.PartReturnInput;
import org.shopsuite.model.PasswordChange;
import org.shopsuite.model.PaymentInput;
import org.shopsuite.model.Problem;
import org.shopsuite.model.ReasonInput;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.ReceiptInput;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.RefundInput;
import org.shopsuite.model.ShopSettings;
import org.shopsuite.model.StatusPageRow;
import org.shopsuite.model.StockAdjustmentInput;
import org.shopsuite.model.StockMovement;
import org.shopsuite.model.TransferInput;
import org.shopsuite.model.User;
import org.shopsuite.model.UserInput;
import org.shopsuite.model.VehicleInput;
import org.shopsuite.model.VehiclePart;
import org.shopsuite.model.VehiclePartInput;
import org.shopsuite.model.VehicleRecord;
import org.shopsuite.model.Visit;
import org.shopsuite.model.VoidInput;

/**
 * A typed client of the Shop Suite API. Thread-safe; blocking: call it off the UI thread.
 *
 * <p>It may be given several servers that share one database (issue 22: {@code
 * "http://pc1:8088, http://pc2:8088"}): it talks to one, and when that one cannot be reached it
 * moves to the next and sends the request there. That is safe for every request: reads change
 * nothing, each change carries its {@code Idempotency-Key} (kept in the shared database, so a
 * change the dead server had committed is answered as it was, not made twice) or its {@code
 * If-Match} version, and the session is in the database too.
 */
public final class ShopClient {
    /** The API generation this client was built for; the server's must match. */
    public static final int API_VERSION = 1;

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final ObjectMapper json = Json.newClientMapper();
    private final HttpClient http;
    private final List<URI> servers;
    /** The index in {@link #servers} of the one talked to. */
    private volatile int current;

    private volatile String token;
    private volatile User user;
    /** The location the session works at, and the user's role there (the role every screen goes by). */
    private volatile long sessionLocation = 1;

    private volatile org.shopsuite.model.Role sessionRole;

    public ShopClient(String baseUrl) {
        this(baseUrl, CertificatePins.inMemory());
    }

    /** For https servers: trusts an authority-signed certificate, or the one pinned for the server. */
    public ShopClient(String baseUrl, CertificatePins pins) {
        this.servers = servers(baseUrl);
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        try {
            javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
            tls.init(null, new javax.net.ssl.TrustManager[] {new PinningTrustManager(pins)}, null);
            builder.sslContext(tls);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.http = builder.build();
    }

    /** The HTTP client (and its TLS trust), shared with the event stream. */
    public HttpClient httpClient() {
        return http;
    }

    /**
     * The servers in {@code text}: one address, or several separated by commas or spaces.
     *
     * @throws IllegalArgumentException when there is none or one is not an address
     */
    public static List<URI> servers(String text) {
        List<URI> out = new java.util.ArrayList<>();
        for (String s : text.strip().split("[,\\s]+", -1)) {
            if (s.isEmpty()) {
                continue;
            }
            URI uri = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException("not a server address: " + s);
            }
            out.add(uri);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no server address");
        }
        return List.copyOf(out);
    }

    /** The server talked to now. */
    public URI base() {
        return servers.get(current);
    }

    /** Every server this client may talk to, in the order given. */
    public List<URI> servers() {
        return servers;
    }

    /**
     * {@code server} could not be reached (by a request, or by the event stream): when it is the
     * one talked to, the next one is from now on.
     */
    public synchronized void unreachable(URI server) {
        if (servers.size() > 1 && servers.get(current).equals(server)) {
            current = (current + 1) % servers.size();
        }
    }

    public String token() {
        return token;
    }

    /** The signed-in user, with their role at the session's location. */
    public User user() {
        User u = user;
        org.shopsuite.model.Role role = sessionRole;
        if (u == null || role == null || role == u.role()) {
            return u;
        }
        return new User(
                u.id(), u.username(), role, u.mechanicId(), u.active(), u.version(), u.supplierId(), u.locations());
    }

    /** A fresh key for one user action; reuse it when retrying that same action. */
    public static String newIdempotencyKey() {
        return UUID.randomUUID().toString();
    }

    public LoginResponse login(String username, String password) {
        return login(username, password, null);
    }

    /**
     * Signs in to work at {@code locationId} (null: the user's only location; a user at several
     * gets a 400 naming {@code locationId} whose params list them, see {@link #locationChoices}).
     */
    public LoginResponse login(String username, String password, Long locationId) {
        LoginResponse r = send(
                "POST",
                "/auth/login",
                new LoginRequest(username, password, locationId),
                null,
                type(LoginResponse.class));
        token = r.token();
        user = r.user();
        sessionLocation = r.locationId();
        sessionRole = r.role();
        return r;
    }

    /** The location this session works at (issue 22). */
    public long locationId() {
        return sessionLocation;
    }

    /**
     * Moves this session to another of the user's locations (issue 22): the same token, with the
     * user's role there; the location's name is read again.
     */
    public void switchLocation(long locationId) {
        LoginResponse r = send(
                "POST",
                "/auth/switchLocation",
                new org.shopsuite.model.SwitchLocation(locationId),
                newIdempotencyKey(),
                type(LoginResponse.class));
        user = r.user();
        sessionLocation = r.locationId();
        sessionRole = r.role();
        sessionLocationName = null;
        readLocationName();
    }

    private volatile String sessionLocationName;

    /**
     * The name of the session's location when the user works at several (null otherwise: a single
     * shop's screens say nothing of locations). Read once after signing in, off the UI thread.
     */
    public String locationName() {
        return sessionLocationName;
    }

    /** Reads the session's location's name, for a user who works at several. */
    public void readLocationName() {
        User u = user;
        if (u != null && u.locations() != null && u.locations().size() > 1) {
            org.shopsuite.model.Location at =
                    get("/locations/" + sessionLocation, type(org.shopsuite.model.Location.class));
            sessionLocationName = at.name();
        }
    }

    /**
     * The locations a sign-in may choose from, as its 400 naming {@code locationId} lists them (id
     * and name, in location order); empty for any other failure.
     */
    public static java.util.List<LocationChoice> locationChoices(Throwable failure) {
        if (!(failure instanceof ApiError e) || e.status() != 400) {
            return java.util.List.of();
        }
        for (org.shopsuite.model.FieldError fe : e.errors()) {
            if ("locationId".equals(fe.field()) && fe.params().get("locations") instanceof java.util.List<?> all) {
                java.util.List<LocationChoice> out = new java.util.ArrayList<>();
                for (Object o : all) {
                    if (o instanceof java.util.Map<?, ?> choice && choice.get("locationId") instanceof Number id) {
                        out.add(new LocationChoice(id.longValue(), String.valueOf(choice.get("name"))));
                    }
                }
                return out;
            }
        }
        return java.util.List.of();
    }

    /** A location to sign in at. */
    public record LocationChoice(long locationId, String name) {}

    public void logout() {
        if (token != null) {
            send("POST", "/auth/logout", null, null, type(JsonNode.class));
            token = null;
            user = null;
        }
    }

    /**
     * Changes the signed-in user's own password; the server ends their other sessions, this one
     * stays. Answers the user as they now stand.
     */
    public User changePassword(PasswordChange in, String idempotencyKey) {
        User u = send("POST", "/me/password", in, idempotencyKey, type(User.class));
        user = u;
        return u;
    }

    public ShopSettings shop() {
        return get("/shop", type(ShopSettings.class));
    }

    public List<Mechanic> activeMechanics() {
        return this.<Page<Mechanic>>get("/mechanics?active=true&limit=500", page(Mechanic.class))
                .items();
    }

    public Capacity capacity(long mechanicId, LocalDate date) {
        return get("/mechanics/" + mechanicId + "/capacity?date=" + date, type(Capacity.class));
    }

    public Receipt createReceipt(ReceiptInput in, String idempotencyKey) {
        return send("POST", "/receipts", in, idempotencyKey, type(Receipt.class));
    }

    /** A page of the receipts taken at this session's location. */
    public Page<Receipt> receipts(String q, ReceiptStatus status, LocalDate date, String cursor, int limit) {
        return get(
                "/receipts"
                        + query(
                                "q", q,
                                "status", status,
                                "date", date,
                                "locationId", sessionLocation,
                                "cursor", cursor,
                                "limit", limit),
                page(Receipt.class));
    }

    public Receipt receipt(long id) {
        return get("/receipts/" + id, type(Receipt.class));
    }

    public List<Event> receiptEvents(long id) {
        return this.<Page<Event>>get("/receipts/" + id + "/events", page(Event.class))
                .items();
    }

    public Receipt cancelReceipt(long id, String reason, String idempotencyKey) {
        return send(
                "POST", "/receipts/" + id + "/cancel", new ReasonInput(reason), idempotencyKey, type(Receipt.class));
    }

    /** A page of this session's location's board. */
    public Page<StatusPageRow> statusPages(LocalDate date, ReceiptStatus status, String cursor, int limit) {
        return get(
                "/statusPages"
                        + query(
                                "date", date,
                                "status", status,
                                "locationId", sessionLocation,
                                "cursor", cursor,
                                "limit", limit),
                page(StatusPageRow.class));
    }

    /** One receipt's board row, or empty if the server has none. */
    public java.util.Optional<StatusPageRow> statusPage(long receiptId) {
        try {
            return java.util.Optional.of(get("/statusPages/" + receiptId, type(StatusPageRow.class)));
        } catch (ApiError e) {
            if (e.status() == 404) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }

    public List<Job> jobs(Long mechanicId, JobStatus status, LocalDate date) {
        return this.<Page<Job>>get(
                        "/jobs" + query("mechanicId", mechanicId, "status", status, "date", date, "limit", 500),
                        page(Job.class))
                .items();
    }

    public Job job(long id) {
        return get("/jobs/" + id, type(Job.class));
    }

    public Job startJob(long id, String idempotencyKey) {
        return send("POST", "/jobs/" + id + "/start", null, idempotencyKey, type(Job.class));
    }

    public Job finishJob(long id, FinishInput in, String idempotencyKey) {
        return send("POST", "/jobs/" + id + "/finish", in, idempotencyKey, type(Job.class));
    }

    // ---- the time clock (issue 21) ----

    public org.shopsuite.model.MechanicClock clock(long mechanicId) {
        return get("/mechanics/" + mechanicId + "/clock", type(org.shopsuite.model.MechanicClock.class));
    }

    public org.shopsuite.model.MechanicClock clockIn(long mechanicId, String idempotencyKey) {
        return send(
                "POST",
                "/mechanics/" + mechanicId + "/clock/in",
                null,
                idempotencyKey,
                type(org.shopsuite.model.MechanicClock.class));
    }

    public org.shopsuite.model.MechanicClock clockOut(long mechanicId, String idempotencyKey) {
        return send(
                "POST",
                "/mechanics/" + mechanicId + "/clock/out",
                null,
                idempotencyKey,
                type(org.shopsuite.model.MechanicClock.class));
    }

    public org.shopsuite.model.MechanicClock pauseJobClock(
            long jobId, org.shopsuite.model.PauseInput in, String idempotencyKey) {
        return send(
                "POST",
                "/jobs/" + jobId + "/clock/pause",
                in,
                idempotencyKey,
                type(org.shopsuite.model.MechanicClock.class));
    }

    public org.shopsuite.model.MechanicClock resumeJobClock(long jobId, String note, String idempotencyKey) {
        return send(
                "POST",
                "/jobs/" + jobId + "/clock/resume",
                new org.shopsuite.model.ClockNoteInput(note),
                idempotencyKey,
                type(org.shopsuite.model.MechanicClock.class));
    }

    /** A manager's correction of a time entry (the reason required; the original is kept). */
    public org.shopsuite.model.TimeEntry correctTimeEntry(
            long id, long version, org.shopsuite.model.TimeEntryPatch in) {
        return send("PATCH", "/timeEntries/" + id, in, null, version, type(org.shopsuite.model.TimeEntry.class));
    }

    public org.shopsuite.model.TimeEntry voidTimeEntry(long id, String reason, String idempotencyKey) {
        return send(
                "POST",
                "/timeEntries/" + id + "/void",
                new ReasonInput(reason),
                idempotencyKey,
                type(org.shopsuite.model.TimeEntry.class));
    }

    /** A mechanic's time entries that touch the days from..to (inclusive). */
    public List<org.shopsuite.model.TimeEntry> timeEntries(long mechanicId, LocalDate from, LocalDate to) {
        return this.<Page<org.shopsuite.model.TimeEntry>>get(
                        "/mechanics/" + mechanicId + "/timeEntries?from=" + from + "&to=" + to,
                        page(org.shopsuite.model.TimeEntry.class))
                .items();
    }

    public PartRequest requestPart(long jobId, PartRequestInput in, String idempotencyKey) {
        return send("POST", "/jobs/" + jobId + "/partRequests", in, idempotencyKey, type(PartRequest.class));
    }

    /** Returns issued parts to stock: {@code in.quantity()} of them, or all still out when null. */
    public PartRequest returnPart(long jobId, long requestId, PartReturnInput in, String idempotencyKey) {
        return send(
                "POST",
                "/jobs/" + jobId + "/partRequests/" + requestId + "/return",
                in,
                idempotencyKey,
                type(PartRequest.class));
    }

    public List<VehiclePart> parts(String q) {
        return this.<Page<VehiclePart>>get("/vehicleParts" + query("q", q, "limit", 50), page(VehiclePart.class))
                .items();
    }

    /** Customers whose name, phone or car's plate starts with (or, for digits, ends with) what was typed. */
    public Page<Customer> searchCustomers(String q, int limit) {
        return get("/customers" + query("q", q, "limit", limit), page(Customer.class));
    }

    public Customer customer(long id) {
        return get("/customers/" + id, type(Customer.class));
    }

    public Customer createCustomer(CustomerInput in, String idempotencyKey) {
        return send("POST", "/customers", in, idempotencyKey, type(Customer.class));
    }

    /** Changes a customer if nobody changed them since {@code version} (else 412). */
    public Customer updateCustomer(long id, long version, CustomerInput in) {
        return send("PATCH", "/customers/" + id, in, null, version, type(Customer.class));
    }

    /** Folds the duplicate into the customer {@code survivorId} (MANAGER); answers the survivor. */
    public Customer mergeCustomers(long survivorId, MergeInput in, String idempotencyKey) {
        return send("POST", "/customers/" + survivorId + "/merge", in, idempotencyKey, type(Customer.class));
    }

    /** Every visit of the customer's cars, newest first. */
    public List<Visit> customerHistory(long id) {
        return this.<Page<Visit>>get("/customers/" + id + "/history?limit=200", page(Visit.class))
                .items();
    }

    /** Vehicles by plate (normalised by the server), VIN or free text. */
    public Page<VehicleRecord> vehicles(String plate, String vin, String q, int limit) {
        return get("/vehicles" + query("plate", plate, "vin", vin, "q", q, "limit", limit), page(VehicleRecord.class));
    }

    public VehicleRecord vehicle(long id) {
        return get("/vehicles/" + id, type(VehicleRecord.class));
    }

    public VehicleRecord createVehicle(VehicleInput in, String idempotencyKey) {
        return send("POST", "/vehicles", in, idempotencyKey, type(VehicleRecord.class));
    }

    /** Changes a vehicle's details (not its owner) if nobody changed it since {@code version}. */
    public VehicleRecord updateVehicle(long id, long version, VehicleInput in) {
        return send("PATCH", "/vehicles/" + id, in, null, version, type(VehicleRecord.class));
    }

    /** Gives the vehicle a new owner; its history stays with it. */
    public VehicleRecord transferVehicle(long id, TransferInput in, String idempotencyKey) {
        return send("POST", "/vehicles/" + id + "/transfer", in, idempotencyKey, type(VehicleRecord.class));
    }

    /** Every visit of the car, newest first. */
    public List<Visit> vehicleHistory(long id, int limit) {
        return this.<Page<Visit>>get("/vehicles/" + id + "/history?limit=" + limit, page(Visit.class))
                .items();
    }

    /** Hands the car of a receipt back to its customer; the answer carries warnings such as UNPAID_BALANCE. */
    public Receipt releaseVehicle(long receiptId, String idempotencyKey) {
        return send("POST", "/receipts/" + receiptId + "/release", null, idempotencyKey, type(Receipt.class));
    }

    public Invoice invoice(long id) {
        return get("/invoices/" + id, type(Invoice.class));
    }

    /** The invoice as a printable A4 PDF, rendered by the server. */
    public byte[] invoicePdf(long id) {
        return send("GET", "/invoices/" + id + ".pdf", null, null, null);
    }

    /** 작업지시서: the receipt's work order for the mechanic, an A4 PDF. */
    public byte[] workOrderPdf(long receiptId) {
        return send("GET", "/receipts/" + receiptId + "/workOrder.pdf", null, null, null);
    }

    /** 접수증: the receipt's claim ticket for the customer, an A4 PDF. */
    public byte[] claimTicketPdf(long receiptId) {
        return send("GET", "/receipts/" + receiptId + "/claimTicket.pdf", null, null, null);
    }

    /** A version of a receipt's estimate (the job's mechanic may read it too). */
    public org.shopsuite.model.Estimate estimate(long id) {
        return get("/estimates/" + id, type(org.shopsuite.model.Estimate.class));
    }

    /** The presented estimate of a job's receipt, or empty when it has none (404). */
    public java.util.Optional<org.shopsuite.model.Estimate> jobEstimate(long jobId) {
        try {
            return java.util.Optional.of(get("/jobs/" + jobId + "/estimate", type(org.shopsuite.model.Estimate.class)));
        } catch (ApiError e) {
            if (e.status() == 404) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }

    /** A new draft version: with these lines, or (null) a copy of the latest version's. */
    public org.shopsuite.model.Estimate createEstimate(
            long receiptId, org.shopsuite.model.EstimateInput in, String idempotencyKey) {
        return send(
                "POST",
                "/receipts/" + receiptId + "/estimates",
                in,
                idempotencyKey,
                type(org.shopsuite.model.Estimate.class));
    }

    /** Replaces a draft's lines if nobody changed it since {@code version} (else 412). */
    public org.shopsuite.model.Estimate changeEstimate(long id, long version, org.shopsuite.model.EstimateInput in) {
        return send("PATCH", "/estimates/" + id, in, null, version, type(org.shopsuite.model.Estimate.class));
    }

    /** Gives the draft to the customer: frozen from then on, the version before superseded. */
    public org.shopsuite.model.Estimate presentEstimate(long id, String idempotencyKey) {
        return send(
                "POST",
                "/estimates/" + id + "/present",
                null,
                idempotencyKey,
                type(org.shopsuite.model.Estimate.class));
    }

    /** Records the customer's decisions; more approved hours than the mechanic's day has left is a 409. */
    public org.shopsuite.model.Estimate approveEstimate(
            long id, org.shopsuite.model.ApprovalInput in, String idempotencyKey) {
        return send(
                "POST",
                "/estimates/" + id + "/approvals",
                in,
                idempotencyKey,
                type(org.shopsuite.model.Estimate.class));
    }

    /** Adds a canned job's lines to a draft. */
    public org.shopsuite.model.Estimate addCannedJob(long estimateId, long cannedJobId, String idempotencyKey) {
        return send(
                "POST",
                "/estimates/" + estimateId + "/lines",
                new org.shopsuite.model.CannedLinesInput(cannedJobId),
                idempotencyKey,
                type(org.shopsuite.model.Estimate.class));
    }

    /** The job's mechanic recommends more work: answers the new version, presented. */
    public org.shopsuite.model.Estimate recommend(
            long jobId, org.shopsuite.model.RecommendationInput in, String idempotencyKey) {
        return send(
                "POST",
                "/jobs/" + jobId + "/recommendations",
                in,
                idempotencyKey,
                type(org.shopsuite.model.Estimate.class));
    }

    /** Work the customer declined on earlier visits of this car, newest first. */
    public List<org.shopsuite.model.DeclinedWork> declinedWork(long vehicleId) {
        return this.<Page<org.shopsuite.model.DeclinedWork>>get(
                        "/vehicles/" + vehicleId + "/declinedWork?limit=100",
                        page(org.shopsuite.model.DeclinedWork.class))
                .items();
    }

    /** The active canned jobs. */
    public List<org.shopsuite.model.CannedJob> cannedJobs() {
        return this.<Page<org.shopsuite.model.CannedJob>>get(
                        "/cannedJobs?active=true&limit=500", page(org.shopsuite.model.CannedJob.class))
                .items();
    }

    /** Every canned job, inactive ones too (MANAGER, to maintain them). */
    public List<org.shopsuite.model.CannedJob> allCannedJobs() {
        return this.<Page<org.shopsuite.model.CannedJob>>get(
                        "/cannedJobs?limit=500", page(org.shopsuite.model.CannedJob.class))
                .items();
    }

    public org.shopsuite.model.CannedJob createCannedJob(org.shopsuite.model.CannedJobInput in, String idempotencyKey) {
        return send("POST", "/cannedJobs", in, idempotencyKey, type(org.shopsuite.model.CannedJob.class));
    }

    /** Renames, retires or changes the lines of a canned job if nobody changed it since {@code version}. */
    public org.shopsuite.model.CannedJob updateCannedJob(long id, long version, org.shopsuite.model.CannedJobInput in) {
        return send("PATCH", "/cannedJobs/" + id, in, null, version, type(org.shopsuite.model.CannedJob.class));
    }

    /** Replaces the pricing bands if nobody changed them since {@code version}. */
    public org.shopsuite.model.PartsPricing updatePartsPricing(long version, org.shopsuite.model.PartsPricing in) {
        return send("PUT", "/shop/partsPricing", in, null, version, type(org.shopsuite.model.PartsPricing.class));
    }

    /** A manager's correction of an approved line before the job is finished, with the reason. */
    public org.shopsuite.model.Estimate overrideLine(
            long estimateId, long lineId, org.shopsuite.model.OverrideInput in, String idempotencyKey) {
        return send(
                "POST",
                "/estimates/" + estimateId + "/lines/" + lineId + "/override",
                in,
                idempotencyKey,
                type(org.shopsuite.model.Estimate.class));
    }

    /** The shop's parts pricing bands (a part's price from its cost). */
    public org.shopsuite.model.PartsPricing partsPricing() {
        return get("/shop/partsPricing", type(org.shopsuite.model.PartsPricing.class));
    }

    /** 견적서: the estimate as a printable A4 PDF, as first rendered once presented. */
    public byte[] estimatePdf(long id) {
        return send("GET", "/estimates/" + id + ".pdf", null, null, null);
    }

    /**
     * Changes a receipt whose job is not finished if nobody changed it since {@code version} (else
     * 412); a change of hours that does not fit the mechanic's day is refused (409).
     */
    public Receipt changeReceipt(long id, long version, ReceiptInput in) {
        return send("PATCH", "/receipts/" + id, in, null, version, type(Receipt.class));
    }

    public Invoice pay(long id, PaymentInput in, String idempotencyKey) {
        return send("POST", "/invoices/" + id + "/payments", in, idempotencyKey, type(Invoice.class));
    }

    /**
     * Voids one payment (MANAGER): a new entry of its negative amount, the original untouched; the
     * answer is the invoice as it now stands.
     */
    public Invoice voidPayment(long paymentId, String reason, String idempotencyKey) {
        return send(
                "POST",
                "/payments/" + paymentId + "/void",
                new ReasonInput(reason),
                idempotencyKey,
                type(Invoice.class));
    }

    /** Gives part of what was paid back (MANAGER); the answer is the invoice as it now stands. */
    public Invoice refund(long invoiceId, RefundInput in, String idempotencyKey) {
        return send("POST", "/invoices/" + invoiceId + "/refunds", in, idempotencyKey, type(Invoice.class));
    }

    /**
     * Voids an invoice (MANAGER). When money was paid on it, {@code refundMethod} says how it goes
     * back to the customer; the answer is the invoice as it now stands (VOID, with the refund entry).
     */
    public Invoice voidInvoice(long id, VoidInput in, String idempotencyKey) {
        return send("POST", "/invoices/" + id + "/void", in, idempotencyKey, type(Invoice.class));
    }

    /**
     * Issues a new invoice for a receipt's finished work after its invoice was voided (MANAGER);
     * answers the receipt, whose {@code invoiceId} is the new invoice.
     */
    public Receipt reissueInvoice(long receiptId, String reason, String idempotencyKey) {
        return send(
                "POST",
                "/receipts/" + receiptId + "/reissueInvoice",
                new ReasonInput(reason),
                idempotencyKey,
                type(Receipt.class));
    }

    public List<VehiclePart> catalogue(String q, boolean lowStockOnly) {
        List<VehiclePart> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<VehiclePart> p = get(
                    "/vehicleParts"
                            + query("q", q, "lowStock", lowStockOnly ? "true" : null, "cursor", cursor, "limit", 500),
                    page(VehiclePart.class));
            all.addAll(p.items());
            cursor = p.nextCursor();
        } while (cursor != null);
        return all;
    }

    public VehiclePart createPart(VehiclePartInput in, String idempotencyKey) {
        return send("POST", "/vehicleParts", in, idempotencyKey, type(VehiclePart.class));
    }

    /** Changes a part's details (not its stock) if nobody changed it since {@code version}. */
    public VehiclePart updatePart(long id, long version, VehiclePartInput in) {
        return send("PATCH", "/vehicleParts/" + id, in, null, version, type(VehiclePart.class));
    }

    public VehiclePart adjustStock(long id, StockAdjustmentInput in, String idempotencyKey) {
        return send("POST", "/vehicleParts/" + id + "/stockAdjustments", in, idempotencyKey, type(VehiclePart.class));
    }

    /** Moves units from one location's stock to another's (issue 22); 409 when too few are there. */
    public org.shopsuite.model.StockTransfer transferStock(
            org.shopsuite.model.StockTransferInput in, String idempotencyKey) {
        return send("POST", "/stockTransfers", in, idempotencyKey, type(org.shopsuite.model.StockTransfer.class));
    }

    public List<StockMovement> movements(long partId) {
        return this.<Page<StockMovement>>get(
                        "/vehicleParts/" + partId + "/movements?limit=500", page(StockMovement.class))
                .items();
    }

    public List<Mechanic> mechanics() {
        return this.<Page<Mechanic>>get("/mechanics?limit=500", page(Mechanic.class))
                .items();
    }

    public Mechanic createMechanic(MechanicInput in, String idempotencyKey) {
        return send("POST", "/mechanics", in, idempotencyKey, type(Mechanic.class));
    }

    public Mechanic updateMechanic(long id, long version, MechanicInput in) {
        return send("PATCH", "/mechanics/" + id, in, null, version, type(Mechanic.class));
    }

    public List<User> users() {
        return this.<Page<User>>get("/users?limit=500", page(User.class)).items();
    }

    public User createUser(UserInput in, String idempotencyKey) {
        return send("POST", "/users", in, idempotencyKey, type(User.class));
    }

    /** Changes role, mechanic, active flag; a non-null password resets it. */
    public User updateUser(long id, long version, UserInput in) {
        return send("PATCH", "/users/" + id, in, null, version, type(User.class));
    }

    public ShopSettings updateShop(long version, ShopSettings in) {
        return send("PUT", "/shop", in, null, version, type(ShopSettings.class));
    }

    public List<Backup> backups() {
        JsonNode items =
                this.<JsonNode>get("/admin/backups", type(JsonNode.class)).path("items");
        return json.convertValue(items, json.getTypeFactory().constructCollectionType(List.class, Backup.class));
    }

    public Backup backupNow() {
        return send("POST", "/admin/backups", null, null, type(Backup.class));
    }

    /** The API generation the server speaks (from the open health endpoint). */
    public int serverApiVersion() {
        return this.<JsonNode>get("/health", type(JsonNode.class))
                .path("apiVersion")
                .asInt(0);
    }

    /** The audit trail: who changed what, newest first. */
    public Page<Event> audit(String entity, LocalDate from, LocalDate to, String cursor) {
        return get(
                "/audit" + query("entity", entity, "from", from, "to", to, "cursor", cursor, "limit", 200),
                page(Event.class));
    }

    /** The seq of the newest event, to start a live stream from now. */
    public long lastSeq() {
        return this.<LastSeq>get("/events/last", type(LastSeq.class)).seq();
    }

    // ---- purchasing (MANAGER; orders read-only for RECEPTIONIST) ----

    /** Suppliers, active ones only unless {@code all}. */
    public List<org.shopsuite.model.Supplier> suppliers(boolean all) {
        return this.<Page<org.shopsuite.model.Supplier>>get(
                        "/suppliers" + query("active", all ? null : "true", "limit", 500),
                        page(org.shopsuite.model.Supplier.class))
                .items();
    }

    public org.shopsuite.model.Supplier createSupplier(org.shopsuite.model.SupplierInput in, String idempotencyKey) {
        return send("POST", "/suppliers", in, idempotencyKey, type(org.shopsuite.model.Supplier.class));
    }

    public org.shopsuite.model.Supplier updateSupplier(long id, long version, org.shopsuite.model.SupplierInput in) {
        return send("PATCH", "/suppliers/" + id, in, null, version, type(org.shopsuite.model.Supplier.class));
    }

    /** Purchase orders, newest first; any filter may be null. */
    public List<org.shopsuite.model.PurchaseOrder> purchaseOrders(
            org.shopsuite.model.PurchaseOrderStatus status, Long supplierId) {
        return this.<Page<org.shopsuite.model.PurchaseOrder>>get(
                        "/purchaseOrders" + query("status", status, "supplierId", supplierId, "limit", 500),
                        page(org.shopsuite.model.PurchaseOrder.class))
                .items();
    }

    public org.shopsuite.model.PurchaseOrder purchaseOrder(long id) {
        return get("/purchaseOrders/" + id, type(org.shopsuite.model.PurchaseOrder.class));
    }

    public org.shopsuite.model.PurchaseOrder createPurchaseOrder(
            org.shopsuite.model.PurchaseOrderInput in, String idempotencyKey) {
        return send("POST", "/purchaseOrders", in, idempotencyKey, type(org.shopsuite.model.PurchaseOrder.class));
    }

    /** Changes a DRAFT order's supplier or lines if nobody changed it since {@code version}. */
    public org.shopsuite.model.PurchaseOrder updatePurchaseOrder(
            long id, long version, org.shopsuite.model.PurchaseOrderInput in) {
        return send("PATCH", "/purchaseOrders/" + id, in, null, version, type(org.shopsuite.model.PurchaseOrder.class));
    }

    /** DRAFT -> ORDERED. */
    public org.shopsuite.model.PurchaseOrder placePurchaseOrder(long id, String idempotencyKey) {
        return send(
                "POST",
                "/purchaseOrders/" + id + "/order",
                null,
                idempotencyKey,
                type(org.shopsuite.model.PurchaseOrder.class));
    }

    /** Receives all or part of an order: stock up with a RECEIVED ledger row per line. */
    public org.shopsuite.model.PurchaseOrder receive(
            long id, org.shopsuite.model.DeliveryInput in, String idempotencyKey) {
        return send(
                "POST",
                "/purchaseOrders/" + id + "/receipts",
                in,
                idempotencyKey,
                type(org.shopsuite.model.PurchaseOrder.class));
    }

    public org.shopsuite.model.PurchaseOrder closePurchaseOrder(long id, String idempotencyKey) {
        return send(
                "POST",
                "/purchaseOrders/" + id + "/close",
                null,
                idempotencyKey,
                type(org.shopsuite.model.PurchaseOrder.class));
    }

    public org.shopsuite.model.PurchaseOrder cancelPurchaseOrder(long id, String reason, String idempotencyKey) {
        return send(
                "POST",
                "/purchaseOrders/" + id + "/cancel",
                new ReasonInput(reason),
                idempotencyKey,
                type(org.shopsuite.model.PurchaseOrder.class));
    }

    /**
     * Turns a part request rejected for stock into a line of the supplier's open draft order (the
     * part's default supplier when {@code supplierId} is null); answers the request with its
     * {@code backorderId}.
     */
    public PartRequest backorder(long partRequestId, Long supplierId, String idempotencyKey) {
        return send(
                "POST",
                "/partRequests/" + partRequestId + "/backorder",
                new org.shopsuite.model.BackorderInput(supplierId),
                idempotencyKey,
                type(PartRequest.class));
    }

    /** Vendor returns and core returns; {@code status} may be null for all. */
    public List<org.shopsuite.model.VendorReturn> vendorReturns(org.shopsuite.model.VendorReturnStatus status) {
        return this.<Page<org.shopsuite.model.VendorReturn>>get(
                        "/vendorReturns" + query("status", status, "limit", 500),
                        page(org.shopsuite.model.VendorReturn.class))
                .items();
    }

    public org.shopsuite.model.VendorReturn createVendorReturn(
            org.shopsuite.model.VendorReturnInput in, String idempotencyKey) {
        return send("POST", "/vendorReturns", in, idempotencyKey, type(org.shopsuite.model.VendorReturn.class));
    }

    /** Records the supplier's credit memo for a return. */
    public org.shopsuite.model.VendorReturn creditVendorReturn(
            long id, org.shopsuite.model.CreditInput in, String idempotencyKey) {
        return send(
                "POST",
                "/vendorReturns/" + id + "/credit",
                in,
                idempotencyKey,
                type(org.shopsuite.model.VendorReturn.class));
    }

    /** Bought, used, billed and sold per part over the dates (either may be null). */
    public List<org.shopsuite.model.PartReconciliation> partsReconciliation(LocalDate from, LocalDate to) {
        return this.<Page<org.shopsuite.model.PartReconciliation>>get(
                        "/reports/partsReconciliation" + query("from", from, "to", to),
                        page(org.shopsuite.model.PartReconciliation.class))
                .items();
    }

    /** The reconciliation as CSV bytes (UTF-8 with a BOM), for saving. */
    public byte[] partsReconciliationCsv(LocalDate from, LocalDate to) {
        return send(
                "GET",
                "/reports/partsReconciliation" + query("from", from, "to", to, "format", "csv"),
                null,
                null,
                null);
    }

    // ---- stock counts (MANAGER) ----

    /** Starts a count sheet of the given parts (every part when null or empty). */
    public org.shopsuite.model.StockCount startStockCount(List<Long> vehiclePartIds, String idempotencyKey) {
        return send(
                "POST",
                "/stockCounts",
                new org.shopsuite.model.StockCountInput(
                        vehiclePartIds == null || vehiclePartIds.isEmpty() ? null : vehiclePartIds),
                idempotencyKey,
                type(org.shopsuite.model.StockCount.class));
    }

    public org.shopsuite.model.StockCount stockCount(long id) {
        return get("/stockCounts/" + id, type(org.shopsuite.model.StockCount.class));
    }

    /** Adds counted units: one scan is one unit unless a quantity is given. */
    public org.shopsuite.model.StockCount scan(long countId, org.shopsuite.model.ScanInput in, String idempotencyKey) {
        return send(
                "POST",
                "/stockCounts/" + countId + "/scans",
                in,
                idempotencyKey,
                type(org.shopsuite.model.StockCount.class));
    }

    /** Turns the sheet's differences into COUNT ledger rows. */
    public org.shopsuite.model.StockCount postStockCount(long countId, String idempotencyKey) {
        return send(
                "POST",
                "/stockCounts/" + countId + "/post",
                null,
                idempotencyKey,
                type(org.shopsuite.model.StockCount.class));
    }

    // ---- bays, opening hours, days off, appointments ----

    /** The bays (lifts) in name order, out-of-use ones too when {@code all}. */
    public List<org.shopsuite.model.Bay> bays(boolean all) {
        return this.<Page<org.shopsuite.model.Bay>>get(
                        "/bays" + query("active", all ? null : "true", "limit", 500),
                        page(org.shopsuite.model.Bay.class))
                .items();
    }

    public org.shopsuite.model.Bay createBay(org.shopsuite.model.BayInput in, String idempotencyKey) {
        return send("POST", "/bays", in, idempotencyKey, type(org.shopsuite.model.Bay.class));
    }

    public org.shopsuite.model.Bay updateBay(long id, long version, org.shopsuite.model.BayInput in) {
        return send("PATCH", "/bays/" + id, in, null, version, type(org.shopsuite.model.Bay.class));
    }

    /** The chain's locations in name order (a single shop has one). */
    public List<org.shopsuite.model.Location> locations() {
        return this.<Page<org.shopsuite.model.Location>>get(
                        "/locations" + query("limit", 500), page(org.shopsuite.model.Location.class))
                .items();
    }

    public org.shopsuite.model.Location createLocation(org.shopsuite.model.LocationInput in, String idempotencyKey) {
        return send("POST", "/locations", in, idempotencyKey, type(org.shopsuite.model.Location.class));
    }

    public org.shopsuite.model.Location updateLocation(long id, long version, org.shopsuite.model.LocationInput in) {
        return send("PATCH", "/locations/" + id, in, null, version, type(org.shopsuite.model.Location.class));
    }

    /** The shop's week and holidays (version 0 and no days until they are first set). */
    public org.shopsuite.model.OpeningHours openingHours() {
        return get("/shop/hours", type(org.shopsuite.model.OpeningHours.class));
    }

    public org.shopsuite.model.OpeningHours setOpeningHours(long version, org.shopsuite.model.OpeningHours in) {
        return send("PUT", "/shop/hours", in, null, version, type(org.shopsuite.model.OpeningHours.class));
    }

    public org.shopsuite.model.DaysOff daysOff(long mechanicId) {
        return get("/mechanics/" + mechanicId + "/daysOff", type(org.shopsuite.model.DaysOff.class));
    }

    /** Replaces a mechanic's days off if nobody changed them since {@code version}. */
    public org.shopsuite.model.DaysOff setDaysOff(long mechanicId, long version, List<LocalDate> dates) {
        return send(
                "PUT",
                "/mechanics/" + mechanicId + "/daysOff",
                new org.shopsuite.model.DaysOff(null, dates, null),
                null,
                version,
                type(org.shopsuite.model.DaysOff.class));
    }

    /**
     * This session's location's appointments from {@code from} to {@code to} (inclusive), every page;
     * each filter may be null.
     */
    public List<org.shopsuite.model.Appointment> appointments(
            LocalDate from, LocalDate to, Long mechanicId, Long bayId, org.shopsuite.model.AppointmentStatus status) {
        List<org.shopsuite.model.Appointment> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<org.shopsuite.model.Appointment> p = get(
                    "/appointments"
                            + query(
                                    "from",
                                    from,
                                    "to",
                                    to,
                                    "mechanicId",
                                    mechanicId,
                                    "bayId",
                                    bayId,
                                    "status",
                                    status,
                                    "locationId",
                                    sessionLocation,
                                    "cursor",
                                    cursor,
                                    "limit",
                                    500),
                    page(org.shopsuite.model.Appointment.class));
            out.addAll(p.items());
            cursor = p.nextCursor();
        } while (cursor != null);
        return out;
    }

    public org.shopsuite.model.Appointment appointment(long id) {
        return get("/appointments/" + id, type(org.shopsuite.model.Appointment.class));
    }

    /** Books a slot: answered BOOKED, or REJECTED with its reason (both are stored). */
    public org.shopsuite.model.Appointment book(org.shopsuite.model.AppointmentInput in, String idempotencyKey) {
        return send("POST", "/appointments", in, idempotencyKey, type(org.shopsuite.model.Appointment.class));
    }

    /** The slot and the hours come back. */
    public org.shopsuite.model.Appointment cancelAppointment(long id, String reason, String idempotencyKey) {
        return send(
                "POST",
                "/appointments/" + id + "/cancel",
                new ReasonInput(reason),
                idempotencyKey,
                type(org.shopsuite.model.Appointment.class));
    }

    /** Moves a booking; a new slot that does not fit is a 409 ({@code params.reason}) and nothing changes. */
    public org.shopsuite.model.Appointment reschedule(
            long id, org.shopsuite.model.RescheduleInput in, String idempotencyKey) {
        return send(
                "POST",
                "/appointments/" + id + "/reschedule",
                in,
                idempotencyKey,
                type(org.shopsuite.model.Appointment.class));
    }

    /** The customer came: the receipt is made from the booking ({@code receiptId} set). */
    public org.shopsuite.model.Appointment arrive(long id, Long mechanicId, String idempotencyKey) {
        return send(
                "POST",
                "/appointments/" + id + "/arrive",
                new org.shopsuite.model.ArriveInput(mechanicId),
                idempotencyKey,
                type(org.shopsuite.model.Appointment.class));
    }

    public org.shopsuite.model.Appointment noShow(long id, String idempotencyKey) {
        return send(
                "POST",
                "/appointments/" + id + "/noShow",
                null,
                idempotencyKey,
                type(org.shopsuite.model.Appointment.class));
    }

    /** What can be booked on the day for a job of {@code hours}: free start times per bay, hours left per mechanic. */
    public org.shopsuite.model.Availability availability(LocalDate date, java.math.BigDecimal hours) {
        return get(
                "/availability" + query("date", date, "hours", hours == null ? null : hours.toPlainString()),
                type(org.shopsuite.model.Availability.class));
    }

    /** The day's control view: bays and mechanics with their booked slots. */
    public org.shopsuite.model.Schedule schedule(LocalDate date) {
        return get("/schedule" + query("date", date), type(org.shopsuite.model.Schedule.class));
    }

    // ---- counter sales (RECEPTIONIST, MANAGER) ----

    /** The dashboard's sales; either filter may be null. */
    public List<org.shopsuite.model.CounterSale> counterSales(
            org.shopsuite.model.CounterSaleStatus status, LocalDate date) {
        return this.<Page<org.shopsuite.model.CounterSale>>get(
                        "/counterSales" + query("status", status, "date", date, "limit", 500),
                        page(org.shopsuite.model.CounterSale.class))
                .items();
    }

    public org.shopsuite.model.CounterSale counterSale(long id) {
        return get("/counterSales/" + id, type(org.shopsuite.model.CounterSale.class));
    }

    /** Sells over the counter: created only when the payment covers the total (else 409). */
    public org.shopsuite.model.CounterSale sell(org.shopsuite.model.CounterSaleInput in, String idempotencyKey) {
        return send("POST", "/counterSales", in, idempotencyKey, type(org.shopsuite.model.CounterSale.class));
    }

    /** The goods go over the counter: stock down. */
    public org.shopsuite.model.CounterSale handOver(long id, String idempotencyKey) {
        return send(
                "POST",
                "/counterSales/" + id + "/handover",
                null,
                idempotencyKey,
                type(org.shopsuite.model.CounterSale.class));
    }

    /** Before handover a cancellation, after it a return; the refund is recorded either way. */
    public org.shopsuite.model.CounterSale cancelSale(long id, String reason, String idempotencyKey) {
        return send(
                "POST",
                "/counterSales/" + id + "/cancel",
                new ReasonInput(reason),
                idempotencyKey,
                type(org.shopsuite.model.CounterSale.class));
    }

    /** 영수증: the sale's slip as an A4 PDF. */
    public byte[] counterSaleSlip(long id) {
        return send("GET", "/counterSales/" + id + ".pdf", null, null, null);
    }

    @SuppressWarnings("TypeParameterUnusedInFormals") // T is what the JavaType t describes; Jackson cannot say so
    private <T> T get(String path, JavaType t) {
        return send("GET", path, null, null, t);
    }

    @SuppressWarnings("TypeParameterUnusedInFormals") // T is what the JavaType t describes; Jackson cannot say so
    private <T> T send(String method, String path, Object body, String idempotencyKey, JavaType t) {
        return send(method, path, body, idempotencyKey, null, t);
    }

    @SuppressWarnings("TypeParameterUnusedInFormals") // T is what the JavaType t describes; Jackson cannot say so
    private <T> T send(String method, String path, Object body, String idempotencyKey, Long ifMatch, JavaType t) {
        for (int attempt = 1; ; attempt++) {
            URI server = base();
            try {
                return sendTo(server, method, path, body, idempotencyKey, ifMatch, t);
            } catch (ServerUnreachable e) {
                if (attempt >= servers.size() || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                unreachable(server); // and the same request to the next one
            }
        }
    }

    @SuppressWarnings("TypeParameterUnusedInFormals") // T is what the JavaType t describes; Jackson cannot say so
    private <T> T sendTo(
            URI server, String method, String path, Object body, String idempotencyKey, Long ifMatch, JavaType t) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server + path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            b.header("If-Match", "\"" + ifMatch + "\"");
        }
        try {
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json");
                b.method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            }
            HttpRequest request = b.build();
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            // Asked to slow down: wait as told and try again (GETs are safe, POSTs carry their key).
            for (int attempt = 0; r.statusCode() == 429 && attempt < 3; attempt++) {
                long wait = r.headers().firstValueAsLong("Retry-After").orElse(1);
                Thread.sleep(Math.min(5, Math.max(1, wait)) * 1000);
                r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
            if (r.statusCode() == 503) {
                // stopping, starting or without its database: the request was not done, so it may be
                // sent again with its key, to another server if there is one or to this one later
                throw new ServerUnreachable(
                        "the server at " + server + " is not available (503)", new ApiError(problem(r)));
            }
            if (r.statusCode() >= 400) {
                throw new ApiError(problem(r));
            }
            if (t == null) {
                @SuppressWarnings("unchecked")
                T raw = (T) r.body();
                return raw;
            }
            return json.readValue(r.body(), t);
        } catch (ApiError e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unexpected answer from the server: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof UntrustedCertificate u) {
                    throw u;
                }
            }
            throw new ServerUnreachable("cannot reach the server at " + server + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachable("interrupted", e);
        }
    }

    private Problem problem(HttpResponse<byte[]> r) {
        try {
            Problem p = json.readValue(r.body(), Problem.class);
            if (p.status() != 0) {
                return p;
            }
        } catch (IOException e) {
            // not a problem body; described below
        }
        return new Problem(
                "about:blank",
                "HTTP " + r.statusCode(),
                r.statusCode(),
                "the server answered " + r.statusCode(),
                List.of());
    }

    private JavaType type(Class<?> c) {
        return json.getTypeFactory().constructType(c);
    }

    private JavaType page(Class<?> item) {
        return json.getTypeFactory().constructParametricType(Page.class, item);
    }

    private static String query(Object... kv) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null && !kv[i + 1].toString().isBlank()) {
                params.put((String) kv[i], kv[i + 1].toString());
            }
        }
        if (params.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        params.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return "?" + String.join("&", parts);
    }

    // ---- points, coupons, promotions, reminders ----

    /** The promotions, only the active ones when {@code activeOnly}. */
    public List<org.shopsuite.model.Promotion> promotions(boolean activeOnly) {
        return this.<Page<org.shopsuite.model.Promotion>>get(
                        "/promotions" + query("active", activeOnly ? "true" : null),
                        page(org.shopsuite.model.Promotion.class))
                .items();
    }

    public org.shopsuite.model.Promotion promotion(long id) {
        return get("/promotions/" + id, type(org.shopsuite.model.Promotion.class));
    }

    public org.shopsuite.model.Promotion createPromotion(org.shopsuite.model.PromotionInput in, String idempotencyKey) {
        return send("POST", "/promotions", in, idempotencyKey, type(org.shopsuite.model.Promotion.class));
    }

    /** Changes a promotion if nobody changed it since {@code version} (else 412). */
    public org.shopsuite.model.Promotion updatePromotion(long id, long version, org.shopsuite.model.PromotionInput in) {
        return send("PATCH", "/promotions/" + id, in, null, version, type(org.shopsuite.model.Promotion.class));
    }

    /** A customer's coupons, newest first. */
    public List<org.shopsuite.model.Coupon> coupons(long customerId) {
        return this.<Page<org.shopsuite.model.Coupon>>get(
                        "/customers/" + customerId + "/coupons", page(org.shopsuite.model.Coupon.class))
                .items();
    }

    /** Redeems a coupon on an invoice with nothing paid: a DISCOUNT line, tax and total recomputed. */
    public Invoice redeemCoupon(long invoiceId, String code, String idempotencyKey) {
        return send(
                "POST",
                "/invoices/" + invoiceId + "/coupons",
                new org.shopsuite.model.CouponCodeInput(code),
                idempotencyKey,
                type(Invoice.class));
    }

    /** A customer's points: the balance and the ledger, newest first. */
    public org.shopsuite.model.Points points(long customerId) {
        return get("/customers/" + customerId + "/points", type(org.shopsuite.model.Points.class));
    }

    /** Sells points with their payment (cash, card or transfer). */
    public org.shopsuite.model.PointsPurchase buyPoints(
            long customerId, org.shopsuite.model.PointsPurchaseInput in, String idempotencyKey) {
        return send(
                "POST",
                "/customers/" + customerId + "/points/purchases",
                in,
                idempotencyKey,
                type(org.shopsuite.model.PointsPurchase.class));
    }

    /** The day's reminders: the next day's appointments and the cars due for service. */
    public org.shopsuite.model.Reminders reminders(LocalDate date) {
        return get("/reminders" + query("date", date), type(org.shopsuite.model.Reminders.class));
    }

    /** Puts the day's reminders into the outbox (once each, customers who consented only). */
    public org.shopsuite.model.ReminderRun runReminders(LocalDate date, String idempotencyKey) {
        return send(
                "POST",
                "/reminders/run",
                new org.shopsuite.model.ReminderRunInput(date),
                idempotencyKey,
                type(org.shopsuite.model.ReminderRun.class));
    }

    /** The outbox's messages in one status. */
    public List<org.shopsuite.model.Message> messages(org.shopsuite.model.MessageStatus status) {
        return this.<Page<org.shopsuite.model.Message>>get(
                        "/messages" + query("status", status), page(org.shopsuite.model.Message.class))
                .items();
    }

    /** The outbox's messages in one status as CSV bytes, for saving. */
    public byte[] messagesCsv(org.shopsuite.model.MessageStatus status) {
        return send("GET", "/messages" + query("status", status, "format", "csv"), null, null, null);
    }

    // ---- H1 warranty-ui: comebacks (재정비) ----

    /** Comebacks, newest first; either filter may be null. */
    public List<org.shopsuite.model.WarrantyClaim> warrantyClaims(
            org.shopsuite.model.WarrantyClaimStatus status, Long vehicleId) {
        return this.<Page<org.shopsuite.model.WarrantyClaim>>get(
                        "/warrantyClaims" + query("status", status, "vehicleId", vehicleId, "limit", 500),
                        page(org.shopsuite.model.WarrantyClaim.class))
                .items();
    }

    public org.shopsuite.model.WarrantyClaim warrantyClaim(long id) {
        return get("/warrantyClaims/" + id, type(org.shopsuite.model.WarrantyClaim.class));
    }

    /** Registers a comeback of a finished repair; the answer carries the coverage computed. */
    public org.shopsuite.model.WarrantyClaim registerWarrantyClaim(
            org.shopsuite.model.WarrantyClaimInput in, String idempotencyKey) {
        return send("POST", "/warrantyClaims", in, idempotencyKey, type(org.shopsuite.model.WarrantyClaim.class));
    }

    /** Gives a comeback to a mechanic (a receipt through the capacity check) or to a contractor. */
    public org.shopsuite.model.WarrantyClaim assignWarrantyClaim(
            long id, org.shopsuite.model.WarrantyAssignInput in, String idempotencyKey) {
        return send(
                "POST",
                "/warrantyClaims/" + id + "/assign",
                in,
                idempotencyKey,
                type(org.shopsuite.model.WarrantyClaim.class));
    }

    /** A manager's coverage decision, with why. */
    public org.shopsuite.model.WarrantyClaim overrideCoverage(
            long id, org.shopsuite.model.CoverageOverrideInput in, String idempotencyKey) {
        return send(
                "POST",
                "/warrantyClaims/" + id + "/coverage",
                in,
                idempotencyKey,
                type(org.shopsuite.model.WarrantyClaim.class));
    }

    /** The customer cancels a comeback (its receipt and job, or sublet order, withdrawn). */
    public org.shopsuite.model.WarrantyClaim cancelWarrantyClaim(long id, String reason, String idempotencyKey) {
        return send(
                "POST",
                "/warrantyClaims/" + id + "/cancel",
                new org.shopsuite.model.ReasonInput(reason),
                idempotencyKey,
                type(org.shopsuite.model.WarrantyClaim.class));
    }

    // ---- H2 (contractor-ui): sublet orders, the contractor's screen ----

    /**
     * Sublet orders, newest first; each filter may be null. A contractor gets its own supplier's
     * orders only.
     */
    public List<org.shopsuite.model.SubletOrder> subletOrders(
            org.shopsuite.model.SubletOrderStatus status, Long supplierId, Long jobId) {
        return this.<Page<org.shopsuite.model.SubletOrder>>get(
                        "/subletOrders"
                                + query("status", status, "supplierId", supplierId, "jobId", jobId, "limit", 500),
                        page(org.shopsuite.model.SubletOrder.class))
                .items();
    }

    public org.shopsuite.model.SubletOrder subletOrder(long id) {
        return get("/subletOrders/" + id, type(org.shopsuite.model.SubletOrder.class));
    }

    /** The day the contractor will do the work. */
    public org.shopsuite.model.SubletOrder scheduleSublet(long id, LocalDate date, String idempotencyKey) {
        return send(
                "POST",
                "/subletOrders/" + id + "/schedule",
                new org.shopsuite.model.SubletScheduleInput(date),
                idempotencyKey,
                type(org.shopsuite.model.SubletOrder.class));
    }

    /** The contractor finished: what was done, its cost and its own invoice number. */
    public org.shopsuite.model.SubletOrder completeSublet(
            long id, org.shopsuite.model.SubletCompleteInput in, String idempotencyKey) {
        return send(
                "POST",
                "/subletOrders/" + id + "/complete",
                in,
                idempotencyKey,
                type(org.shopsuite.model.SubletOrder.class));
    }

    /** Sends a job's work out to a contractor (one of the suppliers). */
    public org.shopsuite.model.SubletOrder sublet(
            long jobId, org.shopsuite.model.SubletInput in, String idempotencyKey) {
        return send(
                "POST", "/jobs/" + jobId + "/sublets", in, idempotencyKey, type(org.shopsuite.model.SubletOrder.class));
    }

    // reports (issue 21)

    /** One day's takings and its drawer count (the day in the shop's time zone). */
    public org.shopsuite.model.DailyClose dailyClose(LocalDate date) {
        return get("/reports/dailyClose" + query("date", date), type(org.shopsuite.model.DailyClose.class));
    }

    /** Records the day's drawer count; 409 when the day already has a standing count. */
    public org.shopsuite.model.DailyClose recordDailyClose(
            org.shopsuite.model.DailyCloseInput in, String idempotencyKey) {
        return send("POST", "/reports/dailyClose", in, idempotencyKey, type(org.shopsuite.model.DailyClose.class));
    }

    /** Reopens a counted day (a manager, with why): a new count can then be recorded. */
    public org.shopsuite.model.DailyClose reopenDailyClose(LocalDate date, String reason, String idempotencyKey) {
        return send(
                "POST",
                "/reports/dailyClose/" + date + "/reopen",
                new ReasonInput(reason),
                idempotencyKey,
                type(org.shopsuite.model.DailyClose.class));
    }

    /** Each mechanic's hours and ratios over the days; {@code mechanicId} null: every mechanic. */
    public org.shopsuite.model.TechnicianReport technicianReport(LocalDate from, LocalDate to, Long mechanicId) {
        return get(
                "/reports/technicians" + query("from", from, "to", to, "mechanicId", mechanicId),
                type(org.shopsuite.model.TechnicianReport.class));
    }

    /** The shop's sales per day, week or month over the days. */
    public org.shopsuite.model.SalesReport salesReport(LocalDate from, LocalDate to, String groupBy) {
        return get(
                "/reports/sales" + query("from", from, "to", to, "groupBy", groupBy),
                type(org.shopsuite.model.SalesReport.class));
    }

    /** The unpaid invoices today, with their ageing. */
    public org.shopsuite.model.Receivables receivables() {
        return get("/reports/receivables", type(org.shopsuite.model.Receivables.class));
    }

    /**
     * A report as the server renders it in another format ({@code csv}, {@code pdf}): {@code path}
     * is the report's path and query ({@code /reports/sales?from=...}), the format is added to it.
     */
    public byte[] reportFile(String path, String format) {
        return send("GET", path + (path.contains("?") ? "&" : "?") + "format=" + format, null, null, null);
    }

    /** The path and query of a report, for {@link #reportFile}. */
    public static String reportPath(String report, Object... params) {
        return "/reports/" + report + query(params);
    }
}
