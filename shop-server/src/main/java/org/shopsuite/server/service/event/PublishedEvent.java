package org.shopsuite.server.service.event;

/**
 * A committed event, serialised once per audience for every subscriber: {@code json} as it is, and
 * {@code jsonWithoutContact} as a mechanic sees it, or null when the event carries no customer
 * contact details and so reads the same for everyone (most events: encoded once).
 */
public record PublishedEvent(long seq, String json, String jsonWithoutContact) {
    /** The text for a subscriber who may, or may not, see customers' contact details. */
    public String json(boolean seesCustomerContact) {
        return seesCustomerContact || jsonWithoutContact == null ? json : jsonWithoutContact;
    }
}
