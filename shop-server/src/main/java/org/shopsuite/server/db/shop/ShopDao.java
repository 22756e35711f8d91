package org.shopsuite.server.db.shop;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The single row of shop settings. */
public interface ShopDao {
    /**
     * The settings. Read, a null {@code businessRegistrationNumber} or {@code representative} is
     * one never set; given to {@link #update}, null keeps the stored value and empty clears it.
     * The points and reminder settings are never null when read; given to {@link #update}, null
     * keeps the stored value.
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
            Long pointValue,
            Long pointsEarnRateBp,
            Long bookingDepositPoints,
            Integer serviceReminderMonths,
            Integer serviceReminderKm,
            String warrantyWindows,
            Long openingCashFloat,
            Long laborCostPerHour,
            long version) {}

    @SqlQuery("SELECT * FROM shop WHERE id = 1")
    Row get();

    @SqlUpdate("UPDATE shop SET name = :name, address = :address, phone = :phone,"
            + " business_registration_number = CASE WHEN :businessRegistrationNumber IS NULL"
            + " THEN business_registration_number ELSE NULLIF(:businessRegistrationNumber, '') END,"
            + " representative = CASE WHEN :representative IS NULL THEN representative"
            + " ELSE NULLIF(:representative, '') END, currency = :currency,"
            + " labor_rate_per_hour = :laborRatePerHour, tax_rate_bp = :taxRateBp,"
            + " timezone = :timezone, invoice_prefix = :invoicePrefix,"
            + " point_value = COALESCE(:pointValue, point_value),"
            + " points_earn_rate_bp = COALESCE(:pointsEarnRateBp, points_earn_rate_bp),"
            + " booking_deposit_points = COALESCE(:bookingDepositPoints, booking_deposit_points),"
            + " service_reminder_months = COALESCE(:serviceReminderMonths, service_reminder_months),"
            + " service_reminder_km = COALESCE(:serviceReminderKm, service_reminder_km),"
            + " warranty_windows = COALESCE(:warrantyWindows, warranty_windows),"
            + " opening_cash_float = COALESCE(:openingCashFloat, opening_cash_float),"
            + " labor_cost_per_hour = COALESCE(:laborCostPerHour, labor_cost_per_hour), version = version + 1"
            + " WHERE id = 1 AND version = :version")
    int update(@BindMethods Row row);
}
