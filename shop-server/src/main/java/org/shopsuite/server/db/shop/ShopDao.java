package org.shopsuite.server.db.shop;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The single row of shop settings. */
public interface ShopDao {
    record Row(
            String name,
            String address,
            String phone,
            String currency,
            long laborRatePerHour,
            long taxRateBp,
            String timezone,
            String invoicePrefix,
            long version) {}

    @SqlQuery("SELECT * FROM shop WHERE id = 1")
    Row get();

    @SqlUpdate("UPDATE shop SET name = :name, address = :address, phone = :phone, currency = :currency,"
            + " labor_rate_per_hour = :laborRatePerHour, tax_rate_bp = :taxRateBp,"
            + " timezone = :timezone, invoice_prefix = :invoicePrefix, version = version + 1"
            + " WHERE id = 1 AND version = :version")
    int update(@BindMethods Row row);
}
