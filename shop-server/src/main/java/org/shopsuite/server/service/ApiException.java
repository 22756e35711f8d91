package org.shopsuite.server.service;

import java.util.List;
import java.util.Map;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.FieldError;

/** A failure the client caused or must know about; becomes one problem+json response. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final Long retryAfterSeconds;

    public ApiException(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, null);
    }

    private ApiException(int status, String title, String detail, List<FieldError> errors, Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ApiException(400, "Invalid request", detail, errors);
    }

    public static ApiException invalid(String field, ErrorCode code, String message) {
        return invalid(List.of(new FieldError(field, code, message)));
    }

    public static ApiException invalid(String field, ErrorCode code, String message, Map<String, Object> params) {
        return invalid(List.of(new FieldError(field, code, message, params)));
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "Not found", what + " " + id + " does not exist", List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail, List.of());
    }

    public static ApiException conflict(String field, ErrorCode code, String detail) {
        return conflict(field, code, detail, Map.of());
    }

    public static ApiException conflict(String field, ErrorCode code, String detail, Map<String, Object> params) {
        return new ApiException(409, "Conflict", detail, List.of(new FieldError(field, code, detail, params)));
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "Unauthorized", detail, List.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Forbidden", detail, List.of());
    }

    public static ApiException preconditionFailed(long currentVersion) {
        return new ApiException(
                412,
                "Precondition failed",
                "the resource was changed by someone else (now version " + currentVersion + "); reload it",
                List.of(new FieldError(
                        "If-Match", ErrorCode.STALE_VERSION, "stale version", Map.of("current", currentVersion))));
    }

    public static ApiException preconditionRequired() {
        return new ApiException(
                428,
                "Precondition required",
                "updates need an If-Match header with the resource's version, e.g. If-Match: \"3\"",
                List.of(new FieldError("If-Match", ErrorCode.PRECONDITION_REQUIRED, "required")));
    }

    public static ApiException unprocessable(String field, ErrorCode code, String detail) {
        return new ApiException(422, "Unprocessable", detail, List.of(new FieldError(field, code, detail)));
    }

    public static ApiException requestTimeout(String detail) {
        return new ApiException(408, "Request timeout", detail, List.of());
    }

    public static ApiException unsupportedMediaType(String detail) {
        return new ApiException(415, "Unsupported media type", detail, List.of());
    }

    public static ApiException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiException(429, "Too many requests", detail, List.of(), retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
