package org.shopsuite.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.shopsuite.model.event.EventData;

/** Reads an event: its {@code type} names the record its {@code data} is read into. */
public final class EventJson {
    private EventJson() {}

    /** The deserializer of {@link Event}; an unknown type or unreadable data is an error, never skipped. */
    public static final class Reader extends StdDeserializer<Event> {
        private static final long serialVersionUID = 1L;

        public Reader() {
            super(Event.class);
        }

        @Override
        public Event deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonNode node = ctx.readTree(p);
            String typeName = node.path("type").asText();
            EventType type;
            try {
                type = EventType.valueOf(typeName);
            } catch (IllegalArgumentException e) {
                return ctx.reportInputMismatch(Event.class, "unknown event type '%s'", typeName);
            }
            JsonNode data = node.get("data");
            EventData payload =
                    data == null || data.isNull() ? null : ctx.readTreeAsValue(data, EventData.classOf(type));
            return new Event(
                    node.path("seq").asLong(),
                    type,
                    IsoTime.parse(node.path("occurredAt").asText()),
                    text(node, "actor"),
                    number(node, "receiptId"),
                    number(node, "jobId"),
                    payload);
        }

        private static String text(JsonNode node, String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }

        private static Long number(JsonNode node, String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : v.asLong();
        }
    }

    /** Reads a stored payload of the given type. */
    public static EventData readData(ObjectMapper json, EventType type, String data) throws IOException {
        return json.readValue(data, EventData.classOf(type));
    }
}
