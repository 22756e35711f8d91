package org.shopsuite.model;

/**
 * Where a purchase order stands: a {@code DRAFT} is edited, {@code ORDERED} was sent to the
 * supplier, then received in one or more deliveries; {@code CLOSED} when the shop expects no more,
 * {@code CANCELLED} before anything came.
 */
public enum PurchaseOrderStatus {
    DRAFT,
    ORDERED,
    PARTIALLY_RECEIVED,
    RECEIVED,
    CLOSED,
    CANCELLED
}
