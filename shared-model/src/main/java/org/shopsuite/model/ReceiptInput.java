package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Body of {@code POST /receipts}: a customer's request for repair. {@code customerId} and {@code
 * vehicleId} win over the typed name, phone and car number when given.
 */
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
            "updatedAt",
            "releasedAt",
            "warnings",
            "estimates"
        })
public record ReceiptInput(
        String customerName,
        String customerPhone,
        String carId,
        Vehicle vehicle,
        Long mechanicId,
        LocalDate requestDate,
        BigDecimal estimatedHours,
        String request,
        Long customerId,
        Long vehicleId,
        Instant promisedAt) {}
