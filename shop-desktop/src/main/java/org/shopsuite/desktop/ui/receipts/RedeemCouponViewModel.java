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
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.FieldError;
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

    /** A coupon in the list: its code, what it takes off and until when; its promotion under them. */
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
        return c.code() + "   " + off + until + (c.promotionName() == null ? "" : "\n" + c.promotionName());
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
                    String why = refusal(t, c);
                    if (why != null) {
                        fieldErrors.put("code", why);
                    } else {
                        Forms.fail(fieldErrors, error, t, m);
                    }
                });
    }

    /**
     * Why the server refused the code, in the user's language (its own words are English): unknown,
     * not issued any more, another customer's, or an invoice it cannot go on. Null when it is
     * something else.
     */
    String refusal(Throwable t, String code) {
        if (!(t instanceof ApiError e)) {
            return null;
        }
        if (e.status() == 404) {
            return m.get("coupon.redeem.unknown", code);
        }
        FieldError fe = e.errors().stream()
                .filter(x -> "code".equals(x.field()))
                .findFirst()
                .orElse(null);
        if (fe == null || fe.code() == null) {
            return null;
        }
        String said = fe.message() == null ? "" : fe.message();
        if (fe.code() == ErrorCode.NOT_FOUND) {
            return m.get("coupon.redeem.unknown", code);
        } else if (fe.code() == ErrorCode.NOT_ALLOWED_VALUE) {
            return m.get("coupon.redeem.otherCustomer");
        } else if (fe.params().get("status") instanceof String st) {
            return m.get("coupon.redeem.status", m.get("coupon.status." + st));
        } else if (fe.params().get("paid") instanceof Number) {
            return m.get("coupon.redeem.paid");
        } else if (said.endsWith(" is void")) {
            return m.get("coupon.redeem.void");
        } else if (said.contains("takes nothing off")) {
            return m.get("coupon.redeem.nothingOff");
        } else if (said.contains("just redeemed")) {
            return m.get("coupon.redeem.race");
        }
        return null;
    }
}
