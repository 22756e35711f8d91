package org.shopsuite.server.db;

import org.jdbi.v3.core.Handle;
import org.shopsuite.server.db.board.StatusPageDao;
import org.shopsuite.server.db.count.StockCountDao;
import org.shopsuite.server.db.coupon.CouponDao;
import org.shopsuite.server.db.customer.CustomerDao;
import org.shopsuite.server.db.document.DocumentDao;
import org.shopsuite.server.db.estimate.CannedJobDao;
import org.shopsuite.server.db.estimate.EstimateDao;
import org.shopsuite.server.db.event.EventDao;
import org.shopsuite.server.db.idempotency.IdempotencyDao;
import org.shopsuite.server.db.invoice.InvoiceDao;
import org.shopsuite.server.db.job.JobDao;
import org.shopsuite.server.db.location.LocationDao;
import org.shopsuite.server.db.mechanic.MechanicDao;
import org.shopsuite.server.db.message.MessageDao;
import org.shopsuite.server.db.part.PartDao;
import org.shopsuite.server.db.points.PointsDao;
import org.shopsuite.server.db.purchase.PurchasingDao;
import org.shopsuite.server.db.purchase.ReconciliationDao;
import org.shopsuite.server.db.receipt.ReceiptDao;
import org.shopsuite.server.db.sale.CounterSaleDao;
import org.shopsuite.server.db.schedule.AppointmentDao;
import org.shopsuite.server.db.schedule.ScheduleDao;
import org.shopsuite.server.db.shop.ShopDao;
import org.shopsuite.server.db.user.UserDao;
import org.shopsuite.server.db.vehicle.VehicleDao;
import org.shopsuite.server.db.warranty.WarrantyDao;

/**
 * One connection's DAOs, attached once when the connection opens and kept as long as it is. Jdbi's
 * {@code Handle.attach} prepares an invoker for every method of the DAO on each call; done per
 * statement it was close to half of the writer thread's time (profiled with JFR under
 * {@code shop-bench}). Reached only through a {@link Tx}: a DAO is never used outside a unit of
 * work.
 */
final class Daos {
    private final Handle handle;
    private final ReceiptDao receipts;
    private final org.shopsuite.server.db.receipt.ReceiptSearch receiptSearch;
    private final JobDao jobs;
    private final PartDao parts;
    private final MechanicDao mechanics;
    private final LocationDao locations;
    private final InvoiceDao invoices;
    private final EventDao events;
    private final StatusPageDao board;
    private final ShopDao shop;
    private final UserDao users;
    private final IdempotencyDao idempotency;
    private final CustomerDao customers;
    private final VehicleDao vehicles;
    private final EstimateDao estimates;
    private final PurchasingDao purchasing;
    private final ReconciliationDao reconciliation;
    private final CounterSaleDao counterSales;
    private final StockCountDao stockCounts;
    private final CannedJobDao cannedJobs;
    private final DocumentDao documents;
    private final ScheduleDao schedule;
    private final PointsDao points;
    private final CouponDao coupons;
    private final MessageDao messages;
    private final WarrantyDao warranty;
    private final org.shopsuite.server.db.clock.ClockDao clock;
    private final org.shopsuite.server.db.report.ReportDao reports;
    private final AppointmentDao appointments;

    Daos(Handle handle) {
        this.handle = handle;
        this.receipts = handle.attach(ReceiptDao.class);
        this.receiptSearch = postgres(handle)
                ? handle.attach(org.shopsuite.server.db.receipt.PostgresReceiptSearch.class)
                : handle.attach(org.shopsuite.server.db.receipt.SqliteReceiptSearch.class);
        this.jobs = handle.attach(JobDao.class);
        this.parts = handle.attach(PartDao.class);
        this.mechanics = handle.attach(MechanicDao.class);
        this.locations = handle.attach(LocationDao.class);
        this.invoices = handle.attach(InvoiceDao.class);
        this.events = handle.attach(EventDao.class);
        this.board = handle.attach(StatusPageDao.class);
        this.shop = handle.attach(ShopDao.class);
        this.users = handle.attach(UserDao.class);
        this.idempotency = handle.attach(IdempotencyDao.class);
        this.customers = handle.attach(CustomerDao.class);
        this.vehicles = handle.attach(VehicleDao.class);
        this.estimates = handle.attach(EstimateDao.class);
        this.purchasing = handle.attach(PurchasingDao.class);
        this.reconciliation = handle.attach(ReconciliationDao.class);
        this.counterSales = handle.attach(CounterSaleDao.class);
        this.stockCounts = handle.attach(StockCountDao.class);
        this.cannedJobs = handle.attach(CannedJobDao.class);
        this.documents = handle.attach(DocumentDao.class);
        this.schedule = handle.attach(ScheduleDao.class);
        this.appointments = handle.attach(AppointmentDao.class);
        this.points = handle.attach(PointsDao.class);
        this.coupons = handle.attach(CouponDao.class);
        this.messages = handle.attach(MessageDao.class);
        this.warranty = handle.attach(WarrantyDao.class);
        this.clock = handle.attach(org.shopsuite.server.db.clock.ClockDao.class);
        this.reports = handle.attach(org.shopsuite.server.db.report.ReportDao.class);
    }

    Handle handle() {
        return handle;
    }

    ReceiptDao receipts() {
        return receipts;
    }

    org.shopsuite.server.db.receipt.ReceiptSearch receiptSearch() {
        return receiptSearch;
    }

    /** Whether the connection is to PostgreSQL (else SQLite), from the driver's own answer. */
    static boolean postgres(Handle handle) {
        try {
            return "PostgreSQL".equals(handle.getConnection().getMetaData().getDatabaseProductName());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot tell which database this connection is to", e);
        }
    }

    JobDao jobs() {
        return jobs;
    }

    PartDao parts() {
        return parts;
    }

    MechanicDao mechanics() {
        return mechanics;
    }

    LocationDao locations() {
        return locations;
    }

    InvoiceDao invoices() {
        return invoices;
    }

    EventDao events() {
        return events;
    }

    StatusPageDao board() {
        return board;
    }

    ShopDao shop() {
        return shop;
    }

    UserDao users() {
        return users;
    }

    IdempotencyDao idempotency() {
        return idempotency;
    }

    CustomerDao customers() {
        return customers;
    }

    CannedJobDao cannedJobs() {
        return cannedJobs;
    }

    DocumentDao documents() {
        return documents;
    }

    StockCountDao stockCounts() {
        return stockCounts;
    }

    CounterSaleDao counterSales() {
        return counterSales;
    }

    ReconciliationDao reconciliation() {
        return reconciliation;
    }

    AppointmentDao appointments() {
        return appointments;
    }

    PointsDao points() {
        return points;
    }

    CouponDao coupons() {
        return coupons;
    }

    MessageDao messages() {
        return messages;
    }

    WarrantyDao warranty() {
        return warranty;
    }

    org.shopsuite.server.db.clock.ClockDao clock() {
        return clock;
    }

    org.shopsuite.server.db.report.ReportDao reports() {
        return reports;
    }

    ScheduleDao schedule() {
        return schedule;
    }

    PurchasingDao purchasing() {
        return purchasing;
    }

    EstimateDao estimates() {
        return estimates;
    }

    VehicleDao vehicles() {
        return vehicles;
    }
}
