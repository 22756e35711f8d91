package org.shopsuite.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One finished visit as the repair record of 자동차관리법 §58 keeps it (정비기록부): the car, its
 * odometer, the dates, the responsible mechanic and the work done.
 */
public record RepairRecord(
        long receiptId,
        String plate,
        String vin,
        String make,
        String model,
        Integer mileageKm,
        String customerName,
        LocalDate requestDate,
        Instant completedAt,
        Instant releasedAt,
        String mechanicName,
        String request,
        String workDone,
        String invoiceNumber,
        Long total) {}
