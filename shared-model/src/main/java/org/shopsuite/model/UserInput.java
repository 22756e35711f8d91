package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Body of {@code POST /users} and {@code PATCH /users/{id}}. {@code locations} (issue 22): where the
 * user works and their role at each; left out, a new user works at location 1 with {@code role},
 * and a change of {@code role} alone changes it at every location of theirs.
 */
@JsonIgnoreProperties(value = {"id", "version"})
public record UserInput(
        String username,
        String password,
        Role role,
        Long mechanicId,
        Boolean active,
        Long supplierId,
        List<LocationRole> locations) {
    public UserInput(String username, String password, Role role, Long mechanicId, Boolean active, Long supplierId) {
        this(username, password, role, mechanicId, active, supplierId, null);
    }
}
