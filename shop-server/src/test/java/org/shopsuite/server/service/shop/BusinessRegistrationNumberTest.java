package org.shopsuite.server.service.shop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessRegistrationNumberTest {
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "invalid", textBlock = """
            123-45-67891   | 123-45-67891
            1234567891     | 123-45-67891
            ' 1234567891 ' | 123-45-67891
            124-81-00998   | 124-81-00998
            000-00-00000   | 000-00-00000
            123-45-67890   | invalid
            124-81-00997   | invalid
            12345678912    | invalid
            123456789      | invalid
            12-345-67891   | invalid
            123-4567891    | 123-45-67891
            123 45 67891   | invalid
            １２３-45-67891 | invalid
            abc-de-fghij   | invalid
            """)
    void acceptsTenDigitsWithAValidCheckDigitAndAnswersTheHyphenatedForm(String text, String expected) {
        assertThat(BusinessRegistrationNumber.parse(text).orElse(null)).isEqualTo(expected);
    }
}
