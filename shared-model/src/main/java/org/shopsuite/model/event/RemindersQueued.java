package org.shopsuite.model.event;

import java.time.LocalDate;
import org.shopsuite.model.EventType;

/** {@code RemindersQueued}: reminders of a day were put in the outbox: {@code queued} new messages. */
public record RemindersQueued(LocalDate date, int queued) implements EventData {
    @Override
    public EventType type() {
        return EventType.RemindersQueued;
    }
}
