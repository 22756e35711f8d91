package org.shopsuite.desktop.ui.receipts;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
import org.shopsuite.desktop.ui.customers.CustomerPointsViewModel;
import org.shopsuite.model.Coupon;
import org.shopsuite.model.CouponStatus;
import org.shopsuite.model.Invoice;

/**
 * "Redeem coupon…" on an invoice with nothing paid: a code typed (or scanned), or one of the
 * customer's issued coupons picked from the list. One Idempotency-Key per dialog, kept across
 * retries.
 */
public final class RedeemCouponViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final Invoice invoice;
    private final long customerId;
    private final String customerName;
    private final StringProperty code = new SimpleStringProperty("");
    private final ObservableList<Coupon> coupons = FXCollections.observableArrayList();
    private final ObjectProperty<Coupon> picked = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final String key = ShopClient.newIdempotencyKey();

    RedeemCouponViewModel(Session session, Tasks tasks, Invoice invoice, long customerId, String customerName) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.invoice = invoice;
        this.customerId = customerId;
        this.customerName = customerName;
        picked.addListener((o, a, b) -> {
            if (b != null) {
                code.set(b.code());
            }
        });
        Forms.clearOnEdit(fieldErrors, "code", code);
    }

    public String header() {
        return m.get(
                "coupon.redeem.header", invoice.number(), customerName, m.money(invoice.total(), invoice.currency()));
    }

    public StringProperty codeProperty() {
        return code;
    }

    /** The customer's coupons that can be redeemed now. */
    public ObservableList<Coupon> coupons() {
        return coupons;
    }

    public ObjectProperty<Coupon> pickedProperty() {
        return picked;
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

    /** Reads the customer's issued coupons. */
    public void load() {
        tasks.run(
                () -> session.client().coupons(customerId),
                all -> coupons.setAll(all.stream()
                        .filter(c -> c.status() == CouponStatus.ISSUED)
                        .toList()),
                t -> error.set(m.describe(t)));
    }

    /** A coupon in the list: its code, promotion, what it takes off and until when. */
    public String text(Coupon c) {
        String off = CustomerPointsViewModel.discount(c.kind(), c.value(), m, invoice.currency());
        String until = c.expiresAt() == null
                ? ""
                : "   "
                        + m.get(
                                "coupon.until",
                                m.date(c.expiresAt()
                                        .atZone(ZoneId.of(session.shop().timezone()))
                                        .toLocalDate()));
        return c.code() + "   " + (c.promotionName() == null ? "" : c.promotionName() + "   ") + off + until;
    }

    /** Redeems the code; {@code done} runs (and closes the dialog) once the server has taken it. */
    public void submit(Consumer<Invoice> done) {
        fieldErrors.clear();
        error.set("");
        String c = Forms.blankToNull(code.get());
        if (c == null) {
            fieldErrors.put("code", m.get("coupon.redeem.codeNeeded"));
            return;
        }
        busy.set(true);
        tasks.run(
                () -> session.client().redeemCoupon(invoice.id(), c, key),
                inv -> {
                    busy.set(false);
                    done.accept(inv);
                },
                t -> {
                    busy.set(false);
                    if (t instanceof ApiError e && e.status() == 404) {
                        fieldErrors.put("code", m.get("coupon.redeem.unknown", c));
                    } else if (t instanceof ApiError e
                            && e.status() == 409
                            && e.errors().isEmpty()) {
                        fieldErrors.put("code", m.get("coupon.redeem.refused", m.describe(t)));
                    } else {
                        Forms.fail(fieldErrors, error, t, m);
                    }
                });
    }
}
