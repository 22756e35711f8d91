package org.shopsuite.model;

/** What a vehicle runs on. */
public enum Fuel {
    GASOLINE,
    DIESEL,
    LPG,
    HYBRID,
    ELECTRIC,
    HYDROGEN,
    OTHER
}
