package org.shopsuite.desktop.ui.customers;

import java.util.List;
import org.shopsuite.model.Customer;
import org.shopsuite.model.Event;
import org.shopsuite.model.Plates;
import org.shopsuite.model.VehicleRecord;
import org.shopsuite.model.Visit;
import org.shopsuite.model.event.CustomerUpdated;
import org.shopsuite.model.event.CustomersMerged;
import org.shopsuite.model.event.MileageRecorded;
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

    private boolean shows(long vehicleId) {
        return vehicles.stream().anyMatch(v -> v.id() == vehicleId);
    }

    private boolean showsPlate(String typed) {
        Plates.Plate p = Plates.of(typed);
        return p != null && vehicles.stream().anyMatch(v -> v.plate().equals(p.plate()));
    }
}
