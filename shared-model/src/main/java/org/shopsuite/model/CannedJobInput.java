package org.shopsuite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Body of {@code POST /cannedJobs} and {@code PATCH /cannedJobs/{id}}. */
@JsonIgnoreProperties(value = {"id", "version"})
public record CannedJobInput(String name, List<EstimateLineInput> lines, Boolean active) {}
