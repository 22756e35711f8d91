package org.shopsuite.model.event;

import org.shopsuite.model.EventType;
import org.shopsuite.model.Role;

/** {@code UserUpdated}: a user's role, locations, mechanic or active flag changes (never the password). */
public record UserUpdated(
        long userId,
        String username,
        Role role,
        boolean active,
        java.util.List<org.shopsuite.model.LocationRole> locations)
        implements EventData {
    @Override
    public EventType type() {
        return EventType.UserUpdated;
    }
}
