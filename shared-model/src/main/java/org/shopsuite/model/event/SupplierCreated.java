package org.shopsuite.model.event;

import org.shopsuite.model.EventType;

/** {@code SupplierCreated}: a supplier was added. */
public record SupplierCreated(long supplierId, String name) implements EventData {
    @Override
    public EventType type() {
        return EventType.SupplierCreated;
    }
}
