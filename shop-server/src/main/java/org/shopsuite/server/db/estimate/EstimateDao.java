package org.shopsuite.server.db.estimate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.ApprovalMethod;
import org.shopsuite.model.Decision;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.EstimateStatus;
import org.shopsuite.model.PartGrade;

/** Versions of receipts' estimates, their lines and the approvals recorded on them. */
public interface EstimateDao {
    record Row(
            long id,
            long receiptId,
            int number,
            EstimateStatus status,
            String currency,
            long taxRateBp,
            long subtotal,
            long tax,
            long total,
            String createdBy,
            Instant createdAt,
            String presentedBy,
            Instant presentedAt,
            LocalDate validUntil,
            Instant updatedAt,
            long version) {
        /** This estimate after {@code touch}: one version on, changed now. */
        public Row touched(Instant now) {
            return new Row(
                    id,
                    receiptId,
                    number,
                    status,
                    currency,
                    taxRateBp,
                    subtotal,
                    tax,
                    total,
                    createdBy,
                    createdAt,
                    presentedBy,
                    presentedAt,
                    validUntil,
                    now,
                    version + 1);
        }
    }

    /** A line; {@code id} is 0 before it is written. Hours and quantities in hundredths. */
    record LineRow(
            long id,
            long estimateId,
            int position,
            EstimateLineKind kind,
            String description,
            Long hoursCenti,
            Long rate,
            Long quantityCenti,
            Long unitPrice,
            Long vehiclePartId,
            PartGrade grade,
            boolean manualPrice,
            long amount,
            Decision decision,
            Instant decidedAt,
            String decidedBy,
            String recommendedBy,
            String overrideReason,
            String overriddenBy,
            Instant overriddenAt) {
        /** This line with the customer's decision, as {@code decideAll} writes it. */
        public LineRow decided(Decision d, String by, Instant at) {
            return new LineRow(
                    id,
                    estimateId,
                    position,
                    kind,
                    description,
                    hoursCenti,
                    rate,
                    quantityCenti,
                    unitPrice,
                    vehiclePartId,
                    grade,
                    manualPrice,
                    amount,
                    d,
                    at,
                    by,
                    recommendedBy,
                    overrideReason,
                    overriddenBy,
                    overriddenAt);
        }

        public LineRow at(long estimate, int pos) {
            return new LineRow(
                    0,
                    estimate,
                    pos,
                    kind,
                    description,
                    hoursCenti,
                    rate,
                    quantityCenti,
                    unitPrice,
                    vehiclePartId,
                    grade,
                    manualPrice,
                    amount,
                    decision,
                    decidedAt,
                    decidedBy,
                    recommendedBy,
                    overrideReason,
                    overriddenBy,
                    overriddenAt);
        }
    }

    /** A declined line of a car's earlier visit, with its receipt. */
    record DeclinedRow(
            long receiptId,
            long estimateId,
            long lineId,
            Instant decidedAt,
            EstimateLineKind kind,
            String description,
            Long hoursCenti,
            Long quantityCenti,
            Long unitPrice,
            long amount,
            Long vehiclePartId,
            PartGrade grade) {}

    record ApprovalRow(
            long id,
            long estimateId,
            ApprovalMethod method,
            String customerName,
            String note,
            int approved,
            int declined,
            String recordedBy,
            Instant recordedAt) {}

    @SqlQuery("SELECT * FROM estimates WHERE id = :id")
    Optional<Row> find(long id);

    /** The receipt's newest version, whatever its status. */
    @SqlQuery("SELECT * FROM estimates WHERE receipt_id = :receiptId ORDER BY number DESC LIMIT 1")
    Optional<Row> latest(long receiptId);

    /** The receipt's presented version (at most one). */
    @SqlQuery("SELECT * FROM estimates WHERE receipt_id = :receiptId AND status = 'PRESENTED'")
    Optional<Row> presented(long receiptId);

    @SqlQuery("INSERT INTO estimates (receipt_id, number, status, currency, tax_rate_bp, subtotal, tax, total,"
            + " created_by, created_at, valid_until, updated_at, version) VALUES (:receiptId, :number, 'DRAFT',"
            + " :currency, :taxRateBp, :subtotal, :tax, :total, :by, :now, :validUntil, :now, 1) RETURNING id")
    long insert(
            long receiptId,
            int number,
            String currency,
            long taxRateBp,
            long subtotal,
            long tax,
            long total,
            LocalDate validUntil,
            String by,
            Instant now);

    /** A draft's new totals (its lines replaced); 0 unless it is a DRAFT at that version. */
    @SqlUpdate("UPDATE estimates SET currency = :currency, tax_rate_bp = :taxRateBp, subtotal = :subtotal,"
            + " tax = :tax, total = :total, valid_until = :validUntil, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND version = :version AND status = 'DRAFT'")
    int updateDraft(
            long id,
            long version,
            String currency,
            long taxRateBp,
            long subtotal,
            long tax,
            long total,
            LocalDate validUntil,
            Instant now);

    @SqlUpdate("UPDATE estimates SET status = 'PRESENTED', presented_by = :by, presented_at = :now,"
            + " valid_until = :validUntil, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND status = 'DRAFT'")
    int present(long id, String by, LocalDate validUntil, Instant now);

    @SqlUpdate("UPDATE estimates SET status = 'SUPERSEDED', version = version + 1, updated_at = :now"
            + " WHERE id = :id AND status = 'PRESENTED'")
    int supersede(long id, Instant now);

    @SqlUpdate("UPDATE estimates SET version = version + 1, updated_at = :now WHERE id = :id")
    void touch(long id, Instant now);

    /** The ids of an estimate's lines in order (just written: the rest of each line is known). */
    @SqlQuery("SELECT id FROM estimate_lines WHERE estimate_id = :estimateId ORDER BY position")
    List<Long> lineIds(long estimateId);

    @SqlQuery("SELECT * FROM estimate_lines WHERE estimate_id = :estimateId ORDER BY position")
    List<LineRow> lines(long estimateId);

    @SqlBatch("INSERT INTO estimate_lines (estimate_id, position, kind, description, hours_centi, rate,"
            + " quantity_centi, unit_price, vehicle_part_id, grade, manual_price, amount, decision, decided_at,"
            + " decided_by, recommended_by) VALUES (:estimateId, :position, :kind, :description, :hoursCenti,"
            + " :rate, :quantityCenti, :unitPrice, :vehiclePartId, :grade, :manualPrice, :amount, :decision,"
            + " :decidedAt, :decidedBy, :recommendedBy)")
    void insertLines(@BindMethods List<LineRow> lines);

    @SqlUpdate("DELETE FROM estimate_lines WHERE estimate_id = :estimateId")
    void deleteLines(long estimateId);

    /** One decision for many lines of an estimate in one statement. */
    @SqlUpdate("UPDATE estimate_lines SET decision = :decision, decided_at = :now, decided_by = :by"
            + " WHERE estimate_id = :estimateId AND id IN (<ids>)")
    int decideAll(long estimateId, @BindList("ids") List<Long> ids, Decision decision, String by, Instant now);

    /** A decision carried over from the version this one supersedes, as it was taken. */
    @SqlUpdate("UPDATE estimate_lines SET decision = :decision, decided_at = :at, decided_by = :by"
            + " WHERE id = :id AND estimate_id = :estimateId")
    void carry(long estimateId, long id, Decision decision, String by, Instant at);

    @SqlUpdate("INSERT INTO estimate_approvals (estimate_id, method, customer_name, note, approved, declined,"
            + " recorded_by, recorded_at) VALUES (:estimateId, :method, :customerName, :note, :approved,"
            + " :declined, :by, :now)")
    void insertApproval(
            long estimateId,
            ApprovalMethod method,
            String customerName,
            String note,
            int approved,
            int declined,
            String by,
            Instant now);

    /** A manager's correction of a line: its new price and amount, who and why. */
    @SqlUpdate("UPDATE estimate_lines SET hours_centi = :hoursCenti, rate = :rate, unit_price = :unitPrice,"
            + " amount = :amount, manual_price = 1, override_reason = :reason, overridden_by = :by,"
            + " overridden_at = :now WHERE id = :id AND estimate_id = :estimateId")
    int override(
            long estimateId,
            long id,
            Long hoursCenti,
            Long rate,
            Long unitPrice,
            long amount,
            String reason,
            String by,
            Instant now);

    /** New totals of an estimate after a line's correction (a presented estimate too). */
    @SqlUpdate("UPDATE estimates SET subtotal = :subtotal, tax = :tax, total = :total, version = version + 1,"
            + " updated_at = :now WHERE id = :id")
    void retotal(long id, long subtotal, long tax, long total, Instant now);

    /** Drafts older than a version just presented: they can no longer be presented. */
    @SqlUpdate("UPDATE estimates SET status = 'SUPERSEDED', version = version + 1, updated_at = :now"
            + " WHERE receipt_id = :receiptId AND status = 'DRAFT' AND number < :number")
    int supersedeOlderDrafts(long receiptId, int number, Instant now);

    /**
     * The car's declined lines on the presented estimates of its receipts, newest first, from the
     * cursor on (a line id).
     */
    @SqlQuery("SELECT e.receipt_id, e.id AS estimate_id, l.id AS line_id, l.decided_at, l.kind, l.description,"
            + " l.hours_centi, l.quantity_centi, l.unit_price, l.amount, l.vehicle_part_id, l.grade"
            + " FROM receipts r JOIN estimates e ON e.receipt_id = r.id AND e.status = 'PRESENTED'"
            + " JOIN estimate_lines l ON l.estimate_id = e.id AND l.decision = 'DECLINED'"
            + " WHERE r.vehicle_id = :vehicleId AND l.id < :before ORDER BY l.id DESC LIMIT :limit")
    List<DeclinedRow> declined(long vehicleId, long before, int limit);

    /** The grade of the part approved on the receipt's presented estimate, if any. */
    @SqlQuery("SELECT l.grade FROM estimates e JOIN estimate_lines l ON l.estimate_id = e.id"
            + " WHERE e.receipt_id = :receiptId AND e.status = 'PRESENTED' AND l.kind = 'PART'"
            + " AND l.vehicle_part_id = :vehiclePartId AND l.decision = 'APPROVED' ORDER BY l.position LIMIT 1")
    Optional<PartGrade> approvedGrade(long receiptId, long vehiclePartId);

    @SqlQuery("SELECT * FROM estimate_approvals WHERE estimate_id = :estimateId ORDER BY id")
    List<ApprovalRow> approvals(long estimateId);
}
