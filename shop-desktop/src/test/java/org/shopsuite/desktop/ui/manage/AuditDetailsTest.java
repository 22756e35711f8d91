package org.shopsuite.desktop.ui.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shopsuite.model.Event;
import org.shopsuite.model.EventType;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.event.RepairRequested;

class AuditDetailsTest {
    @Test
    void anEventsDetailsAreItsFieldsInOrderWithoutTheOnesItDoesNotCarry() {
        Event e = new Event(
                9,
                EventType.RepairRequested,
                Instant.EPOCH,
                "counter",
                9L,
                null,
                new RepairRequested(
                        "홍길동",
                        null,
                        "12가 3456",
                        1,
                        "김민수",
                        LocalDate.of(2026, 11, 27),
                        new BigDecimal("2.5"),
                        "엔진오일 교환",
                        ReceiptStatus.ACCEPTED,
                        null,
                        null,
                        null));
        assertThat(AuditViewModel.details(e))
                .isEqualTo("customerName=홍길동, carId=12가 3456, mechanicId=1, mechanicName=김민수,"
                        + " requestDate=2026-11-27, estimatedHours=2.5, request=엔진오일 교환, status=ACCEPTED");
    }
}
