package org.shopsuite.desktop.ui.receipts;

import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.Receipt;

/** A document the counter prints or saves for a receipt, as the server renders it (A4 PDF). */
public enum ReceiptDocument {
    /** 청구서: the receipt's invoice; there is one once the job is finished. */
    INVOICE("doc.invoice"),
    /** 작업지시서: the work order for the mechanic. */
    WORK_ORDER("doc.workOrder"),
    /** 접수증: the claim ticket for the customer. */
    CLAIM_TICKET("doc.claimTicket");

    private final String key;

    ReceiptDocument(String key) {
        this.key = key;
    }

    /** The message key of its name ({@code doc.invoice}); {@code key + ".file"} names its file. */
    public String key() {
        return key;
    }

    /** Whether there is such a document for the receipt (and its invoice, null when none). */
    public boolean existsFor(Receipt r, Invoice inv) {
        return switch (this) {
            case INVOICE -> inv != null && r != null && inv.receiptId() == r.id();
            case WORK_ORDER -> r != null && r.jobId() != null;
            case CLAIM_TICKET -> r != null;
        };
    }

    /** The PDF's bytes, from the server. */
    byte[] fetch(ShopClient client, Receipt r, Invoice inv) {
        return switch (this) {
            case INVOICE -> client.invoicePdf(inv.id());
            case WORK_ORDER -> client.workOrderPdf(r.id());
            case CLAIM_TICKET -> client.claimTicketPdf(r.id());
        };
    }
}
