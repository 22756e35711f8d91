package org.shopsuite.model;

import java.util.List;

/** A named set of estimate lines the counter adds in one step ("엔진오일 교환 세트"). */
public record CannedJob(long id, String name, List<EstimateLineInput> lines, boolean active, long version) {}
