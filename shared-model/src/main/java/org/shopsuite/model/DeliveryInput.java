package org.shopsuite.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /purchaseOrders/{id}/receipts}: what came in a delivery, with the vendor's
 * invoice when it came with one. More than was ordered needs {@code allowOver: true}.
 */
public record DeliveryInput(
        String vendorInvoiceNumber, LocalDate vendorInvoiceDate, List<DeliveryLine> lines, Boolean allowOver) {}
