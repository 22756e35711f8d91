package org.shopsuite.desktop.ui.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shopsuite.desktop.ui.OfflineSession;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.desktop.ui.jobs.MyJobsViewModel;
import org.shopsuite.model.Coverage;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.Role;
import org.shopsuite.model.Supplier;
import org.shopsuite.model.User;
import org.shopsuite.model.Visit;
import org.shopsuite.model.WarrantyAssignInput;
import org.shopsuite.model.WarrantyClaim;
import org.shopsuite.model.WarrantyClaimStatus;
import org.shopsuite.model.WarrantyReasonCode;

/**
 * The comebacks' rules without a server: the coverage's reason in the user's words, what each role
 * may do with a claim in each status, the assign form's input, the registration's defaults, the
 * My jobs badge. (The offline session's calls fail: a form that sends nothing shows no error.)
 */
class WarrantyViewModelsTest {
    static final Instant REGISTERED_AT = Instant.parse("2026-11-20T01:00:00Z"); // 10:00 in Seoul

    static WarrantyClaim claim(
            long id, WarrantyClaimStatus status, Coverage coverage, Integer days, LocalDate starts, LocalDate ends) {
        return new WarrantyClaim(
                id,
                1,
                2,
                "12가3456",
                3,
                "정우성",
                "브레이크 소음 재발",
                84_900,
                status,
                coverage,
                "within the 90-day window (the car was under 12 months old at the repair)",
                days,
                starts,
                ends,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "counter",
                REGISTERED_AT,
                1);
    }

    static Session as(Role role, String lang) {
        Session s = OfflineSession.of(lang, 1);
        return new Session(s.client(), new User(1, "u", role, null, true, 1, null), s.shop(), s.messages());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            en, 90,   2026-11-01, 2026-11-20, came back within the 90-day window
            en, 30,   2026-10-01, 2026-10-31, came back after the 30-day window
            en,     ,           ,           , no warranty window applies to this car
            ko, 90,   2026-11-01, 2026-11-20, 90일 보증 기간
            ko, 30,   2026-10-01, 2026-10-31, 지난 뒤 재입고됨
            ko,     ,           ,           , 이 차량에 맞는 보증 기간이 없음
            """)
    void theCoverageReasonIsSaidFromTheWindowInTheUsersLanguage(
            String lang, Integer days, LocalDate starts, LocalDate ends, String expected) {
        Session s = as(Role.MANAGER, lang);
        ClaimText text = new ClaimText(s.messages(), java.time.ZoneId.of("Asia/Seoul"));
        WarrantyClaim c = claim(1, WarrantyClaimStatus.REGISTERED, Coverage.WARRANTY, days, starts, ends);
        String reason = text.reason(c);
        assertThat(reason).contains(expected);
        if (lang.equals("ko")) {
            assertThat(reason).doesNotContainPattern("[A-Za-z]{3,}"); // nothing of the server's English
            assertThat(String.join("\n", text.detail(c, null, "KRW"))).doesNotContain(c.coverageReason());
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            MANAGER,      REGISTERED, true,  true,  true
            MANAGER,      ASSIGNED,   false, true,  true
            MANAGER,      RESOLVED,   false, false, false
            MANAGER,      CANCELLED,  false, false, false
            RECEPTIONIST, REGISTERED, false, false, true
            RECEPTIONIST, ASSIGNED,   false, false, true
            RECEPTIONIST, RESOLVED,   false, false, false
            """)
    void whatEachRoleMayDoWithAClaimInEachStatus(
            Role role, WarrantyClaimStatus status, boolean assign, boolean override, boolean cancel) {
        WarrantyViewModel vm = new WarrantyViewModel(as(role, "en"), Tasks.direct());
        vm.selectedProperty().set(claim(7, status, Coverage.WARRANTY, 90, null, null));
        assertThat(vm.canAssignProperty().get()).isEqualTo(assign);
        assertThat(vm.canOverrideProperty().get()).isEqualTo(override);
        assertThat(vm.canCancelProperty().get()).isEqualTo(cancel);
        assertThat(vm.assignForm() != null).isEqualTo(assign);
        assertThat(vm.coverageForm() != null).isEqualTo(override);
        assertThat(vm.cancelForm() != null).isEqualTo(cancel);
    }

    @Test
    void thoseToTriageComeFirstThenTheNewest() {
        List<WarrantyClaim> sorted = java.util.stream.Stream.of(
                        claim(1, WarrantyClaimStatus.REGISTERED, Coverage.WARRANTY, null, null, null),
                        claim(2, WarrantyClaimStatus.CANCELLED, Coverage.WARRANTY, null, null, null),
                        claim(3, WarrantyClaimStatus.ASSIGNED, Coverage.WARRANTY, null, null, null),
                        claim(4, WarrantyClaimStatus.REGISTERED, Coverage.BILLABLE, null, null, null))
                .sorted(WarrantyViewModel.ORDER)
                .toList();
        assertThat(sorted).extracting(WarrantyClaim::id).containsExactly(4L, 1L, 3L, 2L);
    }

    static AssignViewModel assign() {
        return new AssignViewModel(
                as(Role.MANAGER, "en"),
                Tasks.direct(),
                claim(7, WarrantyClaimStatus.REGISTERED, Coverage.WARRANTY, 90, null, null));
    }

    @Test
    void anAssignmentNeedsItsReasonAndWhoDoesIt() {
        AssignViewModel vm = assign();
        assertThat(vm.input()).isNull();
        assertThat(vm.fieldErrors()).containsKeys("reasonCode", "mechanicId");
        vm.targetProperty().set(AssignViewModel.Target.CONTRACTOR);
        assertThat(vm.input()).isNull();
        assertThat(vm.fieldErrors()).containsKeys("reasonCode", "supplierId").doesNotContainKey("mechanicId");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1,    1,    ''
            1.5,  1.5,  ''
            '1,5', 1.5, ''
            0,    ,     estimatedHours
            25,   ,     estimatedHours
            x,    ,     estimatedHours
            '',   ,     estimatedHours
            """)
    void aMechanicsHoursAreMoreThanZeroAndAtMostADay(String typed, BigDecimal hours, String error) {
        AssignViewModel vm = assign();
        vm.reasonCodeProperty().set(WarrantyReasonCode.WORKMANSHIP);
        vm.mechanicProperty().set(new Mechanic(4, "김민수", new BigDecimal("8"), true, 1));
        vm.hoursProperty().set(typed);
        WarrantyAssignInput in = vm.input();
        if (error.isEmpty()) {
            assertThat(in.estimatedHours()).isEqualByComparingTo(hours);
            assertThat(in.mechanicId()).isEqualTo(4L);
            assertThat(in.supplierId()).isNull();
            assertThat(in.date()).isNotNull();
        } else {
            assertThat(in).isNull();
            assertThat(vm.fieldErrors()).containsKey(error);
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            55000,    55000
            '55,000', 55000
            '',
            -1,       error
            12.5,     error
            """)
    void aContractorsPriceIsWholeWonOrBlankForAtCost(String typed, String expected) {
        AssignViewModel vm = assign();
        vm.targetProperty().set(AssignViewModel.Target.CONTRACTOR);
        vm.reasonCodeProperty().set(WarrantyReasonCode.PART_DEFECT);
        vm.supplierProperty().set(new Supplier(9, "유리나라", null, null, null, null, true, 1));
        vm.priceProperty().set(typed);
        WarrantyAssignInput in = vm.input();
        if ("error".equals(expected)) {
            assertThat(in).isNull();
            assertThat(vm.fieldErrors()).containsKey("price");
            return;
        }
        assertThat(in.supplierId()).isEqualTo(9L);
        assertThat(in.mechanicId()).isNull();
        assertThat(in.price()).isEqualTo(expected == null ? null : Long.valueOf(expected));
    }

    static Visit visit(ReceiptStatus status, Integer km) {
        return new Visit(
                11,
                LocalDate.of(2026, 11, 19),
                2,
                "12가3456",
                3,
                "정우성",
                km,
                "엔진오일 교환\n브레이크 점검",
                status,
                "김민수",
                JobStatus.FINISHED,
                BigDecimal.ONE,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    @Test
    void onlyAFinishedRepairComesBackAndTheOdometerStartsAtTheCarsLastReading() {
        assertThat(RegisterComebackViewModel.mayRegister(visit(ReceiptStatus.COMPLETED, 84_210)))
                .isTrue();
        assertThat(RegisterComebackViewModel.mayRegister(visit(ReceiptStatus.ACCEPTED, 84_210)))
                .isFalse();
        assertThat(RegisterComebackViewModel.mayRegister(visit(ReceiptStatus.CANCELLED, 84_210)))
                .isFalse();
        assertThat(RegisterComebackViewModel.mayRegister(null)).isFalse();
        Session s = as(Role.RECEPTIONIST, "en");
        assertThat(new RegisterComebackViewModel(s, Tasks.direct(), visit(ReceiptStatus.COMPLETED, 84_210), 86_000)
                        .mileageProperty()
                        .get())
                .isEqualTo("86000");
        assertThat(new RegisterComebackViewModel(s, Tasks.direct(), visit(ReceiptStatus.COMPLETED, 84_210), null)
                        .mileageProperty()
                        .get())
                .isEqualTo("84210");
    }

    @Test
    void aComebackWithoutAComplaintIsNotSent() {
        RegisterComebackViewModel vm = new RegisterComebackViewModel(
                as(Role.RECEPTIONIST, "ko"), Tasks.direct(), visit(ReceiptStatus.COMPLETED, 84_210), 86_000);
        vm.complaintProperty().set("  ");
        vm.submit(c -> {
            throw new AssertionError("sent");
        });
        assertThat(vm.fieldErrors()).containsEntry("complaint", "필수 항목");
        assertThat(vm.errorProperty().get()).isEmpty(); // no call was made (it would have failed offline)
        assertThat(vm.header())
                .contains("11")
                .contains("12가3456")
                .contains("엔진오일 교환")
                .doesNotContain("브레이크");
    }

    static Job job(Long claimId, Coverage coverage) {
        return new Job(
                5,
                9,
                4,
                "김민수",
                "정우성",
                "12가3456",
                null,
                "재정비",
                LocalDate.of(2026, 11, 20),
                BigDecimal.ONE,
                null,
                JobStatus.WAITING,
                null,
                null,
                null,
                null,
                List.of(),
                1,
                claimId,
                coverage);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            en, 7, WARRANTY, Comeback · no charge
            en, 7, BILLABLE, Comeback
            en,  ,         , ''
            ko, 7, WARRANTY, 재정비 · 무상
            ko, 7, BILLABLE, 재정비
            """)
    void aComebacksJobIsMarkedAndAWarrantyOneIsNoCharge(String lang, Long claimId, Coverage coverage, String badge) {
        assertThat(MyJobsViewModel.comeback(
                        job(claimId, coverage), as(Role.MECHANIC, lang).messages()))
                .isEqualTo(badge);
    }
}
