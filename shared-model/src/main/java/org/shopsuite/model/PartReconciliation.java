package org.shopsuite.model;

/**
 * One part's movements over a period, by kind (units), and the differences a shop looks into:
 * {@code issuedNotBilled} (issued to jobs, less returned from them, less billed on invoices issued in
 * the period: work not invoiced yet, or parts used and never billed), {@code
 * receivedWithoutVendorInvoice} (units received with no vendor invoice number) and {@code
 * creditOutstanding} (minor units still owed by suppliers on open returns and cores). {@code onHand}
 * is the stock at the period's end.
 */
public record PartReconciliation(
        long vehiclePartId,
        String partId,
        String partName,
        int received,
        int issuedToJobs,
        int returnedFromJobs,
        int billed,
        int soldOverCounter,
        int saleReturns,
        int returnedToVendor,
        int adjusted,
        int counted,
        int onHand,
        int issuedNotBilled,
        int receivedWithoutVendorInvoice,
        long creditOutstanding) {}
