package org.shopsuite.model.event;

import java.time.LocalDate;
import java.util.List;
import org.shopsuite.model.EventType;
import org.shopsuite.model.OpeningDay;

/**
 * {@code OpeningHoursChanged}: a location's week and holidays as they now are ({@code locationId};
 * null before locations had their own: location 1).
 */
public record OpeningHoursChanged(List<OpeningDay> weekdays, List<LocalDate> holidays, Long locationId)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.OpeningHoursChanged;
    }
}
