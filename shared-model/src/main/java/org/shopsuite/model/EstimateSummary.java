package org.shopsuite.model;

import java.time.Instant;

/** A version of a receipt's estimate as the receipt lists it. */
public record EstimateSummary(long id, int number, EstimateStatus status, long total, Instant presentedAt) {}
