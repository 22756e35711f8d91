package org.shopsuite.desktop.ui;

/** Allocation-free text matching for filters that run over every row of a big list. */
public final class Text {
  private Text() {}

  /**
   * Whether {@code haystack} contains {@code needle}, ignoring case and, in the haystack, spaces
   * (so "12가3456" finds the car "12가 3456"). A null haystack contains nothing.
   */
  public static boolean containsIgnoreCase(String haystack, String needle) {
    if (haystack == null) {
      return false;
    }
    int n = needle.length();
    if (n == 0) {
      return true;
    }
    int h = haystack.length();
    for (int start = 0; start < h; start++) {
      int i = start;
      int j = 0;
      while (i < h && j < n) {
        char a = haystack.charAt(i);
        if (a == ' ' && needle.charAt(j) != ' ') {
          if (i == start) {
            break;
          }
          i++;
          continue;
        }
        if (!same(a, needle.charAt(j))) {
          break;
        }
        i++;
        j++;
      }
      if (j == n) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(char a, char b) {
    return a == b
        || Character.toLowerCase(a) == Character.toLowerCase(b)
        || Character.toUpperCase(a) == Character.toUpperCase(b);
  }

  public static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
