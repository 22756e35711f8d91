package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Body of {@code POST /purchaseOrders} and {@code PATCH /purchaseOrders/{id}} (a draft). */
@JsonIgnoreProperties(
        value = {
            "id",
            "supplierName",
            "status",
            "total",
            "deliveries",
            "cancelReason",
            "createdBy",
            "createdAt",
            "orderedAt",
            "closedAt",
            "version"
        })
public record PurchaseOrderInput(Long supplierId, List<PurchaseOrderLineInput> lines) {}
