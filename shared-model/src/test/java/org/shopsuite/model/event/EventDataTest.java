package org.shopsuite.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shopsuite.model.Event;
import org.shopsuite.model.EventType;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.Json;
import org.shopsuite.model.ReceiptStatus;

class EventDataTest {
    final ObjectMapper json = Json.newMapper();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeHasARecordOfItsName(EventType type) {
        Class<? extends EventData> c = EventData.classOf(type);
        assertThat(c).isNotNull();
        assertThat(c.getSimpleName()).isEqualTo(type.name());
        assertThat(c.isRecord()).isTrue();
    }

    @Test
    void everyRecordIsAnEventType() {
        assertThat(EventData.class.getPermittedSubclasses()).hasSize(EventType.values().length);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void noPayloadCanCarryASecret(EventType type) {
        for (RecordComponent rc : EventData.classOf(type).getRecordComponents()) {
            assertThat(rc.getName().toLowerCase(Locale.ROOT))
                    .doesNotContain("password")
                    .doesNotContain("token")
                    .doesNotContain("secret")
                    .doesNotContain("hash")
                    .doesNotContain("salt");
            assertThat(rc.getType())
                    .isIn(
                            String.class,
                            long.class,
                            int.class,
                            boolean.class,
                            Long.class,
                            Integer.class,
                            BigDecimal.class,
                            LocalDate.class,
                            Instant.class,
                            ReceiptStatus.class,
                            JobStatus.class,
                            org.shopsuite.model.InvoiceStatus.class,
                            org.shopsuite.model.PaymentMethod.class,
                            org.shopsuite.model.Role.class,
                            org.shopsuite.model.Fuel.class,
                            org.shopsuite.model.ApprovalMethod.class,
                            org.shopsuite.model.PurchaseOrderStatus.class,
                            org.shopsuite.model.VendorReturnKind.class,
                            org.shopsuite.model.Coverage.class,
                            org.shopsuite.model.WarrantyReasonCode.class,
                            org.shopsuite.model.PauseReason.class,
                            org.shopsuite.model.TimeEntryKind.class,
                            // ids and phones only (CustomerCreated, CustomersMerged)
                            java.util.List.class);
        }
    }

    @Test
    void anEventRoundTripsThroughItsJson() throws Exception {
        Event e = new Event(
                7,
                EventType.JobCreated,
                Instant.parse("2026-11-27T01:02:03.456Z"),
                "counter",
                3L,
                4L,
                new JobCreated(4, 1, "김민수", LocalDate.of(2026, 11, 27), new BigDecimal("2.5"), JobStatus.WAITING));
        String text = json.writeValueAsString(e);
        assertThat(text)
                .isEqualTo("{\"seq\":7,\"type\":\"JobCreated\",\"occurredAt\":\"2026-11-27T01:02:03.456Z\","
                        + "\"actor\":\"counter\",\"receiptId\":3,\"jobId\":4,\"data\":{\"jobId\":4,\"mechanicId\":1,"
                        + "\"mechanicName\":\"김민수\",\"workDate\":\"2026-11-27\",\"estimatedHours\":2.5,"
                        + "\"jobStatus\":\"WAITING\"}}");
        assertThat(json.readValue(text, Event.class)).isEqualTo(e);
    }

    @Test
    void aFieldAddedByANewerServerIsIgnoredAndAMissingOneIsNull() throws Exception {
        Event e = Json.newClientMapper()
                .readValue(
                        "{\"seq\":1,\"type\":\"RepairRequested\",\"occurredAt\":\"2026-11-27T00:00:00Z\","
                                + "\"actor\":\"counter\",\"receiptId\":1,\"jobId\":null,\"shiny\":true,"
                                + "\"data\":{\"customerName\":\"홍길동\",\"carId\":\"12가 3456\",\"mechanicId\":2,"
                                + "\"status\":\"ACCEPTED\",\"colour\":\"red\"}}",
                        Event.class);
        RepairRequested r = (RepairRequested) e.data();
        assertThat(r.customerName()).isEqualTo("홍길동");
        assertThat(r.status()).isEqualTo(ReceiptStatus.ACCEPTED);
        assertThat(r.customerPhone()).isNull();
    }

    @Test
    void anUnknownEventTypeIsAnErrorNotASkip() {
        assertThatThrownBy(() -> json.readValue(
                        "{\"seq\":1,\"type\":\"TimeTravelled\",\"occurredAt\":\"2026-11-27T00:00:00Z\",\"data\":{}}",
                        Event.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("TimeTravelled");
    }

    @Test
    void anEventCannotCarryTheDataOfAnotherType() {
        assertThatThrownBy(() -> new Event(
                        1, EventType.JobStarted, Instant.EPOCH, "x", 1L, 1L, new ReceiptRejected("MECHANIC_CAPACITY")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTypeIsNotWrittenIntoTheData() throws Exception {
        assertThat(json.writeValueAsString(new ShopUpdated(3))).isEqualTo("{\"version\":3}");
        assertThat(Arrays.stream(ShopUpdated.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("version");
    }
}
