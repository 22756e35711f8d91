package org.shopsuite.model;

/**
 * Telephone numbers as the shop keeps them: digits only (an international {@code +82} number as
 * the domestic one, {@code +82 10-...} is {@code 010...}), and shown with hyphens the Korean way:
 * {@code 010-1234-5678}, {@code 02-123-4567}, {@code 031-123-4567}, {@code 1588-1234}.
 */
public final class Phones {
    private Phones() {}

    /** The digits of a number; {@code +82} becomes the leading {@code 0}; null when it has none. */
    public static String digits(String typed) {
        if (typed == null) {
            return null;
        }
        String t = typed.strip();
        boolean international = t.startsWith("+");
        StringBuilder d = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                d.append(c);
            } else if (c >= '０' && c <= '９') {
                d.append((char) ('0' + (c - '０')));
            }
        }
        if (d.isEmpty()) {
            return null;
        }
        String s = d.toString();
        if (international && s.startsWith("82")) {
            String rest = s.substring(2);
            s = rest.startsWith("0") ? rest : "0" + rest;
        }
        return s;
    }

    /**
     * A number shown with hyphens where its format is known; as its digits otherwise. A number
     * already shown (with hyphens or spaces) comes out the same.
     */
    public static String display(String number) {
        String digits = digits(number);
        if (digits == null) {
            return null;
        }
        int n = digits.length();
        if (digits.startsWith("02") && (n == 9 || n == 10)) {
            return digits.substring(0, 2) + "-" + digits.substring(2, n - 4) + "-" + digits.substring(n - 4);
        }
        if (digits.startsWith("0") && (n == 10 || n == 11)) {
            return digits.substring(0, 3) + "-" + digits.substring(3, n - 4) + "-" + digits.substring(n - 4);
        }
        if (n == 8 && (digits.startsWith("15") || digits.startsWith("16") || digits.startsWith("18"))) {
            return digits.substring(0, 4) + "-" + digits.substring(4);
        }
        return digits;
    }

    /** The last four digits (what a customer is often found by at the counter), or null. */
    public static String tail(String digits) {
        return digits == null || digits.length() < 4 ? null : digits.substring(digits.length() - 4);
    }
}
