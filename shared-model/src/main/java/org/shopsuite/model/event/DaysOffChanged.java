package org.shopsuite.model.event;

import java.time.LocalDate;
import java.util.List;
import org.shopsuite.model.EventType;

/** {@code DaysOffChanged}: days off given to ({@code added}) or taken back from a mechanic. */
public record DaysOffChanged(long mechanicId, String mechanicName, List<LocalDate> added, List<LocalDate> removed)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.DaysOffChanged;
    }
}
