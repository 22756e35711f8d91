package org.shopsuite.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.jdbi.v3.core.Handle;
import org.shopsuite.model.Event;
import org.shopsuite.server.db.Daos;
import org.shopsuite.server.db.StatusPageDao;

/**
 * Keeps the status board (one row per receipt) from events alone, as the origin's
 * StatusPageViewHandler did from Kafka: the board never reads the receipts or jobs tables.
 */
final class StatusBoardProjection {

    void apply(Handle h, Event e) {
        StatusPageDao board = Daos.of(h, StatusPageDao.class);
        JsonNode d = e.data();
        String now = e.occurredAt().toString();
        switch (e.type()) {
            case RepairRequested ->
                board.insert(
                        e.receiptId(),
                        d.path("customerName").asText(),
                        d.path("carId").asText(),
                        d.path("requestDate").asText(),
                        d.path("mechanicName").asText(null),
                        d.path("status").asText(),
                        now);
            case JobCreated -> board.setStatus(e.receiptId(), "ACCEPTED", "WAITING", null, now);
            case ReceiptRejected -> board.setStatus(e.receiptId(), "REJECTED", null, null, now);
            case JobStarted -> board.setStatus(e.receiptId(), null, "IN_PROGRESS", null, now);
            case JobFinished -> board.setStatus(e.receiptId(), "COMPLETED", "FINISHED", null, now);
            case JobCancelled -> board.setStatus(e.receiptId(), null, "CANCELLED", null, now);
            case ReceiptCancelled -> board.setStatus(e.receiptId(), "CANCELLED", null, null, now);
            case InvoiceIssued ->
                board.setInvoiceTotal(e.receiptId(), d.path("total").asLong(), now);
            default -> {
                // Other events do not change what the board shows.
            }
        }
    }
}
