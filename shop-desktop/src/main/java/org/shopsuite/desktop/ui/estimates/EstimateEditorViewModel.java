package org.shopsuite.desktop.ui.estimates;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.CannedJob;
import org.shopsuite.model.Decision;
import org.shopsuite.model.Estimate;
import org.shopsuite.model.EstimateInput;
import org.shopsuite.model.EstimateLineInput;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.EstimateStatus;
import org.shopsuite.model.EstimateSummary;
import org.shopsuite.model.PartGrade;
import org.shopsuite.model.PriceBand;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.VehiclePart;

/**
 * The estimate editor at the counter: a receipt's latest estimate version, its lines and live
 * totals; an "add line" row (a kind, a description or a part of the catalogue, hours or quantity, an
 * optional price), canned jobs; save (If-Match), a new version, present, and the decisions dialog.
 */
public final class EstimateEditorViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ObjectProperty<Receipt> receipt = new SimpleObjectProperty<>();
    private final ObjectProperty<Estimate> estimate = new SimpleObjectProperty<>();
    private final ObservableList<EditorLine> lines = FXCollections.observableArrayList();
    private final ObservableList<CannedJob> cannedJobs = FXCollections.observableArrayList();
    private final ObservableList<VehiclePart> partMatches = FXCollections.observableArrayList();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty subtotal = new SimpleStringProperty("");
    private final StringProperty tax = new SimpleStringProperty("");
    private final StringProperty total = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<EstimateLineKind> kind = new SimpleObjectProperty<>(EstimateLineKind.LABOR);
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty price = new SimpleStringProperty("");
    private final ObjectProperty<PartGrade> grade = new SimpleObjectProperty<>(PartGrade.NEW);
    private final ObjectProperty<VehiclePart> part = new SimpleObjectProperty<>();
    private final BooleanBinding editable;
    private final BooleanBinding canPresent;
    private final BooleanBinding canDecide;
    private final BooleanBinding canStartVersion;
    private List<PriceBand> bands = List.of();
    private long subtotalValue;
    private long taxValue;

    public EstimateEditorViewModel(Session session, Tasks tasks, Receipt receipt) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.receipt.set(receipt);
        this.editable = Bindings.createBooleanBinding(
                () -> !busy.get() && estimate.get() != null && estimate.get().status() == EstimateStatus.DRAFT,
                busy,
                estimate);
        this.canPresent = Bindings.createBooleanBinding(() -> editable.get() && !lines.isEmpty(), editable, lines);
        this.canDecide = Bindings.createBooleanBinding(
                () -> !busy.get()
                        && estimate.get() != null
                        && estimate.get().status() == EstimateStatus.PRESENTED
                        && !estimate.get().lines().isEmpty(),
                busy,
                estimate);
        this.canStartVersion = Bindings.createBooleanBinding(
                () -> !busy.get() && (estimate.get() == null || estimate.get().status() != EstimateStatus.DRAFT),
                busy,
                estimate);
        lines.addListener((javafx.collections.ListChangeListener<EditorLine>) c -> totals());
        kind.addListener((o, a, b) -> {
            part.set(null);
            partMatches.clear();
            fieldErrors.clear();
        });
        description.addListener((o, a, b) -> {
            fieldErrors.remove("description");
            VehiclePart p = part.get();
            if (p != null && !b.equals(partText(p))) {
                part.set(null); // typed over the chosen part: it is a search again
            }
        });
        Forms.clearOnEdit(fieldErrors, "quantity", quantity);
        Forms.clearOnEdit(fieldErrors, "price", price);
        showHeading();
    }

    public ReadOnlyObjectProperty<Estimate> estimateProperty() {
        return estimate;
    }

    public ReadOnlyObjectProperty<Receipt> receiptProperty() {
        return receipt;
    }

    public ObservableList<EditorLine> lines() {
        return lines;
    }

    public ObservableList<CannedJob> cannedJobs() {
        return cannedJobs;
    }

    /** Parts of the catalogue matching what was typed, when more than one did. */
    public ObservableList<VehiclePart> partMatches() {
        return partMatches;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** "Estimate v2 · presented" (or that there is none yet). */
    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public ReadOnlyStringProperty subtotalProperty() {
        return subtotal;
    }

    public ReadOnlyStringProperty taxProperty() {
        return tax;
    }

    public ReadOnlyStringProperty totalProperty() {
        return total;
    }

    public long subtotal() {
        return subtotalValue;
    }

    public long tax() {
        return taxValue;
    }

    public long total() {
        return subtotalValue + taxValue;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<EstimateLineKind> kindProperty() {
        return kind;
    }

    /** The new line's description, or the part number or name to look up for a part. */
    public StringProperty descriptionProperty() {
        return description;
    }

    /** The new line's hours (labour) or quantity. */
    public StringProperty quantityProperty() {
        return quantity;
    }

    /** The new line's rate (labour) or unit price; blank takes the shop's rate or the pricing rule. */
    public StringProperty priceProperty() {
        return price;
    }

    public ObjectProperty<PartGrade> gradeProperty() {
        return grade;
    }

    /** The catalogue part the new line is for, once found. */
    public ObjectProperty<VehiclePart> partProperty() {
        return part;
    }

    /** The shown version is a draft: lines can be added, removed and saved. */
    public BooleanBinding editableProperty() {
        return editable;
    }

    public BooleanBinding canPresentProperty() {
        return canPresent;
    }

    /** The shown version is presented: the customer's decisions can be recorded. */
    public BooleanBinding canDecideProperty() {
        return canDecide;
    }

    /** A new version can be started (none yet, or the latest is no longer a draft). */
    public BooleanBinding canStartVersionProperty() {
        return canStartVersion;
    }

    /** Loads the receipt's latest version, the canned jobs and the parts pricing. */
    public void load() {
        long id = receipt.get().id();
        busy.set(true);
        tasks.run(
                () -> {
                    Receipt r = session.client().receipt(id);
                    List<EstimateSummary> all = r.estimates() == null ? List.of() : r.estimates();
                    Estimate latest = all.isEmpty()
                            ? null
                            : session.client().estimate(all.get(all.size() - 1).id());
                    return new Loaded(r, latest);
                },
                loaded -> {
                    busy.set(false);
                    receipt.set(loaded.receipt());
                    show(loaded.estimate());
                },
                this::fail);
        tasks.run(() -> session.client().cannedJobs(), cannedJobs::setAll, t -> {});
        tasks.run(
                () -> session.client().partsPricing().bands(),
                b -> {
                    bands = b == null ? List.of() : b;
                },
                t -> {});
    }

    private record Loaded(Receipt receipt, Estimate estimate) {}

    /** Shows a version as the server has it (nothing unsaved left). */
    void show(Estimate e) {
        estimate.set(e);
        dirty.set(false);
        lines.setAll(
                e == null ? List.of() : e.lines().stream().map(EditorLine::of).toList());
        showHeading();
    }

    private void showHeading() {
        Estimate e = estimate.get();
        heading.set(
                e == null
                        ? m.get("estimate.none")
                        : m.get(
                                "estimate.heading",
                                e.number(),
                                m.get("estimate.status." + e.status().name()),
                                receipt.get().id()));
    }

    /** The currency of the shown version (the shop's when there is none). */
    public String currency() {
        Estimate e = estimate.get();
        return e == null ? session.shop().currency() : e.currency();
    }

    private void totals() {
        Estimate e = estimate.get();
        String currency = currency();
        BigDecimal rate = e == null ? session.shop().taxRatePercent() : e.taxRatePercent();
        subtotalValue = lines.stream().mapToLong(EditorLine::amount).sum();
        taxValue = EstimateMath.tax(subtotalValue, rate == null ? BigDecimal.ZERO : rate);
        subtotal.set(m.money(subtotalValue, currency));
        tax.set(m.money(taxValue, currency));
        total.set(m.money(subtotalValue + taxValue, currency));
    }

    /**
     * Adds the line typed in the "add line" row (Enter). A part that is not chosen yet is looked up
     * in the catalogue by its number or name: one match is taken, several are offered to choose from.
     */
    public void addLine() {
        if (!editable.get()) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        EstimateLineKind k = kind.get();
        if (k == EstimateLineKind.PART && part.get() == null && price.get().isBlank()) {
            String q = description.get().strip();
            if (q.isEmpty()) {
                fieldErrors.put("description", m.get("estimate.add.partNeeded"));
                return;
            }
            busy.set(true);
            tasks.run(
                    () -> session.client().parts(q),
                    found -> {
                        busy.set(false);
                        List<VehiclePart> exact = found.stream()
                                .filter(p -> p.partId().equalsIgnoreCase(q))
                                .toList();
                        List<VehiclePart> matches = exact.size() == 1 ? exact : found;
                        if (matches.size() == 1) {
                            choosePart(matches.get(0));
                            addLine();
                        } else if (matches.isEmpty()) {
                            fieldErrors.put("description", m.get("estimate.add.noPart", q));
                        } else {
                            partMatches.setAll(matches);
                            fieldErrors.put("description", m.get("estimate.add.choosePart", matches.size()));
                        }
                    },
                    this::fail);
            return;
        }
        EditorLine line = typedLine();
        if (line == null) {
            return;
        }
        lines.add(line);
        dirty.set(true);
        description.set("");
        quantity.set("");
        price.set("");
        part.set(null);
        partMatches.clear();
        grade.set(PartGrade.NEW);
    }

    /** Takes a part of the catalogue for the new line (its number and name fill the description). */
    public void choosePart(VehiclePart p) {
        part.set(null);
        description.set(partText(p));
        part.set(p);
        partMatches.clear();
        fieldErrors.remove("description");
    }

    private static String partText(VehiclePart p) {
        return p.partId() + " " + p.partName();
    }

    /** The typed line, or null with the reasons next to the fields. */
    EditorLine typedLine() {
        EstimateLineKind k = kind.get();
        VehiclePart p = k == EstimateLineKind.PART ? part.get() : null;
        String text = Forms.blankToNull(description.get());
        if (p != null && text != null && text.equals(partText(p))) {
            text = null; // the server names it after the part
        }
        if (text == null && p == null) {
            fieldErrors.put("description", m.get("field.is.required"));
        }
        BigDecimal q = Forms.decimal(fieldErrors, "quantity", quantity.get(), m);
        Long typedPrice = Forms.whole(fieldErrors, "price", price.get(), m);
        if (k == EstimateLineKind.LABOR && q == null && !fieldErrors.containsKey("quantity")) {
            fieldErrors.put("quantity", m.get("estimate.add.hoursNeeded"));
        }
        if (q != null) {
            BigDecimal max = k == EstimateLineKind.LABOR ? new BigDecimal("24") : new BigDecimal("10000");
            if (q.signum() <= 0
                    || q.compareTo(max) > 0
                    || q.stripTrailingZeros().scale() > 2) {
                fieldErrors.put(
                        "quantity",
                        m.get(k == EstimateLineKind.LABOR ? "estimate.add.badHours" : "estimate.add.badQuantity"));
            }
        }
        if (typedPrice != null && typedPrice < 0) {
            fieldErrors.put("price", m.get("estimate.add.badPrice"));
        }
        if (typedPrice == null
                && !fieldErrors.containsKey("price")
                && (k == EstimateLineKind.SUBLET || k == EstimateLineKind.FEE)) {
            fieldErrors.put("price", m.get("estimate.add.priceNeeded"));
        }
        if (!fieldErrors.isEmpty()) {
            return null;
        }
        if (k == EstimateLineKind.LABOR) {
            long rate = typedPrice != null ? typedPrice : shopRate();
            return new EditorLine(
                    null,
                    new EstimateLineInput(k, text, q, typedPrice, null, null, null, null),
                    rate,
                    EstimateMath.amount(q, rate),
                    Decision.PENDING);
        }
        BigDecimal n = q == null ? BigDecimal.ONE : q;
        long unit = typedPrice != null ? typedPrice : p != null ? EstimateMath.partPrice(p, bands) : 0;
        return new EditorLine(
                null,
                new EstimateLineInput(
                        k,
                        text,
                        null,
                        null,
                        n,
                        typedPrice,
                        p == null ? null : p.id(),
                        k == EstimateLineKind.PART ? grade.get() : null),
                unit,
                EstimateMath.amount(n, unit),
                Decision.PENDING);
    }

    private long shopRate() {
        Long rate = session.shop().laborRatePerHour();
        return rate == null ? 0 : rate;
    }

    /** Removes a line of a draft (Delete). */
    public void remove(int index) {
        if (editable.get() && index >= 0 && index < lines.size()) {
            lines.remove(index);
            dirty.set(true);
        }
    }

    /** Saves the draft's lines; someone else's change since (412) reloads it and says so. */
    public void save() {
        saveThen(e -> message.set(m.get("estimate.saved", e.number())));
    }

    private void saveThen(Consumer<Estimate> then) {
        Estimate e = estimate.get();
        if (e == null || e.status() != EstimateStatus.DRAFT) {
            return;
        }
        if (!dirty.get()) {
            then.accept(e);
            return;
        }
        EstimateInput in =
                new EstimateInput(lines.stream().map(EditorLine::input).toList());
        busy.set(true);
        message.set("");
        error.set("");
        tasks.run(
                () -> session.client().changeEstimate(e.id(), e.version(), in),
                saved -> {
                    busy.set(false);
                    show(saved);
                    then.accept(saved);
                },
                t -> {
                    if (t instanceof ApiError a && a.status() == 412) {
                        reloadStale(e.id());
                    } else {
                        fail(t);
                    }
                });
    }

    private void reloadStale(long id) {
        tasks.run(
                () -> session.client().estimate(id),
                fresh -> {
                    busy.set(false);
                    show(fresh);
                    message.set("");
                    error.set(m.get("estimate.stale", fresh.number()));
                },
                this::fail);
    }

    /** Starts a new draft version: a copy of the latest version's lines (an empty one when there is none). */
    public void newVersion() {
        if (!canStartVersion.get()) {
            return;
        }
        long id = receipt.get().id();
        String key = ShopClient.newIdempotencyKey();
        busy.set(true);
        message.set("");
        error.set("");
        tasks.run(
                () -> session.client().createEstimate(id, null, key),
                created -> {
                    busy.set(false);
                    show(created);
                    message.set(m.get("estimate.created", created.number()));
                },
                this::fail);
    }

    /** Presents the draft (saved first): frozen from then on, for the customer to decide. */
    public void present() {
        if (!canPresent.get()) {
            return;
        }
        saveThen(saved -> {
            String key = ShopClient.newIdempotencyKey();
            busy.set(true);
            tasks.run(
                    () -> session.client().presentEstimate(saved.id(), key),
                    shown -> {
                        busy.set(false);
                        show(shown);
                        message.set(m.get("estimate.presented", shown.number()));
                    },
                    this::fail);
        });
    }

    /** Adds a canned job's lines to the draft (saved first). */
    public void addCanned(CannedJob job) {
        if (job == null || !editable.get()) {
            return;
        }
        saveThen(saved -> {
            String key = ShopClient.newIdempotencyKey();
            busy.set(true);
            tasks.run(
                    () -> session.client().addCannedJob(saved.id(), job.id(), key),
                    added -> {
                        busy.set(false);
                        show(added);
                        message.set(m.get("estimate.cannedAdded", job.name()));
                    },
                    this::fail);
        });
    }

    /** A form for the customer's decisions on the presented version, or null. */
    public DecisionsViewModel decisionsForm() {
        return canDecide.get() ? new DecisionsViewModel(session, tasks, receipt.get(), estimate.get()) : null;
    }

    /** The manager maintains canned jobs and corrects approved lines; the counter does not. */
    public boolean manager() {
        return session.user().role() == org.shopsuite.model.Role.MANAGER;
    }

    /** A form to save the lines on screen as a canned job (MANAGER), or null. */
    public SaveCannedViewModel saveCannedForm() {
        return manager() && !lines.isEmpty() ? new SaveCannedViewModel(session, tasks, List.copyOf(lines)) : null;
    }

    /** Whether {@code l} is an approved line of the presented version a manager may correct. */
    public boolean correctable(EditorLine l) {
        Estimate e = estimate.get();
        return manager()
                && !busy.get()
                && l != null
                && l.id() != null
                && l.decision() == org.shopsuite.model.Decision.APPROVED
                && e != null
                && e.status() == EstimateStatus.PRESENTED;
    }

    /** A form to correct an approved line's price (MANAGER), or null when it cannot be corrected. */
    public CorrectLineViewModel correctForm(EditorLine l) {
        return correctable(l)
                ? new CorrectLineViewModel(session, tasks, estimate.get().id(), l)
                : null;
    }

    /** A line was corrected: show the version as it now stands. */
    public void corrected(Estimate e) {
        show(e);
        message.set(m.get("estimate.corrected"));
    }

    /** A canned job was saved from these lines: the counter can add it from now on. */
    public void savedAsCanned(CannedJob j) {
        message.set(m.get("estimate.savedAsCanned", j.name()));
        if (j.active() && cannedJobs.stream().noneMatch(c -> c.id() == j.id())) {
            cannedJobs.add(j);
        }
    }

    /** The decisions were recorded: show the version as it now stands. */
    public void decided(Estimate e) {
        show(e);
        message.set(m.get("estimate.decided"));
    }

    /** The file name a saved 견적서 is offered under. */
    public String fileName() {
        Estimate e = estimate.get();
        return m.get("estimate.file", receipt.get().id(), e == null ? 0 : e.number()) + ".pdf";
    }

    /** Fetches the shown version's 견적서 (saved first when it is a draft) and hands it over on the UI thread. */
    public void fetchPdf(Consumer<byte[]> then) {
        if (estimate.get() == null) {
            return;
        }
        Consumer<Estimate> fetch = e -> {
            busy.set(true);
            tasks.run(
                    () -> session.client().estimatePdf(e.id()),
                    pdf -> {
                        busy.set(false);
                        then.accept(pdf);
                    },
                    this::fail);
        };
        if (estimate.get().status() == EstimateStatus.DRAFT) {
            saveThen(fetch);
        } else {
            fetch.accept(estimate.get());
        }
    }

    /** Writes the PDF to a file and says so. */
    public void savePdf(java.nio.file.Path file) {
        fetchPdf(pdf -> tasks.run(
                () -> java.nio.file.Files.write(file, pdf),
                written -> {
                    error.set("");
                    message.set(m.get("receipts.pdfSaved", written.getFileName()));
                },
                this::fail));
    }

    /** What the user is told when the document could not be printed. */
    public void printFailed(String text) {
        message.set("");
        error.set(text);
    }

    private void fail(Throwable t) {
        busy.set(false);
        message.set("");
        if (t instanceof ApiError e && !e.errors().isEmpty() && e.status() == 400) {
            error.set(m.get("form.checkFields") + " "
                    + String.join(
                            "; ",
                            e.errors().stream()
                                    .map(fe -> fe.field() + ": " + m.field(fe))
                                    .toList()));
            return;
        }
        error.set(m.describe(t));
    }
}
