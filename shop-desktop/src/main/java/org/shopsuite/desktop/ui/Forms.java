package org.shopsuite.desktop.ui;

import java.math.BigDecimal;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ApiError;

/** Shared form plumbing: parse typed numbers, and put a server's field errors next to fields. */
public final class Forms {
    private Forms() {}

    /** Shows a failure: the fields the server named get their message, the rest goes to {@code general}. */
    public static void fail(
            ObservableMap<String, String> fieldErrors, StringProperty general, Throwable t, Messages m) {
        if (t instanceof ApiError e && !e.errors().isEmpty()) {
            e.errors().forEach(fe -> fieldErrors.put(fe.field(), m.field(fe)));
            if (e.status() == 400) {
                // The server's summary ("2 fields are invalid") is English: say it in the user's language.
                general.set(m.get("form.checkFields"));
                return;
            }
        }
        general.set(m.describe(t));
    }

    /** A field's error goes as soon as the field is edited (it described what was there before). */
    public static void clearOnEdit(
            ObservableMap<String, String> fieldErrors, String field, javafx.beans.value.ObservableValue<?> value) {
        value.addListener((o, a, b) -> fieldErrors.remove(field));
    }

    /** A whole number typed by the user, or null when blank; a bad one is marked on the field. */
    public static Long whole(ObservableMap<String, String> errors, String field, String text, Messages m) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.put(field, m.get("field.must.be.a.whole.number"));
            return null;
        }
    }

    /** A decimal typed by the user (comma or point), or null when blank. */
    public static BigDecimal decimal(ObservableMap<String, String> errors, String field, String text, Messages m) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put(field, m.get("field.must.be.a.number"));
            return null;
        }
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
