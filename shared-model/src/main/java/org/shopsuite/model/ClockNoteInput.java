package org.shopsuite.model;

/**
 * Optional body of {@code POST /jobs/{id}/clock/resume}: a note for the job whose clock this one
 * switches away from (its pause reason is SWITCHED).
 */
public record ClockNoteInput(String note) {}
