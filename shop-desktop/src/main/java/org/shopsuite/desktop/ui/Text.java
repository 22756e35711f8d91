package org.shopsuite.desktop.ui;

import java.util.Locale;

/** Text matching for filters that run over every row of a big list. */
public final class Text {
    private Text() {}

    /**
     * The form both a row's text and the typed filter take before matching: lower case, without
     * spaces, so "12가3456" or "12가 34" finds the car "12가 3456" and "KIM" finds "Kim". Rows keep
     * their key, so a keystroke costs one {@code contains} per row.
     */
    public static String searchKey(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) || c == '\n') {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
