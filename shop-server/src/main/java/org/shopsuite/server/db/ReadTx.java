package org.shopsuite.server.db;

/** A read on a reader connection: a snapshot ({@link Database#read}) or one statement ({@link Database#readOne}). */
public final class ReadTx extends Tx {
    ReadTx(Daos daos) {
        super(daos);
    }
}
