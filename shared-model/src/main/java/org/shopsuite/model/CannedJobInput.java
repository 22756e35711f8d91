package org.shopsuite.model;

import java.util.List;

/** Body of {@code POST /cannedJobs} and {@code PATCH /cannedJobs/{id}}. */
public record CannedJobInput(String name, List<EstimateLineInput> lines, Boolean active) {}
