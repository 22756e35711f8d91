package org.shopsuite.desktop.ui;

import java.util.Arrays;
import java.util.List;
import org.shopsuite.model.PaymentMethod;

/** Which payment methods a form offers: points pay invoices only. */
public final class PaymentMethods {
    private PaymentMethods() {}

    /**
     * The methods money changes hands by (cash, card, transfer): counter sales, selling points,
     * refunds and a void's refund. Everything but the customer's points.
     */
    public static final List<PaymentMethod> MONEY = Arrays.stream(PaymentMethod.values())
            .filter(p -> p != PaymentMethod.POINTS)
            .toList();

    /** The methods an invoice may be paid by: money, or the customer's points. */
    public static final List<PaymentMethod> INVOICE = List.of(PaymentMethod.values());
}
