package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code SupplierUpdated}: a supplier was changed. */
public record SupplierUpdated(long supplierId, String name, boolean active) implements EventData {
    @Override
    public EventType type() {
        return EventType.SupplierUpdated;
    }
}
