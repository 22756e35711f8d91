package org.shopsuite.server.service.event;

import org.shopsuite.model.Event;
import org.shopsuite.server.db.WriteTx;

/** A read model kept from events alone, updated inside the change that appends each event. */
public interface Projection {
    void apply(WriteTx tx, Event e);
}
