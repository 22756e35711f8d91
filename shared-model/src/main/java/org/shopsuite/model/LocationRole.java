package org.shopsuite.model;

/** A location a user works at, and their role there (issue 22). */
public record LocationRole(Long locationId, Role role) {}
