package org.shopsuite.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jdbi.v3.core.Handle;
import org.shopsuite.model.Phones;
import org.shopsuite.model.Plates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data upgrades that a migration's SQL cannot do alone, run right after its script in the same
 * transaction: a kill during one leaves the database as it was, and the next start does it again
 * from the beginning.
 */
final class Upgrades {
    private static final Logger log = LoggerFactory.getLogger(Upgrades.class);

    private Upgrades() {}

    static void after(Handle h, int version) {
        if (version == 7) {
            try {
                linkCustomersAndVehicles(h.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException("linking receipts to customers and vehicles failed", e);
            }
        }
    }

    /**
     * Links every receipt of a database written before customers and vehicles were records (schema
     * 6) with the find-or-create rules of {@code POST /receipts}, taking the receipts in the order
     * they were taken:
     *
     * <ul>
     *   <li>a receipt whose plate (normalised) was seen before belongs to that vehicle, and to its
     *       owner: ownership never changes implicitly;
     *   <li>a receipt with a new plate creates the vehicle, owned by the customer with its phone
     *       when a customer has it, else by a new customer made from its name and phone.
     * </ul>
     *
     * Only a new plate's first receipt can create a customer, so the rules reduce to set
     * operations: customers are the first phones among first visits (and each first visit without
     * a phone), numbered in the order of the receipt that made them; vehicles are the plates,
     * numbered in the order of their first receipt. The same data gives the same records. The
     * upgrade appends no events: it derives records from receipts whose events are in the log.
     */
    private static void linkCustomersAndVehicles(Connection c) throws SQLException {
        long started = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE upgrade_receipts (receipt_id INTEGER PRIMARY KEY, plate TEXT NOT NULL,"
                    + " standard INTEGER NOT NULL, tail TEXT, phone TEXT)");
        }
        long total = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, car_id, customer_phone FROM receipts ORDER BY id");
                PreparedStatement ins = c.prepareStatement("INSERT INTO upgrade_receipts VALUES (?, ?, ?, ?, ?)")) {
            while (rs.next()) {
                Plates.Plate plate = Plates.of(rs.getString(2));
                ins.setLong(1, rs.getLong(1));
                ins.setString(2, plate == null ? "" : plate.plate());
                ins.setInt(3, plate != null && plate.standard() ? 1 : 0);
                ins.setString(4, plate == null ? null : plate.tail());
                ins.setString(5, Phones.digits(rs.getString(3)));
                ins.addBatch();
                if (++total % 10_000 == 0) {
                    ins.executeBatch();
                }
                if (total % 100_000 == 0) {
                    log.info("upgrade to customers and vehicles: {} receipts read", total);
                }
            }
            ins.executeBatch();
        }
        if (total == 0) {
            dropTemp(c);
            return;
        }
        log.info("upgrade to customers and vehicles: {} receipts read, plates and phones normalised", total);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX temp.upgrade_receipts_plate ON upgrade_receipts (plate, receipt_id)");
            // The first visit of every plate.
            s.execute("CREATE TEMP TABLE upgrade_first (plate TEXT PRIMARY KEY, receipt_id INTEGER NOT NULL)");
            s.execute("INSERT INTO upgrade_first SELECT plate, MIN(receipt_id) FROM upgrade_receipts GROUP BY plate");
            // The receipts that create a customer: the first of each phone among first visits, and
            // every first visit without a phone.
            long base = one(s, "SELECT COALESCE(MAX(id), 0) FROM customers");
            s.execute("CREATE TEMP TABLE upgrade_makers (customer_id INTEGER PRIMARY KEY,"
                    + " receipt_id INTEGER NOT NULL UNIQUE, phone TEXT)");
            s.execute("INSERT INTO upgrade_makers (customer_id, receipt_id, phone)"
                    + " SELECT " + base + " + ROW_NUMBER() OVER (ORDER BY receipt_id), receipt_id, phone FROM ("
                    + " SELECT MIN(u.receipt_id) AS receipt_id, u.phone AS phone FROM upgrade_first f"
                    + " JOIN upgrade_receipts u ON u.receipt_id = f.receipt_id"
                    + " WHERE u.phone IS NOT NULL GROUP BY u.phone"
                    + " UNION ALL SELECT u.receipt_id, NULL FROM upgrade_first f"
                    + " JOIN upgrade_receipts u ON u.receipt_id = f.receipt_id WHERE u.phone IS NULL) makers");
            s.execute("CREATE INDEX temp.upgrade_makers_phone ON upgrade_makers (phone)");
            s.execute("INSERT INTO customers (id, name, consent_to_messages, last_seen_at, version, created_at,"
                    + " updated_at) SELECT m.customer_id, r.customer_name, 0, r.created_at, 1, r.created_at,"
                    + " r.created_at FROM upgrade_makers m JOIN receipts r ON r.id = m.receipt_id"
                    + " ORDER BY m.customer_id");
            s.execute("INSERT INTO customer_phones (customer_id, position, phone, tail)"
                    + " SELECT customer_id, 0, phone, CASE WHEN length(phone) >= 4"
                    + " THEN substr(phone, length(phone) - 3) END FROM upgrade_makers WHERE phone IS NOT NULL");
            log.info(
                    "upgrade to customers and vehicles: {} customers made ({} s)",
                    one(s, "SELECT COUNT(*) FROM upgrade_makers"),
                    seconds(started));
            // Vehicles in the order of their first visit, owned by the customer of that visit.
            s.execute("CREATE TEMP TABLE upgrade_vehicles (plate TEXT PRIMARY KEY, vehicle_id INTEGER,"
                    + " customer_id INTEGER, first_receipt_id INTEGER NOT NULL)");
            long vbase = one(s, "SELECT COALESCE(MAX(id), 0) FROM vehicles");
            s.execute("INSERT INTO upgrade_vehicles (plate, vehicle_id, customer_id, first_receipt_id)"
                    + " SELECT f.plate, " + vbase + " + ROW_NUMBER() OVER (ORDER BY f.receipt_id),"
                    + " COALESCE((SELECT m.customer_id FROM upgrade_makers m WHERE m.phone = u.phone),"
                    + " (SELECT m.customer_id FROM upgrade_makers m WHERE m.receipt_id = u.receipt_id)),"
                    + " f.receipt_id FROM upgrade_first f JOIN upgrade_receipts u ON u.receipt_id = f.receipt_id");
            s.execute("CREATE UNIQUE INDEX temp.upgrade_vehicles_id ON upgrade_vehicles (vehicle_id)");
            // The car's details: the newest visit that gave each; its mileage: the highest reading.
            s.execute("INSERT INTO vehicles (id, plate, plate_standard, plate_tail, vin, make, model, year,"
                    + " customer_id, last_mileage_km, active, version, created_at, updated_at)"
                    + " SELECT v.vehicle_id, v.plate, f.standard, f.tail,"
                    + latest("vin") + ", " + latest("make") + ", " + latest("model") + ", " + latest("year") + ","
                    + " v.customer_id, (SELECT MAX(r.mileage_km) FROM upgrade_receipts u JOIN receipts r"
                    + " ON r.id = u.receipt_id WHERE u.plate = v.plate), 1, 1, fr.created_at, fr.created_at"
                    + " FROM upgrade_vehicles v JOIN upgrade_receipts f ON f.receipt_id = v.first_receipt_id"
                    + " JOIN receipts fr ON fr.id = v.first_receipt_id ORDER BY v.vehicle_id");
            s.execute("INSERT INTO vehicle_owners (vehicle_id, customer_id, from_at, to_at, reason)"
                    + " SELECT v.vehicle_id, v.customer_id, r.created_at, NULL, NULL FROM upgrade_vehicles v"
                    + " JOIN receipts r ON r.id = v.first_receipt_id ORDER BY v.vehicle_id");
            log.info(
                    "upgrade to customers and vehicles: {} vehicles made ({} s)",
                    one(s, "SELECT COUNT(*) FROM upgrade_vehicles"),
                    seconds(started));
            // Every receipt: its plate's vehicle and that vehicle's owner.
            s.execute("CREATE TEMP TABLE upgrade_links (receipt_id INTEGER PRIMARY KEY, vehicle_id INTEGER"
                    + " NOT NULL, customer_id INTEGER NOT NULL)");
            s.execute("INSERT INTO upgrade_links SELECT u.receipt_id, v.vehicle_id, v.customer_id"
                    + " FROM upgrade_receipts u JOIN upgrade_vehicles v ON v.plate = u.plate ORDER BY u.receipt_id");
            s.execute("UPDATE receipts SET"
                    + " vehicle_id = (SELECT l.vehicle_id FROM upgrade_links l WHERE l.receipt_id = receipts.id),"
                    + " customer_id = (SELECT l.customer_id FROM upgrade_links l WHERE l.receipt_id = receipts.id),"
                    + " in_shop = CASE WHEN status = 'ACCEPTED' THEN 1 ELSE 0 END");
            log.info("upgrade to customers and vehicles: {} receipts linked ({} s)", total, seconds(started));
            s.execute("CREATE TEMP TABLE upgrade_seen (customer_id INTEGER PRIMARY KEY, last TEXT)");
            s.execute("INSERT INTO upgrade_seen SELECT l.customer_id, MAX(r.created_at) FROM upgrade_links l"
                    + " JOIN receipts r ON r.id = l.receipt_id GROUP BY l.customer_id");
            s.execute("UPDATE customers SET last_seen_at = (SELECT x.last FROM upgrade_seen x"
                    + " WHERE x.customer_id = customers.id) WHERE id > " + base);
        }
        dropTemp(c);
        log.info("upgrade to customers and vehicles: done in {} s", seconds(started));
    }

    /** The newest non-null value of a receipt column among the visits of the vehicle {@code v}. */
    private static String latest(String column) {
        return " (SELECT r." + column + " FROM upgrade_receipts u JOIN receipts r ON r.id = u.receipt_id"
                + " WHERE u.plate = v.plate AND r." + column + " IS NOT NULL ORDER BY u.receipt_id DESC LIMIT 1)";
    }

    private static void dropTemp(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String t : new String[] {
                "upgrade_receipts",
                "upgrade_first",
                "upgrade_makers",
                "upgrade_vehicles",
                "upgrade_links",
                "upgrade_seen"
            }) {
                s.execute("DROP TABLE IF EXISTS temp." + t);
            }
        }
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String seconds(long startedNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - startedNanos) / 1e9);
    }
}
