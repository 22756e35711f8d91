package org.shopsuite.model.event;

import org.shopsuite.model.EventType;
import org.shopsuite.model.VendorReturnKind;

/** {@code VendorReturnCreated}: parts (or cores) sent back to a supplier; a RETURN took them out of stock. */
public record VendorReturnCreated(
        long vendorReturnId, long supplierId, VendorReturnKind kind, int lineCount, long total) implements EventData {
    @Override
    public EventType type() {
        return EventType.VendorReturnCreated;
    }
}
