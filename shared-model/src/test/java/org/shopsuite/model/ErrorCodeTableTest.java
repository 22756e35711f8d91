package org.shopsuite.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The error code table of docs/api.md is the closed list of {@link ErrorCode}, in its order. */
class ErrorCodeTableTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\|.*");

    @Test
    void theApiDocumentListsEveryCode() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "api.md"), StandardCharsets.UTF_8);
        String table = doc.substring(doc.indexOf("<!-- codes:start"), doc.indexOf("<!-- codes:end -->"));
        List<String> documented = table.lines()
                .map(ROW::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .toList();
        assertThat(documented)
                .containsExactlyElementsOf(
                        Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList());
    }

    @Test
    void codesAreSentInLowerCaseAndParamsAreNeverNull() throws Exception {
        var json = Json.newMapper();
        String text = json.writeValueAsString(new FieldError("customerName", ErrorCode.TOO_LONG, "m", null));
        assertThat(text)
                .isEqualTo("{\"field\":\"customerName\",\"code\":\"too_long\",\"message\":\"m\",\"params\":{}}");
        FieldError back = Json.newClientMapper()
                .readValue(
                        "{\"field\":\"x\",\"code\":\"a_code_from_a_newer_server\",\"message\":\"m\"}",
                        FieldError.class);
        assertThat(back.code()).as("an older client tolerates a newer code").isNull();
        assertThat(back.params()).isEmpty();
    }
}
