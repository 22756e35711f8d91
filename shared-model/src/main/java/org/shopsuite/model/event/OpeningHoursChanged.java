package org.shopsuite.model.event;

import java.time.LocalDate;
import java.util.List;
import org.shopsuite.model.EventType;
import org.shopsuite.model.OpeningDay;

/** {@code OpeningHoursChanged}: the shop's week and holidays as they now are. */
public record OpeningHoursChanged(List<OpeningDay> weekdays, List<LocalDate> holidays) implements EventData {
    @Override
    public EventType type() {
        return EventType.OpeningHoursChanged;
    }
}
