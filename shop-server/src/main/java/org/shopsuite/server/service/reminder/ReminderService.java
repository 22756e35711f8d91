package org.shopsuite.server.service.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shopsuite.model.Message;
import org.shopsuite.model.MessageStatus;
import org.shopsuite.model.Page;
import org.shopsuite.model.Phones;
import org.shopsuite.model.Reminder;
import org.shopsuite.model.ReminderKind;
import org.shopsuite.model.ReminderRun;
import org.shopsuite.model.Reminders;
import org.shopsuite.model.event.RemindersQueued;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.db.Tx;
import org.shopsuite.server.db.customer.CustomerDao;
import org.shopsuite.server.db.message.MessageDao;
import org.shopsuite.server.db.shop.ShopDao;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.Change;
import org.shopsuite.server.service.Cursor;
import org.shopsuite.server.service.Pages;
import org.shopsuite.server.service.Times;
import org.shopsuite.server.service.event.EventStore;
import org.shopsuite.server.service.shop.ShopService;

/**
 * Reminders of a day: the next day's appointments, and the cars due for service (by months since
 * the last visit, or by the distance the car is estimated to have driven since: its average
 * kilometres a day between its first and last recorded mileage). A car is listed for {@link
 * #WINDOW_DAYS} days from the day it became due, so a day the shop does not run reminders is
 * caught up; running them puts each reminder once in the outbox (its key), for customers who
 * agreed to messages.
 */
public final class ReminderService {
    /** How many days a car stays listed after it became due. */
    static final int WINDOW_DAYS = 30;

    private final Database db;
    private final EventStore events;
    private final ShopService shop;
    private final Times times;

    public ReminderService(Database db, EventStore events, ShopService shop, Times times) {
        this.db = db;
        this.events = events;
        this.shop = shop;
        this.times = times;
    }

    public Reminders list(LocalDate asked) {
        LocalDate date = asked == null ? shop.today() : asked;
        return db.read(tx -> new Reminders(date, reminders(tx, shop.row(), date)));
    }

    private static List<Reminder> reminders(Tx tx, ShopDao.Row s, LocalDate date) {
        MessageDao dao = tx.messages();
        List<Reminder> out = new ArrayList<>();
        LocalDate tomorrow = date.plusDays(1);
        for (MessageDao.AppointmentDue a : dao.appointmentsOn(tomorrow)) {
            out.add(new Reminder(
                    "APPOINTMENT:" + a.appointmentId() + ":" + tomorrow,
                    ReminderKind.APPOINTMENT,
                    a.customerId(),
                    a.customerName(),
                    a.vehicleId(),
                    a.plate(),
                    a.appointmentId(),
                    tomorrow,
                    String.format("%02d:%02d", a.startMinute() / 60, a.startMinute() % 60),
                    null,
                    null,
                    null,
                    a.consentToMessages(),
                    false));
        }
        int months = s.serviceReminderMonths();
        int km = s.serviceReminderKm();
        if (months > 0 || km > 0) {
            // the oldest last visit that can be due now: by months, or by km (assume at least 1 km a day)
            LocalDate from = date.minusYears(3);
            for (MessageDao.VisitSpan v : dao.lastVisitsBetween(from, date.minusDays(1))) {
                LocalDate byMonths = months > 0 ? v.lastDay().plusMonths(months) : null;
                LocalDate byKm = km > 0 ? dueByKm(v, km) : null;
                String dueBy;
                LocalDate due;
                if (byKm != null && (byMonths == null || byKm.isBefore(byMonths))) {
                    dueBy = "KM";
                    due = byKm;
                } else {
                    dueBy = "MONTHS";
                    due = byMonths;
                }
                if (due == null || due.isAfter(date) || !due.isAfter(date.minusDays(WINDOW_DAYS))) {
                    continue;
                }
                out.add(new Reminder(
                        "SERVICE_DUE:" + v.vehicleId() + ":" + v.lastReceiptId(),
                        ReminderKind.SERVICE_DUE,
                        v.customerId(),
                        v.customerName(),
                        v.vehicleId(),
                        v.plate(),
                        null,
                        due,
                        null,
                        v.lastDay(),
                        v.lastMileageKm(),
                        dueBy,
                        v.consentToMessages(),
                        false));
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        Set<String> queued =
                new HashSet<>(dao.queued(out.stream().map(Reminder::key).toList()));
        return out.stream()
                .map(r -> queued.contains(r.key())
                        ? new Reminder(
                                r.key(),
                                r.kind(),
                                r.customerId(),
                                r.customerName(),
                                r.vehicleId(),
                                r.plate(),
                                r.appointmentId(),
                                r.date(),
                                r.startTime(),
                                r.lastVisitOn(),
                                r.lastMileageKm(),
                                r.dueBy(),
                                r.consentToMessages(),
                                true)
                        : r)
                .toList();
    }

    /**
     * The day a car is estimated to have driven {@code km} since its last visit, from its average
     * a day between its first and last recorded mileage; null without two readings.
     */
    static LocalDate dueByKm(MessageDao.VisitSpan v, int km) {
        if (v.firstKmDay() == null || v.firstKm() == null || v.lastMileageKm() == null) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(v.firstKmDay(), v.lastDay());
        long driven = (long) v.lastMileageKm() - v.firstKm();
        if (days <= 0 || driven <= 0) {
            return null;
        }
        long needed = (km * days + driven - 1) / driven; // days to drive km, rounded up
        return v.lastDay().plusDays(needed);
    }

    /**
     * Puts the day's reminders into the outbox: once per reminder (its key; a second run queues
     * only what is new), only for customers who agreed to messages and have a phone.
     */
    public Change<ReminderRun> run(Actor actor, LocalDate asked) {
        LocalDate date = asked == null ? shop.today() : asked;
        return tx -> {
            ShopDao.Row s = shop.row();
            List<Reminder> due = reminders(tx, s, date);
            List<Long> customers =
                    due.stream().map(Reminder::customerId).distinct().toList();
            Map<Long, String> phones = new java.util.HashMap<>();
            if (!customers.isEmpty()) {
                for (CustomerDao.Phone p : tx.customers().phonesOf(customers)) {
                    phones.putIfAbsent(p.customerId(), p.phone());
                }
            }
            int queued = 0;
            int already = 0;
            int without = 0;
            var now = times.now();
            for (Reminder r : due) {
                if (r.queued()) {
                    already++;
                } else if (!r.consentToMessages() || !phones.containsKey(r.customerId())) {
                    without++;
                } else {
                    queued += tx.messages()
                            .queue(r.key(), r.kind(), r.customerId(), phones.get(r.customerId()), text(s, r), now);
                }
            }
            if (queued > 0) {
                events.append(tx, actor, null, null, new RemindersQueued(date, queued));
            }
            return new ReminderRun(date, queued, already, without);
        };
    }

    /** The message, in Korean as the shop's customers read it. */
    static String text(ShopDao.Row s, Reminder r) {
        String who = r.customerName() == null || r.customerName().isBlank() ? "고객" : r.customerName();
        String phone = s.phone() == null || s.phone().isBlank() ? "" : " 문의 " + s.phone();
        if (r.kind() == ReminderKind.APPOINTMENT) {
            return "[" + s.name() + "] " + who + "님, " + r.date().getMonthValue() + "월 "
                    + r.date().getDayOfMonth() + "일 " + r.startTime() + " " + r.plate() + " 차량 정비 예약이 있습니다." + phone;
        }
        return "[" + s.name() + "] " + who + "님, " + r.plate() + " 차량의 정기 점검 시기가 되었습니다 (지난 방문 " + r.lastVisitOn()
                + "). 예약을 원하시면 연락 주세요." + phone;
    }

    public Page<Message> messages(MessageStatus status, String cursor, int limit) {
        long before = Cursor.before(cursor);
        return db.read(tx -> {
            List<MessageDao.Row> rows = tx.messages().list(status, before, limit + 1);
            return Pages.of(rows, limit, MessageDao.Row::id, ReminderService::toApi);
        });
    }

    private static Message toApi(MessageDao.Row r) {
        return new Message(
                r.id(),
                r.reminderKey(),
                r.kind(),
                r.customerId(),
                r.customerName(),
                Phones.display(r.phone()),
                r.text(),
                r.status(),
                r.createdAt());
    }
}
