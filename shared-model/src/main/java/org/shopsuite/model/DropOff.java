package org.shopsuite.model;

/** Whether the customer leaves the car ({@code DROP}) or waits for it ({@code WAIT}). */
public enum DropOff {
    DROP,
    WAIT
}
