package org.shopsuite.model;

import java.util.List;

/** Body of {@code POST /purchaseOrders} and {@code PATCH /purchaseOrders/{id}} (a draft). */
public record PurchaseOrderInput(Long supplierId, List<PurchaseOrderLineInput> lines) {}
