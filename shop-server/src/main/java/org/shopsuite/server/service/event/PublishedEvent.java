package org.shopsuite.server.service.event;

import java.util.function.Supplier;

/**
 * A committed event, serialised once per audience for every subscriber: {@link #json()} as it is,
 * and {@link #jsonWithoutContact()} as a mechanic sees it, or null when the event carries no
 * customer contact details and so reads the same for everyone (most events: encoded once). The
 * text is made when first asked for, by the stream's fan-out thread, not by the writer that
 * committed the event: the one writer thread is what limits every write path.
 */
public final class PublishedEvent {
    private final long seq;
    private final Supplier<String> encode;
    private final Supplier<String> encodeWithoutContact;
    private String json;
    private String jsonWithoutContact;

    PublishedEvent(long seq, Supplier<String> encode, Supplier<String> encodeWithoutContact) {
        this.seq = seq;
        this.encode = encode;
        this.encodeWithoutContact = encodeWithoutContact;
    }

    public long seq() {
        return seq;
    }

    public synchronized String json() {
        if (json == null) {
            json = encode.get();
        }
        return json;
    }

    /** Null when the event reads the same for everyone. */
    public synchronized String jsonWithoutContact() {
        if (encodeWithoutContact == null) {
            return null;
        }
        if (jsonWithoutContact == null) {
            jsonWithoutContact = encodeWithoutContact.get();
        }
        return jsonWithoutContact;
    }

    /** The text for a subscriber who may, or may not, see customers' contact details. */
    public String json(boolean seesCustomerContact) {
        String blanked = seesCustomerContact ? null : jsonWithoutContact();
        return blanked == null ? json() : blanked;
    }
}
