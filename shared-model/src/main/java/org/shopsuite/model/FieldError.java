package org.shopsuite.model;

/** One field at fault in a request, with what is wrong with it. */
public record FieldError(String field, String message) {}
