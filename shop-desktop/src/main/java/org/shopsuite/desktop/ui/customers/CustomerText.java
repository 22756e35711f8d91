package org.shopsuite.desktop.ui.customers;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Customer;
import org.shopsuite.model.Phones;
import org.shopsuite.model.VehicleRecord;
import org.shopsuite.model.Visit;

/** How customers, their cars and their visits read on the screen, in the user's language. */
public final class CustomerText {
    private CustomerText() {}

    /** The customer's name, or "(no name)" for one known only by phone. */
    public static String name(Customer c, Messages m) {
        return c.name() == null || c.name().isBlank() ? m.get("customers.noName") : c.name();
    }

    /** Phones with hyphens, comma separated (the server may answer them with or without). */
    public static String phones(Customer c) {
        return c.phones() == null
                ? ""
                : c.phones().stream()
                        .map(p -> Phones.digits(p) == null ? p : Phones.display(Phones.digits(p)))
                        .collect(Collectors.joining(", "));
    }

    /** One line of the search results: name and phones. */
    public static String result(Customer c, Messages m) {
        String phones = phones(c);
        return phones.isEmpty() ? name(c, m) : name(c, m) + "  ·  " + phones;
    }

    public static String km(Integer km, Messages m) {
        return km == null
                ? ""
                : m.get(
                        "customers.km",
                        NumberFormat.getIntegerInstance(m.locale()).format(km));
    }

    /** A car in a list: plate, make, model, year, last mileage, and whether it is in the shop now. */
    public static String vehicle(VehicleRecord v, Messages m) {
        List<String> parts = new ArrayList<>();
        parts.add(v.plate());
        String car = String.join(
                        " ",
                        v.make() == null ? "" : v.make(),
                        v.model() == null ? "" : v.model(),
                        v.year() == null ? "" : v.year().toString())
                .strip()
                .replaceAll(" +", " ");
        if (!car.isEmpty()) {
            parts.add(car);
        }
        if (v.lastMileageKm() != null) {
            parts.add(km(v.lastMileageKm(), m));
        }
        if (v.openReceiptIds() != null && !v.openReceiptIds().isEmpty()) {
            parts.add(m.get("customers.inShop", ids(v.openReceiptIds())));
        }
        if (!v.active()) {
            parts.add(m.get("customers.inactive"));
        }
        return String.join("  ·  ", parts);
    }

    public static String ids(List<Long> ids) {
        return ids.stream().map(id -> "#" + id).collect(Collectors.joining(", "));
    }

    /**
     * A visit as lines: the date, mileage, mechanic, hours and where it stands; the request; the
     * mechanic's notes; the parts; the invoice with total and paid.
     */
    public static String visit(Visit v, String currency, ZoneId zone, Messages m) {
        List<String> head = new ArrayList<>();
        head.add(m.date(v.date()));
        head.add("#" + v.receiptId());
        if (v.mileageKm() != null) {
            head.add(km(v.mileageKm(), m));
        }
        if (v.mechanicName() != null) {
            head.add(v.mechanicName());
        }
        if (v.laborHours() != null) {
            head.add(m.hours(v.laborHours()));
        }
        head.add(m.get("status." + v.status().name()));
        head.add(released(v.releasedAt(), zone, m));
        List<String> lines = new ArrayList<>();
        lines.add(String.join("  ·  ", head));
        lines.add(m.get("customers.visit.request", v.request()));
        if (v.notes() != null && !v.notes().isBlank()) {
            lines.add(m.get("customers.visit.notes", v.notes()));
        }
        if (v.parts() != null && !v.parts().isEmpty()) {
            lines.add(m.get(
                    "customers.visit.parts",
                    v.parts().stream().map(p -> p.name() + " × " + p.quantity()).collect(Collectors.joining(", "))));
        }
        if (v.invoiceNumber() != null) {
            lines.add(m.get(
                    "customers.visit.invoice",
                    v.invoiceNumber(),
                    v.total() == null ? "" : m.money(v.total(), currency),
                    v.paid() == null ? "" : m.money(v.paid(), currency)));
        }
        return String.join("\n", lines);
    }

    /** "Released 26 Nov 2026" or "Not released". */
    public static String released(Instant at, ZoneId zone, Messages m) {
        return at == null
                ? m.get("customers.notReleased")
                : m.get("customers.released", m.date(at.atZone(zone).toLocalDate()));
    }
}
