package org.shopsuite.server.service;

import static org.shopsuite.model.ErrorCode.BLANK;
import static org.shopsuite.model.ErrorCode.INVALID_CHARACTERS;
import static org.shopsuite.model.ErrorCode.OUT_OF_RANGE;
import static org.shopsuite.model.ErrorCode.PATTERN;
import static org.shopsuite.model.ErrorCode.REQUIRED;
import static org.shopsuite.model.ErrorCode.TOO_LONG;
import static org.shopsuite.model.ErrorCode.TOO_MANY_DECIMALS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.FieldError;

/**
 * Collects every field error of one request, then fails once naming them all. A field gets at most
 * one error (the first found), so a client never sees the same field twice.
 */
public final class Check {
    private static final Pattern PHONE = Pattern.compile("[0-9 +\\-]{7,20}");
    private static final Pattern CAR_ID = Pattern.compile("[\\p{L}\\p{Nd} \\-]{1,20}");

    private final List<FieldError> errors = new ArrayList<>();

    public void fail(String field, ErrorCode code, String message) {
        fail(field, code, message, Map.of());
    }

    public void fail(String field, ErrorCode code, String message, Map<String, Object> params) {
        if (!failed(field)) {
            errors.add(new FieldError(field, code, message, params));
        }
    }

    /** Whether a field already has an error (then later checks of it add nothing). */
    public boolean failed(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws a 400 naming every field at fault, if any. */
    public void done() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** An optional id: when given, at least 1. */
    public Long positiveId(String field, Long value) {
        if (value != null && value < 1) {
            fail(field, OUT_OF_RANGE, "must be an id (1 or more)", Map.of("min", 1));
        }
        return value;
    }

    public <T> T required(String field, T value) {
        if (value == null) {
            fail(field, REQUIRED, "is required");
        }
        return value;
    }

    /** A trimmed required one-line text of 1..max characters (any script). */
    public String text(String field, String value, int max) {
        if (value == null) {
            fail(field, REQUIRED, "is required");
            return null;
        }
        String t = Text.clean(value);
        if (t.isEmpty()) {
            fail(field, BLANK, "must not be blank");
            return t;
        }
        return checked(field, t, max, false);
    }

    /** A trimmed optional one-line text of at most max characters; blank becomes null. */
    public String optionalText(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String t = Text.clean(value);
        return t.isEmpty() ? null : checked(field, t, max, false);
    }

    /** Free text (request, notes): keeps line breaks, at most max characters. */
    public String longText(String field, String value, int max, boolean required) {
        String t = value == null ? null : Text.clean(value);
        if (t == null || t.isEmpty()) {
            if (required) {
                if (value == null) {
                    fail(field, REQUIRED, "is required");
                } else {
                    fail(field, BLANK, "must not be blank");
                }
            }
            return null;
        }
        return checked(field, t, max, true);
    }

    private String checked(String field, String t, int max, boolean multiline) {
        String fault = Text.fault(t, multiline);
        if (fault != null) {
            fail(field, INVALID_CHARACTERS, fault);
        } else if (t.codePointCount(0, t.length()) > max) {
            tooLong(field, max);
        }
        return t;
    }

    public void tooLong(String field, int max) {
        fail(field, TOO_LONG, "must be at most " + max + " characters", Map.of("max", max));
    }

    public String phone(String field, String value) {
        if (value == null) {
            return null;
        }
        String t = Text.clean(value);
        if (t.isEmpty()) {
            return null;
        }
        if (!PHONE.matcher(t).matches()) {
            fail(field, PATTERN, "must be 7-20 digits, spaces, '+' or '-'", Map.of("pattern", PHONE.pattern()));
        }
        return t;
    }

    public String carId(String field, String value) {
        if (value == null) {
            fail(field, REQUIRED, "is required");
            return null;
        }
        String t = Text.clean(value);
        if (t.isEmpty()) {
            fail(field, BLANK, "must not be blank");
        } else if (!CAR_ID.matcher(t).matches()) {
            fail(
                    field,
                    PATTERN,
                    "must be 1-20 letters, digits, spaces or hyphens",
                    Map.of("pattern", CAR_ID.pattern()));
        }
        return t;
    }

    /** Hours with at most two decimals in (0, 24], or [0, 24] when {@code zeroAllowed}. */
    public Long hours(String field, BigDecimal value, boolean required, boolean zeroAllowed) {
        if (value == null) {
            if (required) {
                fail(field, REQUIRED, "is required");
            }
            return null;
        }
        if (!decimals(field, value, 2)) {
            return null;
        }
        if (zeroAllowed ? value.signum() < 0 : value.signum() <= 0) {
            fail(
                    field,
                    OUT_OF_RANGE,
                    zeroAllowed ? "must be 0 or more" : "must be more than 0",
                    Map.of("min", zeroAllowed ? 0 : 0.01, "max", 24));
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(24)) > 0) {
            fail(field, OUT_OF_RANGE, "must be at most 24", Map.of("min", zeroAllowed ? 0 : 0.01, "max", 24));
            return null;
        }
        return Hours.toCenti(value);
    }

    /**
     * Whether an exact decimal (as it was sent, never rounded through a double) has at most {@code max}
     * decimals; fails the field if not.
     */
    public boolean decimals(String field, BigDecimal value, int max) {
        BigDecimal exact = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (exact.scale() > max) {
            fail(
                    field,
                    TOO_MANY_DECIMALS,
                    max == 2 ? "must have at most two decimals" : "must have at most " + max + " decimals",
                    Map.of("max", max));
            return false;
        }
        return true;
    }

    public Integer wholeNumber(String field, Integer value, int min, int max, boolean required) {
        if (value == null) {
            if (required) {
                fail(field, REQUIRED, "is required");
            }
            return null;
        }
        if (value < min || value > max) {
            outOfRange(field, min, max);
        }
        return value;
    }

    public void outOfRange(String field, long min, long max) {
        fail(field, OUT_OF_RANGE, "must be between " + min + " and " + max, Map.of("min", min, "max", max));
    }

    public Long money(String field, Long value, boolean required) {
        if (value == null) {
            if (required) {
                fail(field, REQUIRED, "is required");
            }
            return null;
        }
        if (value < 0) {
            fail(field, OUT_OF_RANGE, "must be 0 or more", Map.of("min", 0, "max", Money.MAX));
        } else if (value > Money.MAX) {
            fail(field, OUT_OF_RANGE, "must be at most " + Money.MAX, Map.of("min", 0, "max", Money.MAX));
        }
        return value;
    }
}
