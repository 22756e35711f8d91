package org.shopsuite.server.service.event;

/** A committed event, serialised once for every subscriber. */
public record PublishedEvent(long seq, String json) {}
