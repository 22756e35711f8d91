package org.shopsuite.desktop.client;

import java.util.List;
import java.util.Optional;
import org.shopsuite.model.FieldError;
import org.shopsuite.model.Problem;

/** The server refused a request; carries its problem details. */
public final class ApiError extends RuntimeException {
    private final Problem problem;

    public ApiError(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public int status() {
        return problem.status();
    }

    public Problem problem() {
        return problem;
    }

    public List<FieldError> errors() {
        return problem.errors() == null ? List.of() : problem.errors();
    }

    /** The message for one field, if the server named it. */
    public Optional<String> messageFor(String field) {
        return errors().stream()
                .filter(e -> e.field().equals(field))
                .map(FieldError::message)
                .findFirst();
    }
}
