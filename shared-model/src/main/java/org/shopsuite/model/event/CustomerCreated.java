package org.shopsuite.model.event;

import java.util.List;
import org.shopsuite.model.ContactDetail;
import org.shopsuite.model.EventType;

/** {@code CustomerCreated}: a customer record is made (at the counter or by a receipt). */
public record CustomerCreated(
        long customerId,
        String name,
        @ContactDetail List<String> phones,
        String email,
        String address,
        boolean consentToMessages)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.CustomerCreated;
    }

    @Override
    public boolean carriesCustomerContact() {
        return (phones != null && !phones.isEmpty()) || email != null || address != null;
    }

    @Override
    public CustomerCreated withoutCustomerContact() {
        return carriesCustomerContact()
                ? new CustomerCreated(customerId, name, null, null, null, consentToMessages)
                : this;
    }
}
