package org.shopsuite.model;

/**
 * Body of {@code POST /admin/backups}: optional, and with no fields yet. It is read strictly like
 * every other body, so a field sent is refused (400 naming it) rather than silently ignored.
 */
public record BackupInput() {}
