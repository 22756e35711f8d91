package org.shopsuite.model.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shopsuite.model.EventType;

/**
 * {@code ReceiptChanged}: the counter edited a receipt whose job is not finished; {@code changed}
 * names the fields that changed, the others are the receipt as it now stands.
 */
public record ReceiptChanged(
        List<String> changed,
        String customerName,
        String customerPhone,
        long mechanicId,
        String mechanicName,
        LocalDate requestDate,
        BigDecimal estimatedHours,
        String request,
        Instant promisedAt)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.ReceiptChanged;
    }

    @Override
    public boolean carriesCustomerContact() {
        return customerPhone != null;
    }

    @Override
    public ReceiptChanged withoutCustomerContact() {
        return customerPhone == null
                ? this
                : new ReceiptChanged(
                        changed,
                        customerName,
                        null,
                        mechanicId,
                        mechanicName,
                        requestDate,
                        estimatedHours,
                        request,
                        promisedAt);
    }
}
