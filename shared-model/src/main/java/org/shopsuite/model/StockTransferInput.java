package org.shopsuite.model;

import java.util.List;

/** {@code POST /stockTransfers}: parts moved from one location's stock to another's (issue 22). */
public record StockTransferInput(
        Long fromLocationId, Long toLocationId, List<StockTransferLineInput> lines, String note) {}
