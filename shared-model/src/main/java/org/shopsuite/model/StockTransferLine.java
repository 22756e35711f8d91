package org.shopsuite.model;

/**
 * A part moved by a transfer: its number and name as they were, how many units moved, and each
 * location's stock of it just after ({@code fromStockAfter}, {@code toStockAfter}).
 */
public record StockTransferLine(
        long vehiclePartId, String partNumber, String partName, int quantity, int fromStockAfter, int toStockAfter) {}
