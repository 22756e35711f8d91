package org.shopsuite.desktop.ui.manage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shopsuite.desktop.ui.OfflineSession;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.PromotionKind;

/** A promotion's form refuses before sending what the server would refuse (no server here). */
class PromotionsFormTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            # name, kind, value, days, field refused
            '',       AMOUNT,        5000, 30,   name
            Booking,  PERCENT_LABOR, 0,    30,   value
            Booking,  PERCENT_LABOR, 101,  30,   value
            Booking,  PERCENT_TOTAL, ten,  30,   value
            Booking,  AMOUNT,        '',   30,   value
            Booking,  AMOUNT,        5000, 0,    validDays
            Booking,  AMOUNT,        5000, '',   validDays
            Booking,  AMOUNT,        5000, 4000, validDays
            """)
    void refusesBeforeSending(String name, PromotionKind kind, String value, String days, String field) {
        PromotionsViewModel vm = new PromotionsViewModel(OfflineSession.of("en", 1), Tasks.direct());
        vm.nameProperty().set(name);
        vm.kindProperty().set(kind);
        vm.valueProperty().set(value);
        vm.validDaysProperty().set(days);
        vm.save();
        assertThat(vm.fieldErrors()).containsKey(field).hasSize(1);
        assertThat(vm.errorProperty().get()).as("nothing was sent").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # kind, value: an amount of won may be more than 100
            AMOUNT,        5000
            PERCENT_LABOR, 100
            """)
    void aValidFormIsSent(PromotionKind kind, String value) {
        PromotionsViewModel vm = new PromotionsViewModel(OfflineSession.of("en", 1), Tasks.direct());
        vm.nameProperty().set("Booking");
        vm.kindProperty().set(kind);
        vm.valueProperty().set(value);
        vm.save();
        assertThat(vm.fieldErrors()).isEmpty();
        assertThat(vm.errorProperty().get())
                .as("sent: the server cannot be reached")
                .isNotEmpty();
    }
}
