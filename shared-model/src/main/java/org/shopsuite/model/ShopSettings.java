package org.shopsuite.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The shop's own details and prices. Money is in minor units of {@code currency}; {@code
 * taxRatePercent} has at most two decimals. A {@code version} sent in a PUT body is not used: the
 * version an update is based on comes from If-Match. {@code businessRegistrationNumber} (사업자등록번호)
 * and {@code representative} (대표자) came later: absent (null) in a PUT body means unchanged, an
 * empty text clears them. Points and reminders came with appointments (absent means unchanged):
 * {@code pointValue} (minor units a point is worth, default 1), {@code pointsEarnRatePercent}
 * (points earned on a paid invoice, default 0), {@code bookingDepositPoints} (default 0: no
 * deposit), {@code serviceReminderMonths} and {@code serviceReminderKm} (a car is due for service
 * that long or that far after its last visit; 0 turns that rule off). {@code warrantyWindows}
 * (issue 20): the free re-repair windows, tried in order (absent: unchanged; the legal defaults of
 * 자동차관리법 시행규칙 제134조 until set). Issue 21's report settings (absent: unchanged): {@code
 * openingCashFloat} (the cash in the drawer when a day opens, the start of the daily close's expected
 * cash; default 0) and {@code laborCostPerHour} (what an hour of a technician costs the shop, for the
 * labour gross profit of the sales report; default 0).
 */
public record ShopSettings(
        String name,
        String address,
        String phone,
        String businessRegistrationNumber,
        String representative,
        String currency,
        Long laborRatePerHour,
        BigDecimal taxRatePercent,
        String timezone,
        String invoicePrefix,
        Long pointValue,
        BigDecimal pointsEarnRatePercent,
        Long bookingDepositPoints,
        Integer serviceReminderMonths,
        Integer serviceReminderKm,
        List<WarrantyWindow> warrantyWindows,
        Long openingCashFloat,
        Long laborCostPerHour,
        Long version) {}
