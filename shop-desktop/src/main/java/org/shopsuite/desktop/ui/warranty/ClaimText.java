package org.shopsuite.desktop.ui.warranty;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Coverage;
import org.shopsuite.model.SubletOrder;
import org.shopsuite.model.WarrantyClaim;
import org.shopsuite.model.WarrantyClaimStatus;

/**
 * A comeback in the user's language. The server's {@code coverageReason} is English: the reason is
 * said again from the claim's window (its days, first and last day) and the day it was registered.
 */
public final class ClaimText {
    private final Messages m;
    private final ZoneId zone;

    public ClaimText(Messages m, ZoneId zone) {
        this.m = m;
        this.zone = zone;
    }

    public String status(WarrantyClaimStatus s) {
        return m.get("warranty.status." + s.name());
    }

    public String coverage(Coverage c) {
        return c == null ? "" : m.get("warranty.coverage." + c.name());
    }

    /** The list's column: a word. */
    public String coverageShort(Coverage c) {
        return c == null ? "" : m.get("warranty.coverage.short." + c.name());
    }

    /** The day the claim was registered, in the shop's zone. */
    public LocalDate registeredOn(WarrantyClaim c) {
        return LocalDate.ofInstant(c.createdAt(), zone);
    }

    /** Why the coverage is what it is: the window and whether the car came back within it. */
    public String reason(WarrantyClaim c) {
        if (c.windowDays() == null || c.windowEndsOn() == null) {
            return m.get("warranty.reason.none");
        }
        boolean within = !registeredOn(c).isAfter(c.windowEndsOn());
        return m.get(
                within ? "warranty.reason.within" : "warranty.reason.after",
                c.windowDays(),
                m.date(c.windowStartsOn()),
                m.date(c.windowEndsOn()));
    }

    /** The list's column: the window's last day, or a dash when no window applies. */
    public String windowEnd(WarrantyClaim c) {
        return c.windowEndsOn() == null ? "-" : m.date(c.windowEndsOn());
    }

    /** What the counter is told once a comeback is registered. */
    public String outcome(WarrantyClaim c) {
        return m.get("warranty.registered", c.id(), coverage(c.coverage()), reason(c), status(c.status()));
    }

    /**
     * The detail of a claim: the car and complaint, the coverage with its reason, a manager's
     * override, a refused in-house assignment, the re-repair or the contractor's order, a
     * cancellation. {@code sublet} is the claim's sublet order when it has one and it was read.
     */
    public List<String> detail(WarrantyClaim c, SubletOrder sublet, String currency) {
        List<String> lines = new ArrayList<>();
        lines.add(m.get("warranty.detail.car", c.plate(), c.customerName(), c.originalReceiptId()));
        lines.add(m.get("warranty.detail.complaint", c.complaint(), c.mileageKm()));
        lines.add(m.get("warranty.detail.registered", m.date(registeredOn(c)), c.createdBy(), status(c.status())));
        if (c.overriddenBy() == null) {
            lines.add(m.get("warranty.detail.coverage", coverage(c.coverage()), reason(c)));
        } else {
            // The manager's decision first; the window's, which it overrode, under it.
            lines.add(m.get("warranty.detail.override", coverage(c.coverage()), c.overriddenBy(), c.overrideReason()));
            lines.add(m.get("warranty.detail.window", reason(c)));
        }
        if (c.reasonCode() != null) {
            lines.add(m.get(
                    "warranty.detail.reasonCode",
                    m.get("warranty.reasonCode." + c.reasonCode().name())));
        }
        if (c.status() == WarrantyClaimStatus.REGISTERED && c.rejectedReceiptId() != null) {
            lines.add(rejection(c));
        }
        if (c.receiptId() != null) {
            lines.add(m.get("warranty.detail.receipt", c.receiptId(), c.jobId() == null ? "-" : c.jobId()));
        }
        if (c.subletOrderId() != null) {
            lines.add(
                    sublet == null
                            ? m.get("warranty.detail.subletId", c.subletOrderId())
                            : m.get(
                                    "warranty.detail.sublet",
                                    sublet.id(),
                                    sublet.supplierName(),
                                    m.get("sublet.status." + sublet.status().name()),
                                    sublet.price() == null
                                            ? m.get("warranty.atCost")
                                            : m.money(sublet.price(), currency)));
        }
        if (c.cancelReason() != null) {
            lines.add(m.get("warranty.detail.cancelled", c.cancelReason()));
        }
        return lines;
    }

    /** An in-house assignment that did not fit: the receipt recorded as rejected, and why. */
    public String rejection(WarrantyClaim c) {
        String why = c.rejectionReason() == null
                ? ""
                : org.shopsuite.desktop.ui.schedule.ScheduleViewModel.reason(c.rejectionReason(), m);
        return m.get("warranty.detail.rejected", c.rejectedReceiptId(), why);
    }
}
