package org.shopsuite.model;

import java.util.List;

/**
 * Body of {@code POST /estimates/{id}/approvals}: the customer's decisions on lines of the presented
 * estimate, how they were given and by whom.
 */
public record ApprovalInput(List<LineDecision> decisions, ApprovalMethod method, String customerName, String note) {}
