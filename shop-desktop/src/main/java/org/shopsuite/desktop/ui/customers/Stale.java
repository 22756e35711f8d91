package org.shopsuite.desktop.ui.customers;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Tasks;

/** What the customer and vehicle forms do when their record changed under them, and with list fields. */
final class Stale {
    private Stale() {}

    /** Someone saved the record since it was read (the server answered 412 to our If-Match). */
    static boolean is(Throwable t) {
        return t instanceof ApiError e && e.status() == 412;
    }

    /** Reads the record again into the form and says why the form changed. */
    static <T> void reload(Tasks tasks, Callable<T> read, Consumer<T> fill, StringProperty error, Messages m) {
        tasks.run(
                read,
                fresh -> {
                    fill.accept(fresh);
                    error.set(m.get("customers.stale"));
                },
                t -> error.set(m.describe(t)));
    }

    /** The server names one entry of a list ({@code phones[1]}); the form has one field for the list. */
    static void foldIndexed(ObservableMap<String, String> errors, String field) {
        for (String k : new ArrayList<>(errors.keySet())) {
            if (k.startsWith(field + "[")) {
                String text = errors.remove(k);
                errors.merge(field, text, (a, b) -> a.equals(b) ? a : a + "; " + b);
            }
        }
    }
}
