package org.shopsuite.server.service.shop;

import java.util.List;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.Location;
import org.shopsuite.model.LocationInput;
import org.shopsuite.model.Page;
import org.shopsuite.model.event.LocationCreated;
import org.shopsuite.model.event.LocationUpdated;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.location.LocationDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.ApiException;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Check;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;

/**
 * The chain's locations (issue 22). Location 1 is the shop as it was: its address, phone,
 * registration number, invoice prefix and time zone are the shop settings' too, and a change to
 * either side is written to both in the same transaction, with both events.
 */
public final class LocationService {
    /** The location every shop has from the start. */
    public static final long FIRST = 1;

    private final Database db;
    private final EventStore events;
    private final ShopService shop;
    private final Times times;

    public LocationService(Database db, EventStore events, ShopService shop, Times times) {
        this.db = db;
        this.events = events;
        this.shop = shop;
        this.times = times;
    }

    public Page<Location> list(String cursor, int limit) {
        Cursor.NameKey after = Cursor.afterName(cursor);
        List<LocationDao.Row> rows = db.read(tx ->
                tx.locations().list(after == null ? null : after.name(), after == null ? 0 : after.id(), limit + 1));
        return Pages.byName(rows, limit, LocationDao.Row::name, LocationDao.Row::id, LocationService::toApi);
    }

    public Location get(long id) {
        return toApi(db.read(tx -> tx.locations().find(id)).orElseThrow(() -> ApiException.notFound("location", id)));
    }

    public Change<Location> create(Actor actor, LocationInput in) {
        Valid v = validate(in);
        return tx -> {
            LocationDao dao = tx.locations();
            checkPrefixFree(tx, v.prefix, null);
            long id = dao.insert(v.name, v.address, v.phone, v.registration, v.prefix, v.timezone, times.now());
            LocationDao.Row row = dao.find(id).orElseThrow();
            events.append(tx, actor, null, null, created(row));
            shop.locationChanged(tx, id, row.timezone());
            return toApi(row);
        };
    }

    /** {@code in} is the location as it should be (the controller merges a PATCH into the current one). */
    public Change<Location> update(Actor actor, long id, long version, LocationInput in) {
        Valid v = validate(in);
        return tx -> {
            LocationDao dao = tx.locations();
            LocationDao.Row current = dao.find(id).orElseThrow(() -> ApiException.notFound("location", id));
            checkPrefixFree(tx, v.prefix, id);
            if (dao.update(id, version, v.name, v.address, v.phone, v.registration, v.prefix, v.timezone, times.now())
                    == 0) {
                throw ApiException.preconditionFailed(current.version());
            }
            LocationDao.Row row = dao.find(id).orElseThrow();
            events.append(tx, actor, null, null, updated(row));
            shop.locationChanged(tx, id, row.timezone());
            if (id == FIRST) {
                dao.shopFollows(v.address, v.phone, v.registration, v.prefix, v.timezone);
                shop.changed(tx, actor);
            }
            return toApi(row);
        };
    }

    /** 409 when another location than {@code self} (null: any) numbers its invoices with {@code prefix}. */
    static void checkPrefixFree(Tx tx, String prefix, Long self) {
        tx.locations().byInvoicePrefix(prefix).ifPresent(owner -> {
            if (self == null || owner != self.longValue()) {
                throw ApiException.conflict(
                        "invoicePrefix",
                        ErrorCode.NOT_UNIQUE,
                        "invoice prefix '" + prefix + "' is taken by location " + owner
                                + ": each location numbers its invoices with its own");
            }
        });
    }

    private record Valid(
            String name, String address, String phone, String registration, String prefix, String timezone) {}

    private static Valid validate(LocationInput in) {
        Check c = new Check();
        String name = c.text("name", in.name(), 100);
        String address = c.optionalText("address", in.address(), 200);
        String phone = c.phone("phone", in.phone());
        String registration = ShopService.registrationNumber(c, in.businessRegistrationNumber());
        String prefix = ShopService.invoicePrefix(c, in.invoicePrefix());
        String zone = ShopService.timezone(c, in.timezone());
        c.done();
        return new Valid(
                name,
                address == null ? "" : address,
                phone == null ? "" : phone,
                registration == null || registration.isEmpty() ? null : registration,
                prefix,
                zone);
    }

    private static LocationCreated created(LocationDao.Row r) {
        return new LocationCreated(
                r.id(),
                r.name(),
                r.address(),
                r.phone(),
                r.businessRegistrationNumber(),
                r.invoicePrefix(),
                r.timezone());
    }

    static LocationUpdated updated(LocationDao.Row r) {
        return new LocationUpdated(
                r.id(),
                r.name(),
                r.address(),
                r.phone(),
                r.businessRegistrationNumber(),
                r.invoicePrefix(),
                r.timezone());
    }

    static Location toApi(LocationDao.Row r) {
        return new Location(
                r.id(),
                r.name(),
                r.address(),
                r.phone(),
                r.businessRegistrationNumber(),
                r.invoicePrefix(),
                r.timezone(),
                r.version());
    }
}
