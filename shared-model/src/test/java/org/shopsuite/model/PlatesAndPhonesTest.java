package org.shopsuite.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatesAndPhonesTest {
    @ParameterizedTest(name = "[{0}] -> [{1}] standard={2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the 2006 format, however it is typed
                "12가3456|12가3456|true",
                "12 가 3456|12가3456|true",
                "12가-3456|12가3456|true",
                "  12가 - 3456  |12가3456|true",
                "12\u00A0가\u30003456|12가3456|true",
                // the 2019 format (three digits)
                "123가4567|123가4567|true",
                "123 가 4567|123가4567|true",
                // regional plates: a registration of its own
                "서울12가3456|서울12가3456|true",
                "서울 12 가 3456|서울12가3456|true",
                "경기1바1234|경기1바1234|true",
                // decomposed Hangul (as some input methods send it) is composed
                "12\u1100\u11613456|12가3456|true",
                // not a Korean format: kept as typed, trimmed
                "TEMP-123|TEMP-123|false",
                "  임시 123  |임시 123|false",
                "1가3456|1가3456|false",
                "1234가3456|1234가3456|false",
                "12가345|12가345|false",
                "ABC 1234|ABC 1234|false",
                "뉴욕12가3456|뉴욕12가3456|false",
            })
    void plates(String typed, String stored, boolean standard) {
        Plates.Plate p = Plates.of(typed);
        assertThat(p.plate()).isEqualTo(stored);
        assertThat(p.standard()).isEqualTo(standard);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "010-1234-5678|01012345678|010-1234-5678",
                "01012345678|01012345678|010-1234-5678",
                "010 1234 5678|01012345678|010-1234-5678",
                "+82 10-1234-5678|01012345678|010-1234-5678",
                "+82 010 1234 5678|01012345678|010-1234-5678",
                "02-123-4567|021234567|02-123-4567",
                "02-1234-5678|0212345678|02-1234-5678",
                "031-123-4567|0311234567|031-123-4567",
                "1588-1234|15881234|1588-1234",
                "+1 415 555 0100|14155550100|14155550100",
            })
    void phones(String typed, String digits, String shown) {
        assertThat(Phones.digits(typed)).isEqualTo(digits);
        assertThat(Phones.display(digits)).isEqualTo(shown);
    }

    @org.junit.jupiter.api.Test
    void tails() {
        assertThat(Plates.of("12가 3456").tail()).isEqualTo("3456");
        assertThat(Plates.of("TEMP-123").tail()).isNull();
        assertThat(Phones.tail("01012345678")).isEqualTo("5678");
        assertThat(Plates.of("   ")).isNull();
        assertThat(Phones.display("02-555-0123")).as("shown twice, the same").isEqualTo("02-555-0123");
    }
}
