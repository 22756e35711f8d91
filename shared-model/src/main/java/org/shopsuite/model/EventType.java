package org.shopsuite.model;

/** Every kind of state change the server records and streams. */
public enum EventType {
    RepairRequested,
    ManDayDecreased,
    ManDayOver,
    JobCreated,
    ReceiptRejected,
    ReceiptCancelled,
    ManDayRestored,
    JobStarted,
    JobFinished,
    JobCancelled,
    PartRequested,
    PartIssued,
    PartRequestRejected,
    PartReturned,
    InvoiceIssued,
    PaymentRecorded,
    InvoiceVoided,
    PaymentRefunded,
    PaymentVoided,
    StockAdjusted,
    LowStock,
    VehiclePartCreated,
    VehiclePartUpdated,
    MechanicCreated,
    MechanicUpdated,
    ShopUpdated,
    UserCreated,
    UserUpdated
}
