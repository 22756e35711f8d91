package org.shopsuite.model;

import java.time.Instant;

/**
 * One entry of a customer's points ledger: {@code points} is signed (+ in, - out); {@code
 * reference} names what it belongs to ({@code invoice INV-2026-000012}, {@code appointment 7},
 * {@code purchase 3}).
 */
public record PointsEntry(long id, PointsKind kind, long points, String reference, Instant at, String by) {}
