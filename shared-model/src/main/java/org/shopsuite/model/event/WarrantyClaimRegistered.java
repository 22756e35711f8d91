package org.shopsuite.model.event;

import java.time.LocalDate;
import org.shopsuite.model.Coverage;
import org.shopsuite.model.EventType;

/** {@code WarrantyClaimRegistered}: a comeback was registered against an earlier repair, with its computed coverage. */
public record WarrantyClaimRegistered(
        long claimId,
        long originalReceiptId,
        long vehicleId,
        long customerId,
        String complaint,
        int mileageKm,
        Coverage coverage,
        String coverageReason,
        LocalDate windowEndsOn)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.WarrantyClaimRegistered;
    }
}
