package org.shopsuite.model.event;

import org.shopsuite.model.EventType;
import org.shopsuite.model.Role;

/** {@code UserCreated}: a user is added (never the password). */
public record UserCreated(
        long userId,
        String username,
        Role role,
        boolean active,
        java.util.List<org.shopsuite.model.LocationRole> locations)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.UserCreated;
    }
}
