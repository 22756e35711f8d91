package org.shopsuite.model;

/** What an invoice line charges for. */
public enum LineKind {
    LABOR,
    PART
}
