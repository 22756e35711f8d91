package org.shopsuite.model;

/** What an estimate line quotes: labour hours, a part, work sent to an outside shop, or a fee. */
public enum EstimateLineKind {
    LABOR,
    PART,
    SUBLET,
    FEE
}
