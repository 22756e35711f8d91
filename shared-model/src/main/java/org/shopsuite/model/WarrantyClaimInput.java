package org.shopsuite.model;

/** Body of {@code POST /warrantyClaims}: the earlier repair, what is wrong, the odometer now. */
public record WarrantyClaimInput(Long originalReceiptId, String complaint, Integer mileageKm) {}
