package org.shopsuite.desktop.ui.customers;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.PaymentMethods;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.PointsPurchase;
import org.shopsuite.model.PointsPurchaseInput;

/**
 * "Sell points…": how many points, what the customer pays (the points' value until the user types
 * another amount) and how. One Idempotency-Key for the dialog, kept across retries, so a sale
 * answered late is never made twice.
 */
public final class SellPointsViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final long customerId;
    private final String customerName;
    private final long pointValue;
    private final StringProperty points = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(PaymentMethod.CASH);
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final String key = ShopClient.newIdempotencyKey();
    private boolean amountTyped;
    private boolean filling;

    SellPointsViewModel(Session session, Tasks tasks, long customerId, String customerName, long pointValue) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.customerId = customerId;
        this.customerName = customerName;
        this.pointValue = pointValue;
        points.addListener((o, a, b) -> {
            fieldErrors.remove("points");
            if (!amountTyped) {
                Long p = parse(b);
                filling = true;
                amount.set(p == null ? "" : Long.toString(p * pointValue));
                filling = false;
            }
        });
        amount.addListener((o, a, b) -> {
            fieldErrors.remove("amount");
            if (!filling) {
                amountTyped = b != null && !b.isBlank();
            }
        });
        Forms.clearOnEdit(fieldErrors, "method", method);
    }

    private static Long parse(String text) {
        try {
            return text == null || text.isBlank()
                    ? null
                    : Long.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String title() {
        return m.get("points.sell.header", customerName);
    }

    /** "1 point = ₩1": what the amount is worked out from. */
    public String rateText() {
        return m.get("points.sell.rate", m.money(pointValue, session.shop().currency()));
    }

    public StringProperty pointsProperty() {
        return points;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
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

    /** Sells the points; {@code close} and {@code done} run once the server has taken the sale. */
    public void submit(Runnable close, Consumer<PointsPurchase> done) {
        fieldErrors.clear();
        error.set("");
        Long p = Forms.whole(fieldErrors, "points", points.get(), m);
        Long a = Forms.whole(fieldErrors, "amount", amount.get(), m);
        if (p == null && !fieldErrors.containsKey("points")) {
            fieldErrors.put("points", m.get("points.sell.pointsNeeded"));
        } else if (p != null && p <= 0) {
            fieldErrors.put("points", m.get("points.sell.positive"));
        }
        if (a == null && !fieldErrors.containsKey("amount")) {
            fieldErrors.put("amount", m.get("points.sell.amountNeeded"));
        } else if (a != null && a < 0) {
            fieldErrors.put("amount", m.get("points.sell.notNegative"));
        }
        if (method.get() == null || !PaymentMethods.MONEY.contains(method.get())) {
            fieldErrors.put("method", m.get("points.sell.methodNeeded"));
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        PointsPurchaseInput in = new PointsPurchaseInput(p, a, method.get());
        busy.set(true);
        tasks.run(
                () -> session.client().buyPoints(customerId, in, key),
                bought -> {
                    busy.set(false);
                    close.run();
                    done.accept(bought);
                },
                t -> {
                    busy.set(false);
                    Forms.fail(fieldErrors, error, t, m);
                });
    }
}
