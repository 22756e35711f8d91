package org.shopsuite.server.db;

import org.jdbi.v3.core.Handle;

/**
 * One connection's DAOs, each attached at most once and kept as long as the connection is. Jdbi's
 * {@code Handle.attach} prepares an invoker for every method of the DAO on each call; done per
 * statement it was close to half of the writer thread's time (profiled with JFR under
 * {@code shop-bench}). Reached only through a {@link Tx}: a DAO is never used outside a unit of
 * work.
 */
final class Daos {
    private final Handle handle;
    private ReceiptDao receipts;
    private JobDao jobs;
    private PartDao parts;
    private MechanicDao mechanics;
    private InvoiceDao invoices;
    private EventDao events;
    private StatusPageDao board;
    private ShopDao shop;
    private UserDao users;
    private IdempotencyDao idempotency;

    Daos(Handle handle) {
        this.handle = handle;
    }

    Handle handle() {
        return handle;
    }

    // A connection is used by one thread at a time (the writer thread, or the borrower of a reader),
    // so attaching lazily needs no lock.

    ReceiptDao receipts() {
        return receipts == null ? receipts = handle.attach(ReceiptDao.class) : receipts;
    }

    JobDao jobs() {
        return jobs == null ? jobs = handle.attach(JobDao.class) : jobs;
    }

    PartDao parts() {
        return parts == null ? parts = handle.attach(PartDao.class) : parts;
    }

    MechanicDao mechanics() {
        return mechanics == null ? mechanics = handle.attach(MechanicDao.class) : mechanics;
    }

    InvoiceDao invoices() {
        return invoices == null ? invoices = handle.attach(InvoiceDao.class) : invoices;
    }

    EventDao events() {
        return events == null ? events = handle.attach(EventDao.class) : events;
    }

    StatusPageDao board() {
        return board == null ? board = handle.attach(StatusPageDao.class) : board;
    }

    ShopDao shop() {
        return shop == null ? shop = handle.attach(ShopDao.class) : shop;
    }

    UserDao users() {
        return users == null ? users = handle.attach(UserDao.class) : users;
    }

    IdempotencyDao idempotency() {
        return idempotency == null ? idempotency = handle.attach(IdempotencyDao.class) : idempotency;
    }
}
