package org.shopsuite.server.service.document;

import java.util.function.Supplier;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.service.Times;

/**
 * Documents handed to a customer, kept as first rendered: later requests get the same bytes,
 * whatever changed since (the shop's details, the rates). Rendering happens outside the writer;
 * of two first requests at once, the first stored wins and both answer it.
 */
public final class DocumentStore {
    /** Both languages are on every document, so one copy each. */
    private static final String LANGUAGES = "ko-en";

    private final Database db;
    private final Times times;

    public DocumentStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    public byte[] kept(String kind, long refId, Supplier<byte[]> render) {
        byte[] stored =
                db.read(tx -> tx.documents().find(kind, refId, LANGUAGES)).orElse(null);
        if (stored != null) {
            return stored;
        }
        byte[] fresh = render.get();
        return db.write(tx -> {
            var first = tx.documents().find(kind, refId, LANGUAGES);
            if (first.isPresent()) {
                return first.get();
            }
            tx.documents().insert(kind, refId, LANGUAGES, fresh, times.now());
            return fresh;
        });
    }
}
