package org.shopsuite.desktop.ui.estimates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shopsuite.model.Decision;
import org.shopsuite.model.Estimate;
import org.shopsuite.model.EstimateLine;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.EstimateStatus;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.PartGrade;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.PartRequestStatus;

/** Parts issued against the approved ones, counted as the invoice's discrepancies are. */
class ApprovedWorkTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            # approved part 7 (decision quantity), issued requests (status quantity returned; ...), differences
            APPROVED 2,  ISSUED 2 0,               ''
            APPROVED 2,  ISSUED 1 0;ISSUED 1 0,    ''
            APPROVED 2,  ISSUED 3 1,               ''
            APPROVED 2,  ISSUED 1 0,               7:2/1
            APPROVED 2,  ISSUED 2 0;REJECTED 5 0,  ''
            APPROVED 2,  RETURNED 2 2,             7:2/0
            DECLINED 2,  ISSUED 2 0,               7:0/2
            PENDING 1,   '',                       ''
            APPROVED 1.5, ISSUED 1 0,              7:1.5/1
            """)
    void partsDifferWhenTheKeptQuantityIsNotTheApprovedOne(String approved, String issued, String expected) {
        String[] a = approved.split(" ", -1);
        Estimate e = estimate(List.of(part(7, Decision.valueOf(a[0]), new BigDecimal(a[1]))));
        List<PartRequest> requests = new ArrayList<>();
        if (!issued.isBlank()) {
            for (String r : issued.split(";", -1)) {
                String[] f = r.strip().split(" ", -1);
                requests.add(
                        request(7, PartRequestStatus.valueOf(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2])));
            }
        }
        String got = String.join(
                ",",
                ApprovedWork.differences(e, job(requests)).stream()
                        .map(d -> d.vehiclePartId() + ":"
                                + d.approved().stripTrailingZeros().toPlainString() + "/" + d.issued())
                        .toList());
        assertThat(got).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"APPROVED, 1", "DECLINED, 0", "PENDING, 0"})
    void theMechanicSeesTheApprovedLinesOnly(String decision, int shown) {
        Estimate e = estimate(List.of(part(7, Decision.valueOf(decision), BigDecimal.ONE)));
        assertThat(ApprovedWork.lines(e)).hasSize(shown);
        assertThat(ApprovedWork.differences(null, job(List.of()))).isEmpty();
    }

    private static EstimateLine part(long partId, Decision d, BigDecimal quantity) {
        return new EstimateLine(
                1,
                EstimateLineKind.PART,
                "part " + partId,
                null,
                null,
                quantity,
                1000L,
                partId,
                PartGrade.NEW,
                1000,
                d,
                null,
                null,
                null,
                null);
    }

    private static Estimate estimate(List<EstimateLine> lines) {
        return new Estimate(
                1,
                1,
                1,
                EstimateStatus.PRESENTED,
                lines,
                "KRW",
                BigDecimal.TEN,
                0,
                0,
                0,
                BigDecimal.ZERO,
                List.of(),
                "counter",
                null,
                "counter",
                null,
                null,
                1);
    }

    private static PartRequest request(long partId, PartRequestStatus s, int quantity, int returned) {
        return new PartRequest(
                1,
                1,
                partId,
                "P-" + partId,
                "part",
                quantity,
                returned,
                s,
                null,
                1000,
                1000,
                "lee",
                null,
                null,
                1,
                PartGrade.NEW,
                null,
                null);
    }

    private static Job job(List<PartRequest> requests) {
        return new Job(
                1,
                1,
                1,
                "lee",
                "x",
                "12가3456",
                null,
                "x",
                null,
                BigDecimal.ONE,
                null,
                JobStatus.IN_PROGRESS,
                null,
                null,
                null,
                null,
                requests,
                1,
                null,
                null);
    }
}
