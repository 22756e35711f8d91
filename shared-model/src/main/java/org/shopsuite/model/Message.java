package org.shopsuite.model;

import java.time.Instant;

/** A message in the outbox for a customer (a text to {@code phone}). */
public record Message(
        long id,
        String reminderKey,
        ReminderKind kind,
        long customerId,
        String customerName,
        String phone,
        String text,
        MessageStatus status,
        Instant createdAt) {}
