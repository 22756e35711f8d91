package org.shopsuite.model;

/** One part of a transfer and how many of its units move. */
public record StockTransferLineInput(Long vehiclePartId, Integer quantity) {}
