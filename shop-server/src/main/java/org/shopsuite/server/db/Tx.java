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
 * What a unit of work reads and writes through: the DAOs of the connection it runs on. A
 * {@link WriteTx} is inside the one write transaction; a {@link ReadTx} reads a snapshot (or runs
 * one statement). A method that takes a {@code WriteTx} can only run inside a write.
 */
public abstract sealed class Tx permits ReadTx, WriteTx {
    private final Daos daos;

    Tx(Daos daos) {
        this.daos = daos;
    }

    /** The connection itself, for this package only (raw SQL in tests of the connection layer). */
    final Handle handle() {
        return daos.handle();
    }

    public final CustomerDao customers() {
        return daos.customers();
    }

    public final VehicleDao vehicles() {
        return daos.vehicles();
    }

    public final CannedJobDao cannedJobs() {
        return daos.cannedJobs();
    }

    public final DocumentDao documents() {
        return daos.documents();
    }

    public final StockCountDao stockCounts() {
        return daos.stockCounts();
    }

    public final CounterSaleDao counterSales() {
        return daos.counterSales();
    }

    public final ReconciliationDao reconciliation() {
        return daos.reconciliation();
    }

    public final AppointmentDao appointments() {
        return daos.appointments();
    }

    public final PointsDao points() {
        return daos.points();
    }

    public final CouponDao coupons() {
        return daos.coupons();
    }

    public final MessageDao messages() {
        return daos.messages();
    }

    public final WarrantyDao warranty() {
        return daos.warranty();
    }

    public final org.shopsuite.server.db.clock.ClockDao clock() {
        return daos.clock();
    }

    public final org.shopsuite.server.db.report.ReportDao reports() {
        return daos.reports();
    }

    public final ScheduleDao schedule() {
        return daos.schedule();
    }

    public final PurchasingDao purchasing() {
        return daos.purchasing();
    }

    public final EstimateDao estimates() {
        return daos.estimates();
    }

    public final ReceiptDao receipts() {
        return daos.receipts();
    }

    public final org.shopsuite.server.db.receipt.ReceiptSearch receiptSearch() {
        return daos.receiptSearch();
    }

    public final JobDao jobs() {
        return daos.jobs();
    }

    public final PartDao parts() {
        return daos.parts();
    }

    public final MechanicDao mechanics() {
        return daos.mechanics();
    }

    public final LocationDao locations() {
        return daos.locations();
    }

    public final InvoiceDao invoices() {
        return daos.invoices();
    }

    public final EventDao events() {
        return daos.events();
    }

    public final StatusPageDao board() {
        return daos.board();
    }

    public final ShopDao shop() {
        return daos.shop();
    }

    public final UserDao users() {
        return daos.users();
    }

    public final IdempotencyDao idempotency() {
        return daos.idempotency();
    }
}
