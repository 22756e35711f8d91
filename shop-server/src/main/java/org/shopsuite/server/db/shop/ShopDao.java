package org.shopsuite.server.db.shop;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The single row of shop settings. */
public interface ShopDao {
    /**
     * The settings. Read, a null {@code businessRegistrationNumber} or {@code representative} is
     * one never set; given to {@link #update}, null keeps the stored value and empty clears it.
     */
    record Row(
            String name,
            String address,
            String phone,
            String businessRegistrationNumber,
            String representative,
            String currency,
            long laborRatePerHour,
            long taxRateBp,
            String timezone,
            String invoicePrefix,
            long version) {}

    @SqlQuery("SELECT * FROM shop WHERE id = 1")
    Row get();

    @SqlUpdate("UPDATE shop SET name = :name, address = :address, phone = :phone,"
            + " business_registration_number = CASE WHEN :businessRegistrationNumber IS NULL"
            + " THEN business_registration_number ELSE NULLIF(:businessRegistrationNumber, '') END,"
            + " representative = CASE WHEN :representative IS NULL THEN representative"
            + " ELSE NULLIF(:representative, '') END, currency = :currency,"
            + " labor_rate_per_hour = :laborRatePerHour, tax_rate_bp = :taxRateBp,"
            + " timezone = :timezone, invoice_prefix = :invoicePrefix, version = version + 1"
            + " WHERE id = 1 AND version = :version")
    int update(@BindMethods Row row);
}
