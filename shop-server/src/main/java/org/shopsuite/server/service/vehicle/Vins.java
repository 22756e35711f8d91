package org.shopsuite.server.service.vehicle;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Vehicle identification numbers: 17 letters and digits without I, O and Q (ISO 3779). The check
 * digit (position 9) is a North-American rule that many Korean domestic VINs do not follow, so a
 * mismatch is only a warning. The maker is read from the world manufacturer identifier where it is
 * one we know.
 */
final class Vins {
    static final Pattern FORMAT = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final int[] LETTER_VALUES = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    /** World manufacturer identifiers (the first three characters) of makers common in Korea. */
    private static final Map<String, String> MAKERS = Map.ofEntries(
            Map.entry("KMH", "Hyundai"),
            Map.entry("KMF", "Hyundai"),
            Map.entry("KMJ", "Hyundai"),
            Map.entry("KMT", "Genesis"),
            Map.entry("KNA", "Kia"),
            Map.entry("KNC", "Kia"),
            Map.entry("KND", "Kia"),
            Map.entry("KNE", "Kia"),
            Map.entry("KNM", "Renault Korea"),
            Map.entry("KPT", "KG Mobility"),
            Map.entry("KPA", "KG Mobility"),
            Map.entry("KL1", "GM Korea"),
            Map.entry("KLA", "GM Korea"),
            Map.entry("KLY", "GM Korea"),
            Map.entry("WBA", "BMW"),
            Map.entry("WDD", "Mercedes-Benz"),
            Map.entry("WDB", "Mercedes-Benz"),
            Map.entry("W1K", "Mercedes-Benz"),
            Map.entry("WAU", "Audi"),
            Map.entry("WVW", "Volkswagen"),
            Map.entry("WVG", "Volkswagen"),
            Map.entry("YV1", "Volvo"),
            Map.entry("JTD", "Toyota"),
            Map.entry("JTH", "Lexus"),
            Map.entry("JHM", "Honda"),
            Map.entry("5YJ", "Tesla"),
            Map.entry("LRW", "Tesla"));

    private Vins() {}

    static String normalise(String vin) {
        return vin.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Whether position 9 is the check digit the other 16 give (North-American rule). */
    static boolean checkDigitMatches(String vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char ch = vin.charAt(i);
            int value = Character.isDigit(ch) ? ch - '0' : LETTER_VALUES[LETTERS.indexOf(ch)];
            sum += value * WEIGHTS[i];
        }
        int check = sum % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return vin.charAt(8) == expected;
    }

    /** The maker its world manufacturer identifier names, or null when we do not know it. */
    static String maker(String vin) {
        return MAKERS.get(vin.substring(0, 3));
    }
}
