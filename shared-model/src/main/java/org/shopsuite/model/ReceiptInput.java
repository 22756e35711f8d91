package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Body of {@code POST /receipts}: a customer's request for repair. */
@JsonIgnoreProperties(
        value = {
            "id",
            "version",
            "status",
            "rejectionReason",
            "cancelReason",
            "jobId",
            "jobStatus",
            "invoiceId",
            "partRequestIds",
            "mechanicName",
            "createdBy",
            "createdAt",
            "updatedAt"
        })
public record ReceiptInput(
        String customerName,
        String customerPhone,
        String carId,
        Vehicle vehicle,
        Long mechanicId,
        LocalDate requestDate,
        BigDecimal estimatedHours,
        String request) {}
