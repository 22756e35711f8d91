package org.shopsuite.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Korean number plates, recognised and normalised so that one car is one plate however it is
 * typed: "12 가 3456", "12가-3456" and "12가3456" are {@code 12가3456}. Formats: the 2006 national
 * plate ({@code 12가3456}), the 2019 one with three digits ({@code 123가4567}) and the older
 * regional plate ({@code 서울12가3456}, a registration distinct from {@code 12가3456}). Anything else
 * (a temporary, foreign or dealer plate) is kept as typed, trimmed, and is not standard: it is
 * never refused for its format.
 */
public final class Plates {
    /** The regions of the regional plates, as printed on them. */
    private static final String REGIONS = "서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주";

    private static final Pattern STANDARD = Pattern.compile("(?:(?:" + REGIONS + ")\\d{1,2}|\\d{2,3})[가-힣]\\d{4}");

    /** Spaces of every kind, hyphens and dashes, and the middle dot some keyboards give. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\-\\u2010-\\u2015\\u2212\\u00B7]+");

    private Plates() {}

    /** A plate as stored: {@code plate} normalised, or trimmed as typed when not standard. */
    public record Plate(String plate, boolean standard) {
        /**
         * The last four digits of a standard plate (what the counter is told: "the 3456"), or null.
         */
        public String tail() {
            return standard ? plate.substring(plate.length() - 4) : null;
        }
    }

    /** The plate as stored and looked up; null for null or blank. */
    public static Plate of(String typed) {
        if (typed == null) {
            return null;
        }
        String nfc = Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
        if (nfc.isEmpty()) {
            return null;
        }
        String compact = SEPARATORS.matcher(nfc).replaceAll("");
        if (STANDARD.matcher(compact).matches()) {
            return new Plate(compact, true);
        }
        return new Plate(nfc, false);
    }

    /**
     * What a search box's text becomes to match stored plates from their start: separators
     * dropped, so "12가 34" finds {@code 12가3456}.
     */
    public static String searchPrefix(String typed) {
        String nfc = Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
        return SEPARATORS.matcher(nfc).replaceAll("");
    }
}
