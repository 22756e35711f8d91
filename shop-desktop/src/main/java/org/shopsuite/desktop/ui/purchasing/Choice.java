package org.shopsuite.desktop.ui.purchasing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A filter's option: a value (null for "all") and how it reads. */
record Choice<T>(T value, String text) {
    @Override
    public String toString() {
        return text;
    }

    /** "All" then one option per value. */
    static <T> List<Choice<T>> all(String allText, List<T> values, Function<T, String> text) {
        List<Choice<T>> out = new ArrayList<>();
        out.add(new Choice<>(null, allText));
        values.forEach(v -> out.add(new Choice<>(v, text.apply(v))));
        return out;
    }
}
