package org.shopsuite.model;

import java.time.Instant;

/**
 * One row of a part's stock ledger. A delivery's row ({@code RECEIVED}) names its purchase order and,
 * in {@code reference}, the vendor's invoice number; {@code unitCost} is the cost the units moved at
 * where it is known (null on rows written before schema version 11); a counter sale's rows ({@code
 * SOLD}, {@code SALE_RETURN}) name it in {@code counterSaleId}. The row is one location's ({@code
 * locationId}; {@code stockAfter} is its stock there); a transfer's rows ({@code TRANSFER_OUT},
 * {@code TRANSFER_IN}) name it in {@code stockTransferId}.
 */
public record StockMovement(
        long id,
        long vehiclePartId,
        MovementKind kind,
        int delta,
        int stockAfter,
        String reason,
        Long jobId,
        Long partRequestId,
        String actor,
        Instant occurredAt,
        Long purchaseOrderId,
        String reference,
        Long unitCost,
        Long counterSaleId,
        long locationId,
        Long stockTransferId) {}
