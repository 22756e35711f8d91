package org.shopsuite.desktop.ui.estimates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Decision;
import org.shopsuite.model.Estimate;
import org.shopsuite.model.EstimateLine;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.EstimateStatus;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.Receipt;

/** The estimate ViewModels, synchronously against a real in-process server with the demo shop. */
class EstimateViewModelsTest {
    @TempDir
    Path dir;

    ServerFixture server;
    Preferences prefs;

    @BeforeEach
    void setUp() {
        server = new ServerFixture(dir);
        prefs = Preferences.userRoot().node("shop-suite-test-" + System.nanoTime());
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
        server.close();
    }

    private Session login(String user, Locale language) {
        return server.session(prefs, user, language);
    }

    private static Receipt receiptOf(Session s, String customer) {
        return s.client().receipts(customer, null, null, null, 5).items().get(0);
    }

    private EstimateEditorViewModel editor(Session s, String customer) {
        EstimateEditorViewModel vm = new EstimateEditorViewModel(s, Tasks.direct(), receiptOf(s, customer));
        vm.load();
        return vm;
    }

    @Test
    void theEditorShowsTheLatestVersionAndOnlyADraftTakesLines() {
        Session desk = login("counter", Locale.ENGLISH);
        EstimateEditorViewModel vm = editor(desk, "정우성");
        Estimate shown = vm.estimateProperty().get();
        assertThat(shown.number()).isEqualTo(2);
        assertThat(shown.status()).isEqualTo(EstimateStatus.PRESENTED);
        assertThat(vm.headingProperty().get()).startsWith("Estimate v2 · presented");
        assertThat(vm.lines()).hasSize(shown.lines().size());
        assertThat(vm.editableProperty().get()).isFalse();
        assertThat(vm.canDecideProperty().get()).isTrue();
        assertThat(vm.total()).isEqualTo(shown.total());
        assertThat(vm.subtotal()).isEqualTo(shown.subtotal());

        vm.descriptionProperty().set("Wheel alignment");
        vm.quantityProperty().set("1");
        vm.addLine();
        assertThat(vm.lines())
                .as("a presented version is frozen")
                .hasSize(shown.lines().size());
        vm.remove(0);
        assertThat(vm.lines()).hasSize(shown.lines().size());
    }

    @Test
    void linesAddedFromTheKeyboardKeepTheTotalsLiveAndTheServerAgreesOnSave() {
        Session desk = login("counter", Locale.ENGLISH);
        EstimateEditorViewModel vm = editor(desk, "정우성");
        vm.newVersion();
        Estimate draft = vm.estimateProperty().get();
        assertThat(draft.status()).isEqualTo(EstimateStatus.DRAFT);
        assertThat(draft.number()).isEqualTo(3);
        assertThat(vm.lines()).as("a copy of v2's lines").hasSize(4);
        long before = vm.subtotal();

        long rate = desk.shop().laborRatePerHour();
        vm.kindProperty().set(EstimateLineKind.LABOR);
        vm.descriptionProperty().set("Wheel alignment");
        vm.quantityProperty().set("1.25");
        vm.addLine();
        assertThat(vm.fieldErrors()).isEmpty();
        assertThat(vm.lines()).hasSize(5);
        long labour = EstimateMath.amount(new BigDecimal("1.25"), rate);
        assertThat(vm.subtotal()).isEqualTo(before + labour);
        assertThat(vm.tax()).isEqualTo(EstimateMath.tax(before + labour, draft.taxRatePercent()));
        assertThat(vm.descriptionProperty().get())
                .as("the row is ready for the next line")
                .isEmpty();
        assertThat(vm.dirtyProperty().get()).isTrue();

        // a part by its number: the one match is taken, priced by the shop's rule
        vm.kindProperty().set(EstimateLineKind.PART);
        vm.descriptionProperty().set("OF-HY-01");
        vm.quantityProperty().set("2");
        vm.addLine();
        assertThat(vm.fieldErrors()).isEmpty();
        EditorLine part = vm.lines().get(5);
        assertThat(part.input().vehiclePartId()).isNotNull();
        assertThat(part.input().unitPrice())
                .as("the rule prices it, not a manual price")
                .isNull();

        // a fee with its price
        vm.kindProperty().set(EstimateLineKind.FEE);
        vm.descriptionProperty().set("Disposal");
        vm.priceProperty().set("3,000");
        vm.addLine();
        assertThat(vm.lines()).hasSize(7);
        long local = vm.subtotal();
        long localTax = vm.tax();

        vm.save();
        Estimate saved = vm.estimateProperty().get();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(saved.lines()).hasSize(7);
        assertThat(saved.lines().get(4).amount()).isEqualTo(labour);
        assertThat(saved.lines().get(5).amount())
                .as("the preview priced the part as the server does")
                .isEqualTo(part.amount());
        assertThat(saved.subtotal()).isEqualTo(local);
        assertThat(saved.tax()).isEqualTo(localTax);
        assertThat(vm.messageProperty().get()).isEqualTo("Estimate v3 saved.");

        vm.remove(6);
        vm.present();
        Estimate presented = vm.estimateProperty().get();
        assertThat(presented.status()).isEqualTo(EstimateStatus.PRESENTED);
        assertThat(presented.lines()).as("saved before presenting").hasSize(6);
        assertThat(desk.client().estimate(draft.id() - 1).status()).isEqualTo(EstimateStatus.SUPERSEDED);
        assertThat(vm.canDecideProperty().get()).isTrue();
        assertThat(vm.canStartVersionProperty().get()).isTrue();
    }

    @Test
    void theAddRowSaysWhatIsMissingAndAddsNothing() {
        Session desk = login("counter", Locale.ENGLISH);
        EstimateEditorViewModel vm = editor(desk, "정우성");
        vm.newVersion();
        int n = vm.lines().size();

        vm.kindProperty().set(EstimateLineKind.LABOR);
        vm.descriptionProperty().set("Diagnosis");
        vm.addLine();
        assertThat(vm.fieldErrors()).containsEntry("quantity", "How many hours?");
        vm.quantityProperty().set("25");
        vm.addLine();
        assertThat(vm.fieldErrors()).containsKey("quantity");
        vm.quantityProperty().set("0.333");
        vm.addLine();
        assertThat(vm.fieldErrors()).containsKey("quantity");

        vm.kindProperty().set(EstimateLineKind.SUBLET);
        vm.descriptionProperty().set("Glass repair");
        vm.addLine();
        assertThat(vm.fieldErrors()).containsEntry("price", "What does it cost?");

        vm.kindProperty().set(EstimateLineKind.PART);
        vm.quantityProperty().set("");
        vm.descriptionProperty().set("no such part anywhere");
        vm.addLine();
        assertThat(vm.fieldErrors().get("description")).startsWith("No part matches");

        vm.descriptionProperty().set("브레이크 패드");
        vm.addLine();
        assertThat(vm.partMatches()).as("front and rear pads: the user chooses").hasSizeGreaterThan(1);
        assertThat(vm.lines()).hasSize(n);
        vm.choosePart(vm.partMatches().get(0));
        vm.addLine();
        assertThat(vm.lines()).hasSize(n + 1);
        assertThat(vm.partMatches()).isEmpty();
    }

    @Test
    void aDraftChangedMeanwhileIsReloadedAndTheUserIsTold() {
        Session desk = login("counter", Locale.ENGLISH);
        EstimateEditorViewModel mine = editor(desk, "정우성");
        mine.newVersion();
        EstimateEditorViewModel theirs = editor(login("manager", Locale.ENGLISH), "정우성");
        theirs.kindProperty().set(EstimateLineKind.FEE);
        theirs.descriptionProperty().set("Their fee");
        theirs.priceProperty().set("1000");
        theirs.addLine();
        theirs.save();

        mine.kindProperty().set(EstimateLineKind.FEE);
        mine.descriptionProperty().set("My fee");
        mine.priceProperty().set("2000");
        mine.addLine();
        mine.save();
        assertThat(mine.errorProperty().get()).contains("Someone changed this estimate meanwhile");
        assertThat(mine.lines().stream().map(l -> l.input().description()))
                .contains("Their fee")
                .doesNotContain("My fee");
        assertThat(mine.dirtyProperty().get()).isFalse();
    }

    @Test
    void decisionsSendOnlyWhatChangedAndApproveAllOrDeclineAllSetEveryLine() {
        Session desk = login("counter", Locale.ENGLISH);
        EstimateEditorViewModel editor = editor(desk, "정우성");
        DecisionsViewModel vm = editor.decisionsForm();
        assertThat(vm.customerNameProperty().get()).isEqualTo("정우성");
        assertThat(vm.decisions()).as("nothing decided here yet").isEmpty();
        vm.submit(e -> {});
        assertThat(vm.errorProperty().get()).startsWith("Nothing new to record");

        vm.declineAll();
        assertThat(vm.choices()).allMatch(c -> c.decisionProperty().get() == Decision.DECLINED);
        assertThat(vm.summaryProperty().get()).contains("declined: 4").contains("to decide: 0");
        vm.approveAll();
        assertThat(vm.summaryProperty().get()).startsWith("Approved: 4 lines");
        long pending = vm.choices().stream()
                .filter(c -> c.line().decision() == Decision.PENDING)
                .count();
        assertThat(vm.decisions()).as("only the lines not approved already").hasSize((int) pending);

        vm.customerNameProperty().set(" ");
        vm.submit(e -> {});
        assertThat(vm.fieldErrors()).containsEntry("customerName", "Required");
    }

    @Test
    void decliningIsRecordedAndTheEditorShowsIt() {
        Session desk = login("counter", Locale.ENGLISH);
        EstimateEditorViewModel editor = editor(desk, "정우성");
        DecisionsViewModel vm = editor.decisionsForm();
        DecisionsViewModel.Choice open = vm.choices().stream()
                .filter(c -> c.line().decision() == Decision.PENDING)
                .findFirst()
                .orElseThrow();
        open.decisionProperty().set(Decision.DECLINED);
        vm.methodProperty().set(org.shopsuite.model.ApprovalMethod.PHONE);
        AtomicReference<Estimate> done = new AtomicReference<>();
        vm.submit(done::set);
        assertThat(vm.errorProperty().get()).isEmpty();
        editor.decided(done.get());
        EstimateLine line = done.get().lines().stream()
                .filter(l -> l.id() == open.line().id())
                .findFirst()
                .orElseThrow();
        assertThat(line.decision()).isEqualTo(Decision.DECLINED);
        assertThat(editor.lines().stream()
                        .filter(l -> l.id() == line.id())
                        .findFirst()
                        .orElseThrow()
                        .decision())
                .isEqualTo(Decision.DECLINED);
        assertThat(editor.messageProperty().get()).contains("decisions are recorded");
    }

    @Test
    void moreApprovedHoursThanTheMechanicsDayHasLeftAreRefusedInTheUsersLanguage() {
        Session desk = login("counter", Locale.KOREAN);
        EstimateEditorViewModel editor = editor(desk, "정우성");
        editor.newVersion();
        editor.kindProperty().set(EstimateLineKind.LABOR);
        editor.descriptionProperty().set("엔진 오버홀");
        editor.quantityProperty().set("20");
        editor.addLine();
        editor.present();
        assertThat(editor.estimateProperty().get().status()).isEqualTo(EstimateStatus.PRESENTED);
        DecisionsViewModel vm = editor.decisionsForm();
        vm.approveAll();
        AtomicReference<Estimate> done = new AtomicReference<>();
        vm.submit(done::set);
        assertThat(done.get()).as("refused: nothing was written").isNull();
        Receipt r = editor.receiptProperty().get();
        assertThat(vm.errorProperty().get())
                .startsWith(r.mechanicName() + " 정비사는 ")
                .contains("남았는데")
                .contains("시간이(가) 더 필요합니다");
        assertThat(desk.client().estimate(editor.estimateProperty().get().id()).lines())
                .as("nothing was written")
                .anyMatch(l -> l.decision() == Decision.PENDING);
    }

    @Test
    void theMechanicRecommendsWorkWithHoursAndPartsAndItArrivesAsAPresentedVersion() {
        Session lee = login("lee", Locale.ENGLISH);
        Job job = lee.client()
                .jobs(lee.user().mechanicId(), JobStatus.IN_PROGRESS, null)
                .get(0);
        RecommendViewModel vm = new RecommendViewModel(lee, Tasks.direct(), job);
        vm.submit(e -> {});
        assertThat(vm.fieldErrors()).containsEntry("description", "Required").containsKey("hours");

        vm.descriptionProperty().set("Rear pads at 2 mm: replace");
        vm.hoursProperty().set("0.8");
        vm.partQueryProperty().set("BP-RR-KIA");
        vm.searchParts();
        assertThat(vm.partMatches()).hasSize(1);
        vm.partQuantityProperty().set("0");
        vm.addPart(vm.partMatches().get(0));
        assertThat(vm.fieldErrors()).containsKey("quantity");
        vm.partQuantityProperty().set("1");
        vm.addPart(vm.partMatches().get(0));
        vm.addPart(vm.partMatches().get(0));
        assertThat(vm.parts()).hasSize(1);
        assertThat(vm.parts().get(0).quantity()).as("the same part adds up").isEqualTo(2);

        AtomicReference<Estimate> done = new AtomicReference<>();
        vm.submit(done::set);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(done.get().status()).isEqualTo(EstimateStatus.PRESENTED);
        long pads = vm.parts().get(0).part().id();
        assertThat(done.get().lines())
                .anyMatch(l -> l.description().equals("Rear pads at 2 mm: replace")
                        && l.hours().compareTo(new BigDecimal("0.8")) == 0
                        && "lee".equals(l.recommendedBy())
                        && l.decision() == Decision.PENDING)
                .anyMatch(l -> l.vehiclePartId() != null
                        && l.vehiclePartId() == pads
                        && l.quantity().compareTo(new BigDecimal("2")) == 0
                        && l.decision() == Decision.PENDING);
    }

    @Test
    void theCarsDeclinedWorkIsListedAndOfferedForTheNextRequest() {
        Session desk = login("counter", Locale.ENGLISH);
        Receipt r = receiptOf(desk, "정우성");
        DeclinedWorkViewModel vm = new DeclinedWorkViewModel(desk, Tasks.direct());
        vm.load(r.vehicleId());
        assertThat(vm.items())
                .as("nothing declined on the presented version yet")
                .isEmpty();
        assertThat(vm.offerProperty().get()).isEmpty();

        Estimate shown = desk.client()
                .estimate(r.estimates().get(r.estimates().size() - 1).id());
        EstimateLine bushing = shown.lines().stream()
                .filter(l -> l.decision() == Decision.PENDING)
                .findFirst()
                .orElseThrow();
        desk.client()
                .approveEstimate(
                        shown.id(),
                        new org.shopsuite.model.ApprovalInput(
                                java.util.List.of(
                                        new org.shopsuite.model.LineDecision(bushing.id(), Decision.DECLINED)),
                                org.shopsuite.model.ApprovalMethod.PHONE,
                                "정우성",
                                null),
                        org.shopsuite.desktop.client.ShopClient.newIdempotencyKey());
        vm.load(r.vehicleId());
        assertThat(vm.items()).singleElement().matches(d -> d.description().equals(bushing.description()));
        assertThat(vm.text(vm.items().get(0)))
                .contains("Labour")
                .contains(bushing.description())
                .contains("₩");
        assertThat(vm.offerProperty().get()).startsWith("Declined last time: " + bushing.description());
        assertThat(vm.addedTo("Oil change")).isEqualTo("Oil change\n" + bushing.description());
        assertThat(vm.addedTo(vm.addedTo("Oil change"))).as("once").isEqualTo(vm.addedTo("Oil change"));
        vm.load(null);
        assertThat(vm.items()).isEmpty();
        assertThat(vm.offerProperty().get()).isEmpty();
    }
}
