package org.shopsuite.model.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.shopsuite.model.EventType;
import org.shopsuite.model.ReceiptStatus;

/**
 * {@code RepairRequested}: a receipt is taken (then accepted or rejected) at {@code locationId}
 * (null in events written before locations: location 1).
 */
public record RepairRequested(
        String customerName,
        String customerPhone,
        String carId,
        long mechanicId,
        String mechanicName,
        LocalDate requestDate,
        BigDecimal estimatedHours,
        String request,
        ReceiptStatus status,
        Long customerId,
        Long vehicleId,
        Long locationId)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.RepairRequested;
    }

    @Override
    public boolean carriesCustomerContact() {
        return customerPhone != null;
    }

    @Override
    public RepairRequested withoutCustomerContact() {
        return !carriesCustomerContact()
                ? this
                : new RepairRequested(
                        customerName,
                        null,
                        carId,
                        mechanicId,
                        mechanicName,
                        requestDate,
                        estimatedHours,
                        request,
                        status,
                        customerId,
                        vehicleId,
                        locationId);
    }
}
