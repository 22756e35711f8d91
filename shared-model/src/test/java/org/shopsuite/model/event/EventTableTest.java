package org.shopsuite.model.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shopsuite.model.EventType;

/** The event table of docs/api.md says exactly what the records are: every type, every field, in order. */
class EventTableTest {
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| [^|]+ \\| (.*) \\|$");

    @Test
    void theApiDocumentListsEveryEventWithTheFieldsOfItsRecord() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "api.md"), StandardCharsets.UTF_8);
        String table = doc.substring(doc.indexOf("<!-- events:start"), doc.indexOf("<!-- events:end -->"));
        List<String> documented = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String line : table.lines().toList()) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                documented.add(m.group(1) + ": " + m.group(2));
            }
        }
        for (EventType type : EventType.values()) {
            expected.add(type.name() + ": " + fields(EventData.classOf(type)));
        }
        assertThat(documented).containsExactlyElementsOf(expected);
    }

    private static String fields(Class<? extends EventData> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(c -> "`" + c.getName() + "` " + jsonType(c))
                .collect(Collectors.joining(", "));
    }

    private static String jsonType(RecordComponent c) {
        Class<?> t = c.getType();
        if (t == String.class) {
            return "text";
        }
        if (t == long.class || t == int.class || t == Long.class || t == Integer.class) {
            return "integer";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "boolean";
        }
        if (t == BigDecimal.class) {
            return "decimal";
        }
        if (t == LocalDate.class) {
            return "date";
        }
        if (t == java.time.Instant.class) {
            return "timestamp";
        }
        if (java.util.List.class.isAssignableFrom(t)) {
            return "array";
        }
        return t.getSimpleName();
    }
}
