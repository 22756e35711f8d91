package org.shopsuite.model;

import java.util.List;

/** The one error body of the API (RFC 9457 problem details). */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {}
