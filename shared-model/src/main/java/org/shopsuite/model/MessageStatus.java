package org.shopsuite.model;

/** An outbox message: waiting for the messaging gateway, sent, or failed. */
public enum MessageStatus {
    QUEUED,
    SENT,
    FAILED
}
