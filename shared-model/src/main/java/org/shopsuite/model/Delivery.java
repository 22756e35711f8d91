package org.shopsuite.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A delivery received against a purchase order; {@code overReceived} flags more than was ordered. */
public record Delivery(
        long id,
        String vendorInvoiceNumber,
        LocalDate vendorInvoiceDate,
        boolean overReceived,
        List<DeliveredPart> lines,
        String receivedBy,
        Instant receivedAt) {}
