package org.shopsuite.model.event;

import java.util.List;
import org.shopsuite.model.ContactDetail;
import org.shopsuite.model.EventType;

/** {@code CustomerUpdated}: a customer's record as it now stands. */
public record CustomerUpdated(
        long customerId,
        String name,
        @ContactDetail List<String> phones,
        String email,
        String address,
        String notes,
        boolean consentToMessages)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.CustomerUpdated;
    }

    @Override
    public boolean carriesCustomerContact() {
        return (phones != null && !phones.isEmpty()) || email != null || address != null;
    }

    @Override
    public CustomerUpdated withoutCustomerContact() {
        return carriesCustomerContact()
                ? new CustomerUpdated(customerId, name, null, null, null, notes, consentToMessages)
                : this;
    }
}
