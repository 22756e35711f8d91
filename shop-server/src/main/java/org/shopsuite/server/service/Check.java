package org.shopsuite.server.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.shopsuite.model.FieldError;

/** Collects every field error of one request, then fails once naming them all. */
public final class Check {
    private static final Pattern PHONE = Pattern.compile("[0-9 +\\-]{7,20}");
    private static final Pattern CAR_ID = Pattern.compile("[\\p{L}\\p{Nd} \\-]{1,20}");

    private final List<FieldError> errors = new ArrayList<>();

    public void fail(String field, String message) {
        errors.add(new FieldError(field, message));
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

    public <T> T required(String field, T value) {
        if (value == null) {
            fail(field, "is required");
        }
        return value;
    }

    /** A trimmed required text of 1..max characters (any script). */
    public String text(String field, String value, int max) {
        if (value == null) {
            fail(field, "is required");
            return null;
        }
        String t = value.strip();
        if (t.isEmpty()) {
            fail(field, "must not be blank");
        } else if (t.codePointCount(0, t.length()) > max) {
            fail(field, "must be at most " + max + " characters");
        } else if (hasControl(t)) {
            fail(field, "must not contain control characters");
        }
        return t;
    }

    /** A trimmed optional text of at most max characters; blank becomes null. */
    public String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.codePointCount(0, t.length()) > max) {
            fail(field, "must be at most " + max + " characters");
        }
        return t;
    }

    /** Free text (request, notes): keeps line breaks, at most max characters. */
    public String longText(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                fail(field, value == null ? "is required" : "must not be blank");
            }
            return null;
        }
        String t = value.strip();
        if (t.codePointCount(0, t.length()) > max) {
            fail(field, "must be at most " + max + " characters");
        }
        return t;
    }

    public String phone(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (!PHONE.matcher(t).matches()) {
            fail(field, "must be 7-20 digits, spaces, '+' or '-'");
        }
        return t;
    }

    public String carId(String field, String value) {
        if (value == null) {
            fail(field, "is required");
            return null;
        }
        String t = value.strip();
        if (!CAR_ID.matcher(t).matches()) {
            fail(field, "must be 1-20 letters, digits, spaces or hyphens");
        }
        return t;
    }

    /** Hours with at most two decimals in (min, max] or [min, max] as {@code minInclusive} says. */
    public Long hours(String field, BigDecimal value, boolean required, boolean zeroAllowed) {
        if (value == null) {
            if (required) {
                fail(field, "is required");
            }
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            fail(field, "must have at most two decimals");
            return null;
        }
        if (zeroAllowed ? value.signum() < 0 : value.signum() <= 0) {
            fail(field, zeroAllowed ? "must be 0 or more" : "must be more than 0");
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(24)) > 0) {
            fail(field, "must be at most 24");
            return null;
        }
        return Hours.toCenti(value);
    }

    public Integer wholeNumber(String field, Integer value, int min, int max, boolean required) {
        if (value == null) {
            if (required) {
                fail(field, "is required");
            }
            return null;
        }
        if (value < min || value > max) {
            fail(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    public Long money(String field, Long value, boolean required) {
        if (value == null) {
            if (required) {
                fail(field, "is required");
            }
            return null;
        }
        if (value < 0) {
            fail(field, "must be 0 or more");
        } else if (value > Money.MAX) {
            fail(field, "must be at most " + Money.MAX);
        }
        return value;
    }

    private static boolean hasControl(String s) {
        return s.codePoints().anyMatch(Character::isISOControl);
    }
}
