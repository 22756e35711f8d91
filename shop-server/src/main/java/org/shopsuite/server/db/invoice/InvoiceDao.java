package org.shopsuite.server.db.invoice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.LineKind;
import org.shopsuite.model.PaymentMethod;

/**
 * Invoices, their lines and payments (refunds are payments with a negative amount), and the
 * gapless yearly numbering. An invoice row keeps the rates and issuer it was issued with.
 */
public interface InvoiceDao {
    record Row(
            long id,
            String number,
            long receiptId,
            long jobId,
            String currency,
            long taxRateBp,
            long laborRatePerHour,
            String issuerName,
            String issuerAddress,
            String issuerPhone,
            String issuerBusinessRegistrationNumber,
            String issuerRepresentative,
            long subtotal,
            long tax,
            long total,
            long paid,
            InvoiceStatus status,
            Instant issuedAt,
            String voidReason,
            Instant voidedAt,
            Long replacesInvoiceId,
            long version,
            String discrepancies,
            long locationId) {}

    record LineRow(
            long invoiceId,
            int lineNo,
            LineKind kind,
            String description,
            long quantityCenti,
            long unitPrice,
            long amount) {}

    /**
     * An entry in an invoice's payments: a payment (positive), or a correction (negative): a
     * refund, or the void of the payment {@code voidsPaymentId}. {@code reason} is a correction's.
     * {@code points}: how many points a POINTS entry moved, signed as {@code amount} (null for
     * other methods).
     */
    record PaymentRow(
            long id,
            long invoiceId,
            long amount,
            PaymentMethod method,
            String receivedBy,
            Instant receivedAt,
            Long voidsPaymentId,
            String reason,
            Long points) {}

    @SqlQuery("SELECT * FROM invoices WHERE id = :id")
    Optional<Row> find(long id);

    @SqlQuery("SELECT * FROM invoices WHERE id < :before AND (:status IS NULL OR status = :status)"
            + " AND (:locationId IS NULL OR location_id = :locationId) ORDER BY id DESC LIMIT :limit")
    List<Row> list(long before, InvoiceStatus status, Long locationId, int limit);

    /**
     * Takes the location's next number of the year; runs inside the write transaction, which holds
     * the counter row to its commit, so the numbers are gapless per location and year.
     */
    @SqlQuery("INSERT INTO invoice_counters (location_id, year, last_number) VALUES (:locationId, :year, 1)"
            + " ON CONFLICT (location_id, year) DO UPDATE SET last_number = invoice_counters.last_number + 1"
            + " RETURNING last_number")
    long nextNumber(long locationId, int year);

    /**
     * The invoices of a receipt, newest first: at most one is not VOID, and it is the newest. The
     * newest is the receipt's current invoice.
     */
    @SqlQuery("SELECT * FROM invoices WHERE receipt_id = :receiptId ORDER BY id DESC")
    List<Row> ofReceipt(long receiptId);

    @SqlUpdate("INSERT INTO invoices (number, receipt_id, job_id, currency, tax_rate_bp, labor_rate_per_hour,"
            + " issuer_name, issuer_address, issuer_phone, issuer_business_registration_number,"
            + " issuer_representative, subtotal, tax, total, paid, status, issued_at, replaces_invoice_id,"
            + " version, discrepancies, location_id) VALUES (:number, :receiptId, :jobId, :currency, :taxRateBp,"
            + " :laborRatePerHour, :issuerName, :issuerAddress, :issuerPhone, :issuerBusinessRegistrationNumber,"
            + " :issuerRepresentative, :subtotal, :tax, :total, 0, 'ISSUED', :issuedAt,"
            + " :replacesInvoiceId, 1, :discrepancies, :locationId)")
    @GetGeneratedKeys
    long insert(@BindMethods Row row);

    @SqlUpdate("INSERT INTO invoice_lines (invoice_id, line_no, kind, description, quantity_centi,"
            + " unit_price, amount) VALUES (:invoiceId, :lineNo, :kind, :description,"
            + " :quantityCenti, :unitPrice, :amount)")
    void insertLine(@BindMethods LineRow row);

    @SqlQuery("SELECT * FROM invoice_lines WHERE invoice_id = :invoiceId ORDER BY line_no")
    List<LineRow> lines(long invoiceId);

    @SqlUpdate("INSERT INTO payments (invoice_id, amount, method, received_by, received_at, voids_payment_id,"
            + " reason, points) VALUES (:invoiceId, :amount, :method, :receivedBy, :receivedAt, :voidsPaymentId,"
            + " :reason, :points)")
    @GetGeneratedKeys
    long insertPayment(@BindMethods PaymentRow row);

    @SqlQuery("SELECT * FROM payments WHERE invoice_id = :invoiceId ORDER BY id")
    List<PaymentRow> payments(long invoiceId);

    @SqlQuery("SELECT * FROM payments WHERE id = :id")
    Optional<PaymentRow> payment(long id);

    /** The entry that voids payment {@code id}, if it was voided (at most one, by a unique index). */
    @SqlQuery("SELECT id FROM payments WHERE voids_payment_id = :id")
    Optional<Long> voidOf(long id);

    @SqlUpdate("UPDATE invoices SET paid = :paid, status = :status, version = version + 1 WHERE id = :id")
    int setPaid(long id, long paid, InvoiceStatus status);

    /** New sums after a discount line; the status follows (a total of 0 is PAID). */
    @SqlUpdate("UPDATE invoices SET subtotal = :subtotal, tax = :tax, total = :total, status = :status,"
            + " version = version + 1 WHERE id = :id")
    int setTotals(long id, long subtotal, long tax, long total, InvoiceStatus status);

    /** Voids the invoice, its {@code paid} now {@code paid} (net of the refund given with the void). */
    @SqlUpdate("UPDATE invoices SET status = 'VOID', paid = :paid, void_reason = :reason, voided_at = :now,"
            + " version = version + 1 WHERE id = :id AND status <> 'VOID'")
    int markVoid(long id, long paid, String reason, Instant now);
}
