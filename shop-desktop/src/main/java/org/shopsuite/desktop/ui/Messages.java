package org.shopsuite.desktop.ui;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.client.ServerUnreachable;
import org.shopsuite.model.FieldError;

/** The user's language: every visible string, and money, date and hour formats. */
public final class Messages {
    public static final String BUNDLE = "org.shopsuite.desktop.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** An amount in minor units of the currency, formatted for the user's locale. */
    public String money(long minorUnits, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(currency);
        f.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        f.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return f.format(java.math.BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()));
    }

    public String hours(java.math.BigDecimal hours) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return get("hours.format", f.format(hours));
    }

    public String date(java.time.LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }

    /** What to tell the user about a failed call. */
    public String describe(Throwable t) {
        if (t instanceof ServerUnreachable) {
            // a 503: the server answered but is stopping, starting or without its database
            return get(t.getCause() instanceof ApiError ? "error.unavailable" : "error.unreachable");
        }
        if (t instanceof ApiError e) {
            if ((e.status() == 400 || e.status() == 422) && !e.errors().isEmpty()) {
                // The server's summary ("vehicle.mileageKm: must be ...") is English and names a
                // field by its JSON path: say each error in the user's language instead.
                return e.errors().stream()
                        .map(fe -> {
                            String name = "fieldName." + fe.field();
                            return bundle.containsKey(name) ? bundle.getString(name) + ": " + field(fe) : field(fe);
                        })
                        .collect(java.util.stream.Collectors.joining("\n"));
            }
            return switch (e.status()) {
                case 401 -> get("error.401");
                case 403 -> get("error.403");
                case 409, 412 -> get("error.conflict", e.getMessage());
                case 429 -> get("error.429", e.getMessage());
                default -> e.getMessage();
            };
        }
        return get("error.unexpected", t.getMessage());
    }

    /**
     * A server's field error in the user's language: the translation of its exact message where there
     * is one (it is the most specific), else the translation of its code with its {@code params}
     * ({@code {max}} in the text), else the server's words.
     */
    public String field(FieldError error) {
        String key = messageKey(error.message());
        boolean serversLanguage = bundle.getLocale().getLanguage().isEmpty()
                || bundle.getLocale().getLanguage().equals("en");
        if (bundle.containsKey(key)
                || serversLanguage
                || error.code() == null
                || !bundle.containsKey("code." + error.code().code())) {
            return field(error.message());
        }
        return withParams(bundle.getString("code." + error.code().code()), error.params());
    }

    /** How the server words a labour line (an invoice keeps its lines as issued). */
    private static final String LABOUR = "Labour: ";

    /**
     * An invoice line's description in the user's language: a labour line says so in it ("공임:"
     * in Korean), a coupon's discount too ("할인:"); a part line is its number and name as issued.
     */
    public String invoiceLine(org.shopsuite.model.InvoiceLine line) {
        String d = line.description();
        if (line.kind() == org.shopsuite.model.LineKind.DISCOUNT) {
            return get("invoice.discountLine", d); // the promotion's name and the coupon's code
        }
        if (line.kind() != org.shopsuite.model.LineKind.LABOR) {
            return d;
        }
        return get("invoice.labourLine", d.startsWith(LABOUR) ? d.substring(LABOUR.length()) : d);
    }

    /**
     * A warning the server gave with a write: in English its own words; in another language the
     * translation of its code with its {@code params}, else its words.
     */
    public String warning(org.shopsuite.model.Warning w) {
        boolean serversLanguage = bundle.getLocale().getLanguage().isEmpty()
                || bundle.getLocale().getLanguage().equals("en");
        if (serversLanguage
                || w.code() == null
                || !bundle.containsKey("warning." + w.code().name())) {
            return w.message();
        }
        return withParams(
                bundle.getString("warning." + w.code().name()), w.params() == null ? java.util.Map.of() : w.params());
    }

    private String withParams(String text, java.util.Map<String, Object> params) {
        for (var p : params.entrySet()) {
            Object v = p.getValue();
            String shown = v instanceof Number n
                    ? NumberFormat.getNumberInstance(locale).format(n)
                    : v instanceof java.util.Collection<?> c
                            ? String.join(", ", c.stream().map(String::valueOf).toList())
                            : String.valueOf(v);
            text = text.replace("{" + p.getKey() + "}", shown);
        }
        return text;
    }

    private static String messageKey(String message) {
        return "field." + message.replaceAll("[^A-Za-z]+", ".").replaceAll("^\\.|\\.+$", "");
    }

    /**
     * A server field message in the user's language where we know it, else the server's words. The
     * key is the message's words; its numbers become the arguments ({0}, {1}, ...).
     */
    public String field(String message) {
        String key = messageKey(message);
        if (!bundle.containsKey(key)) {
            return message;
        }
        java.util.List<Object> numbers = new java.util.ArrayList<>();
        java.util.regex.Matcher n = java.util.regex.Pattern.compile("\\d+").matcher(message);
        while (n.find()) {
            numbers.add(n.group());
        }
        return numbers.isEmpty()
                ? bundle.getString(key)
                : new MessageFormat(bundle.getString(key), locale).format(numbers.toArray());
    }
}
