package org.shopsuite.desktop.ui.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.PartsPricing;
import org.shopsuite.model.PriceBand;

/**
 * The shop's parts pricing bands as the manager edits them: each band is typed as its upper bound
 * (the cost it runs up to, blank for the last) and its multiplier; a band starts where the one
 * before it ends, so bands are contiguous by construction and the server's checks are about the
 * values. Errors are keyed as the server names them ({@code bands[1].toCost}).
 */
public final class PartsPricingViewModel {
    /** A band as typed: the upper bound (blank on the last band) and the multiplier in percent. */
    public static final class Band {
        private final StringProperty toCost = new SimpleStringProperty("");
        private final StringProperty percent = new SimpleStringProperty("");

        Band(String toCost, String percent) {
            this.toCost.set(toCost);
            this.percent.set(percent);
        }

        public StringProperty toCostProperty() {
            return toCost;
        }

        public StringProperty percentProperty() {
            return percent;
        }
    }

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObservableList<Band> bands = FXCollections.observableArrayList();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Long version;

    public PartsPricingViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
    }

    public ObservableList<Band> bands() {
        return bands;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public String currency() {
        return session.shop().currency();
    }

    /** The lower bound of band {@code i}: 0 for the first, else the upper bound typed on the one before. */
    public String fromText(int i) {
        if (i == 0) {
            return m.money(0, currency());
        }
        String before = bands.get(i - 1).toCost.get();
        try {
            return m.money(Long.parseLong(before.strip().replace(",", "")), currency());
        } catch (NumberFormatException e) {
            return "?";
        }
    }

    public void load() {
        busy.set(true);
        tasks.run(
                () -> session.client().partsPricing(),
                p -> {
                    busy.set(false);
                    show(p);
                },
                t -> {
                    busy.set(false);
                    error.set(m.describe(t));
                });
    }

    private void show(PartsPricing p) {
        version = p.version();
        List<Band> rows = new ArrayList<>();
        for (PriceBand b : p.bands()) {
            rows.add(new Band(
                    b.toCost() == null ? "" : Long.toString(b.toCost()),
                    b.multiplierPercent().stripTrailingZeros().toPlainString()));
        }
        bands.setAll(rows);
        fieldErrors.clear();
        error.set("");
    }

    /** A new last band; the one that was last gets an upper bound to fill in. */
    public void addBand() {
        bands.add(new Band(
                "",
                bands.isEmpty() ? "100" : bands.get(bands.size() - 1).percent.get()));
    }

    public void removeBand(int i) {
        if (i >= 0 && i < bands.size()) {
            bands.remove(i);
            fieldErrors.clear();
        }
    }

    /** Sends the bands (PUT with If-Match); {@code done} runs once the server has taken them. */
    public void save(Runnable done) {
        fieldErrors.clear();
        error.set("");
        List<PriceBand> out = new ArrayList<>();
        Long from = 0L;
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            boolean last = i == bands.size() - 1;
            Long to = Forms.whole(fieldErrors, "bands[" + i + "].toCost", b.toCost.get(), m);
            if (!last && to == null && !fieldErrors.containsKey("bands[" + i + "].toCost")) {
                fieldErrors.put("bands[" + i + "].toCost", m.get("pricing.toRequired"));
            }
            BigDecimal percent = Forms.decimal(fieldErrors, "bands[" + i + "].multiplierPercent", b.percent.get(), m);
            if (percent == null && !fieldErrors.containsKey("bands[" + i + "].multiplierPercent")) {
                fieldErrors.put("bands[" + i + "].multiplierPercent", m.get("pricing.percentRequired"));
            }
            out.add(new PriceBand(from, last ? null : to, percent));
            from = to;
        }
        if (bands.isEmpty()) {
            error.set(m.get("pricing.noBands"));
            return;
        }
        if (!fieldErrors.isEmpty() || version == null) {
            return;
        }
        long v = version;
        busy.set(true);
        tasks.run(
                () -> session.client().updatePartsPricing(v, new PartsPricing(out, null)),
                saved -> {
                    busy.set(false);
                    show(saved);
                    done.run();
                },
                t -> {
                    busy.set(false);
                    if (t instanceof org.shopsuite.desktop.client.ApiError e && e.status() == 412) {
                        tasks.run(
                                () -> session.client().partsPricing(),
                                p -> {
                                    show(p);
                                    error.set(m.get("pricing.changedMeanwhile"));
                                },
                                x -> error.set(m.describe(x)));
                        return;
                    }
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
