package org.shopsuite.server.http;

import static org.shopsuite.server.http.Access.CONTRACTOR;
import static org.shopsuite.server.http.Access.MANAGER;
import static org.shopsuite.server.http.Access.MECHANIC;
import static org.shopsuite.server.http.Access.PUBLIC;
import static org.shopsuite.server.http.Access.RECEPTIONIST;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import org.shopsuite.server.service.ApiException;

/**
 * Every route and who may call it, in one place. Finer rules (a mechanic acts only on their own
 * jobs) live in the services.
 */
final class Routes {
    private Routes() {}

    static void register(
            RoutesConfig r,
            Authn authn,
            HealthController health,
            AuthController auth,
            PeopleController people,
            PartController parts,
            RepairController repair,
            CustomerController customers,
            EstimateController estimates,
            PurchasingController purchasing,
            CounterSaleController counterSales,
            StockCountController stockCounts,
            ScheduleController schedule,
            LoyaltyController loyalty,
            WarrantyController warranty,
            SubletController sublets,
            ClockController clock,
            ReportController reports,
            EventController events,
            OpsController ops,
            DocsController docs) {
        // Read the (size-limited) body first: a request refused early (401, 428...) must not leave
        // an unread body behind, or Jetty drops the connection and the client never sees why.
        // A body that is there must be JSON and say so (415 otherwise); an empty one needs no type.
        r.before(ctx -> {
            if (HandlerType.POST.equals(ctx.method())
                    || HandlerType.PUT.equals(ctx.method())
                    || HandlerType.PATCH.equals(ctx.method())) {
                byte[] body = body(ctx);
                if (!Bodies.isBlank(body) && !isJson(ctx.contentType())) {
                    throw ApiException.unsupportedMediaType(
                            "the body must be JSON, sent with Content-Type: application/json"
                                    + (ctx.contentType() == null
                                            ? " (none was given)"
                                            : " (not " + ctx.contentType() + ")"));
                }
            }
        });
        r.beforeMatched(authn::check);

        r.get("/health", health::health, PUBLIC);
        r.get("/ready", health::ready, PUBLIC);

        // The API described (OpenAPI 3.1, from ApiDoc and the shared-model records) and browsable.
        r.get("/openapi.json", docs::openApi, PUBLIC);
        r.get("/docs/api", docs::page, PUBLIC);
        r.get("/docs/api/{file}", docs::file, PUBLIC);

        r.post("/auth/login", auth::login, PUBLIC);
        r.post("/auth/logout", auth::logout, MANAGER, RECEPTIONIST, MECHANIC, CONTRACTOR);
        r.get("/me", auth::me, MANAGER, RECEPTIONIST, MECHANIC, CONTRACTOR);
        r.post("/auth/switchLocation", auth::switchLocation, MANAGER, RECEPTIONIST, MECHANIC, CONTRACTOR);
        r.post("/me/password", auth::changePassword, MANAGER, RECEPTIONIST, MECHANIC, CONTRACTOR);

        r.get("/users", people::listUsers, MANAGER);
        r.post("/users", people::createUser, MANAGER);
        r.get("/users/{id}", people::getUser, MANAGER);
        r.patch("/users/{id}", people::updateUser, MANAGER);

        r.get("/mechanics", people::listMechanics, MANAGER, RECEPTIONIST, MECHANIC);
        r.post("/mechanics", people::createMechanic, MANAGER);
        r.get("/mechanics/{id}", people::getMechanic, MANAGER, RECEPTIONIST, MECHANIC);
        r.patch("/mechanics/{id}", people::updateMechanic, MANAGER);
        r.get("/mechanics/{id}/capacity", people::capacity, MANAGER, RECEPTIONIST, MECHANIC);
        r.get("/mechanics/{id}/daysOff", schedule::getDaysOff, MANAGER, RECEPTIONIST, MECHANIC);
        r.put("/mechanics/{id}/daysOff", schedule::putDaysOff, MANAGER);
        r.get("/bays", schedule::listBays, MANAGER, RECEPTIONIST, MECHANIC);
        r.post("/bays", schedule::createBay, MANAGER);
        r.get("/bays/{id}", schedule::getBay, MANAGER, RECEPTIONIST, MECHANIC);
        r.patch("/bays/{id}", schedule::updateBay, MANAGER);
        r.get("/shop/hours", schedule::getHours, MANAGER, RECEPTIONIST, MECHANIC);
        r.put("/shop/hours", schedule::putHours, MANAGER);
        r.get("/appointments", schedule::listAppointments, MANAGER, RECEPTIONIST, MECHANIC);
        r.post("/appointments", schedule::book, MANAGER, RECEPTIONIST);
        r.get("/appointments/{id}", schedule::getAppointment, MANAGER, RECEPTIONIST, MECHANIC);
        r.post("/appointments/{id}/cancel", schedule::cancel, MANAGER, RECEPTIONIST);
        r.post("/appointments/{id}/reschedule", schedule::reschedule, MANAGER, RECEPTIONIST);
        r.post("/appointments/{id}/arrive", schedule::arrive, MANAGER, RECEPTIONIST);
        r.post("/appointments/{id}/noShow", schedule::noShow, MANAGER, RECEPTIONIST);
        r.get("/availability", schedule::availability, MANAGER, RECEPTIONIST);
        r.get("/schedule", schedule::schedule, MANAGER, RECEPTIONIST);

        r.get("/promotions", loyalty::listPromotions, MANAGER, RECEPTIONIST);
        r.post("/promotions", loyalty::createPromotion, MANAGER);
        r.get("/promotions/{id}", loyalty::getPromotion, MANAGER, RECEPTIONIST);
        r.patch("/promotions/{id}", loyalty::updatePromotion, MANAGER);
        r.get("/customers/{id}/coupons", loyalty::coupons, MANAGER, RECEPTIONIST);
        r.post("/invoices/{id}/coupons", loyalty::redeem, MANAGER, RECEPTIONIST);
        r.get("/customers/{id}/points", loyalty::points, MANAGER, RECEPTIONIST);
        r.post("/customers/{id}/points/purchases", loyalty::purchasePoints, MANAGER, RECEPTIONIST);
        r.get("/reminders", loyalty::reminders, MANAGER, RECEPTIONIST);
        r.post("/reminders/run", loyalty::runReminders, MANAGER, RECEPTIONIST);
        r.get("/messages", loyalty::messages, MANAGER, RECEPTIONIST);

        r.get("/warrantyClaims", warranty::list, MANAGER, RECEPTIONIST);
        r.post("/warrantyClaims", warranty::register, MANAGER, RECEPTIONIST);
        r.get("/warrantyClaims/{id}", warranty::get, MANAGER, RECEPTIONIST);
        r.post("/warrantyClaims/{id}/assign", warranty::assign, MANAGER);
        r.post("/warrantyClaims/{id}/coverage", warranty::override, MANAGER);
        r.post("/warrantyClaims/{id}/cancel", warranty::cancel, MANAGER, RECEPTIONIST);
        // sublet: a contractor reaches its own supplier's orders only (others are 404 to it)
        r.get("/subletOrders", sublets::list, MANAGER, RECEPTIONIST, CONTRACTOR);
        r.get("/subletOrders/{id}", sublets::get, MANAGER, RECEPTIONIST, CONTRACTOR);
        r.post("/subletOrders/{id}/schedule", sublets::schedule, MANAGER, RECEPTIONIST, CONTRACTOR);
        r.post("/subletOrders/{id}/complete", sublets::complete, MANAGER, RECEPTIONIST, CONTRACTOR);
        r.post("/subletOrders/{id}/cancel", sublets::cancel, MANAGER, RECEPTIONIST);
        r.post("/jobs/{id}/sublets", sublets::order, MANAGER, RECEPTIONIST);
        // the time clock: the mechanic themself or a manager (another mechanic's is 403)
        r.get("/mechanics/{id}/clock", clock::state, MANAGER, MECHANIC);
        r.post("/mechanics/{id}/clock/in", clock::clockIn, MANAGER, MECHANIC);
        r.post("/mechanics/{id}/clock/out", clock::clockOut, MANAGER, MECHANIC);
        r.post("/jobs/{id}/clock/pause", clock::pause, MANAGER, MECHANIC);
        r.post("/jobs/{id}/clock/resume", clock::resume, MANAGER, MECHANIC);
        r.get("/mechanics/{id}/timeEntries", clock::entries, MANAGER, MECHANIC);
        r.get("/timeEntries/{id}", clock::entry, MANAGER, MECHANIC);
        r.patch("/timeEntries/{id}", clock::correct, MANAGER);
        r.post("/timeEntries/{id}/void", clock::voidEntry, MANAGER);

        // the manager's numbers (a mechanic sees their own technician figures)
        r.get("/reports/dailyClose", reports::dailyClose, MANAGER);
        r.post("/reports/dailyClose", reports::close, MANAGER);
        r.post("/reports/dailyClose/{date}/reopen", reports::reopen, MANAGER);
        r.get("/reports/technicians", reports::technicians, MANAGER, MECHANIC);
        r.get("/reports/sales", reports::sales, MANAGER);
        r.get("/reports/receivables", reports::receivables, MANAGER);

        r.get("/shop", people::getShop, MANAGER, RECEPTIONIST, MECHANIC, CONTRACTOR); // the shop a contractor works for
        r.put("/shop", people::putShop, MANAGER);
        r.get("/locations", people::listLocations, MANAGER, RECEPTIONIST, MECHANIC);
        r.post("/locations", people::createLocation, MANAGER);
        r.get("/locations/{id}", people::getLocation, MANAGER, RECEPTIONIST, MECHANIC);
        r.patch("/locations/{id}", people::updateLocation, MANAGER);

        r.get("/vehicleParts", parts::list, MANAGER, RECEPTIONIST, MECHANIC);
        r.post("/vehicleParts", parts::create, MANAGER);
        r.get("/vehicleParts/{id}", parts::get, MANAGER, RECEPTIONIST, MECHANIC);
        r.patch("/vehicleParts/{id}", parts::update, MANAGER);
        r.post("/vehicleParts/{id}/stockAdjustments", parts::adjust, MANAGER);
        r.get("/vehicleParts/{id}/movements", parts::movements, MANAGER);
        r.post("/stockTransfers", parts::createTransfer, MANAGER);
        r.get("/stockTransfers", parts::listTransfers, MANAGER);
        r.get("/stockTransfers/{id}", parts::getTransfer, MANAGER);

        r.post("/receipts", repair::createReceipt, MANAGER, RECEPTIONIST);
        r.get("/receipts", repair::listReceipts, MANAGER, RECEPTIONIST);
        r.get("/receipts/{id}", repair::getReceipt, MANAGER, RECEPTIONIST);
        r.patch("/receipts/{id}", repair::changeReceipt, MANAGER, RECEPTIONIST);
        r.get("/receipts/{id}/workOrder.pdf", repair::workOrderPdf, MANAGER, RECEPTIONIST, MECHANIC);
        r.get("/receipts/{id}/claimTicket.pdf", repair::claimTicketPdf, MANAGER, RECEPTIONIST);
        r.get("/receipts/{id}/events", repair::receiptEvents, MANAGER, RECEPTIONIST);
        r.post("/receipts/{id}/cancel", repair::cancelReceipt, MANAGER, RECEPTIONIST);
        r.post("/receipts/{id}/reissueInvoice", repair::reissueInvoice, MANAGER);
        r.post("/receipts/{id}/release", repair::releaseVehicle, MANAGER, RECEPTIONIST);

        r.get("/receipts/{id}/statement.pdf", estimates::statementPdf, MANAGER, RECEPTIONIST);

        // Estimates: the counter quotes and records decisions; a mechanic reads their own jobs' and
        // recommends work (checked in the service).
        r.post("/receipts/{id}/estimates", estimates::createEstimate, MANAGER, RECEPTIONIST);
        r.get("/estimates/{id}.pdf", estimates::estimatePdf, MANAGER, RECEPTIONIST);
        r.get("/estimates/{id}", estimates::getEstimate, MANAGER, RECEPTIONIST, MECHANIC);
        r.patch("/estimates/{id}", estimates::changeEstimate, MANAGER, RECEPTIONIST);
        r.post("/estimates/{id}/present", estimates::presentEstimate, MANAGER, RECEPTIONIST);
        r.post("/estimates/{id}/approvals", estimates::approve, MANAGER, RECEPTIONIST);
        r.post("/estimates/{id}/lines", estimates::addCannedLines, MANAGER, RECEPTIONIST);
        r.post("/estimates/{id}/lines/{lineId}/override", estimates::overrideLine, MANAGER);
        r.post("/jobs/{id}/recommendations", estimates::recommend, MANAGER, MECHANIC);
        r.get("/jobs/{id}/estimate", estimates::jobEstimate, MANAGER, RECEPTIONIST, MECHANIC);
        r.get("/vehicles/{id}/declinedWork", estimates::declinedWork, MANAGER, RECEPTIONIST);
        r.get("/cannedJobs", estimates::listCannedJobs, MANAGER, RECEPTIONIST);
        r.post("/cannedJobs", estimates::createCannedJob, MANAGER);
        r.get("/cannedJobs/{id}", estimates::getCannedJob, MANAGER, RECEPTIONIST);
        r.patch("/cannedJobs/{id}", estimates::updateCannedJob, MANAGER);
        r.get("/shop/partsPricing", estimates::getPartsPricing, MANAGER, RECEPTIONIST);
        r.put("/shop/partsPricing", estimates::putPartsPricing, MANAGER);

        // Purchasing: the manager buys and receives; the counter reads orders.
        r.get("/suppliers", purchasing::listSuppliers, MANAGER, RECEPTIONIST);
        r.post("/suppliers", purchasing::createSupplier, MANAGER);
        r.get("/suppliers/{id}", purchasing::getSupplier, MANAGER, RECEPTIONIST);
        r.patch("/suppliers/{id}", purchasing::updateSupplier, MANAGER);
        r.get("/purchaseOrders", purchasing::listOrders, MANAGER, RECEPTIONIST);
        r.post("/purchaseOrders", purchasing::createOrder, MANAGER);
        r.get("/purchaseOrders/{id}", purchasing::getOrder, MANAGER, RECEPTIONIST);
        r.patch("/purchaseOrders/{id}", purchasing::updateOrder, MANAGER);
        r.post("/purchaseOrders/{id}/order", purchasing::placeOrder, MANAGER);
        r.post("/purchaseOrders/{id}/receipts", purchasing::receive, MANAGER);
        r.post("/purchaseOrders/{id}/close", purchasing::closeOrder, MANAGER);
        r.post("/purchaseOrders/{id}/cancel", purchasing::cancelOrder, MANAGER);
        r.post("/partRequests/{id}/backorder", purchasing::backorder, MANAGER, MECHANIC);
        r.get("/reports/partsReconciliation", purchasing::reconciliation, MANAGER);
        r.get("/vendorReturns", purchasing::listReturns, MANAGER);
        r.post("/vendorReturns", purchasing::createReturn, MANAGER);
        r.get("/vendorReturns/{id}", purchasing::getReturn, MANAGER);
        r.post("/vendorReturns/{id}/credit", purchasing::credit, MANAGER);

        r.post("/stockCounts", stockCounts::start, MANAGER);
        r.get("/stockCounts/{id}", stockCounts::get, MANAGER);
        r.post("/stockCounts/{id}/scans", stockCounts::scan, MANAGER);
        r.post("/stockCounts/{id}/post", stockCounts::post, MANAGER);

        // Parts sold over the counter.
        r.get("/counterSales", counterSales::list, MANAGER, RECEPTIONIST);
        r.post("/counterSales", counterSales::create, MANAGER, RECEPTIONIST);
        r.get("/counterSales/{id}.pdf", counterSales::slip, MANAGER, RECEPTIONIST);
        r.get("/counterSales/{id}", counterSales::get, MANAGER, RECEPTIONIST);
        r.post("/counterSales/{id}/handover", counterSales::handOver, MANAGER, RECEPTIONIST);
        r.post("/counterSales/{id}/cancel", counterSales::cancel, MANAGER, RECEPTIONIST);

        // Customers and vehicles: a mechanic reads those of their own jobs only (checked in the
        // services), without phone, email or address.
        r.get("/customers", customers::listCustomers, MANAGER, RECEPTIONIST);
        r.post("/customers", customers::createCustomer, MANAGER, RECEPTIONIST);
        r.get("/customers/{id}", customers::getCustomer, MANAGER, RECEPTIONIST, MECHANIC);
        r.patch("/customers/{id}", customers::updateCustomer, MANAGER, RECEPTIONIST);
        r.post("/customers/{id}/merge", customers::mergeCustomers, MANAGER);
        r.get("/customers/{id}/history", customers::customerHistory, MANAGER, RECEPTIONIST);
        r.get("/vehicles", customers::listVehicles, MANAGER, RECEPTIONIST);
        r.post("/vehicles", customers::createVehicle, MANAGER, RECEPTIONIST);
        r.get("/vehicles/{id}", customers::getVehicle, MANAGER, RECEPTIONIST, MECHANIC);
        r.patch("/vehicles/{id}", customers::updateVehicle, MANAGER, RECEPTIONIST);
        r.post("/vehicles/{id}/transfer", customers::transferVehicle, MANAGER, RECEPTIONIST);
        r.get("/vehicles/{id}/history", customers::vehicleHistory, MANAGER, RECEPTIONIST, MECHANIC);
        r.get("/reports/repairRecords", customers::repairRecords, MANAGER, RECEPTIONIST);

        r.get("/jobs", repair::listJobs, MANAGER, RECEPTIONIST, MECHANIC);
        r.get("/jobs/{id}", repair::getJob, MANAGER, RECEPTIONIST, MECHANIC);
        r.post("/jobs/{id}/start", repair::startJob, MANAGER, MECHANIC);
        r.post("/jobs/{id}/finish", repair::finishJob, MANAGER, MECHANIC);
        r.post("/jobs/{id}/partRequests", repair::requestPart, MANAGER, MECHANIC);
        r.post("/jobs/{id}/partRequests/{rid}/return", repair::returnPart, MANAGER, MECHANIC);

        r.get("/invoices", repair::listInvoices, MANAGER, RECEPTIONIST);
        r.get("/invoices/{id}.pdf", repair::invoicePdf, MANAGER, RECEPTIONIST);
        r.get("/invoices/{id}", repair::getInvoice, MANAGER, RECEPTIONIST);
        r.post("/invoices/{id}/payments", repair::pay, MANAGER, RECEPTIONIST);
        r.post("/invoices/{id}/void", repair::voidInvoice, MANAGER);
        r.post("/invoices/{id}/refunds", repair::refund, MANAGER);
        r.post("/payments/{id}/void", repair::voidPayment, MANAGER);

        r.get("/statusPages", repair::statusPages, MANAGER, RECEPTIONIST, MECHANIC);
        r.get("/statusPages/{receiptId}", repair::statusPage, MANAGER, RECEPTIONIST, MECHANIC);

        r.get("/events", events::list, MANAGER, RECEPTIONIST, MECHANIC);
        r.get("/events/last", events::last, MANAGER, RECEPTIONIST, MECHANIC, CONTRACTOR);

        // Open to loopback (a local Prometheus) or a MANAGER token; checked in the controller.
        r.get("/metrics", ops::metrics, PUBLIC);
        r.get("/admin/backups", ops::listBackups, MANAGER);
        r.post("/admin/backups", ops::createBackup, MANAGER);
        r.get("/audit", ops::audit, MANAGER);
        r.addEndpoint(Endpoint.Companion.create(HandlerType.WEBSOCKET_BEFORE_UPGRADE, "/events/stream")
                .handler(authn::checkUpgrade));
        r.ws("/events/stream", events::stream, MANAGER, RECEPTIONIST, MECHANIC, CONTRACTOR);
    }

    /**
     * The body, read whole; a body that stops arriving is a 408 problem (Javalin would otherwise answer
     * an empty 408 of the wrong content type).
     */
    private static byte[] body(io.javalin.http.Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (Exception e) { // Kotlin code: an IOException may come undeclared
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.util.concurrent.TimeoutException) {
                    throw ApiException.requestTimeout("the request's body stopped arriving before it was complete");
                }
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new java.io.UncheckedIOException(
                    e instanceof java.io.IOException io ? io : new java.io.IOException(e));
        }
    }

    /** {@code application/json}, with or without parameters such as {@code charset=utf-8}. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.equalsIgnoreCase("application/json");
    }
}
