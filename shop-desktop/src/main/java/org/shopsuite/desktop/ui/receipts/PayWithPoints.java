package org.shopsuite.desktop.ui.receipts;

import java.text.NumberFormat;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;

/**
 * The payment form's points: the invoice's customer's balance and what it is worth, read when
 * POINTS is chosen, and the checks made before a payment with points is confirmed (a whole number
 * of points, no more than the balance).
 */
public final class PayWithPoints {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private Long customerId;
    private Long balance;
    private long pointValue;
    private long loads;

    PayWithPoints(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.pointValue = pointValue(session.shop());
    }

    static long pointValue(org.shopsuite.model.ShopSettings shop) {
        return shop == null || shop.pointValue() == null || shop.pointValue() <= 0 ? 1 : shop.pointValue();
    }

    /** "Balance 8,000 points (₩8,000)", or "" when not known. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The balance last read, or null. */
    public Long balance() {
        return balance;
    }

    public long pointValue() {
        return pointValue;
    }

    /** Reads a customer's balance (and the shop's point value); nothing when null. */
    public void load(Long customer) {
        customerId = customer;
        balance = null;
        text.set("");
        long mine = ++loads;
        if (customer == null) {
            text.set(m.get("pay.points.noCustomer"));
            return;
        }
        tasks.run(
                () -> new long[] {
                    session.client().points(customer).balance(),
                    pointValue(session.client().shop())
                },
                r -> {
                    if (mine == loads) {
                        balance = r[0];
                        pointValue = r[1];
                        text.set(m.get(
                                "pay.points.balance",
                                format(r[0]),
                                m.money(r[0] * r[1], session.shop().currency())));
                    }
                },
                t -> {
                    if (mine == loads) {
                        text.set(m.describe(t));
                    }
                });
    }

    /** Reads the same customer's balance again (after a payment, or a refusal). */
    public void reload() {
        if (customerId != null) {
            load(customerId);
        }
    }

    /** Forgets the customer (another receipt, or another method). */
    public void clear() {
        ++loads;
        customerId = null;
        balance = null;
        text.set("");
    }

    /** Why an amount cannot be paid with points, or null when it can be tried. */
    public String refusal(long amount) {
        if (amount <= 0 || amount % pointValue != 0) {
            return m.get(
                    "pay.points.multiple", m.money(pointValue, session.shop().currency()));
        }
        if (balance != null && amount / pointValue > balance) {
            return m.get("pay.points.short", format(amount / pointValue), format(balance));
        }
        return null;
    }

    /** How many points an amount is. */
    public long points(long amount) {
        return amount / pointValue;
    }

    String format(long n) {
        return NumberFormat.getIntegerInstance(m.locale()).format(n);
    }
}
