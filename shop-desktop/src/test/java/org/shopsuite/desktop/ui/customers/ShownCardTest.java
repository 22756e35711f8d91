package org.shopsuite.desktop.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shopsuite.model.Customer;
import org.shopsuite.model.Event;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.VehicleRecord;
import org.shopsuite.model.Visit;
import org.shopsuite.model.event.CouponRedeemed;
import org.shopsuite.model.event.CouponWithdrawn;
import org.shopsuite.model.event.CustomerUpdated;
import org.shopsuite.model.event.CustomersMerged;
import org.shopsuite.model.event.DepositTaken;
import org.shopsuite.model.event.EventData;
import org.shopsuite.model.event.MileageRecorded;
import org.shopsuite.model.event.PointsPurchased;
import org.shopsuite.model.event.PointsSpent;
import org.shopsuite.model.event.VehicleReleased;
import org.shopsuite.model.event.VehicleTransferred;

/** The customers screen reads its card again only for events about what it shows. */
class ShownCardTest {
    static final Customer JUNG = new Customer(
            1, "정우성", List.of("010-2345-6789"), null, null, null, true, List.of(10L), null, null, 3, null, null);
    static final VehicleRecord SONATA = new VehicleRecord(
            10,
            "12가3456",
            true,
            null,
            "Hyundai",
            "Sonata",
            2019,
            null,
            null,
            1,
            "정우성",
            List.of(),
            84_390,
            List.of(7L),
            true,
            List.of(),
            2,
            null,
            null,
            null);
    static final Visit VISIT = new Visit(
            7,
            null,
            10,
            "12가3456",
            1,
            "정우성",
            84_390,
            "check",
            ReceiptStatus.ACCEPTED,
            null,
            null,
            null,
            null,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of());

    static EventData data(String kind, long a, long b) {
        return switch (kind) {
            case "CustomerUpdated" -> new CustomerUpdated(a, "x", List.of(), null, null, null, false);
            case "CustomersMerged" -> new CustomersMerged(a, b, "dup", List.of(), 0);
            case "VehicleTransferred" -> new VehicleTransferred(a, b, 99, "sold");
            case "MileageRecorded" -> new MileageRecorded(a, 1000, null, 1000);
            case "VehicleReleased" -> new VehicleReleased(a, Instant.EPOCH, 0);
            default -> null;
        };
    }

    @ParameterizedTest(name = "{0}({1}, {2}) receipt {3}: {4}")
    @CsvSource(textBlock = """
            CustomerUpdated,    1,  0,  , true
            CustomerUpdated,    2,  0,  , false
            CustomersMerged,    2,  1,  , true
            CustomersMerged,    2,  3,  , false
            VehicleTransferred, 10, 1,  , true
            VehicleTransferred, 11, 5,  , false
            MileageRecorded,    10, 0,  , true
            MileageRecorded,    11, 0,  , false
            VehicleReleased,    10, 0, 7, true
            none,               0,  0, 7, true
            none,               0,  0, 8, false
            """)
    void readsTheCardAgainOnlyForWhatItShows(String kind, long a, long b, Long receiptId, boolean reload) {
        EventData d = data(kind, a, b);
        Event e = new Event(
                1,
                d == null ? org.shopsuite.model.EventType.JobFinished : d.type(),
                Instant.EPOCH,
                "desk",
                receiptId,
                null,
                d);
        assertThat(new ShownCard(JUNG, List.of(SONATA), List.of(VISIT)).changedBy(e))
                .isEqualTo(reload);
    }

    static EventData points(String kind, long customer) {
        return switch (kind) {
            case "PointsPurchased" -> new PointsPurchased(customer, 1, 3000, 3000, PaymentMethod.CASH, 3000);
            case "PointsSpent" -> new PointsSpent(customer, 4, 9, 1000, 0);
            case "DepositTaken" -> new DepositTaken(customer, 3, 1000, 1000);
            case "CouponRedeemed" -> new CouponRedeemed(3, "JAPT-3NP2", customer, 4, -5000, 1, 0, 1, null);
            case "CouponWithdrawn" -> new CouponWithdrawn(3, "JAPT-3NP2", customer, 3L);
            default -> new CustomerUpdated(customer, "x", List.of(), null, null, null, false);
        };
    }

    @ParameterizedTest(name = "{0} of customer {1}: {2}")
    @CsvSource(textBlock = """
            PointsPurchased, 1, true
            PointsPurchased, 2, false
            PointsSpent,     1, true
            DepositTaken,    1, true
            CouponRedeemed,  1, true
            CouponWithdrawn, 2, false
            CustomerUpdated, 1, false
            """)
    void readsThePointsAgainOnlyForTheShownCustomers(String kind, long customer, boolean reload) {
        EventData d = points(kind, customer);
        Event e = new Event(1, d.type(), Instant.EPOCH, "desk", null, null, d);
        assertThat(new ShownCard(JUNG, List.of(SONATA), List.of(VISIT)).pointsChangedBy(e))
                .isEqualTo(reload);
    }
}
