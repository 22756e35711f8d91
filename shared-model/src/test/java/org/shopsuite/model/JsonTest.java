package org.shopsuite.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonTest {
    final ObjectMapper json = Json.newMapper();

    @Test
    void readsNumbersSentAsStringsAndIgnoresReadOnlyFields() throws Exception {
        VehiclePartInput in = json.readValue(
                "{\"id\":\"1\",\"partId\":\"1\",\"partName\":\"테스트\",\"stock\":\"20\",\"partPrice\":\"10000\"}",
                VehiclePartInput.class);
        assertThat(in.stock()).isEqualTo(20);
        assertThat(in.partPrice()).isEqualTo(10_000L);
    }

    @Test
    void refusesUnknownFieldsAndFractionsForWholeNumbers() {
        assertThatThrownBy(() -> json.readValue("{\"partId\":\"1\",\"colour\":\"red\"}", VehiclePartInput.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> json.readValue("{\"stock\":1.5}", VehiclePartInput.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void writesDatesAsIsoTextAndDecimalsPlainly() throws Exception {
        Capacity c = new Capacity(
                LocalDate.of(2026, 11, 21), new BigDecimal("8"), new BigDecimal("2.50"), new BigDecimal("1E+1"));
        assertThat(json.writeValueAsString(c))
                .isEqualTo("{\"date\":\"2026-11-21\",\"capacityHours\":8,\"bookedHours\":2.50,\"remainingHours\":10}");
    }

    @Test
    void enumsAreReadWhateverTheirCase() throws Exception {
        assertThat(json.readValue("{\"amount\":1,\"method\":\"card\"}", PaymentInput.class)
                        .method())
                .isEqualTo(PaymentMethod.CARD);
    }
}
