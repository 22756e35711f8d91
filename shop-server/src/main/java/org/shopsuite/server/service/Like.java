package org.shopsuite.server.service;

/** Builds LIKE patterns that match user text literally (escape character: backslash). */
final class Like {
  private Like() {}

  static String contains(String text) {
    return "%" + escape(text) + "%";
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
