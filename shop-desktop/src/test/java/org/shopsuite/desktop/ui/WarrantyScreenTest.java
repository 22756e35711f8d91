package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.Coverage;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.WarrantyClaim;
import org.shopsuite.model.WarrantyClaimInput;
import org.shopsuite.model.WarrantyClaimStatus;
import org.shopsuite.model.WarrantyReasonCode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The comebacks screen against a real server with the demo shop: the manager assigns a comeback to
 * a mechanic (one that does not fit is refused with why and stays to triage), to a contractor,
 * overrides a coverage with a reason, and the counter cancels one with a reason; a comeback
 * registered at another desk shows up live.
 */
@Tag("gui")
class WarrantyScreenTest {
    @TempDir
    Path dir;

    ServerFixture server;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        server = new ServerFixture(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
        java.util.prefs.Preferences.userRoot().node("shop-suite-test").removeNode();
    }

    static ShopClient client(ServerFixture server, String user) {
        ShopClient c = new ShopClient(server.url());
        c.login(user, ServerFixture.PASSWORD);
        return c;
    }

    static FxDriver comebacks(ServerFixture server, String user) throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login(user, ServerFixture.PASSWORD);
        d.selectTab("tab-warranty");
        d.await(() -> d.has("#warranty-table") && !table(d).getItems().isEmpty());
        return d;
    }

    @SuppressWarnings("unchecked")
    static TableView<WarrantyClaim> table(FxDriver d) {
        return (TableView<WarrantyClaim>) d.<TableView<?>>node("#warranty-table");
    }

    /** The demo's comeback still under warranty: 정우성's brakes. */
    static WarrantyClaim brakes(ShopClient c) {
        return c.warrantyClaims(WarrantyClaimStatus.REGISTERED, null).stream()
                .filter(x -> x.coverage() == Coverage.WARRANTY)
                .findFirst()
                .orElseThrow();
    }

    static void select(FxDriver d, long claimId) throws Exception {
        d.await(() -> table(d).getItems().stream().anyMatch(c -> c.id() == claimId));
        d.fx(() -> table(d).getItems().stream()
                .filter(c -> c.id() == claimId)
                .findFirst()
                .ifPresent(c -> table(d).getSelectionModel().select(c)));
        d.await(() -> d.text("#warranty-detail-title").contains("#" + claimId));
    }

    /** The active mechanic with the most hours left today. */
    static Mechanic freest(ShopClient c) {
        LocalDate today = LocalDate.now(ZoneId.of(c.shop().timezone()));
        return c.activeMechanics().stream()
                .max(Comparator.comparing(
                        (Mechanic x) -> c.capacity(x.id(), today).remainingHours()))
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> combo(String dialogId, String selector) {
        return (ComboBox<T>) in(dialogId, selector);
    }

    @Test
    void theManagerAssignsAComebackToAMechanicAfterOneThatDidNotFitWasRefusedWithWhy() throws Exception {
        ShopClient boss = client(server, "manager");
        WarrantyClaim claim = brakes(boss);
        Mechanic mechanic = freest(boss);
        FxDriver d = comebacks(server, "manager");
        // to triage by default, the REGISTERED ones only
        assertThat(d.fx(() -> table(d).getItems().stream()
                        .map(WarrantyClaim::status)
                        .distinct()
                        .toList()))
                .containsExactly(WarrantyClaimStatus.REGISTERED);
        select(d, claim.id());
        assertThat(d.text("#warranty-detail"))
                .contains("Warranty (no charge)")
                .contains("-day window")
                .doesNotContain(claim.coverageReason()); // said in the user's words, not the server's
        d.press("#warranty-assign");
        d.await(() -> dialog("assign-dialog") != null);
        d.await(() -> !combo("assign-dialog", "#assign-mechanic").getItems().isEmpty());
        d.fx(() -> {
            ComboBox<Mechanic> box = combo("assign-dialog", "#assign-mechanic");
            box.getItems().stream()
                    .filter(x -> x.id() == mechanic.id())
                    .findFirst()
                    .ifPresent(box::setValue);
            ((TextField) in("assign-dialog", "#assign-hours")).setText("23");
        });
        // no reason chosen: required, nothing sent
        d.fx(() -> ((Button) in("assign-dialog", "#assign-dialog-submit")).fire());
        assertThat(InvoiceDialogsTest.text("assign-dialog", "#assign-reason-error"))
                .isEqualTo("Required");
        d.fx(() -> combo("assign-dialog", "#assign-reason").setValue(WarrantyReasonCode.WORKMANSHIP));
        d.fx(() -> ((Button) in("assign-dialog", "#assign-dialog-submit")).fire());
        // 23 hours do not fit anyone's day: the receipt is rejected, the dialog says why and stays
        d.await(() -> !((Label) in("assign-dialog", "#assign-error")).getText().isEmpty());
        assertThat(InvoiceDialogsTest.text("assign-dialog", "#assign-error"))
                .contains("recorded as rejected")
                .contains("not enough hours");
        WarrantyClaim refused = boss.warrantyClaim(claim.id());
        assertThat(refused.status()).isEqualTo(WarrantyClaimStatus.REGISTERED);
        assertThat(refused.rejectedReceiptId()).isNotNull();
        d.await(() -> d.text("#warranty-detail").contains("Not assigned"));

        d.fx(() -> ((TextField) in("assign-dialog", "#assign-hours")).setText("1"));
        d.fx(() -> ((Button) in("assign-dialog", "#assign-dialog-submit")).fire());
        d.await(() -> dialog("assign-dialog") == null);
        WarrantyClaim assigned = boss.warrantyClaim(claim.id());
        assertThat(assigned.status()).isEqualTo(WarrantyClaimStatus.ASSIGNED);
        assertThat(assigned.reasonCode()).isEqualTo(WarrantyReasonCode.WORKMANSHIP);
        assertThat(boss.receipt(assigned.receiptId()).mechanicId()).isEqualTo(mechanic.id());
        assertThat(boss.job(assigned.jobId()).warrantyClaimId()).isEqualTo(claim.id());
        // it leaves the list of those to triage; the message says what happened
        d.await(() -> table(d).getItems().stream().noneMatch(c -> c.id() == claim.id()));
        assertThat(d.text("#warranty-message")).contains("#" + claim.id()).contains("assigned");
        // shown among the assigned ones, with its re-repair
        d.fx(() -> d.<ComboBox<org.shopsuite.desktop.ui.warranty.ClaimFilter>>node("#warranty-filter")
                .setValue(org.shopsuite.desktop.ui.warranty.ClaimFilter.ASSIGNED));
        select(d, claim.id());
        assertThat(d.text("#warranty-detail"))
                .contains("Re-repair: receipt " + assigned.receiptId())
                .contains("Workmanship");
    }

    @Test
    void theManagerSendsAComebackToAContractorWithAPrice() throws Exception {
        ShopClient boss = client(server, "manager");
        org.shopsuite.model.Supplier glass = boss.createSupplier(
                new org.shopsuite.model.SupplierInput("유리나라 (Glass Nara)", "02-555-0101", null, null, null, true),
                ShopClient.newIdempotencyKey());
        WarrantyClaim claim = brakes(boss);
        FxDriver d = comebacks(server, "manager");
        select(d, claim.id());
        d.press("#warranty-assign");
        d.await(() -> dialog("assign-dialog") != null);
        d.fx(() -> ((RadioButton) in("assign-dialog", "#assign-to-contractor")).fire());
        assertThat(d.fx(() -> in("assign-dialog", "#assign-mechanic").isVisible()))
                .isFalse();
        d.await(() ->
                WarrantyScreenTest.<org.shopsuite.model.Supplier>combo("assign-dialog", "#assign-supplier")
                        .getItems()
                        .stream()
                        .anyMatch(s -> s.id() == glass.id()));
        d.fx(() -> {
            ComboBox<org.shopsuite.model.Supplier> box = combo("assign-dialog", "#assign-supplier");
            box.getItems().stream()
                    .filter(s -> s.id() == glass.id())
                    .findFirst()
                    .ifPresent(box::setValue);
            ((TextField) in("assign-dialog", "#assign-price")).setText("55,000");
            combo("assign-dialog", "#assign-reason").setValue(WarrantyReasonCode.PART_DEFECT);
        });
        d.fx(() -> ((Button) in("assign-dialog", "#assign-dialog-submit")).fire());
        d.await(() -> dialog("assign-dialog") == null);
        WarrantyClaim sent = boss.warrantyClaim(claim.id());
        assertThat(sent.status()).isEqualTo(WarrantyClaimStatus.ASSIGNED);
        assertThat(sent.subletOrderId()).isNotNull();
        org.shopsuite.model.SubletOrder order = boss.subletOrder(sent.subletOrderId());
        assertThat(order.supplierId()).isEqualTo(glass.id());
        assertThat(order.price()).isEqualTo(55_000L);
        d.fx(() -> d.<ComboBox<org.shopsuite.desktop.ui.warranty.ClaimFilter>>node("#warranty-filter")
                .setValue(org.shopsuite.desktop.ui.warranty.ClaimFilter.ALL));
        select(d, claim.id());
        d.await(() -> d.text("#warranty-detail").contains("유리나라"));
        assertThat(d.text("#warranty-detail")).contains("order " + order.id()).contains("55,000");
    }

    @Test
    void theManagerOverridesACoverageOnlyWithAReason() throws Exception {
        ShopClient boss = client(server, "manager");
        WarrantyClaim claim = brakes(boss);
        FxDriver d = comebacks(server, "manager");
        select(d, claim.id());
        d.press("#warranty-override");
        d.await(() -> dialog("coverage-dialog") != null);
        // the other coverage is offered; without a reason nothing is sent
        assertThat(d.fx(() -> ((RadioButton) in("coverage-dialog", "#coverage-BILLABLE")).isSelected()))
                .isTrue();
        d.fx(() -> ((Button) in("coverage-dialog", "#coverage-dialog-submit")).fire());
        assertThat(InvoiceDialogsTest.text("coverage-dialog", "#coverage-reason-error"))
                .isEqualTo("Required");
        assertThat(boss.warrantyClaim(claim.id()).coverage()).isEqualTo(Coverage.WARRANTY);
        d.fx(() -> ((TextField) in("coverage-dialog", "#coverage-reason")).setText("사고로 인한 손상 (accident damage)"));
        d.fx(() -> ((Button) in("coverage-dialog", "#coverage-dialog-submit")).fire());
        d.await(() -> dialog("coverage-dialog") == null);
        WarrantyClaim now = boss.warrantyClaim(claim.id());
        assertThat(now.coverage()).isEqualTo(Coverage.BILLABLE);
        assertThat(now.overriddenBy()).isEqualTo("manager");
        assertThat(now.overrideReason()).isEqualTo("사고로 인한 손상 (accident damage)");
        d.await(() -> d.text("#warranty-detail").contains("accident damage"));
        assertThat(d.text("#warranty-detail")).contains("Coverage: Billable");
        assertThat(d.text("#warranty-message")).contains("Billable");
    }

    @Test
    void theCounterCancelsAComebackWithAReasonButNeitherAssignsNorOverrides() throws Exception {
        ShopClient desk = client(server, "counter");
        WarrantyClaim claim = brakes(desk);
        FxDriver d = comebacks(server, "counter");
        assertThat(d.has("#warranty-assign")).isFalse();
        assertThat(d.has("#warranty-override")).isFalse();
        select(d, claim.id());
        d.press("#warranty-cancel");
        d.await(() -> dialog("cancel-claim-dialog") != null);
        d.fx(() -> ((Button) in("cancel-claim-dialog", "#cancel-claim-submit")).fire());
        assertThat(InvoiceDialogsTest.text("cancel-claim-dialog", "#cancel-claim-reason-error"))
                .isEqualTo("Required");
        assertThat(desk.warrantyClaim(claim.id()).status()).isEqualTo(WarrantyClaimStatus.REGISTERED);
        d.fx(() -> ((TextField) in("cancel-claim-dialog", "#cancel-claim-reason"))
                .setText("고객 취소 (the customer called it off)"));
        d.fx(() -> ((Button) in("cancel-claim-dialog", "#cancel-claim-submit")).fire());
        d.await(() -> dialog("cancel-claim-dialog") == null);
        WarrantyClaim now = desk.warrantyClaim(claim.id());
        assertThat(now.status()).isEqualTo(WarrantyClaimStatus.CANCELLED);
        assertThat(now.cancelReason()).isEqualTo("고객 취소 (the customer called it off)");
        d.await(() -> table(d).getItems().stream().noneMatch(c -> c.id() == claim.id()));
    }

    @Test
    void aComebackRegisteredAtAnotherDeskShowsUpLive() throws Exception {
        FxDriver d = comebacks(server, "manager");
        int before = d.fx(() -> table(d).getItems().size());
        ShopClient desk = client(server, "counter");
        WarrantyClaim original = brakes(desk);
        WarrantyClaim again = desk.registerWarrantyClaim(
                new WarrantyClaimInput(original.originalReceiptId(), "오일 누유 (an oil leak)", 85_000),
                ShopClient.newIdempotencyKey());
        d.await(() -> table(d).getItems().size() == before + 1);
        // the newest of those to triage comes first
        assertThat(d.fx(() -> table(d).getItems().get(0).id())).isEqualTo(again.id());
        List<String> complaints = d.fx(
                () -> table(d).getItems().stream().map(WarrantyClaim::complaint).toList());
        assertThat(complaints).contains("오일 누유 (an oil leak)");
    }

    /**
     * Alt plus {@code key}: the window's mnemonic for it must be {@code button}'s, and is fired (as the
     * scene does on the key; a robot's Alt under a loaded machine's event queue proved unreliable).
     */
    static void altPlus(FxDriver d, KeyCode key, String button) throws Exception {
        d.fx(() -> {
            javafx.scene.Node target = d.node(button);
            d.stage().getScene().getMnemonics().entrySet().stream()
                    .filter(e -> e.getKey().getName().equals("Alt+'" + key.getName() + "'"))
                    .flatMap(e -> e.getValue().stream())
                    .filter(mn -> mn.getNode() == target && target.isVisible() && !target.isDisabled())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("Alt+" + key + " is not " + button + "'s: "
                            + d.stage().getScene().getMnemonics().entrySet().stream()
                                    .map(e -> e.getKey().getName() + "/"
                                            + e.getKey().getClass().getSimpleName()
                                            + "="
                                            + e.getValue().stream()
                                                    .map(mn -> String.valueOf(
                                                            mn.getNode().getId()))
                                                    .toList())
                                    .toList()))
                    .fire();
        });
    }

    @Test
    void theManagerSetsTheWarrantyWindowsFromSettingsWithTheKeyboard() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-settings");
        d.await(() -> d.has("#settings-warranty-windows"));
        FxRobot robot = new FxRobot();
        robot.targetWindow(d.stage());
        d.fx(() -> d.node("#settings-name").requestFocus());
        robot.press(KeyCode.ALT).type(KeyCode.W).release(KeyCode.ALT); // the button's mnemonic
        d.await(() -> dialog("warranty-windows-dialog") != null);
        d.await(() -> in("warranty-windows-dialog", "#warranty-window-days-2") != null
                && "30".equals(((TextField) in("warranty-windows-dialog", "#warranty-window-days-2")).getText()));
        // the car of any age: 45 days instead of 30; a 4th row that nothing reaches is refused by the
        // server only if its days are out of range: 4000 is, and is named on its row
        d.fx(() -> ((TextField) in("warranty-windows-dialog", "#warranty-window-days-2")).setText("45"));
        d.fx(() -> ((Button) in("warranty-windows-dialog", "#warranty-windows-add")).fire());
        d.await(() -> dialog("warranty-windows-dialog").lookup("#warranty-window-days-3") != null);
        d.fx(() -> ((TextField) in("warranty-windows-dialog", "#warranty-window-days-3")).setText("4000"));
        d.fx(() -> in("warranty-windows-dialog", "#warranty-window-days-3").requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        d.await(() -> !((Label) in("warranty-windows-dialog", "#warranty-window-days-error-3"))
                .getText()
                .isEmpty());
        // the error is read whole (wrapped, not cut) and the dialog grew to keep its buttons in sight
        d.await(() -> d.fx(() -> {
            Label error = (Label) in("warranty-windows-dialog", "#warranty-window-days-error-3");
            Node save = in("warranty-windows-dialog", "#warranty-windows-dialog-submit");
            javafx.geometry.Bounds b = save.localToScene(save.getBoundsInLocal());
            return error.getHeight() >= error.prefHeight(error.getWidth()) - 0.5
                    && b.getMaxY() <= save.getScene().getHeight()
                    && b.getMaxX() <= save.getScene().getWidth();
        }));
        d.fx(() -> ((Button) in("warranty-windows-dialog", "#warranty-window-remove-3")).fire());
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        d.await(() -> dialog("warranty-windows-dialog") == null);
        ShopClient boss = client(server, "manager");
        assertThat(boss.shop().warrantyWindows()).hasSize(3);
        assertThat(boss.shop().warrantyWindows().get(2).days()).isEqualTo(45);
    }

    @Test
    void f5ReloadsTheComebacksFromTheServer() throws Exception {
        FxDriver d = comebacks(server, "manager");
        long before = listed(server);
        FxRobot robot = new FxRobot();
        robot.targetWindow(d.stage());
        d.fx(() -> table(d).requestFocus());
        robot.type(KeyCode.F5);
        // the list was asked for again (F5 used to reload the board whatever tab was shown)
        d.await(() -> listed(server) > before);
        assertThat(table(d).getItems()).isNotEmpty();
    }

    /** How many times the comebacks were listed, from the server's request counters. */
    private static long listed(ServerFixture server) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "/metrics"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        return r.body()
                .lines()
                .filter(l -> l.startsWith("shop_http_requests_total{method=\"GET\",route=\"/warrantyClaims\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void theTriageWorksFromTheKeyboard() throws Exception {
        ShopClient boss = client(server, "manager");
        FxDriver d = comebacks(server, "manager");
        FxRobot robot = new FxRobot();
        robot.targetWindow(d.stage());
        d.fx(() -> table(d).requestFocus());
        robot.type(KeyCode.DOWN); // the first to triage
        d.await(() -> table(d).getSelectionModel().getSelectedItem() != null);
        WarrantyClaim first = d.fx(() -> table(d).getSelectionModel().getSelectedItem());
        d.await(() -> d.text("#warranty-detail-title").contains("#" + first.id()));
        // Alt+A: assign; Escape backs out
        altPlus(d, KeyCode.A, "#warranty-assign");
        d.await(() -> dialog("assign-dialog") != null);
        robot.targetWindow(WindowsAt.windowOf(dialog("assign-dialog")));
        robot.type(KeyCode.ESCAPE);
        d.await(() -> dialog("assign-dialog") == null);
        // Alt+O: override coverage, the reason typed, Enter decides
        robot.targetWindow(d.stage());
        altPlus(d, KeyCode.O, "#warranty-override");
        d.await(() -> dialog("coverage-dialog") != null);
        d.await(() -> in("coverage-dialog", "#coverage-reason").isFocused());
        d.fx(() -> ((TextField) in("coverage-dialog", "#coverage-reason")).setText("keyboard"));
        robot.targetWindow(WindowsAt.windowOf(dialog("coverage-dialog")));
        robot.type(KeyCode.ENTER);
        d.await(() -> dialog("coverage-dialog") == null);
        assertThat(boss.warrantyClaim(first.id()).overrideReason()).isEqualTo("keyboard");
        assertThat(boss.warrantyClaim(first.id()).coverage()).isNotEqualTo(first.coverage());
    }

    @Test
    void theMechanicSeesTheComebackMarkedNoCharge() throws Exception {
        ShopClient boss = client(server, "manager");
        WarrantyClaim claim = brakes(boss);
        org.shopsuite.model.User kim = boss.users().stream()
                .filter(u -> u.username().equals("kim"))
                .findFirst()
                .orElseThrow();
        WarrantyClaim assigned = boss.assignWarrantyClaim(
                claim.id(),
                new org.shopsuite.model.WarrantyAssignInput(
                        kim.mechanicId(), null, WarrantyReasonCode.WORKMANSHIP, null, java.math.BigDecimal.ONE, null),
                ShopClient.newIdempotencyKey());
        assertThat(assigned.status()).isEqualTo(WarrantyClaimStatus.ASSIGNED);
        FxDriver d = FxDriver.open(server.url());
        d.login("kim", ServerFixture.PASSWORD);
        d.await(() -> d.has("#job-comeback-" + assigned.jobId()));
        assertThat(d.text("#job-comeback-" + assigned.jobId())).isEqualTo("Comeback · no charge");
        // another of his jobs carries no badge
        long others = d.fx(
                () -> d.<javafx.scene.control.ListView<org.shopsuite.model.Job>>node("#jobs-list").getItems().stream()
                        .filter(j -> j.warrantyClaimId() == null)
                        .count());
        assertThat(others).isPositive();
        assertThat(d.fx(() -> d.stage()
                        .getScene()
                        .getRoot()
                        .lookupAll(".comeback-badge")
                        .size()))
                .isEqualTo(1);
    }
}
