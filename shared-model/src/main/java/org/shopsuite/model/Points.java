package org.shopsuite.model;

import java.util.List;

/** A customer's points: the balance is the sum of the entries (newest first). */
public record Points(long customerId, long balance, List<PointsEntry> entries) {}
