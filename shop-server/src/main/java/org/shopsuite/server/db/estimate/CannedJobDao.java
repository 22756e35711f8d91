package org.shopsuite.server.db.estimate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.PartGrade;

/** Canned jobs (named sets of estimate lines) and the parts pricing bands. */
public interface CannedJobDao {
    record Row(long id, String name, boolean active, Instant createdAt, Instant updatedAt, long version) {}

    record LineRow(
            long cannedJobId,
            int position,
            EstimateLineKind kind,
            String description,
            Long hoursCenti,
            Long rate,
            Long quantityCenti,
            Long unitPrice,
            Long vehiclePartId,
            PartGrade grade) {}

    record BandRow(int position, long fromCost, Long toCost, long multiplierBp) {}

    @SqlQuery("SELECT * FROM canned_jobs WHERE id = :id")
    Optional<Row> find(long id);

    /** A page in name order, keyset on (name, id). */
    @SqlQuery("SELECT * FROM canned_jobs"
            + " WHERE (:afterName IS NULL OR name > :afterName OR (name = :afterName AND id > :afterId))"
            + " AND (:active IS NULL OR active = :active) ORDER BY name, id LIMIT :limit")
    List<Row> list(String afterName, long afterId, Boolean active, int limit);

    @SqlQuery("INSERT INTO canned_jobs (name, active, created_at, updated_at, version) VALUES (:name, :active,"
            + " :now, :now, 1) RETURNING id")
    long insert(String name, boolean active, Instant now);

    @SqlUpdate("UPDATE canned_jobs SET name = :name, active = :active, version = version + 1, updated_at = :now"
            + " WHERE id = :id AND version = :version")
    int update(long id, long version, String name, boolean active, Instant now);

    @SqlQuery("SELECT * FROM canned_job_lines WHERE canned_job_id IN (<ids>) ORDER BY canned_job_id, position")
    List<LineRow> lines(@BindList("ids") List<Long> ids);

    @SqlUpdate("DELETE FROM canned_job_lines WHERE canned_job_id = :id")
    void deleteLines(long id);

    @SqlBatch("INSERT INTO canned_job_lines (canned_job_id, position, kind, description, hours_centi, rate,"
            + " quantity_centi, unit_price, vehicle_part_id, grade) VALUES (:cannedJobId, :position, :kind,"
            + " :description, :hoursCenti, :rate, :quantityCenti, :unitPrice, :vehiclePartId, :grade)")
    void insertLines(@BindMethods List<LineRow> lines);

    @SqlQuery("SELECT version FROM parts_pricing WHERE id = 1")
    long pricingVersion();

    @SqlUpdate("UPDATE parts_pricing SET version = version + 1 WHERE id = 1 AND version = :version")
    int bumpPricing(long version);

    @SqlQuery("SELECT * FROM parts_pricing_bands ORDER BY position")
    List<BandRow> bands();

    @SqlUpdate("DELETE FROM parts_pricing_bands")
    void deleteBands();

    @SqlBatch("INSERT INTO parts_pricing_bands (position, from_cost, to_cost, multiplier_bp) VALUES (:position,"
            + " :fromCost, :toCost, :multiplierBp)")
    void insertBands(@BindMethods List<BandRow> bands);
}
