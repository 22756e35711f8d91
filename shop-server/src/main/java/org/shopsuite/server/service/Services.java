package org.shopsuite.server.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.service.appointment.AppointmentService;
import org.shopsuite.server.service.audit.AuditService;
import org.shopsuite.server.service.board.StatusBoardProjection;
import org.shopsuite.server.service.board.StatusBoardService;
import org.shopsuite.server.service.clock.ClockService;
import org.shopsuite.server.service.count.StockCountService;
import org.shopsuite.server.service.coupon.CouponService;
import org.shopsuite.server.service.customer.CustomerService;
import org.shopsuite.server.service.document.DocumentStore;
import org.shopsuite.server.service.estimate.CannedJobService;
import org.shopsuite.server.service.estimate.EstimateService;
import org.shopsuite.server.service.estimate.PartsPricingService;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.idempotency.IdempotencyService;
import org.shopsuite.server.service.invoice.InvoiceService;
import org.shopsuite.server.service.job.JobService;
import org.shopsuite.server.service.mechanic.MechanicService;
import org.shopsuite.server.service.part.PartService;
import org.shopsuite.server.service.points.PointsService;
import org.shopsuite.server.service.purchase.PurchasingService;
import org.shopsuite.server.service.receipt.ReceiptService;
import org.shopsuite.server.service.reminder.ReminderService;
import org.shopsuite.server.service.sale.CounterSaleService;
import org.shopsuite.server.service.schedule.ScheduleService;
import org.shopsuite.server.service.shop.ShopService;
import org.shopsuite.server.service.sublet.SubletService;
import org.shopsuite.server.service.user.AuthService;
import org.shopsuite.server.service.user.PasswordHasher;
import org.shopsuite.server.service.user.UserService;
import org.shopsuite.server.service.vehicle.VehicleService;
import org.shopsuite.server.service.warranty.WarrantyService;

/** Every service of the server, wired once. */
public record Services(
        EventStore events,
        ShopService shop,
        org.shopsuite.server.service.shop.LocationService locations,
        AuthService auth,
        UserService users,
        MechanicService mechanics,
        PartService parts,
        ReceiptService receipts,
        InvoiceService invoices,
        JobService jobs,
        StatusBoardService board,
        IdempotencyService idempotency,
        Changes changes,
        AuditService audit,
        CustomerService customers,
        VehicleService vehicles,
        EstimateService estimates,
        CannedJobService cannedJobs,
        PartsPricingService partsPricing,
        DocumentStore documents,
        PurchasingService purchasing,
        CounterSaleService counterSales,
        StockCountService stockCounts,
        ScheduleService schedule,
        AppointmentService appointments,
        PointsService points,
        CouponService coupons,
        ReminderService reminders,
        WarrantyService warranty,
        SubletService sublets,
        ClockService clock,
        org.shopsuite.server.service.report.ReportService reports,
        org.shopsuite.server.service.part.StockTransferService stockTransfers) {

    public static Services create(
            Database db, ObjectMapper json, Clock clock, Duration tokenIdle, int passwordIterations) {
        Times times = new Times(clock);
        EventStore events = new EventStore(db, json, times, List.of(new StatusBoardProjection()));
        ShopService shop = new ShopService(db, events, times);
        PasswordHasher hasher = new PasswordHasher(passwordIterations);
        AuthService auth = new AuthService(db, hasher, times, tokenIdle);
        UserService users = new UserService(db, events, hasher, auth, times);
        MechanicService mechanics = new MechanicService(db, events, shop, times);
        PartService parts = new PartService(db, events, times);
        InvoiceService invoices = new InvoiceService(db, events, shop, times);
        CustomerService customers = new CustomerService(db, events, times);
        VehicleService vehicles = new VehicleService(db, events, customers, shop, times);
        SubletService sublets = new SubletService(db, events, shop, invoices, times);
        ReceiptService receipts = new ReceiptService(db, events, shop, parts, invoices, vehicles, sublets, times);
        ClockService timeClock = new ClockService(db, events, shop, times);
        JobService jobs = new JobService(db, events, parts, invoices, timeClock, times);
        CouponService coupons = new CouponService(db, events, shop, times);
        IdempotencyService idempotency = new IdempotencyService(db, json, times);
        return new Services(
                events,
                shop,
                new org.shopsuite.server.service.shop.LocationService(db, events, shop, times),
                auth,
                users,
                mechanics,
                parts,
                receipts,
                invoices,
                jobs,
                new StatusBoardService(db, events, json),
                idempotency,
                new Changes(db, idempotency),
                new AuditService(db, events, shop),
                customers,
                vehicles,
                new EstimateService(db, events, shop, times),
                new CannedJobService(db, events, times),
                new PartsPricingService(db, events),
                new DocumentStore(db, times),
                new PurchasingService(db, events, parts, jobs, times),
                new CounterSaleService(db, events, shop, parts, times),
                new StockCountService(db, events, parts, times),
                new ScheduleService(db, events, times),
                new AppointmentService(db, events, shop, receipts, coupons, times, json),
                new PointsService(db, events, times),
                coupons,
                new ReminderService(db, events, shop, times),
                new WarrantyService(db, events, shop, receipts, sublets, times),
                sublets,
                timeClock,
                new org.shopsuite.server.service.report.ReportService(db, events, shop, times),
                new org.shopsuite.server.service.part.StockTransferService(db, events, parts, times));
    }
}
