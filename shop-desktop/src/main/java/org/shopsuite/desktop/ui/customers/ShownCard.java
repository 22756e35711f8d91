package org.shopsuite.desktop.ui.customers;

import java.util.List;
import org.shopsuite.model.Customer;
import org.shopsuite.model.Event;
import org.shopsuite.model.Plates;
import org.shopsuite.model.VehicleRecord;
import org.shopsuite.model.Visit;
import org.shopsuite.model.event.CouponIssued;
import org.shopsuite.model.event.CouponRedeemed;
import org.shopsuite.model.event.CouponReturned;
import org.shopsuite.model.event.CouponWithdrawn;
import org.shopsuite.model.event.CustomerUpdated;
import org.shopsuite.model.event.CustomersMerged;
import org.shopsuite.model.event.DepositForfeited;
import org.shopsuite.model.event.DepositRestored;
import org.shopsuite.model.event.DepositTaken;
import org.shopsuite.model.event.MileageRecorded;
import org.shopsuite.model.event.PointsEarned;
import org.shopsuite.model.event.PointsPurchased;
import org.shopsuite.model.event.PointsRestored;
import org.shopsuite.model.event.PointsReversed;
import org.shopsuite.model.event.PointsSpent;
import org.shopsuite.model.event.RepairRequested;
import org.shopsuite.model.event.VehicleCreated;
import org.shopsuite.model.event.VehicleReleased;
import org.shopsuite.model.event.VehicleTransferred;
import org.shopsuite.model.event.VehicleUpdated;

/**
 * The customer card on screen, and whether a live event changes what it shows: the screen reads
 * the card again for those only, not for every receipt the shop takes.
 */
record ShownCard(Customer customer, List<VehicleRecord> vehicles, List<Visit> visits) {
    boolean changedBy(Event e) {
        if (customer == null) {
            return false;
        }
        long id = customer.id();
        Object d = e.data();
        if (d instanceof CustomerUpdated u) {
            return u.customerId() == id;
        } else if (d instanceof CustomersMerged m) {
            return m.survivorId() == id || m.duplicateId() == id;
        } else if (d instanceof VehicleCreated c) {
            return c.customerId() == id;
        } else if (d instanceof VehicleUpdated u) {
            return shows(u.vehicleId());
        } else if (d instanceof VehicleTransferred t) {
            return t.fromCustomerId() == id || t.toCustomerId() == id;
        } else if (d instanceof MileageRecorded m) {
            return shows(m.vehicleId());
        } else if (d instanceof VehicleReleased r) {
            return shows(r.vehicleId());
        } else if (d instanceof RepairRequested r) {
            return showsPlate(r.carId());
        }
        // Anything else about a receipt (its job finished, its invoice paid) matters if it is a visit shown.
        return e.receiptId() != null && visits.stream().anyMatch(v -> v.receiptId() == e.receiptId());
    }

    /** Whether an event changed the shown customer's points or coupons. */
    boolean pointsChangedBy(Event e) {
        if (customer == null) {
            return false;
        }
        Object d = e.data();
        long of;
        if (d instanceof PointsPurchased p) {
            of = p.customerId();
        } else if (d instanceof PointsSpent p) {
            of = p.customerId();
        } else if (d instanceof PointsRestored p) {
            of = p.customerId();
        } else if (d instanceof PointsEarned p) {
            of = p.customerId();
        } else if (d instanceof PointsReversed p) {
            of = p.customerId();
        } else if (d instanceof DepositTaken t) {
            of = t.customerId();
        } else if (d instanceof DepositRestored r) {
            of = r.customerId();
        } else if (d instanceof DepositForfeited f) {
            of = f.customerId();
        } else if (d instanceof CouponIssued c) {
            of = c.customerId();
        } else if (d instanceof CouponWithdrawn c) {
            of = c.customerId();
        } else if (d instanceof CouponRedeemed c) {
            of = c.customerId();
        } else if (d instanceof CouponReturned c) {
            of = c.customerId();
        } else {
            return false;
        }
        return of == customer.id();
    }

    private boolean shows(long vehicleId) {
        return vehicles.stream().anyMatch(v -> v.id() == vehicleId);
    }

    private boolean showsPlate(String typed) {
        Plates.Plate p = Plates.of(typed);
        return p != null && vehicles.stream().anyMatch(v -> v.plate().equals(p.plate()));
    }
}
