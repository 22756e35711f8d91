package org.shopsuite.server.service.shop;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Korean business registration number (사업자등록번호): ten digits written {@code NNN-NN-NNNNN},
 * the last a check digit over the first nine (weights 1 3 7 1 3 7 1 3 5, plus the tens of the
 * ninth digit times 5), so a mistyped digit is caught before it is printed on invoices.
 */
final class BusinessRegistrationNumber {
    private static final Pattern FORM = Pattern.compile("\\d{3}-?\\d{2}-?\\d{5}");
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    private BusinessRegistrationNumber() {}

    /** The number in its hyphenated form, from ten digits with or without the hyphens; empty if invalid. */
    static Optional<String> parse(String text) {
        String t = text.strip();
        if (!FORM.matcher(t).matches()) {
            return Optional.empty();
        }
        String digits = t.replace("-", "");
        if (digits.length() != 10 || !checkDigitHolds(digits)) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5));
    }

    private static boolean checkDigitHolds(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += (digits.charAt(8) - '0') * 5 / 10;
        return (10 - sum % 10) % 10 == digits.charAt(9) - '0';
    }
}
