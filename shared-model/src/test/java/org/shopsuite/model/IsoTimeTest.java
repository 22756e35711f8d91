package org.shopsuite.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoTimeTest {
    @Test
    void formatsAndReadsExactlyAsTheJdkDoes() throws Exception {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            long second = random.nextLong(-62_000_000_000L, 253_402_300_799L); // years 0..9999
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(Math.max(second, -62_167_219_200L), nano);
            String text = IsoTime.format(t);
            assertThat(text).isEqualTo(t.toString());
            assertThat(IsoTime.parse(text)).isEqualTo(t);
            LocalDate d = LocalDate.ofEpochDay(random.nextLong(0, 2_932_896));
            assertThat(IsoTime.parseDate(d.toString())).isEqualTo(d);
        }
        // What JSON now writes for an instant is what it wrote before.
        Instant t = Instant.parse("2026-11-21T06:18:37.436Z");
        assertThat(Json.newMapper().writeValueAsString(t)).isEqualTo("\"2026-11-21T06:18:37.436Z\"");
        assertThat(Json.newMapper().readValue("\"2026-11-21T06:18:37.436Z\"", Instant.class))
                .isEqualTo(t);
    }

    @Test
    void otherShapesAndBadValuesAreLeftToTheJdk() {
        assertThat(IsoTime.parse("+12026-01-01T00:00:00Z")).isEqualTo(Instant.parse("+12026-01-01T00:00:00Z"));
        assertThat(IsoTime.format(Instant.parse("+12026-01-01T00:00:00Z"))).isEqualTo("+12026-01-01T00:00:00Z");
        assertThatThrownBy(() -> IsoTime.parse("2026-02-30T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoTime.parse("2026-13-01T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoTime.parse("2026-11-21T06:18:3x.436Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoTime.parseDate("2026-02-30")).isInstanceOf(DateTimeParseException.class);
    }
}
