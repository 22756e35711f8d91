package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The closed list of machine codes of a field error, so a client can translate a refusal without
 * reading its English message. A new code is a change of the API: add it here and to docs/api.md
 * (checked by a test).
 */
public enum ErrorCode {
    /** The field is missing or null. */
    REQUIRED,
    /** Text that is empty once its surrounding whitespace is removed. */
    BLANK,
    /** Longer than {@code params.max} characters (or digits). */
    TOO_LONG,
    /** Shorter than {@code params.min} characters. */
    TOO_SHORT,
    /** A number or date outside {@code params.min}..{@code params.max}. */
    OUT_OF_RANGE,
    /** More decimals than {@code params.max}. */
    TOO_MANY_DECIMALS,
    /** Text that does not have the required shape ({@code params.pattern} describes it). */
    PATTERN,
    /** A JSON value of the wrong type ({@code params.expected}: string, integer, number, boolean, object, array). */
    INVALID_TYPE,
    /** Not a calendar date written {@code YYYY-MM-DD} (or an instant where one is asked for). */
    INVALID_DATE,
    /** Not one of {@code params.allowed}. */
    NOT_ALLOWED_VALUE,
    /** Text with invisible, control or formatting characters, or malformed UTF-16. */
    INVALID_CHARACTERS,
    /** The body is not well-formed JSON. */
    INVALID_JSON,
    /** The request line or a header cannot be read as HTTP (field {@code request}). */
    MALFORMED_REQUEST,
    /** A field this request does not take. */
    UNKNOWN_FIELD,
    /** A field given twice in one JSON object. */
    DUPLICATE_KEY,
    /** The value is already used by another record ({@code params.id} names it when known). */
    NOT_UNIQUE,
    /** The record the field refers to does not exist. */
    NOT_FOUND,
    /** The record or value the field refers to cannot be used now (inactive, void, already done). */
    INVALID_STATE,
    /** A password that is too common or contains the username. */
    WEAK_PASSWORD,
    /** {@code If-Match} is missing. */
    PRECONDITION_REQUIRED,
    /** {@code If-Match} names a version that is no longer current ({@code params.current}). */
    STALE_VERSION,
    /** An {@code Idempotency-Key} reused with another request. */
    IDEMPOTENCY_MISMATCH;

    /** The code as it is sent: {@code too_long}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
