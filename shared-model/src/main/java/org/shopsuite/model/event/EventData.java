package org.shopsuite.model.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.shopsuite.model.EventType;

/**
 * The payload of an event: one record per {@link EventType}, named as the type is. Its fields are
 * the event's {@code data} object on the wire and in the event log, so a record is permanent: a
 * field may be added (older events read it as null), never renamed or removed. Fields a reader does
 * not know are ignored, so an older reader keeps working when a newer writer adds one. No record
 * carries a password or token: they are plain values named here, checked by a test.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public sealed interface EventData
        permits AppointmentBooked,
                AppointmentCancelled,
                AppointmentNoShow,
                AppointmentRejected,
                AppointmentRescheduled,
                BayCreated,
                BayUpdated,
                CannedJobCreated,
                CannedJobUpdated,
                ClockedIn,
                ClockedOut,
                CounterSaleCancelled,
                CounterSaleCreated,
                CounterSaleHandedOver,
                CounterSaleReturned,
                CouponIssued,
                CouponRedeemed,
                CouponReturned,
                CouponWithdrawn,
                CustomerArrived,
                CustomerCreated,
                CustomerUpdated,
                CustomersMerged,
                DailyCloseRecorded,
                DailyCloseReopened,
                DaysOffChanged,
                DepositForfeited,
                DepositRestored,
                DepositTaken,
                EstimateCreated,
                EstimateLineOverridden,
                EstimateLinesApproved,
                EstimateLinesDeclined,
                EstimatePresented,
                EstimateSuperseded,
                EstimateUpdated,
                InvoiceIssued,
                InvoiceVoided,
                JobCancelled,
                JobClockPaused,
                JobClockResumed,
                JobClockStarted,
                JobCreated,
                JobFinished,
                JobStarted,
                LocationCreated,
                LocationUpdated,
                LowStock,
                ManDayDecreased,
                ManDayOver,
                ManDayRestored,
                MechanicCreated,
                MechanicUpdated,
                MileageRecorded,
                OpeningHoursChanged,
                PartBackordered,
                PartIssued,
                PartRequestRejected,
                PartRequested,
                PartReturned,
                PartsPricingChanged,
                PartsReceived,
                PaymentRecorded,
                PaymentRefunded,
                PaymentVoided,
                PointsEarned,
                PointsPurchased,
                PointsRestored,
                PointsReversed,
                PointsSpent,
                PromotionCreated,
                PromotionUpdated,
                PurchaseOrderCancelled,
                PurchaseOrderClosed,
                PurchaseOrderCreated,
                PurchaseOrderPlaced,
                PurchaseOrderUpdated,
                ReceiptCancelled,
                ReceiptChanged,
                ReceiptRejected,
                RemindersQueued,
                RepairRequested,
                ShopUpdated,
                StockAdjusted,
                StockCountScanned,
                StockCountStarted,
                StockCounted,
                StockTransferred,
                SubletCancelled,
                SubletCompleted,
                SubletOrdered,
                SubletScheduled,
                SupplierCreated,
                SupplierUpdated,
                TimeEntryEdited,
                UserCreated,
                UserUpdated,
                VehicleCreated,
                VehiclePartCreated,
                VehiclePartUpdated,
                VehicleReleased,
                VehicleTransferred,
                VehicleUpdated,
                VendorCreditReceived,
                VendorReturnCreated,
                WarrantyClaimAssigned,
                WarrantyClaimCancelled,
                WarrantyClaimRegistered,
                WarrantyClaimResolved,
                WarrantyCoverageOverridden,
                WorkRecommended {

    /** The event type this payload belongs to. */
    @JsonIgnore
    EventType type();

    /** Whether this payload carries a customer's phone, email or address. */
    default boolean carriesCustomerContact() {
        return false;
    }

    /**
     * This payload as staff who must not see a customer's contact details (a mechanic) see it: the
     * phone, email and address blanked to null; itself when it carries none.
     */
    default EventData withoutCustomerContact() {
        return this;
    }

    /** The record class of each event type. */
    static Class<? extends EventData> classOf(EventType type) {
        return Classes.BY_TYPE.get(type);
    }

    /** The records by type, read once from the permitted subclasses (a test checks they match). */
    final class Classes {
        static final Map<EventType, Class<? extends EventData>> BY_TYPE = Arrays.stream(
                        EventData.class.getPermittedSubclasses())
                .map(c -> c.asSubclass(EventData.class))
                .collect(Collectors.toMap(
                        c -> EventType.valueOf(c.getSimpleName()),
                        c -> c,
                        (a, b) -> a,
                        () -> new EnumMap<>(EventType.class)));

        private Classes() {}
    }
}
