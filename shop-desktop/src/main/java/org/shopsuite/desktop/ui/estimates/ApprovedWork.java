package org.shopsuite.desktop.ui.estimates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shopsuite.model.Decision;
import org.shopsuite.model.Estimate;
import org.shopsuite.model.EstimateLine;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.Job;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.PartRequestStatus;

/**
 * The work the customer approved, and the parts whose issued quantity differs from the approved
 * one, counted as the invoice will (every part approved or issued; returned parts do not count).
 */
public final class ApprovedWork {
    private ApprovedWork() {}

    /** A part issued in another quantity than approved. */
    public record Difference(long vehiclePartId, String partName, BigDecimal approved, int issued) {}

    /** The approved lines of the estimate, in its order. */
    public static List<EstimateLine> lines(Estimate e) {
        return e == null
                ? List.of()
                : e.lines().stream()
                        .filter(l -> l.decision() == Decision.APPROVED)
                        .toList();
    }

    /** Parts issued to the job in other quantities than the estimate approved (none without an estimate). */
    public static List<Difference> differences(Estimate e, Job job) {
        if (e == null || job == null) {
            return List.of();
        }
        Map<Long, BigDecimal> approved = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (EstimateLine l : lines(e)) {
            if (l.kind() == EstimateLineKind.PART && l.vehiclePartId() != null) {
                approved.merge(
                        l.vehiclePartId(), l.quantity() == null ? BigDecimal.ONE : l.quantity(), BigDecimal::add);
                names.putIfAbsent(l.vehiclePartId(), l.description());
            }
        }
        Map<Long, Integer> issued = new LinkedHashMap<>();
        for (PartRequest r : job.partRequests() == null ? List.<PartRequest>of() : job.partRequests()) {
            if (r.status() != PartRequestStatus.REJECTED) {
                issued.merge(r.vehiclePartId(), r.quantity() - r.returnedQuantity(), Integer::sum);
                names.put(r.vehiclePartId(), r.partId() + " " + r.partName());
            }
        }
        List<Difference> out = new ArrayList<>();
        java.util.Set<Long> parts = new java.util.LinkedHashSet<>(approved.keySet());
        parts.addAll(issued.keySet());
        for (long part : parts) {
            BigDecimal a = approved.getOrDefault(part, BigDecimal.ZERO);
            int i = issued.getOrDefault(part, 0);
            if (a.compareTo(BigDecimal.valueOf(i)) != 0) {
                out.add(new Difference(part, names.get(part), a, i));
            }
        }
        return out;
    }
}
