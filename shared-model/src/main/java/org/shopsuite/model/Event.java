package org.shopsuite.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import org.shopsuite.model.event.EventData;

/**
 * One recorded state change; {@code seq} is strictly increasing and gapless. Its {@code data} is
 * the typed payload of its {@code type} (read with {@link EventJson}).
 */
@JsonDeserialize(using = EventJson.Reader.class)
public record Event(
        long seq, EventType type, Instant occurredAt, String actor, Long receiptId, Long jobId, EventData data) {

    public Event {
        if (data != null && data.type() != type) {
            throw new IllegalArgumentException("a " + type + " event cannot carry " + data.type() + " data");
        }
    }

    /** Whether this event carries a customer's phone, email or address. */
    public boolean carriesCustomerContact() {
        return data != null && data.carriesCustomerContact();
    }

    /** This event as a mechanic sees it: a customer's contact details blanked; itself if it has none. */
    public Event withoutCustomerContact() {
        return carriesCustomerContact()
                ? new Event(seq, type, occurredAt, actor, receiptId, jobId, data.withoutCustomerContact())
                : this;
    }
}
