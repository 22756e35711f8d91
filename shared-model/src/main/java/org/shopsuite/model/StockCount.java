package org.shopsuite.model;

import java.time.Instant;
import java.util.List;

/** A stock count sheet and its lines, in part order. */
public record StockCount(
        long id,
        StockCountStatus status,
        List<StockCountLine> lines,
        String startedBy,
        Instant startedAt,
        String postedBy,
        Instant postedAt,
        long version) {}
