package org.shopsuite.desktop.ui.estimates;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.ApprovalInput;
import org.shopsuite.model.ApprovalMethod;
import org.shopsuite.model.Decision;
import org.shopsuite.model.Estimate;
import org.shopsuite.model.EstimateLine;
import org.shopsuite.model.FieldError;
import org.shopsuite.model.LineDecision;
import org.shopsuite.model.Receipt;

/**
 * The customer's decisions on a presented estimate, line by line (or all at once), with how they
 * agreed and who; more approved hours than the mechanic's day has left is refused by the server and
 * said in the user's language.
 */
public final class DecisionsViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final Receipt receipt;
    private final Estimate estimate;
    private final List<Choice> choices;
    private final ObjectProperty<ApprovalMethod> method = new SimpleObjectProperty<>(ApprovalMethod.IN_PERSON);
    private final StringProperty customerName = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringBinding summary;

    /** One line and what the customer said of it (null: not decided yet). */
    public static final class Choice {
        private final EstimateLine line;
        private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>();

        Choice(EstimateLine line) {
            this.line = line;
            decision.set(line.decision() == Decision.PENDING ? null : line.decision());
        }

        public EstimateLine line() {
            return line;
        }

        public ObjectProperty<Decision> decisionProperty() {
            return decision;
        }
    }

    public DecisionsViewModel(Session session, Tasks tasks, Receipt receipt, Estimate estimate) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.receipt = receipt;
        this.estimate = estimate;
        this.choices = estimate.lines().stream().map(Choice::new).toList();
        customerName.set(receipt.customerName() == null ? "" : receipt.customerName());
        Forms.clearOnEdit(fieldErrors, "customerName", customerName);
        Observable[] deps = choices.stream().map(Choice::decisionProperty).toArray(Observable[]::new);
        this.summary = Bindings.createStringBinding(this::describe, deps);
        choices.forEach(c -> c.decisionProperty().addListener((o, a, b) -> error.set("")));
    }

    /** "Estimate v2 for 정우성's 12가 3456: decide each line". */
    public String header() {
        return m.get("decide.header", estimate.number(), receipt.customerName(), receipt.carId());
    }

    public List<Choice> choices() {
        return choices;
    }

    public String currency() {
        return estimate.currency();
    }

    public ObjectProperty<ApprovalMethod> methodProperty() {
        return method;
    }

    public StringProperty customerNameProperty() {
        return customerName;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** "Approved: 3 lines, ₩254,100 · declined: 1 · to decide: 0". */
    public StringBinding summaryProperty() {
        return summary;
    }

    private String describe() {
        long approved = 0;
        int yes = 0;
        int no = 0;
        int open = 0;
        for (Choice c : choices) {
            Decision d = c.decisionProperty().get();
            if (d == Decision.APPROVED) {
                yes++;
                approved += c.line().amount();
            } else if (d == Decision.DECLINED) {
                no++;
            } else {
                open++;
            }
        }
        return m.get("decide.summary", yes, m.money(approved, estimate.currency()), no, open);
    }

    public void approveAll() {
        choices.forEach(c -> c.decisionProperty().set(Decision.APPROVED));
    }

    public void declineAll() {
        choices.forEach(c -> c.decisionProperty().set(Decision.DECLINED));
    }

    /** The decisions as sent: every line decided here that the estimate does not already say. */
    List<LineDecision> decisions() {
        return choices.stream()
                .filter(c -> c.decisionProperty().get() != null
                        && c.decisionProperty().get() != c.line().decision())
                .map(c -> new LineDecision(c.line().id(), c.decisionProperty().get()))
                .toList();
    }

    /** Records the decisions; {@code done} gets the estimate as it now stands. */
    public void submit(Consumer<Estimate> done) {
        fieldErrors.clear();
        error.set("");
        List<LineDecision> decided = decisions();
        if (decided.isEmpty()) {
            error.set(m.get("decide.nothing"));
            return;
        }
        String name = Forms.blankToNull(customerName.get());
        if (name == null) {
            fieldErrors.put("customerName", m.get("field.is.required"));
            return;
        }
        ApprovalInput in = new ApprovalInput(decided, method.get(), name, Forms.blankToNull(note.get()));
        String key = ShopClient.newIdempotencyKey();
        busy.set(true);
        tasks.run(
                () -> session.client().approveEstimate(estimate.id(), in, key),
                e -> {
                    busy.set(false);
                    done.accept(e);
                },
                this::refused);
    }

    private void refused(Throwable t) {
        busy.set(false);
        if (t instanceof ApiError e && e.status() == 409) {
            for (FieldError fe : e.errors()) {
                Object left = fe.params().get("remainingHours");
                Object asked = fe.params().get("requestedHours");
                if (left != null && asked != null) {
                    error.set(m.get(
                            "decide.noHours",
                            receipt.mechanicName(),
                            m.hours(new BigDecimal(left.toString())),
                            m.date(receipt.requestDate()),
                            m.hours(new BigDecimal(asked.toString()))));
                    return;
                }
            }
        }
        Forms.fail(fieldErrors, error, t, m);
    }
}
