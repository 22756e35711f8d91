package org.shopsuite.model;

/**
 * What an invoice line charges for. {@code SUBLET} (work sent to an outside shop) and {@code FEE}
 * lines come from an approved estimate.
 */
public enum LineKind {
    LABOR,
    PART,
    SUBLET,
    FEE
}
