package org.shopsuite.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The one JSON setup used by server and clients: strict on input, ISO dates, exact decimals. */
public final class Json {
    private Json() {}

    /** Instants as {@link Instant#toString()} writes them, without the formatter (see {@link IsoTime}). */
    private static final class InstantText extends StdSerializer<Instant> {
        InstantText() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(IsoTime.format(value));
        }
    }

    /**
     * A date only as {@code "YYYY-MM-DD"}: not an instant ({@code "2026-12-22T23:59:59Z"}), not an
     * array, not a number (the lenient default takes all three).
     */
    private static final class StrictDate extends StdScalarDeserializer<LocalDate> {
        private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

        StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (SHAPE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // falls through: 2026-02-30 is the shape of a date but not one
                }
            }
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date like 2026-11-21");
        }
    }

    /**
     * The server's mapper: besides the shared setup, a value of the wrong JSON type is refused, never
     * converted: a text field takes only a string (not {@code 1e308}), a boolean only {@code true} or
     * {@code false} (not {@code 0} or {@code "yes"}), a date only {@code "YYYY-MM-DD"}, an enum only its
     * name. Numbers may come as numeric strings ({@code "20"}; httpie sends those). Decimals are read
     * exactly, so {@code 0.2500000000000000001} is not rounded before it is checked.
     */
    public static ObjectMapper newMapper() {
        JsonMapper.Builder b = builder()
                .addModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new StrictDate()))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        b.withCoercionConfigDefaults(c -> c.setAcceptBlankAsEmpty(false));
        for (LogicalType t : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.Enum}) {
            b.withCoercionConfig(
                    t,
                    c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        }
        b.withCoercionConfig(
                LogicalType.Boolean,
                c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
        for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            b.withCoercionConfig(
                    t,
                    c -> c.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        }
        return b.build();
    }

    /**
     * The mapper of a client (the desktop app): as {@link #newMapper()}, but a field it does not know
     * is ignored, so an older client keeps working when a newer server adds a field to a body or an
     * event. The server stays strict about what it is sent.
     */
    public static ObjectMapper newClientMapper() {
        return builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .build();
    }

    private static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("iso-instants").addSerializer(Instant.class, new InstantText()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
}
