package org.shopsuite.desktop.ui.estimates;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Estimate;
import org.shopsuite.model.EstimateLine;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.Job;

/**
 * The mechanic's view of a job's estimate: the approved work only (read-only), and the warning
 * before finishing a job whose issued parts differ from the approved ones.
 */
public final class ApprovedWorkViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final SimpleObjectProperty<Estimate> estimate = new SimpleObjectProperty<>();
    private final ObservableList<EstimateLine> lines = FXCollections.observableArrayList();
    private long loads;

    public ApprovedWorkViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
    }

    /** The job's presented estimate, or null when it has none. */
    public ReadOnlyObjectProperty<Estimate> estimateProperty() {
        return estimate;
    }

    /** Its approved lines. */
    public ObservableList<EstimateLine> lines() {
        return lines;
    }

    /** Loads the estimate of this job (nothing for null); only the answer for the job asked last is shown. */
    public void load(Job job) {
        long mine = ++loads;
        if (job == null) {
            show(null);
            return;
        }
        long id = job.id();
        tasks.run(
                () -> session.client().jobEstimate(id).orElse(null),
                e -> {
                    if (mine == loads) {
                        show(e);
                    }
                },
                failure -> {
                    if (mine == loads) {
                        show(null);
                    }
                });
    }

    private void show(Estimate e) {
        estimate.set(e);
        lines.setAll(ApprovedWork.lines(e));
    }

    /** One approved line as the mechanic reads it: what, and the hours or how many. */
    public String text(EstimateLine l) {
        String what = m.get("estimate.kind." + l.kind().name()) + "  " + l.description();
        if (l.kind() == EstimateLineKind.LABOR && l.hours() != null) {
            return what + "  (" + m.hours(l.hours()) + ")";
        }
        return l.quantity() == null
                ? what
                : what + "  x " + l.quantity().stripTrailingZeros().toPlainString();
    }

    /**
     * What to ask before finishing {@code job} (as it now stands) when its issued parts differ from
     * the approved ones, one part a line; null when they agree or there is no estimate.
     */
    public String finishWarning(Job job) {
        List<ApprovedWork.Difference> diffs = ApprovedWork.differences(estimate.get(), job);
        if (diffs.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder(m.get("approved.finishWarning"));
        for (ApprovedWork.Difference d : diffs) {
            b.append('\n')
                    .append(m.get(
                            "approved.difference",
                            d.partName(),
                            d.approved().stripTrailingZeros().toPlainString(),
                            d.issued()));
        }
        return b.toString();
    }
}
