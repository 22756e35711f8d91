package org.shopsuite.server.service;

import java.text.Normalizer;

/**
 * What a person's text may hold. Text is normalised to NFC and trimmed of every Unicode space (the
 * no-break and ideographic ones too); it may not hold control characters (Unicode Cc; line breaks and
 * tabs only where several lines are allowed), format characters (Cf: zero-width spaces, byte order
 * marks, bidirectional marks and overrides, which make a name look blank or read backwards) or
 * malformed UTF-16 (a lone surrogate, which would be stored as '?').
 */
public final class Text {
    private Text() {}

    /** The text as stored: NFC, trimmed; unchanged when it is malformed (see {@link #fault}). */
    public static String clean(String value) {
        if (hasLoneSurrogate(value)) {
            return value;
        }
        return strip(Normalizer.normalize(value, Normalizer.Form.NFC));
    }

    /** Trims every Unicode space, not only those {@link String#strip()} knows. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** Why the text may not be stored, or null when it may. */
    public static String fault(String s, boolean multiline) {
        if (hasLoneSurrogate(s)) {
            return "is not valid Unicode text (a lone surrogate)";
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL && !(multiline && (cp == '\n' || cp == '\r' || cp == '\t'))) {
                return "must not contain control characters (U+" + hex(cp) + ")";
            }
            if (type == Character.FORMAT) {
                return "must not contain invisible formatting characters (U+" + hex(cp) + ")";
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String hex(int cp) {
        return String.format(java.util.Locale.ROOT, "%04X", cp);
    }

    /**
     * The ways a name typed in one case may be written on a record, for a search of names from their
     * start: as typed and, for a text with Latin letters, with each word capitalised, in capitals and
     * in small letters ("sarah k" finds "Sarah Kim", "SARAH KIM" and "sarah kim"). A name index is in
     * the names' own order, so each spelling is one range of it; Hangul has no case (one spelling). A
     * name written in mixed case ("McLaren") is found as typed, in capitals or by its first word.
     */
    public static java.util.Set<String> caseSpellings(String typed) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        out.add(typed);
        if (typed.chars().anyMatch(ch -> (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) {
            String lower = typed.toLowerCase(java.util.Locale.ROOT);
            StringBuilder words = new StringBuilder(lower);
            for (int i = 0; i < words.length(); i++) {
                if (i == 0 || !Character.isLetter(words.charAt(i - 1))) {
                    words.setCharAt(i, Character.toUpperCase(words.charAt(i)));
                }
            }
            out.add(words.toString());
            out.add(typed.toUpperCase(java.util.Locale.ROOT));
            out.add(lower);
        }
        return out;
    }
}
