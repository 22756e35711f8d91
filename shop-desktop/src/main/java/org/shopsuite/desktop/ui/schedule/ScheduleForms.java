package org.shopsuite.desktop.ui.schedule;

import java.math.BigDecimal;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;

/** What the booking forms share: a refused slot's reason in words, times and hours typed. */
final class ScheduleForms {
    private ScheduleForms() {}

    /** A 409 naming a reason (a slot that does not fit) says it in words; anything else as forms do. */
    static void fail(ObservableMap<String, String> fieldErrors, StringProperty error, Throwable t, Messages m) {
        if (t instanceof ApiError e && e.status() == 409) {
            error.set(ScheduleViewModel.describe(t, m));
            return;
        }
        Forms.fail(fieldErrors, error, t, m);
    }

    /** A start time typed or picked: {@code HH:mm} on a quarter hour, else marked on the field. */
    static String startTime(ObservableMap<String, String> errors, String field, String text, Messages m) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            errors.put(field, m.get("field.is.required"));
            return null;
        }
        if (t.matches("\\d{3}")) {
            t = "0" + t.charAt(0) + ":" + t.substring(1);
        } else if (t.matches("\\d{4}")) {
            t = t.substring(0, 2) + ":" + t.substring(2);
        } else if (t.matches("\\d:\\d{2}")) {
            t = "0" + t;
        }
        if (!t.matches("([01]\\d|2[0-3]):[0-5]\\d") || ScheduleGrid.minutes(t) % ScheduleGrid.STEP != 0) {
            errors.put(field, m.get("schedule.form.quarterHour"));
            return null;
        }
        return t;
    }

    /** Hours of work typed: more than zero, in quarter hours at most 24. */
    static BigDecimal hours(ObservableMap<String, String> errors, String field, String text, Messages m) {
        if (text == null || text.isBlank()) {
            errors.put(field, m.get("field.is.required"));
            return null;
        }
        BigDecimal h = Forms.decimal(errors, field, text, m);
        if (h == null) {
            return null;
        }
        if (h.signum() <= 0 || h.compareTo(BigDecimal.valueOf(24)) > 0) {
            errors.put(field, m.get("schedule.form.hoursRange"));
            return null;
        }
        return h;
    }
}
