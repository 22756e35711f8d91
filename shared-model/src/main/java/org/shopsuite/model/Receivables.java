package org.shopsuite.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Unpaid invoices on {@code asOf} (today in the shop's time zone), oldest first, each with its age
 * in days since it was issued and its ageing bucket ({@code 0-30}, {@code 31-60}, {@code 61-90},
 * {@code 91+}); the buckets' counts and balances; the whole balance in {@code total}.
 */
public record Receivables(
        LocalDate asOf,
        String currency,
        List<Bucket> buckets,
        int count,
        long total,
        List<Item> items,
        Map<String, String> formulas) {

    public record Bucket(String bucket, int count, long balance) {}

    public record Item(
            long invoiceId,
            String number,
            long receiptId,
            Long customerId,
            String customerName,
            String phone,
            Instant issuedAt,
            int ageDays,
            String bucket,
            long total,
            long paid,
            long balance) {}
}
