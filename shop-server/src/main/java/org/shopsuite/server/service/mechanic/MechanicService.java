package org.shopsuite.server.service.mechanic;

import java.time.LocalDate;
import java.util.List;
import org.shopsuite.model.Capacity;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.MechanicInput;
import org.shopsuite.model.Page;
import org.shopsuite.model.event.MechanicCreated;
import org.shopsuite.model.event.MechanicUpdated;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.mechanic.MechanicDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Hours;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.shop.ShopService;

/** Mechanics and their daily labour capacity. */
public final class MechanicService {
    private final Database db;
    private final EventStore events;
    private final ShopService shop;
    private final Times times;

    public MechanicService(Database db, EventStore events, ShopService shop, Times times) {
        this.db = db;
        this.events = events;
        this.shop = shop;
        this.times = times;
    }

    public Page<Mechanic> list(Boolean active, String cursor, int limit) {
        Cursor.NameKey after = Cursor.afterName(cursor);
        List<MechanicDao.Row> rows = db.read(tx -> tx.mechanics()
                .list(after == null ? null : after.name(), after == null ? 0 : after.id(), active, limit + 1));
        return Pages.byName(rows, limit, MechanicDao.Row::name, MechanicDao.Row::id, MechanicService::toApi);
    }

    public Mechanic get(long id) {
        return toApi(find(id));
    }

    MechanicDao.Row find(long id) {
        return db.read(tx -> tx.mechanics().find(id)).orElseThrow(() -> ApiException.notFound("mechanic", id));
    }

    public Change<Mechanic> create(Actor actor, MechanicInput in) {
        Valid v = validate(in);
        return tx -> {
            MechanicDao dao = tx.mechanics();
            long id = dao.insert(v.name, v.capacityCenti, v.active, times.now());
            MechanicDao.Row row = dao.find(id).orElseThrow();
            events.append(tx, actor, null, null, created(row));
            return toApi(row);
        };
    }

    public Change<Mechanic> update(Actor actor, long id, long version, MechanicInput in) {
        Valid v = validate(in);
        return tx -> {
            MechanicDao dao = tx.mechanics();
            MechanicDao.Row current = dao.find(id).orElseThrow(() -> ApiException.notFound("mechanic", id));
            if (dao.update(id, version, v.name, v.capacityCenti, v.active, times.now()) == 0) {
                throw ApiException.preconditionFailed(current.version());
            }
            MechanicDao.Row row = dao.find(id).orElseThrow();
            events.append(tx, actor, null, null, updated(row));
            return toApi(row);
        };
    }

    public Capacity capacity(long id, LocalDate date) {
        LocalDate day = date == null ? shop.today() : date;
        return db.read(tx -> {
            MechanicDao dao = tx.mechanics();
            MechanicDao.Row m = dao.find(id).orElseThrow(() -> ApiException.notFound("mechanic", id));
            long booked = dao.bookedCenti(id, day);
            return new Capacity(
                    day,
                    Hours.of(m.dailyCapacityCenti()),
                    Hours.of(booked),
                    Hours.of(Math.max(0, m.dailyCapacityCenti() - booked)));
        });
    }

    private record Valid(String name, long capacityCenti, boolean active) {}

    private static Valid validate(MechanicInput in) {
        Check c = new Check();
        String name = c.text("name", in.name(), 100);
        Long centi = c.hours("dailyCapacityHours", in.dailyCapacityHours(), true, true);
        c.done();
        return new Valid(name, centi, in.active() == null || in.active());
    }

    private static MechanicCreated created(MechanicDao.Row r) {
        return new MechanicCreated(r.id(), r.name(), Hours.of(r.dailyCapacityCenti()), r.active());
    }

    private static MechanicUpdated updated(MechanicDao.Row r) {
        return new MechanicUpdated(r.id(), r.name(), Hours.of(r.dailyCapacityCenti()), r.active());
    }

    static Mechanic toApi(MechanicDao.Row r) {
        return new Mechanic(r.id(), r.name(), Hours.of(r.dailyCapacityCenti()), r.active(), r.version());
    }
}
