package org.shopsuite.server.service;

import org.shopsuite.server.db.WriteTx;

/**
 * A checked change, ready to run inside the write transaction: a service validates what it is
 * given first (outside the writer) and answers with a {@code Change}; {@link Changes} runs it as
 * one unit of work, once, or once per Idempotency-Key.
 */
@FunctionalInterface
public interface Change<T> {
    T apply(WriteTx tx);
}
