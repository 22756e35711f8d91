package org.shopsuite.server;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shopsuite.model.ApprovalInput;
import org.shopsuite.model.ApprovalMethod;
import org.shopsuite.model.CannedJobInput;
import org.shopsuite.model.CounterSale;
import org.shopsuite.model.CounterSaleInput;
import org.shopsuite.model.CounterSaleLineInput;
import org.shopsuite.model.CreditInput;
import org.shopsuite.model.Customer;
import org.shopsuite.model.CustomerInput;
import org.shopsuite.model.Decision;
import org.shopsuite.model.DeliveryInput;
import org.shopsuite.model.DeliveryLine;
import org.shopsuite.model.Estimate;
import org.shopsuite.model.EstimateInput;
import org.shopsuite.model.EstimateLine;
import org.shopsuite.model.EstimateLineInput;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.FinishInput;
import org.shopsuite.model.Fuel;
import org.shopsuite.model.LineDecision;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.MechanicInput;
import org.shopsuite.model.MergeInput;
import org.shopsuite.model.OverrideInput;
import org.shopsuite.model.PartGrade;
import org.shopsuite.model.PartRequestInput;
import org.shopsuite.model.PartsPricing;
import org.shopsuite.model.PaymentInput;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.PriceBand;
import org.shopsuite.model.PurchaseOrder;
import org.shopsuite.model.PurchaseOrderInput;
import org.shopsuite.model.PurchaseOrderLineInput;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.ReceiptInput;
import org.shopsuite.model.RecommendationInput;
import org.shopsuite.model.RecommendedPart;
import org.shopsuite.model.Role;
import org.shopsuite.model.ScanInput;
import org.shopsuite.model.ShopSettings;
import org.shopsuite.model.StockCount;
import org.shopsuite.model.StockCountInput;
import org.shopsuite.model.Supplier;
import org.shopsuite.model.SupplierInput;
import org.shopsuite.model.TransferInput;
import org.shopsuite.model.User;
import org.shopsuite.model.UserInput;
import org.shopsuite.model.Vehicle;
import org.shopsuite.model.VehicleInput;
import org.shopsuite.model.VehiclePart;
import org.shopsuite.model.VehiclePartInput;
import org.shopsuite.model.VehicleRecord;
import org.shopsuite.model.VendorReturn;
import org.shopsuite.model.VendorReturnInput;
import org.shopsuite.model.VendorReturnKind;
import org.shopsuite.model.VendorReturnLine;
import org.shopsuite.model.VoidInput;
import org.shopsuite.server.service.Actor;
import org.shopsuite.server.service.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A believable small Korean repair shop, made through the services themselves so that its events,
 * ledger and status board are real. Demo users share the password {@link #PASSWORD}.
 */
final class DemoData {
    static final String PASSWORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private DemoData() {}

    /** The demo's working day (see {@link DemoClock}); set while the demo loads. */
    private static DemoClock day;

    /** How many jobs the demo has worked (the first waits for a part). */
    private static int worked;

    static void loadIfEmpty(Services s, DemoClock clock) {
        if (!s.mechanics().list(null, null, 1).items().isEmpty()
                || !s.receipts().list(null, null, null, null, null, 1).items().isEmpty()) {
            log.info("demo data skipped: the database already has data");
            return;
        }
        day = clock;
        worked = 0;
        try {
            // the day starts in the morning: everything below happens in order, through the day
            clock.startBehind(java.time.Duration.ofHours(9), java.time.ZoneId.of("Asia/Seoul"));
            load(s);
        } finally {
            clock.catchUp();
            day = null;
        }
    }

    private static void later(int minutes) {
        day.advance(java.time.Duration.ofMinutes(minutes));
    }

    private static void load(Services s) {
        Actor system = Actor.system();
        ShopSettings shop = s.shop().get();
        s.changes()
                .commit(s.shop()
                        .update(
                                system,
                                shop.version(),
                                new ShopSettings(
                                        "한빛 자동차 정비소 (Hanbit Auto Repair)",
                                        "서울특별시 마포구 월드컵로 123",
                                        "02-123-4567",
                                        "123-45-67891",
                                        "김한빛",
                                        "KRW",
                                        66_000L,
                                        new BigDecimal("10"),
                                        "Asia/Seoul",
                                        "INV",
                                        1L,
                                        new BigDecimal("3"),
                                        1_000L,
                                        6,
                                        10_000,
                                        null,
                                        200_000L,
                                        28_000L,
                                        0L)));
        // a second shop of the chain (issue 22); the first took the shop's name and details above
        org.shopsuite.model.Location gangnam = s.changes()
                .commit(s.locations()
                        .create(
                                system,
                                new org.shopsuite.model.LocationInput(
                                        "한빛 자동차 정비소 강남점 (Hanbit Gangnam)",
                                        "서울특별시 강남구 테헤란로 152",
                                        "02-555-0101",
                                        null,
                                        "INV-GN",
                                        "Asia/Seoul")));

        List<Mechanic> mechanics = new ArrayList<>();
        for (String[] m : new String[][] {{"김민수", "8"}, {"이서준", "8"}, {"박지훈", "6"}, {"최유나", "7.5"}}) {
            mechanics.add(s.changes()
                    .commit(s.mechanics().create(system, new MechanicInput(m[0], new BigDecimal(m[1]), true))));
        }

        User managerUser = s.changes()
                .commit(s.users().create(system, new UserInput("manager", PASSWORD, Role.MANAGER, null, true, null)));
        User counter = s.changes()
                .commit(s.users()
                        .create(system, new UserInput("counter", PASSWORD, Role.RECEPTIONIST, null, true, null)));
        // the Gangnam location's manager, who also covers the first location's desk: chooses at sign-in
        User han = s.changes()
                .commit(s.users()
                        .create(
                                system,
                                new UserInput(
                                        "han",
                                        PASSWORD,
                                        null,
                                        null,
                                        true,
                                        null,
                                        List.of(
                                                new org.shopsuite.model.LocationRole(
                                                        Actor.FIRST_LOCATION, Role.RECEPTIONIST),
                                                new org.shopsuite.model.LocationRole(gangnam.id(), Role.MANAGER)))));
        String[] logins = {"kim", "lee", "park", "choi"};
        List<Actor> mechanicActors = new ArrayList<>();
        for (int i = 0; i < logins.length; i++) {
            User u = s.changes()
                    .commit(s.users()
                            .create(
                                    system,
                                    new UserInput(
                                            logins[i],
                                            PASSWORD,
                                            Role.MECHANIC,
                                            mechanics.get(i).id(),
                                            true,
                                            null)));
            mechanicActors.add(new Actor(u.id(), u.username(), Role.MECHANIC, u.mechanicId()));
        }
        Actor desk = new Actor(counter.id(), counter.username(), Role.RECEPTIONIST, null);
        // the mechanics clock in as the shop opens
        for (Actor m : mechanicActors) {
            s.changes().commit(s.clock().clockIn(m, m.mechanicId()));
            later(4);
        }

        List<VehiclePart> parts = new ArrayList<>();
        for (Object[] p : PARTS) {
            parts.add(s.changes()
                    .commit(s.parts()
                            .create(
                                    system,
                                    new VehiclePartInput(
                                            (String) p[0],
                                            (String) p[1],
                                            (Integer) p[2],
                                            (Long) p[3],
                                            (Long) p[3] * 6 / 10,
                                            (Integer) p[4],
                                            (String) p[5],
                                            null,
                                            null))));
        }

        LocalDate today = s.shop().today();
        LocalDate yesterday = today.minusDays(1);
        // Yesterday: finished and paid, finished and partly paid, and one cancelled.
        Receipt r1 = receipt(
                s,
                desk,
                "정우성",
                "010-2345-6789",
                "12가 3456",
                "Hyundai",
                "Sonata",
                2019,
                84_210,
                mechanics.get(0),
                yesterday,
                "2",
                "엔진오일 및 필터 교환, 브레이크 점검");
        work(s, mechanicActors.get(0), r1, List.of(part(parts, 0, 1), part(parts, 1, 1)), "1.5");
        pay(s, desk, r1, PaymentMethod.CARD, null);
        // Paid on the wrong card (the personal one, not the company's): the invoice is voided with
        // the card payment refunded, issued again and paid on the right card.
        Actor manager = new Actor(managerUser.id(), managerUser.username(), Role.MANAGER, null);
        long first = s.receipts().get(r1.id()).invoiceId();
        s.changes()
                .commit(s.invoices()
                        .voidInvoice(
                                manager,
                                first,
                                new VoidInput("결제 카드 착오 (paid on the wrong card)", PaymentMethod.CARD)));
        s.changes()
                .commit(s.receipts().reissueInvoice(manager, r1.id(), "법인 카드로 재결제 (to be paid on the company card)"));
        pay(s, desk, r1, PaymentMethod.CARD, null);
        s.changes().commit(s.receipts().release(desk, r1.id()));

        Receipt r2 = receipt(
                s,
                desk,
                "Emily Clark",
                "010-9876-5432",
                "34나 7890",
                "Kia",
                "Sorento",
                2021,
                41_050,
                mechanics.get(1),
                yesterday,
                "3",
                "Front brake pads squeal; replace pads");
        work(s, mechanicActors.get(1), r2, List.of(part(parts, 4, 1)), "3.25");
        pay(s, desk, r2, PaymentMethod.CASH, 100_000L);
        // A fleet car: handed back before it is paid in full (a warning, not a refusal).
        s.changes().commit(s.receipts().release(desk, r2.id()));

        Receipt r3 = receipt(
                s,
                desk,
                "한지민",
                "010-5555-1212",
                "56다 1122",
                "Genesis",
                "G80",
                2022,
                23_400,
                mechanics.get(2),
                yesterday,
                "1",
                "타이어 위치 교환");
        s.changes().commit(s.receipts().cancel(desk, r3.id(), "고객 일정 변경 (customer rescheduled)"));

        // Today: waiting, in progress with parts, finished unpaid, and a rejection for capacity.
        receipt(
                s,
                desk,
                "이도현",
                "010-3333-4444",
                "78라 5566",
                "Hyundai",
                "Avante",
                2018,
                120_500,
                mechanics.get(0),
                today,
                "2.5",
                "에어컨 냉매 충전 및 컴프레서 점검");
        Receipt r5 = receipt(
                s,
                desk,
                "Daniel Park",
                "010-7777-8888",
                "90마 1234",
                "Kia",
                "Carnival",
                2020,
                66_800,
                mechanics.get(1),
                today,
                "4",
                "Timing belt replacement");
        s.changes().commit(s.jobs().start(mechanicActors.get(1), r5.jobId()));
        s.changes()
                .commit(s.jobs()
                        .requestPart(
                                mechanicActors.get(1),
                                r5.jobId(),
                                new PartRequestInput(parts.get(10).id(), 1)));
        s.changes()
                .commit(s.jobs()
                        .requestPart(
                                mechanicActors.get(1),
                                r5.jobId(),
                                new PartRequestInput(parts.get(29).id(), 2)));
        Receipt r6 = receipt(
                s,
                desk,
                "송혜교",
                "010-1111-2222",
                "11바 9988",
                "Chevrolet",
                "Trax",
                2023,
                9_800,
                mechanics.get(3),
                today,
                "1.5",
                "와이퍼 및 에어필터 교환");
        work(s, mechanicActors.get(3), r6, List.of(part(parts, 2, 1), part(parts, 6, 1)), null);
        // 정우성's Sonata is back today (its history shows yesterday's visit).
        Receipt r7 = receipt(
                s,
                desk,
                "정우성",
                "010-2345-6789",
                "12가-3456",
                "Hyundai",
                "Sonata",
                2019,
                84_390,
                mechanics.get(2),
                today,
                "5",
                "변속기 오일 교환 및 하체 점검");
        receipt(
                s,
                desk,
                "Sarah Kim",
                "010-6666-7777",
                "33아 5678",
                "BMW",
                "520d",
                2016,
                182_000,
                mechanics.get(2),
                today,
                "3",
                "Check engine light; diagnose and repair");
        customersAndVehicles(s, desk, manager, r1, r2, r3, r7);
        estimates(s, desk, manager, mechanicActors, r5, r7, parts);
        purchasing(s, manager, parts);
        counterSales(s, desk, parts, r1);
        stockCount(s, manager, parts);
        schedule(s, manager, mechanics);
        warranty(s, desk, manager, r1, r2, r6);
        sublets(s, desk, manager, r1, r7);
        dailyClose(s, manager, mechanicActors.get(3), yesterday);
        gangnamDay(
                s,
                manager,
                new Actor(han.id(), han.username(), Role.MANAGER, null, null, gangnam.id()),
                mechanics,
                parts.get(6),
                today);
        log.info("demo data loaded: 2 locations, 4 mechanics, {} parts", parts.size());
    }

    /**
     * Comebacks, left for the manager to triage: 정우성's brakes squeal again (under warranty);
     * 송혜교's complaint turned billable by the manager; Emily Clark's registered and then cancelled
     * by her. (None is assigned: the walk-through's receipts keep their numbers.)
     */
    private static void warranty(Services s, Actor desk, Actor manager, Receipt r1, Receipt r2, Receipt r6) {
        s.changes()
                .commit(s.warranty()
                        .register(
                                desk,
                                new org.shopsuite.model.WarrantyClaimInput(
                                        r1.id(), "브레이크 소음 재발 (the brakes squeal again)", 84_900)));
        org.shopsuite.model.WarrantyClaim noise = s.changes()
                .commit(s.warranty()
                        .register(
                                desk,
                                new org.shopsuite.model.WarrantyClaimInput(
                                        r6.id(), "에어컨 바람 약함 (the A/C blows weakly)", 10_400)));
        s.changes()
                .commit(s.warranty()
                        .override(
                                manager,
                                noise.id(),
                                new org.shopsuite.model.CoverageOverrideInput(
                                        org.shopsuite.model.Coverage.BILLABLE,
                                        "필터 오염, 이전 작업과 무관 (a clogged filter, not the earlier work)")));
        org.shopsuite.model.WarrantyClaim rattle = s.changes()
                .commit(s.warranty()
                        .register(
                                desk,
                                new org.shopsuite.model.WarrantyClaimInput(
                                        r2.id(), "하부 소음 (a rattle underneath)", 41_600)));
        s.changes().commit(s.warranty().cancel(desk, rattle.id(), "고객이 다른 곳에서 수리 (repaired elsewhere)"));
    }

    /**
     * Work sent out: two contractors (a glass shop with its own login, `glass`, and an alignment
     * shop); 정우성's windscreen leak, a comeback of yesterday's visit, given to the glass shop
     * (which has set a day); today's Sonata job sends its wheel alignment out (ordered). Neither
     * makes a receipt: the walk-through's receipts keep their numbers.
     */
    private static void sublets(Services s, Actor desk, Actor manager, Receipt r1, Receipt r7) {
        Supplier glass = s.changes()
                .commit(s.purchasing()
                        .createSupplier(
                                manager,
                                new SupplierInput(
                                        "유리나라 (Glass Nara)",
                                        "02-555-0142",
                                        "work@glassnara.example",
                                        "105-86-54321",
                                        "출장 시공 가능 (fits on site)",
                                        true)));
        Supplier alignment = s.changes()
                .commit(s.purchasing()
                        .createSupplier(
                                manager,
                                new SupplierInput(
                                        "바른얼라인먼트 (Barun Alignment)", "031-222-9090", null, null, null, true)));
        User contractor = s.changes()
                .commit(s.users()
                        .create(manager, new UserInput("glass", PASSWORD, Role.CONTRACTOR, null, true, glass.id())));
        org.shopsuite.model.WarrantyClaim leak = s.changes()
                .commit(s.warranty()
                        .register(
                                desk,
                                new org.shopsuite.model.WarrantyClaimInput(
                                        r1.id(), "앞유리 틈새로 물이 샘 (water leaks round the windscreen)", 84_950)));
        leak = s.changes()
                .commit(s.warranty()
                        .assign(
                                manager,
                                leak.id(),
                                new org.shopsuite.model.WarrantyAssignInput(
                                        null,
                                        glass.id(),
                                        org.shopsuite.model.WarrantyReasonCode.WORKMANSHIP,
                                        null,
                                        null,
                                        null)));
        Actor glassActor = new Actor(contractor.id(), contractor.username(), Role.CONTRACTOR, null, glass.id());
        s.changes()
                .commit(s.sublets()
                        .schedule(
                                glassActor,
                                leak.subletOrderId(),
                                new org.shopsuite.model.SubletScheduleInput(
                                        s.shop().today().plusDays(1))));
        s.changes()
                .commit(s.sublets()
                        .orderForJob(
                                desk,
                                r7.jobId(),
                                new org.shopsuite.model.SubletInput(
                                        alignment.id(), "4륜 얼라인먼트 (four-wheel alignment)", 45_000L, 60_000L, null)));
    }

    /**
     * 정우성's Sonata gets an estimate: a draft corrected, presented, the bushings declined on the
     * phone, then a second version with one bushing only, presented (the first superseded, its
     * decisions carried over) and left for the customer to decide.
     */
    private static void estimates(
            Services s,
            Actor desk,
            Actor manager,
            List<Actor> mechanicActors,
            Receipt r5,
            Receipt r7,
            List<VehiclePart> parts) {
        // parts priced from their cost by band; two canned jobs for the counter
        s.changes()
                .commit(s.partsPricing()
                        .put(
                                manager,
                                s.partsPricing().get().version(),
                                new PartsPricing(
                                        List.of(
                                                new PriceBand(0L, 10_000L, new BigDecimal("180")),
                                                new PriceBand(10_000L, 100_000L, new BigDecimal("166")),
                                                new PriceBand(100_000L, null, new BigDecimal("150"))),
                                        null)));
        s.changes()
                .commit(s.cannedJobs()
                        .create(
                                manager,
                                new CannedJobInput(
                                        "엔진오일 교환 세트 (Oil change set)",
                                        List.of(
                                                new EstimateLineInput(
                                                        EstimateLineKind.LABOR,
                                                        "엔진오일 교환 (oil change)",
                                                        new BigDecimal("0.5"),
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null),
                                                new EstimateLineInput(
                                                        EstimateLineKind.PART,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        parts.get(0).id(),
                                                        PartGrade.NEW),
                                                new EstimateLineInput(
                                                        EstimateLineKind.PART,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        parts.get(1).id(),
                                                        PartGrade.NEW),
                                                new EstimateLineInput(
                                                        EstimateLineKind.FEE,
                                                        "폐유 처리비 (waste oil)",
                                                        null,
                                                        null,
                                                        null,
                                                        5_000L,
                                                        null,
                                                        null)),
                                        true)));
        s.changes()
                .commit(s.cannedJobs()
                        .create(
                                manager,
                                new CannedJobInput(
                                        "앞 브레이크 패드 교환 (Front brake pads)",
                                        List.of(
                                                new EstimateLineInput(
                                                        EstimateLineKind.LABOR,
                                                        "앞 브레이크 패드 교환 (front pads)",
                                                        new BigDecimal("1"),
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null),
                                                new EstimateLineInput(
                                                        EstimateLineKind.PART,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        parts.get(4).id(),
                                                        PartGrade.NEW)),
                                        true)));
        // the Carnival's mechanic finds a weeping water pump during the timing belt job
        s.changes()
                .commit(s.estimates()
                        .recommend(
                                mechanicActors.get(1),
                                r5.jobId(),
                                new RecommendationInput(
                                        "워터 펌프 누수: 벨트와 함께 교환 권장 (water pump weeping: replace with the belt)",
                                        new BigDecimal("1"),
                                        List.of(new RecommendedPart(
                                                parts.get(20).id(), 1)))));
        long atf = parts.get(13).id();
        List<EstimateLineInput> first = List.of(
                new EstimateLineInput(
                        EstimateLineKind.LABOR,
                        "변속기 오일 교환 (ATF change)",
                        new BigDecimal("1"),
                        null,
                        null,
                        null,
                        null,
                        null),
                new EstimateLineInput(
                        EstimateLineKind.PART, null, null, null, new BigDecimal("4"), null, atf, PartGrade.NEW),
                new EstimateLineInput(
                        EstimateLineKind.LABOR,
                        "하체 부싱 교환 (suspension bushings)",
                        new BigDecimal("2"),
                        null,
                        null,
                        null,
                        null,
                        null),
                new EstimateLineInput(
                        EstimateLineKind.FEE, "폐유 처리비 (waste oil disposal)", null, null, null, 5_000L, null, null));
        Estimate draft =
                s.changes().commit(s.estimates().create(desk, r7.id(), new EstimateInput(first.subList(0, 3))));
        draft = s.changes().commit(s.estimates().change(desk, draft.id(), draft.version(), new EstimateInput(first)));
        Estimate v1 = s.changes().commit(s.estimates().present(desk, draft.id()));
        List<LineDecision> decisions = new ArrayList<>();
        for (EstimateLine l : v1.lines()) {
            boolean bushings = l.description().startsWith("하체");
            decisions.add(new LineDecision(l.id(), bushings ? Decision.DECLINED : Decision.APPROVED));
        }
        s.changes()
                .commit(s.estimates()
                        .approve(
                                desk,
                                v1.id(),
                                new ApprovalInput(
                                        decisions, ApprovalMethod.PHONE, "정우성", "부싱은 다음에 (bushings next time)")));
        List<EstimateLineInput> second = new ArrayList<>(first);
        second.set(
                2,
                new EstimateLineInput(
                        EstimateLineKind.LABOR,
                        "앞 하체 부싱 1개소 교환 (one front bushing)",
                        new BigDecimal("0.5"),
                        null,
                        null,
                        null,
                        null,
                        null));
        Estimate v2 = s.changes().commit(s.estimates().create(desk, r7.id(), new EstimateInput(second)));
        v2 = s.changes().commit(s.estimates().present(desk, v2.id()));
        // the manager agrees a flat labour price for the ATF change with this regular customer
        s.changes()
                .commit(s.estimates()
                        .override(
                                manager,
                                v2.id(),
                                v2.lines().get(0).id(),
                                new OverrideInput(null, 55_000L, null, "단골 고객 공임 할인 (regular customer's rate)")));
    }

    /**
     * Two suppliers; tyres ordered and half delivered (with the vendor's invoice), bulbs received and
     * closed, refrigerant drafted and its quantity corrected, an order cancelled.
     */
    private static void purchasing(Services s, Actor manager, List<VehiclePart> parts) {
        Supplier daehan = s.changes()
                .commit(s.purchasing()
                        .createSupplier(
                                manager,
                                new SupplierInput(
                                        "대한부품상사 (Daehan Parts)",
                                        "02-333-4444",
                                        "order@daehan-parts.example",
                                        "220-81-12345",
                                        "오후 3시 전 주문 당일 배송 (same-day delivery before 3 pm)",
                                        true)));
        Supplier tyres = s.changes()
                .commit(s.purchasing()
                        .createSupplier(
                                manager,
                                new SupplierInput("한빛타이어 (Hanbit Tyres)", "031-777-8888", null, null, null, true)));
        VehiclePart tyre = parts.get(15);
        VehiclePart bulb = parts.get(16);
        VehiclePart gas = parts.get(23);
        PurchaseOrder t = order(s, manager, tyres.id(), tyre, 8, 70_000L);
        t = s.changes().commit(s.purchasing().place(manager, t.id()));
        s.changes()
                .commit(s.purchasing()
                        .receive(
                                manager,
                                t.id(),
                                new DeliveryInput(
                                        "HB-20261127-01",
                                        s.shop().today(),
                                        List.of(new DeliveryLine(null, tyre.barcode(), 4, 71_500L)),
                                        false)));
        PurchaseOrder b = order(s, manager, daehan.id(), bulb, 10, 6_000L);
        s.changes().commit(s.purchasing().place(manager, b.id()));
        s.changes()
                .commit(s.purchasing()
                        .receive(
                                manager,
                                b.id(),
                                new DeliveryInput(
                                        "DH-1127",
                                        s.shop().today(),
                                        List.of(new DeliveryLine(bulb.id(), null, 10, null)),
                                        false)));
        s.changes().commit(s.purchasing().close(manager, b.id()));
        PurchaseOrder g = order(s, manager, daehan.id(), gas, 2, 45_000L);
        s.changes()
                .commit(s.purchasing()
                        .updateOrder(
                                manager,
                                g.id(),
                                g.version(),
                                new PurchaseOrderInput(
                                        daehan.id(), List.of(new PurchaseOrderLineInput(gas.id(), 3, 45_000L, null)))));
        // a tyre delivered with a bead fault goes back, credited; an alternator core waits for its credit
        VendorReturn faulty = s.changes()
                .commit(s.purchasing()
                        .createReturn(
                                manager,
                                new VendorReturnInput(
                                        tyres.id(),
                                        VendorReturnKind.RETURN,
                                        List.of(new VendorReturnLine(tyre.id(), 1, 71_500L, "비드 손상 (bead damage)")))));
        s.changes().commit(s.purchasing().credit(manager, faulty.id(), new CreditInput("HB-CM-0042", 71_500L)));
        s.changes()
                .commit(s.purchasing()
                        .createReturn(
                                manager,
                                new VendorReturnInput(
                                        daehan.id(),
                                        VendorReturnKind.CORE,
                                        List.of(new VendorReturnLine(
                                                parts.get(27).id(), 1, 30_000L, "코어 반납 (core return)")))));
        PurchaseOrder x = order(s, manager, daehan.id(), parts.get(27), 1, 192_000L);
        s.changes().commit(s.purchasing().cancel(manager, x.id(), "다른 거래처에서 더 싸게 구매 (bought cheaper elsewhere)"));
    }

    /**
     * The parts counter's day: wipers sold and handed over, a battery paid and waiting to be
     * collected (reserved), a sale cancelled before the handover and bulbs brought back.
     */
    private static void counterSales(Services s, Actor desk, List<VehiclePart> parts, Receipt r1) {
        CounterSale wipers = sale(s, desk, r1.customerId(), parts.get(6), 2, PaymentMethod.CASH, 40_000L);
        s.changes().commit(s.counterSales().handOver(desk, wipers.id()));
        sale(s, desk, null, parts.get(9), 1, PaymentMethod.CARD, null);
        CounterSale filter = sale(s, desk, null, parts.get(2), 1, PaymentMethod.CARD, null);
        s.changes().commit(s.counterSales().cancel(desk, filter.id(), "다른 규격 필요 (wrong size)"));
        CounterSale bulbs = sale(s, desk, null, parts.get(16), 2, PaymentMethod.TRANSFER, null);
        s.changes().commit(s.counterSales().handOver(desk, bulbs.id()));
        s.changes().commit(s.counterSales().cancel(desk, bulbs.id(), "미개봉 반품 (returned unopened)"));
    }

    /**
     * Four lifts (the fourth out of use), the shop open every day (shorter at the weekend, so no demo
     * day is closed), Christmas and New Year's Day as holidays when at least two weeks away, and two
     * days off for 박지훈 three weeks from now.
     */
    private static void schedule(Services s, Actor manager, List<Mechanic> mechanics) {
        for (String name : new String[] {"1번 리프트 (Lift 1)", "2번 리프트 (Lift 2)", "3번 얼라인먼트 (Alignment)"}) {
            s.changes().commit(s.schedule().createBay(manager, new org.shopsuite.model.BayInput(name, true)));
        }
        org.shopsuite.model.Bay fourth = s.changes()
                .commit(s.schedule().createBay(manager, new org.shopsuite.model.BayInput("4번 리프트 (Lift 4)", true)));
        s.changes()
                .commit(s.schedule()
                        .updateBay(
                                manager,
                                fourth.id(),
                                fourth.version(),
                                new org.shopsuite.model.BayInput("4번 리프트 (수리 중 / under repair)", false)));
        List<org.shopsuite.model.OpeningDay> week = new ArrayList<>();
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            boolean weekend = d == java.time.DayOfWeek.SATURDAY || d == java.time.DayOfWeek.SUNDAY;
            week.add(new org.shopsuite.model.OpeningDay(
                    d, weekend ? "09:00" : "08:30", weekend ? "15:00" : "19:00", false));
        }
        LocalDate today = s.shop().today();
        List<LocalDate> holidays = new ArrayList<>();
        for (LocalDate h :
                new LocalDate[] {LocalDate.of(today.getYear(), 12, 25), LocalDate.of(today.getYear() + 1, 1, 1)}) {
            holidays.add(h.isBefore(today.plusDays(14)) ? h.plusYears(1) : h);
        }
        s.changes()
                .commit(s.schedule()
                        .setHours(
                                manager,
                                manager.locationId(),
                                0,
                                new org.shopsuite.model.OpeningHours(week, holidays, null, null)));
        appointments(s, manager, mechanics, today);
        s.changes().commit(s.reminders().run(manager, today));
        Mechanic park = mechanics.get(2);
        s.changes()
                .commit(s.schedule()
                        .setDaysOff(
                                manager,
                                park.id(),
                                1,
                                new org.shopsuite.model.DaysOff(
                                        null, List.of(today.plusDays(21), today.plusDays(22)), null)));
    }

    /**
     * Tomorrow's and the next day's bookings on the lifts: most booked, one moved, one cancelled, one
     * rejected because its lift was taken, and this morning's no-show (no arrival: the receipts of the
     * walk-through in docs/api.md keep their numbers).
     */
    private static void appointments(Services s, Actor manager, List<Mechanic> mechanics, LocalDate today) {
        List<org.shopsuite.model.VehicleRecord> cars =
                s.vehicles().search(null, null, null, null, 8).items();
        LocalDate tomorrow = today.plusDays(1);
        String[][] plan = {
            // car, day (+1/+2), start, hours, mechanic (index or -), bay (index or -), request, drop-off
            {"0", "1", "09:00", "1.5", "0", "-", "엔진오일 교환 (oil change)", "WAIT"},
            {"1", "1", "09:00", "3", "1", "-", "브레이크 패드 교환 (brake pads)", "DROP"},
            {"2", "1", "10:30", "2", "-", "-", "에어컨 점검 (A/C check)", "DROP"},
            {"3", "1", "13:00", "1", "2", "2", "휠 얼라인먼트 (wheel alignment)", "WAIT"},
            {"4", "2", "09:30", "2.5", "3", "-", "타이밍 벨트 점검 (timing belt)", "DROP"},
            {"5", "2", "14:00", "1", "-", "-", "타이어 위치 교환 (tyre rotation)", "WAIT"},
            {"6", "1", "13:30", "1", "-", "2", "얼라인먼트 재점검 (alignment again)", "WAIT"},
            {"7", "0", "09:00", "1", "-", "-", "와이퍼 교환 (wipers)", "WAIT"},
        };
        List<org.shopsuite.model.Bay> bays =
                s.schedule().bays(Actor.FIRST_LOCATION, true, null, 10).items();
        loyalty(s, manager, cars);
        List<org.shopsuite.model.Appointment> made = new ArrayList<>();
        for (String[] p : plan) {
            int car = Integer.parseInt(p[0]);
            if (car >= cars.size()) {
                continue;
            }
            org.shopsuite.model.VehicleRecord v = cars.get(car);
            made.add(s.changes()
                    .commit(s.appointments()
                            .book(
                                    manager,
                                    new org.shopsuite.model.AppointmentInput(
                                            v.customerId(),
                                            v.id(),
                                            today.plusDays(Integer.parseInt(p[1])),
                                            p[2],
                                            new BigDecimal(p[3]),
                                            p[4].equals("-")
                                                    ? null
                                                    : mechanics
                                                            .get(Integer.parseInt(p[4]))
                                                            .id(),
                                            p[5].equals("-")
                                                    ? null
                                                    : bays.get(Integer.parseInt(p[5]))
                                                            .id(),
                                            p[6],
                                            org.shopsuite.model.DropOff.valueOf(p[7])))));
        }
        if (made.size() >= 8) {
            s.changes()
                    .commit(s.appointments()
                            .reschedule(
                                    manager,
                                    made.get(2).id(),
                                    new org.shopsuite.model.RescheduleInput(tomorrow, "11:00", null, null, null)));
            s.changes()
                    .commit(s.appointments().cancel(manager, made.get(5).id(), "고객 일정 변경 (customer's plans changed)"));
            s.changes().commit(s.appointments().noShow(manager, made.get(7).id()));
        }
    }

    /**
     * Promotions, and points for the booked customers before they book (the shop asks a 1,000-point
     * deposit): the first customer buys 3,000 then 5,000 points (the bike-rental origin flow), the
     * others 2,000 each, but for the seventh car's owner, who has none.
     */
    private static void loyalty(Services s, Actor manager, List<org.shopsuite.model.VehicleRecord> cars) {
        s.changes()
                .commit(s.coupons()
                        .createPromotion(
                                manager,
                                new org.shopsuite.model.PromotionInput(
                                        "예약 고객 공임 10% 할인 (10% off labour for bookings)",
                                        org.shopsuite.model.PromotionKind.PERCENT_LABOR,
                                        10L,
                                        60,
                                        org.shopsuite.model.PromotionTrigger.ON_BOOKING,
                                        true)));
        s.changes()
                .commit(s.coupons()
                        .createPromotion(
                                manager,
                                new org.shopsuite.model.PromotionInput(
                                        "재방문 5,000원 할인 (5,000 won off a return visit)",
                                        org.shopsuite.model.PromotionKind.AMOUNT,
                                        5_000L,
                                        30,
                                        org.shopsuite.model.PromotionTrigger.MANUAL,
                                        true)));
        java.util.Set<Long> sold = new java.util.HashSet<>();
        for (int i = 0; i < cars.size(); i++) {
            long customer = cars.get(i).customerId();
            if (i == 6 || !sold.add(customer)) {
                continue;
            }
            if (i < 3) {
                // they agreed to text reminders
                Customer c = s.customers().get(manager, customer);
                CustomerInput in = s.customers().asInput(manager, customer);
                s.changes()
                        .commit(s.customers()
                                .update(
                                        manager,
                                        customer,
                                        c.version(),
                                        new CustomerInput(
                                                in.name(), in.phones(), in.email(), in.address(), in.notes(), true)));
            }
            long[] buys = i == 0 ? new long[] {3_000, 5_000} : new long[] {2_000};
            for (long points : buys) {
                s.changes()
                        .commit(s.points()
                                .purchase(
                                        manager,
                                        customer,
                                        new org.shopsuite.model.PointsPurchaseInput(
                                                points,
                                                points,
                                                points == 5_000 ? PaymentMethod.CARD : PaymentMethod.CASH)));
            }
        }
    }

    /** The washer fluid shelf counted: two cans short, posted to the ledger. */
    private static void stockCount(Services s, Actor manager, List<VehiclePart> parts) {
        VehiclePart fluid = parts.get(24);
        StockCount sheet = s.changes()
                .commit(s.stockCounts()
                        .start(
                                manager,
                                new StockCountInput(
                                        List.of(fluid.id(), parts.get(25).id()))));
        s.changes()
                .commit(s.stockCounts()
                        .scan(manager, sheet.id(), new ScanInput(fluid.barcode(), null, fluid.stock() - 2)));
        s.changes()
                .commit(s.stockCounts()
                        .scan(
                                manager,
                                sheet.id(),
                                new ScanInput(
                                        null, parts.get(25).id(), parts.get(25).stock())));
        s.changes().commit(s.stockCounts().post(manager, sheet.id()));
    }

    /** A sale paid in full: exactly, or in cash with {@code cash} handed over. */
    private static CounterSale sale(
            Services s, Actor desk, Long customer, VehiclePart part, int quantity, PaymentMethod method, Long cash) {
        long subtotal = part.partPrice() * quantity;
        long total = subtotal + (subtotal + 5) / 10; // the demo shop's 10% VAT, half-up
        return s.changes()
                .commit(s.counterSales()
                        .create(
                                desk,
                                new CounterSaleInput(
                                        customer,
                                        List.of(new CounterSaleLineInput(part.id(), quantity)),
                                        new PaymentInput(cash == null ? total : cash, method))));
    }

    private static PurchaseOrder order(
            Services s, Actor manager, long supplier, VehiclePart part, int quantity, long cost) {
        return s.changes()
                .commit(s.purchasing()
                        .createOrder(
                                manager,
                                new PurchaseOrderInput(
                                        supplier,
                                        List.of(new PurchaseOrderLineInput(part.id(), quantity, cost, null)))));
    }

    /** The records behind the receipts: a second car, a car sold on, a duplicate merged, details filled in. */
    private static void customersAndVehicles(
            Services s, Actor desk, Actor manager, Receipt r1, Receipt r2, Receipt r3, Receipt r7) {
        long sonata = r7.vehicleId();
        VehicleRecord v = s.vehicles().get(desk, sonata);
        s.changes()
                .commit(s.vehicles()
                        .update(
                                desk,
                                sonata,
                                v.version(),
                                new VehicleInput(
                                        v.plate(),
                                        "KMHE341DBLA123456",
                                        v.make(),
                                        v.model(),
                                        v.year(),
                                        Fuel.GASOLINE,
                                        "흰색 (white)",
                                        v.customerId(),
                                        true,
                                        LocalDate.of(2021, 3, 15))));
        Customer jung = s.customers().get(desk, r1.customerId());
        s.changes()
                .commit(s.customers()
                        .update(
                                desk,
                                jung.id(),
                                jung.version(),
                                new CustomerInput(
                                        jung.name(),
                                        List.of("010-2345-6789", "02-555-0123"),
                                        "jung.ws@example.com",
                                        "서울특별시 강남구 테헤란로 1",
                                        "법인 차량 2대, 월말 결제 (two company cars, paid monthly)",
                                        true)));
        s.changes()
                .commit(s.vehicles()
                        .create(
                                desk,
                                new VehicleInput(
                                        "123가 4567",
                                        null,
                                        "Kia",
                                        "EV6",
                                        2023,
                                        Fuel.ELECTRIC,
                                        "회색 (grey)",
                                        jung.id(),
                                        null,
                                        LocalDate.of(2023, 5, 2))));
        // 한지민's G80 was sold to 최우식: its history stays with the car.
        Customer choi = s.changes()
                .commit(s.customers()
                        .create(desk, new CustomerInput("최우식", List.of("010-2020-3030"), null, null, null, false)));
        s.changes().commit(s.vehicles().transfer(desk, r3.vehicleId(), new TransferInput(choi.id(), "중고 매매 (sold)")));
        // Emily Clark was entered twice, once from an e-mail enquiry: the manager merges the records.
        Customer twice = s.changes()
                .commit(s.customers()
                        .create(
                                desk,
                                new CustomerInput(
                                        "Emily Clark",
                                        List.of("010-9876-0000"),
                                        "emily.clark@example.com",
                                        null,
                                        "Asked for a quote by e-mail",
                                        true)));
        s.changes()
                .commit(s.customers()
                        .merge(
                                manager,
                                r2.customerId(),
                                new MergeInput(twice.id(), "같은 고객 중복 등록 (the same customer entered twice)")));
    }

    private static Receipt receipt(
            Services s,
            Actor desk,
            String name,
            String phone,
            String car,
            String make,
            String model,
            int year,
            int km,
            Mechanic mechanic,
            LocalDate date,
            String hours,
            String request) {
        return s.changes()
                .commit(s.receipts()
                        .create(
                                desk,
                                new ReceiptInput(
                                        name,
                                        phone,
                                        car,
                                        new Vehicle(null, make, model, year, km),
                                        mechanic.id(),
                                        date,
                                        new BigDecimal(hours),
                                        request,
                                        null,
                                        null,
                                        null)));
    }

    private static PartRequestInput part(List<VehiclePart> parts, int index, int quantity) {
        return new PartRequestInput(parts.get(index).id(), quantity);
    }

    /**
     * 최유나 leaves early (clocked out); yesterday's drawer was counted 1,000 short, recounted
     * (reopened with the reason) and counted right; today's is left for the manager to count.
     */
    private static void dailyClose(Services s, Actor manager, Actor leaving, LocalDate yesterday) {
        later(30);
        s.changes().commit(s.clock().clockOut(leaving, leaving.mechanicId()));
        long expected =
                s.reports().dailyClose(manager.locationId(), yesterday).cash().expected();
        s.changes()
                .commit(s.reports()
                        .close(
                                manager,
                                new org.shopsuite.model.DailyCloseInput(
                                        yesterday, expected - 1_000, "천원 부족 (1,000 short)")));
        s.changes().commit(s.reports().reopen(manager, yesterday, "동전 통 재확인 (the coin tray recounted)"));
        s.changes()
                .commit(s.reports()
                        .close(manager, new org.shopsuite.model.DailyCloseInput(yesterday, expected, "맞음 (right)")));
    }

    /**
     * A job through the demo's day: the car onto the lift, the work for about the hours billed (the
     * first job waits 20 minutes for a part), finished.
     */
    private static void work(Services s, Actor mechanic, Receipt r, List<PartRequestInput> requests, String hours) {
        later(15);
        s.changes().commit(s.jobs().start(mechanic, r.jobId()));
        for (PartRequestInput p : requests) {
            s.changes().commit(s.jobs().requestPart(mechanic, r.jobId(), p));
        }
        double billed = hours == null ? 1 : Double.parseDouble(hours);
        if (worked++ == 0) {
            later(25);
            s.changes()
                    .commit(s.clock()
                            .pause(
                                    mechanic,
                                    r.jobId(),
                                    new org.shopsuite.model.PauseInput(
                                            org.shopsuite.model.PauseReason.WAITING_PARTS, "필터 입고 대기")));
            later(20);
            s.changes().commit(s.clock().resume(mechanic, r.jobId(), null));
        }
        later((int) Math.round(billed * 60 * 0.85));
        s.changes()
                .commit(s.jobs()
                        .finish(
                                mechanic,
                                r.jobId(),
                                new FinishInput(hours == null ? null : new BigDecimal(hours), "작업 완료")));
    }

    /**
     * The Gangnam location's morning (issue 22): wiper blades sent over from the first location; a
     * receipt taken there, on its board; the tyres rotated, the wipers changed from Gangnam's own
     * stock, and the invoice issued on its own numbering (INV-GN-...) with its details as issuer.
     */
    private static void gangnamDay(
            Services s, Actor manager, Actor there, List<Mechanic> mechanics, VehiclePart wipers, LocalDate today) {
        s.changes()
                .commit(s.stockTransfers()
                        .create(
                                manager,
                                new org.shopsuite.model.StockTransferInput(
                                        Actor.FIRST_LOCATION,
                                        there.locationId(),
                                        List.of(new org.shopsuite.model.StockTransferLineInput(wipers.id(), 4)),
                                        "강남점 요청 (Gangnam asked)")));
        later(5);
        Receipt r = receipt(
                s,
                there,
                "윤아름",
                "010-4321-8765",
                "45나 6789",
                "Kia",
                "K5",
                2021,
                35_800,
                mechanics.get(3),
                today,
                "1",
                "타이어 위치 교환, 와이퍼 교체 (tyre rotation, wipers)");
        later(10);
        s.changes().commit(s.jobs().start(there, r.jobId()));
        s.changes().commit(s.jobs().requestPart(there, r.jobId(), new PartRequestInput(wipers.id(), 2)));
        later(50);
        s.changes().commit(s.jobs().finish(there, r.jobId(), new FinishInput(new BigDecimal("1"), "작업 완료")));
        pay(s, there, r, PaymentMethod.CARD, null);
        receipt(
                s,
                there,
                "Daniel Park",
                "010-8080-1212",
                "78다 4321",
                "Genesis",
                "G80",
                2022,
                21_400,
                mechanics.get(3),
                today,
                "2",
                "Brake fluid flush; check the parking brake");
        // Gangnam's own opening hours and lifts (each location has its own), and a booking there tomorrow
        List<org.shopsuite.model.OpeningDay> week = new ArrayList<>();
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            boolean sunday = d == java.time.DayOfWeek.SUNDAY;
            week.add(new org.shopsuite.model.OpeningDay(
                    d, sunday ? "10:00" : "09:00", sunday ? "16:00" : "20:00", false));
        }
        s.changes()
                .commit(s.schedule()
                        .setHours(
                                there,
                                there.locationId(),
                                0,
                                new org.shopsuite.model.OpeningHours(week, List.of(), null, null)));
        for (String name : new String[] {"강남 1번 리프트 (Gangnam lift 1)", "강남 2번 리프트 (Gangnam lift 2)"}) {
            s.changes().commit(s.schedule().createBay(there, new org.shopsuite.model.BayInput(name, true)));
        }
        s.changes()
                .commit(s.appointments()
                        .book(
                                there,
                                new org.shopsuite.model.AppointmentInput(
                                        r.customerId(),
                                        r.vehicleId(),
                                        today.plusDays(1),
                                        "10:00",
                                        BigDecimal.ONE,
                                        null,
                                        null,
                                        "엔진오일 교환 (oil change)",
                                        org.shopsuite.model.DropOff.WAIT)));
    }

    private static void pay(Services s, Actor desk, Receipt r, PaymentMethod method, Long amount) {
        Receipt done = s.receipts().get(r.id());
        long balance = s.invoices().get(done.invoiceId()).balance();
        s.changes()
                .commit(s.invoices()
                        .pay(desk, done.invoiceId(), new PaymentInput(amount == null ? balance : amount, method)));
    }

    /** Part number, name, stock, price (KRW), reorder point, barcode. */
    private static final Object[][] PARTS = {
        {"EO-5W30-4L", "엔진오일 5W-30 4L (Engine oil 5W-30 4L)", 24, 48_000L, 6, "8801234500011"},
        {"OF-HY-01", "오일 필터 (Oil filter, Hyundai/Kia)", 30, 9_000L, 8, "8801234500028"},
        {"AF-HY-02", "에어 필터 (Air filter)", 15, 18_000L, 4, "8801234500035"},
        {"CF-HY-03", "에어컨 필터 (Cabin air filter)", 20, 15_000L, 5, "8801234500042"},
        {"BP-FR-KIA", "앞 브레이크 패드 (Front brake pads)", 8, 65_000L, 3, "8801234500059"},
        {"BP-RR-KIA", "뒤 브레이크 패드 (Rear brake pads)", 6, 55_000L, 3, "8801234500066"},
        {"WB-600", "와이퍼 블레이드 600mm (Wiper blade 600mm)", 12, 14_000L, 4, "8801234500073"},
        {"WB-400", "와이퍼 블레이드 400mm (Wiper blade 400mm)", 12, 12_000L, 4, "8801234500080"},
        {"SP-IR-04", "이리듐 점화 플러그 (Iridium spark plug)", 40, 16_000L, 8, "8801234500097"},
        {"BAT-80AH", "배터리 80Ah (Battery 80Ah)", 4, 145_000L, 2, "8801234500103"},
        {"TB-KIT-01", "타이밍 벨트 키트 (Timing belt kit)", 3, 210_000L, 1, "8801234500110"},
        {"CL-4L", "냉각수 4L (Coolant 4L)", 18, 22_000L, 5, "8801234500127"},
        {"BF-DOT4", "브레이크 오일 DOT4 1L (Brake fluid DOT4 1L)", 10, 13_000L, 3, "8801234500134"},
        {"ATF-SP4", "자동변속기 오일 SP-IV 1L (ATF SP-IV 1L)", 20, 17_000L, 6, "8801234500141"},
        {"TR-205-55", "타이어 205/55R16 (Tyre 205/55R16)", 8, 98_000L, 4, "8801234500158"},
        {"TR-225-45", "타이어 225/45R17 (Tyre 225/45R17)", 8, 125_000L, 4, "8801234500165"},
        {"HL-H7", "전조등 전구 H7 (Headlight bulb H7)", 16, 11_000L, 4, "8801234500172"},
        {"SA-FR-01", "앞 쇼크업소버 (Front shock absorber)", 2, 135_000L, 2, "8801234500189"},
        {"DR-FR-01", "앞 브레이크 디스크 (Front brake disc)", 4, 88_000L, 2, "8801234500196"},
        {"SB-GEN-01", "서펜타인 벨트 (Serpentine belt)", 5, 38_000L, 2, "8801234500202"},
        {"WP-HY-01", "워터 펌프 (Water pump)", 2, 120_000L, 1, "8801234500219"},
        {"TH-82C", "서모스탯 82℃ (Thermostat 82°C)", 5, 32_000L, 2, "8801234500226"},
        {"FF-DSL-01", "연료 필터 디젤 (Fuel filter, diesel)", 7, 28_000L, 2, "8801234500233"},
        {"AC-R1234", "에어컨 냉매 R-1234yf (A/C refrigerant R-1234yf)", 6, 75_000L, 2, "8801234500240"},
        {"WF-2L", "워셔액 2L (Washer fluid 2L)", 36, 4_000L, 10, "8801234500257"},
        {"ST-LNK-01", "스태빌라이저 링크 (Stabiliser link)", 6, 27_000L, 2, "8801234500264"},
        {"TE-OUT-01", "타이로드 엔드 (Tie rod end)", 4, 42_000L, 2, "8801234500271"},
        {"ALT-90A", "발전기 90A (Alternator 90A)", 1, 320_000L, 1, "8801234500288"},
        {"EM-MNT-01", "엔진 미미 (Engine mount)", 3, 95_000L, 1, "8801234500295"},
        {"TB-IDL-01", "타이밍 벨트 아이들러 (Timing belt idler)", 5, 45_000L, 2, "8801234500301"},
        {"GL-NIT-100", "니트릴 장갑 100매 (Nitrile gloves x100)", 10, 12_000L, 3, "8801234500318"},
        {"DG-LED-01", "번호판 LED 전구 (Licence plate LED bulb)", 0, 6_000L, 4, "8801234500325"},
    };
}
