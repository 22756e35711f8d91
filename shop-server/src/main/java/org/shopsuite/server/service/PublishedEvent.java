package org.shopsuite.server.service;

/** A committed event, serialised once for every subscriber. */
public record PublishedEvent(long seq, String json) {}
