package org.shopsuite.model;

import java.time.Instant;
import java.util.List;

/**
 * Units moved from one location's stock to another's in one transaction (issue 22): each line is a
 * {@code TRANSFER_OUT} ledger row at {@code fromLocationId} and a {@code TRANSFER_IN} row at
 * {@code toLocationId} naming the transfer.
 */
public record StockTransfer(
        long id,
        long fromLocationId,
        long toLocationId,
        List<StockTransferLine> lines,
        String note,
        String createdBy,
        Instant createdAt) {}
