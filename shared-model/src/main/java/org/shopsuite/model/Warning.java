package org.shopsuite.model;

import java.util.Map;

/** A warning on a write that was carried out: a code, an English message and its figures. */
public record Warning(WarningCode code, String message, Map<String, Object> params) {}
