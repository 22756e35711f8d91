package org.shopsuite.model;

/** Why the earlier repair came back, as the manager decides it when assigning. */
public enum WarrantyReasonCode {
    WORKMANSHIP,
    PART_DEFECT,
    MISDIAGNOSIS,
    OTHER
}
