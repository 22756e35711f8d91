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
    private final Supplier<String> encodeStub;
    private final Long contractor;
    private String json;
    private String jsonWithoutContact;
    private byte[] stubUtf8;

    PublishedEvent(
            long seq,
            Supplier<String> encode,
            Supplier<String> encodeWithoutContact,
            Supplier<String> encodeStub,
            Long contractor) {
        this.seq = seq;
        this.encode = encode;
        this.encodeWithoutContact = encodeWithoutContact;
        this.encodeStub = encodeStub;
        this.contractor = contractor;
    }

    /**
     * The supplier whose contractors see this event in full (a sublet order's event); null when no
     * contractor does. Every other contractor gets {@link #stubUtf8()} in its place, so their
     * {@code seq} stays gapless (DOMAIN.md: fields are blanked, events never dropped).
     */
    public Long contractor() {
        return contractor;
    }

    /** The event with all but its seq, type and time blanked, as UTF-8 (made once, shared). */
    public synchronized byte[] stubUtf8() {
        if (stubUtf8 == null) {
            stubUtf8 = encodeStub.get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return stubUtf8;
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

    /**
     * The text for a contractor of {@code supplier}: the event without contact details when it is
     * about one of the supplier's orders, else the stub.
     */
    public String jsonForContractor(long supplier) {
        return contractor != null && contractor == supplier
                ? json(false)
                : new String(stubUtf8(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The text for a subscriber who may, or may not, see customers' contact details. */
    public String json(boolean seesCustomerContact) {
        String blanked = seesCustomerContact ? null : jsonWithoutContact();
        return blanked == null ? json() : blanked;
    }
}
