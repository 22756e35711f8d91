package org.shopsuite.model;

/**
 * A part on a count sheet: {@code expected} is its stock at the sheet's start, {@code counted} what
 * was scanned, {@code difference} what posting will add (negative: missing).
 */
public record StockCountLine(
        long vehiclePartId, String partId, String partName, int expected, int counted, int scans, int difference) {}
