package org.shopsuite.model;

import java.util.List;

/** Body of {@code POST /vendorReturns}. */
public record VendorReturnInput(Long supplierId, VendorReturnKind kind, List<VendorReturnLine> lines) {}
