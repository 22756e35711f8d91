package org.shopsuite.server.service;

/** Builds LIKE patterns that match user text literally (escape character: '!'). */
public final class Like {
    private Like() {}

    public static String contains(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
