package org.shopsuite.server.service.estimate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.shopsuite.model.CannedJob;
import org.shopsuite.model.CannedJobInput;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.EstimateLineInput;
import org.shopsuite.model.Page;
import org.shopsuite.model.event.CannedJobCreated;
import org.shopsuite.model.event.CannedJobUpdated;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.estimate.CannedJobDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Hours;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.estimate.EstimateService.Draft;
import org.shopsuite.server.service.event.EventStore;

/**
 * Canned jobs: named sets of estimate lines the manager maintains and the counter adds in one step.
 * Lines are kept as written (a labour line without a rate, a part without a price): they are priced
 * when added to an estimate, at that day's rate, catalogue and pricing bands.
 */
public final class CannedJobService {
    private final Database db;
    private final EventStore events;
    private final Times times;

    public CannedJobService(Database db, EventStore events, Times times) {
        this.db = db;
        this.events = events;
        this.times = times;
    }

    public Page<CannedJob> list(Boolean active, String cursor, int limit) {
        Cursor.NameKey after = Cursor.afterName(cursor);
        return db.read(tx -> {
            List<CannedJobDao.Row> rows = tx.cannedJobs()
                    .list(after == null ? null : after.name(), after == null ? 0 : after.id(), active, limit + 1);
            List<CannedJobDao.Row> page = rows.size() > limit ? rows.subList(0, limit) : rows;
            List<CannedJobDao.LineRow> lines = page.isEmpty()
                    ? List.of()
                    : tx.cannedJobs()
                            .lines(page.stream().map(CannedJobDao.Row::id).toList());
            return Pages.byName(rows, limit, CannedJobDao.Row::name, CannedJobDao.Row::id, r -> toApi(r, lines));
        });
    }

    public CannedJob get(long id) {
        return db.read(tx -> load(tx, id));
    }

    /** The canned job's lines as drafts, to be priced into an estimate (404 or 409 when unusable). */
    static List<Draft> drafts(Tx tx, long id) {
        CannedJobDao.Row row = tx.cannedJobs()
                .find(id)
                .orElseThrow(() -> ApiException.invalid(
                        "cannedJobId", ErrorCode.NOT_FOUND, "canned job " + id + " does not exist"));
        if (!row.active()) {
            throw ApiException.conflict(
                    "cannedJobId", ErrorCode.INVALID_STATE, "canned job " + row.name() + " is no longer in use");
        }
        List<Draft> out = new ArrayList<>();
        for (CannedJobDao.LineRow l : tx.cannedJobs().lines(List.of(id))) {
            out.add(new Draft(
                    l.kind(),
                    l.description(),
                    l.hoursCenti(),
                    l.rate(),
                    l.quantityCenti(),
                    l.unitPrice(),
                    l.vehiclePartId(),
                    l.grade()));
        }
        return out;
    }

    public Change<CannedJob> create(Actor actor, CannedJobInput in) {
        Check c = new Check();
        String name = c.text("name", in.name(), 100);
        List<EstimateLineInput> given = c.required("lines", in.lines());
        c.done();
        List<Draft> lines = EstimateService.check(given);
        boolean active = in.active() == null || in.active();
        return tx -> {
            partsExist(tx, lines);
            Instant now = times.now();
            CannedJobDao dao = tx.cannedJobs();
            long id = dao.insert(name, active, now);
            insertLines(dao, id, lines);
            events.append(tx, actor, null, null, new CannedJobCreated(id, name, lines.size()));
            return load(tx, id);
        };
    }

    /** The fields sent replace the canned job's (lines: all of them). */
    public Change<CannedJob> update(Actor actor, long id, long version, CannedJobInput in) {
        Check c = new Check();
        String name = c.text("name", in.name(), 100);
        List<EstimateLineInput> given = c.required("lines", in.lines());
        Boolean active = c.required("active", in.active());
        c.done();
        List<Draft> lines = EstimateService.check(given);
        return tx -> {
            CannedJobDao dao = tx.cannedJobs();
            CannedJobDao.Row row = dao.find(id).orElseThrow(() -> ApiException.notFound("canned job", id));
            if (row.version() != version) {
                throw ApiException.preconditionFailed(row.version());
            }
            partsExist(tx, lines);
            Instant now = times.now();
            if (dao.update(id, version, name, active, now) == 0) {
                throw ApiException.preconditionFailed(row.version());
            }
            dao.deleteLines(id);
            insertLines(dao, id, lines);
            events.append(tx, actor, null, null, new CannedJobUpdated(id, name, lines.size(), active));
            return load(tx, id);
        };
    }

    /** The fields of a canned job as a body, for a PATCH to merge into. */
    public CannedJobInput asInput(long id) {
        CannedJob j = get(id);
        return new CannedJobInput(j.name(), j.lines(), j.active());
    }

    private static void partsExist(Tx tx, List<Draft> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Long part = lines.get(i).vehiclePartId();
            if (part != null
                    && tx.parts()
                            .find(part, org.shopsuite.server.service.Actor.FIRST_LOCATION)
                            .isEmpty()) {
                throw ApiException.invalid(
                        "lines[" + i + "].vehiclePartId",
                        ErrorCode.NOT_FOUND,
                        "vehicle part " + part + " does not exist");
            }
        }
    }

    private static void insertLines(CannedJobDao dao, long id, List<Draft> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<CannedJobDao.LineRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Draft d = lines.get(i);
            rows.add(new CannedJobDao.LineRow(
                    id,
                    i + 1,
                    d.kind(),
                    d.description(),
                    d.hoursCenti(),
                    d.rate(),
                    d.quantityCenti(),
                    d.unitPrice(),
                    d.vehiclePartId(),
                    d.grade()));
        }
        dao.insertLines(rows);
    }

    private static CannedJob load(Tx tx, long id) {
        CannedJobDao.Row row = tx.cannedJobs().find(id).orElseThrow(() -> ApiException.notFound("canned job", id));
        return toApi(row, tx.cannedJobs().lines(List.of(id)));
    }

    private static CannedJob toApi(CannedJobDao.Row row, List<CannedJobDao.LineRow> all) {
        List<EstimateLineInput> lines = all.stream()
                .filter(l -> l.cannedJobId() == row.id())
                .map(l -> new EstimateLineInput(
                        l.kind(),
                        l.description(),
                        l.hoursCenti() == null ? null : Hours.of(l.hoursCenti()),
                        l.rate(),
                        l.quantityCenti() == null ? null : Hours.of(l.quantityCenti()),
                        l.unitPrice(),
                        l.vehiclePartId(),
                        l.grade()))
                .toList();
        return new CannedJob(row.id(), row.name(), lines, row.active(), row.version());
    }
}
