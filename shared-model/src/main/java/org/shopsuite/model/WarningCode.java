package org.shopsuite.model;

/** Something the counter should know about a write that was nevertheless carried out. */
public enum WarningCode {
    VEHICLE_ALREADY_IN_SHOP,
    MILEAGE_LOWER_THAN_LAST,
    REQUEST_DATE_IN_PAST,
    OWNER_MISMATCH,
    AMBIGUOUS_CUSTOMER,
    UNPAID_BALANCE,
    VIN_CHECK_DIGIT
}
