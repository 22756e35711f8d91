package org.shopsuite.desktop.ui.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Coupon;
import org.shopsuite.model.Points;
import org.shopsuite.model.PointsEntry;
import org.shopsuite.model.PromotionKind;
import org.shopsuite.model.ShopSettings;

/**
 * The customer card's points and coupons: the balance and what it is worth, the ledger newest
 * first, and the customer's coupons. Read again whenever the card is.
 */
public final class CustomerPointsViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ReadOnlyLongWrapper balance = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper pointValue = new ReadOnlyLongWrapper(1);
    private final ReadOnlyStringWrapper balanceText = new ReadOnlyStringWrapper("");
    private final ObservableList<PointsEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<Coupon> coupons = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Long customerId;
    private long loads;

    public CustomerPointsViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        pointValue.set(pointValue(session.shop()));
    }

    /** Won per point as the shop sets it (1 until it is set). */
    static long pointValue(ShopSettings shop) {
        return shop == null || shop.pointValue() == null || shop.pointValue() <= 0 ? 1 : shop.pointValue();
    }

    public ReadOnlyLongProperty balanceProperty() {
        return balance.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty pointValueProperty() {
        return pointValue.getReadOnlyProperty();
    }

    /** "8,000 points (₩8,000)": the balance and its value in money. */
    public ReadOnlyStringProperty balanceTextProperty() {
        return balanceText.getReadOnlyProperty();
    }

    public ObservableList<PointsEntry> entries() {
        return entries;
    }

    public ObservableList<Coupon> coupons() {
        return coupons;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Long customerId() {
        return customerId;
    }

    private record Loaded(Points points, java.util.List<Coupon> coupons, long pointValue) {}

    /** Reads the customer's points and coupons (nothing shown when null). */
    public void load(Long id) {
        customerId = id;
        long mine = ++loads;
        if (id == null) {
            clear();
            return;
        }
        tasks.run(
                () -> new Loaded(
                        session.client().points(id),
                        session.client().coupons(id),
                        pointValue(session.client().shop())),
                l -> {
                    if (mine != loads) {
                        return; // an answer for a customer no longer shown
                    }
                    error.set("");
                    pointValue.set(l.pointValue());
                    balance.set(l.points().balance());
                    balanceText.set(balanceText(l.points().balance(), l.pointValue()));
                    entries.setAll(l.points().entries());
                    coupons.setAll(l.coupons());
                },
                t -> {
                    if (mine == loads) {
                        clear();
                        error.set(m.describe(t));
                    }
                });
    }

    /** Reads the shown customer's points and coupons again. */
    public void reload() {
        load(customerId);
    }

    private void clear() {
        balance.set(0);
        balanceText.set("");
        entries.clear();
        coupons.clear();
        error.set("");
    }

    String balanceText(long points, long value) {
        return m.get(
                "points.balance", points, m.money(points * value, session.shop().currency()));
    }

    /** A ledger entry's kind in the user's language. */
    public String kind(PointsEntry e) {
        return m.get("points.kind." + e.kind().name());
    }

    /** Points in (+) or out (−), with the sign always shown. */
    public String signed(PointsEntry e) {
        java.text.NumberFormat f = java.text.NumberFormat.getIntegerInstance(m.locale());
        return (e.points() > 0 ? "+" : e.points() < 0 ? "−" : "") + f.format(Math.abs(e.points()));
    }

    /** When an entry was made, short as the payments list says it ("11-28 10:43"). */
    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(ZoneId.of(session.shop().timezone())));
    }

    /** A ledger entry as the card lists it: points, kind and reference; when and by whom under them. */
    public String text(PointsEntry e) {
        String ref = reference(e);
        return signed(e) + "   " + kind(e) + (ref.isEmpty() ? "" : "   " + ref) + "\n" + whenBy(e);
    }

    /** When an entry was made and by whom ("11-28 10:43 · counter"). */
    public String whenBy(PointsEntry e) {
        return when(e.at()) + (e.by() == null ? "" : " · " + e.by());
    }

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private static final java.util.regex.Pattern APPOINTMENT = java.util.regex.Pattern.compile("appointment (\\d+)");
    private static final java.util.regex.Pattern INVOICE = java.util.regex.Pattern.compile("invoice (\\S+)");
    private static final java.util.regex.Pattern PURCHASE = java.util.regex.Pattern.compile("purchase (\\d+)");

    /**
     * What an entry refers to in the user's language: the server says "appointment 8", "invoice
     * INV-2026-0004", "purchase 2" (or an appointment and its invoice for a carried deposit).
     */
    public String reference(PointsEntry e) {
        String r = e.reference();
        if (r == null) {
            return "";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        java.util.regex.Matcher a = APPOINTMENT.matcher(r);
        if (a.find()) {
            parts.add(m.get("points.ref.appointment", a.group(1)));
        }
        java.util.regex.Matcher i = INVOICE.matcher(r);
        if (i.find()) {
            parts.add(i.group(1));
        }
        java.util.regex.Matcher p = PURCHASE.matcher(r);
        if (p.find()) {
            parts.add(m.get("points.ref.purchase", p.group(1)));
        }
        return parts.isEmpty() ? r : String.join(" → ", parts);
    }

    /** What a coupon takes off: "10% off labour", "₩5,000 off". */
    public String discount(Coupon c) {
        return discount(c.kind(), c.value(), m, session.shop().currency());
    }

    /** What a promotion's coupons take off, in the user's language. */
    public static String discount(PromotionKind kind, long value, Messages m, String currency) {
        return kind == PromotionKind.AMOUNT
                ? m.get("coupon.off.AMOUNT", m.money(value, currency))
                : m.get("coupon.off." + kind.name(), value);
    }

    /** A coupon as the card lists it: code, what it takes off, status, expiry; its promotion under them. */
    public String text(Coupon c) {
        String until = expires(c);
        return m.get("coupon.line", c.code(), discount(c), status(c), until.isEmpty() ? "-" : until)
                + (c.promotionName() == null ? "" : "\n" + c.promotionName());
    }

    public String status(Coupon c) {
        return m.get("coupon.status." + c.status().name());
    }

    /** The day a coupon expires, or "" when it does not. */
    public String expires(Coupon c) {
        if (c.expiresAt() == null) {
            return "";
        }
        LocalDate d = c.expiresAt().atZone(ZoneId.of(session.shop().timezone())).toLocalDate();
        return m.date(d);
    }

    /** A form to sell points to the shown customer, or null when none is shown. */
    public SellPointsViewModel sellForm(String customerName) {
        return customerId == null
                ? null
                : new SellPointsViewModel(session, tasks, customerId, customerName, pointValue.get());
    }
}
