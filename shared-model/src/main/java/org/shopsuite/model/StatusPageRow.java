package org.shopsuite.model;

import java.time.Instant;
import java.time.LocalDate;

/** One car on the live status board (the read model). */
public record StatusPageRow(
        long receiptId,
        String customerName,
        String carId,
        LocalDate requestDate,
        String mechanicName,
        ReceiptStatus receiptStatus,
        JobStatus jobStatus,
        Long invoiceTotal,
        Instant updatedAt) {}
