package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.text;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.estimates.EditorLine;
import org.shopsuite.model.ApprovalInput;
import org.shopsuite.model.ApprovalMethod;
import org.shopsuite.model.Decision;
import org.shopsuite.model.Estimate;
import org.shopsuite.model.EstimateInput;
import org.shopsuite.model.EstimateLine;
import org.shopsuite.model.EstimateLineInput;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.EstimateStatus;
import org.shopsuite.model.Job;
import org.shopsuite.model.LineDecision;
import org.shopsuite.model.Receipt;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The estimate screens driven through the real views (headless) against a real server with the
 * demo shop: the editor from the keyboard, the customer's decisions, the mechanic's recommendation
 * arriving at the counter, and declined work on the vehicle card and the new-receipt form.
 */
@Tag("gui")
class EstimateScreensTest {
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

    private ShopClient client(String user) {
        ShopClient c = new ShopClient(server.url());
        c.login(user, ServerFixture.PASSWORD);
        return c;
    }

    @SuppressWarnings("unchecked")
    private static TableView<EditorLine> lines() {
        return (TableView<EditorLine>) in("estimate-editor", "#estimate-lines");
    }

    /** Opens the newest receipt of a customer (the list is newest first). */
    static void openNewest(FxDriver d, String customer) throws Exception {
        d.selectTab("tab-receipts");
        d.type("#receipts-query", customer);
        d.enter("#receipts-query");
        d.await(() -> !((TableView<?>) d.node("#receipts-table")).getItems().isEmpty());
        d.fx(() ->
                ((TableView<?>) d.node("#receipts-table")).getSelectionModel().select(0));
    }

    static void openEditor(FxDriver d, String customer) throws Exception {
        openNewest(d, customer);
        d.await(() -> !d.<Button>node("#receipt-estimate").isDisabled()
                && d.text("#receipt-title").contains(customer));
        d.press("#receipt-estimate");
        d.await(() -> dialog("estimate-editor") != null);
        d.await(() -> text("estimate-editor", "#estimate-heading").contains("v"));
    }

    @Test
    void theCounterAddsALineFromTheKeyboardSavesAndPresents() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        openEditor(d, "정우성");
        assertThat(text("estimate-editor", "#estimate-heading")).startsWith("Estimate v2 · presented");
        assertThat(d.fx(() -> in("estimate-editor", "#estimate-add-description").isDisabled()))
                .as("a presented version is frozen")
                .isTrue();

        d.fx(() -> ((Button) in("estimate-editor", "#estimate-new-version")).fire());
        d.await(() -> text("estimate-editor", "#estimate-heading").startsWith("Estimate v3 · draft"));
        int copied = d.fx(() -> lines().getItems().size());
        String totalBefore = text("estimate-editor", "#estimate-total");

        // kind stays Labour; type the description, Tab to the hours, Enter adds the line
        FxRobot robot = new FxRobot();
        d.fx(() -> in("estimate-editor", "#estimate-add-description").requestFocus());
        robot.targetWindow(
                in("estimate-editor", "#estimate-add-description").getScene().getWindow());
        robot.write("Wheel alignment");
        robot.type(KeyCode.TAB);
        robot.write("1.5");
        robot.type(KeyCode.ENTER);
        d.await(() -> lines().getItems().size() == copied + 1);
        assertThat(text("estimate-editor", "#estimate-total")).isNotEqualTo(totalBefore);
        assertThat(d.fx(() -> ((TextInputControl) in("estimate-editor", "#estimate-add-description")).getText()))
                .isEmpty();
        assertThat(d.fx(() -> in("estimate-editor", "#estimate-add-description").isFocused()))
                .as("ready for the next line")
                .isTrue();
        EditorLine added = d.fx(() -> lines().getItems().get(copied));
        assertThat(added.input().description()).isEqualTo("Wheel alignment");
        assertThat(added.id()).isNull();

        // Delete removes the selected line of the draft
        robot.write("Oops");
        robot.type(KeyCode.TAB);
        robot.write("1");
        robot.type(KeyCode.ENTER);
        d.await(() -> lines().getItems().size() == copied + 2);
        d.fx(() -> {
            lines().requestFocus();
            lines().getSelectionModel().select(copied + 1);
        });
        robot.type(KeyCode.DELETE);
        d.await(() -> lines().getItems().size() == copied + 1);

        // closing with an unsaved line asks first; keeping it leaves the editor open
        Button close = d.fx(() -> (Button) in("estimate-editor", "#estimate-close"));
        javafx.application.Platform.runLater(close::fire); // the question waits for an answer: not on this thread
        d.await(() -> dialog("estimate-unsaved") != null);
        d.fx(() -> ((javafx.scene.control.DialogPane) dialog("estimate-unsaved"))
                .lookupAll(".button").stream()
                        .map(b -> (Button) b)
                        .filter(Button::isCancelButton)
                        .findFirst()
                        .orElseThrow()
                        .fire());
        d.await(() -> dialog("estimate-unsaved") == null);
        assertThat(dialog("estimate-editor")).isNotNull();

        // Ctrl+S saves
        String total = text("estimate-editor", "#estimate-total");
        d.fx(() -> lines().requestFocus());
        robot.targetWindow(lines().getScene().getWindow());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        d.await(() -> text("estimate-editor", "#estimate-message").equals("Estimate v3 saved."));
        assertThat(text("estimate-editor", "#estimate-total"))
                .as("the server's total is the one shown while typing")
                .isEqualTo(total);
        Receipt r =
                client("counter").receipts("정우성", null, null, null, 1).items().get(0);
        Estimate saved = client("counter")
                .estimate(r.estimates().get(r.estimates().size() - 1).id());
        assertThat(saved.lines()).anyMatch(l -> l.description().equals("Wheel alignment"));

        d.fx(() -> ((Button) in("estimate-editor", "#estimate-present")).fire());
        d.await(() -> text("estimate-editor", "#estimate-heading").startsWith("Estimate v3 · presented"));
        assertThat(d.fx(() -> in("estimate-editor", "#estimate-decide").isDisabled()))
                .isFalse();
        d.fx(() -> ((Button) in("estimate-editor", "#estimate-close")).fire());
        d.await(() -> dialog("estimate-editor") == null);
        d.await(() -> d.text("#receipts-message").contains("Estimate v3 presented"));
    }

    @Test
    void approvingAllIsRefusedWhenTheMechanicsDayIsFullAndDecliningAllIsRecorded() throws Exception {
        ShopClient desk = client("counter");
        Receipt r = desk.receipts("정우성", null, null, null, 1).items().get(0);
        Estimate v3 = desk.createEstimate(
                r.id(),
                new EstimateInput(List.of(new EstimateLineInput(
                        EstimateLineKind.LABOR,
                        "Engine overhaul",
                        new BigDecimal("20"),
                        null,
                        null,
                        null,
                        null,
                        null))),
                ShopClient.newIdempotencyKey());
        desk.presentEstimate(v3.id(), ShopClient.newIdempotencyKey());

        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        openEditor(d, "정우성");
        d.await(() -> text("estimate-editor", "#estimate-heading").startsWith("Estimate v3 · presented"));
        d.fx(() -> ((Button) in("estimate-editor", "#estimate-decide")).fire());
        d.await(() -> dialog("decide") != null);
        assertThat(d.fx(() -> ((TextField) in("decide", "#decide-customer")).getText()))
                .isEqualTo("정우성");
        d.fx(() -> ((Button) in("decide", "#decide-approve-all")).fire());
        assertThat(text("decide", "#decide-summary")).startsWith("Approved: 1 lines");
        d.fx(() -> ((Button) in("decide", "#decide-submit")).fire());
        d.await(() -> !text("decide", "#decide-error").isEmpty());
        assertThat(text("decide", "#decide-error"))
                .startsWith(r.mechanicName() + " has ")
                .contains("left on")
                .contains("approving asks 20 h more");
        assertThat(desk.estimate(v3.id()).lines()).allMatch(l -> l.decision() == Decision.PENDING);

        d.fx(() -> ((Button) in("decide", "#decide-decline-all")).fire());
        d.fx(() -> ((Button) in("decide", "#decide-submit")).fire());
        d.await(() -> dialog("decide") == null);
        d.await(() -> d.fx(() -> lines().getItems().get(0).decision() == Decision.DECLINED));
        assertThat(desk.estimate(v3.id()).lines()).allMatch(l -> l.decision() == Decision.DECLINED);
        assertThat(text("estimate-editor", "#estimate-message")).contains("decisions are recorded");
    }

    @Test
    void theMechanicsRecommendationArrivesAtTheCounterAtOnce() throws Exception {
        FxDriver counter = FxDriver.open(server.url());
        counter.login("counter", ServerFixture.PASSWORD);
        openNewest(counter, "Daniel Park");
        counter.await(() -> counter.text("#receipt-title").contains("Daniel Park"));

        FxDriver lee = FxDriver.open(server.url());
        lee.login("lee", ServerFixture.PASSWORD);
        lee.await(() -> !((ListView<?>) lee.node("#jobs-list")).getItems().isEmpty());
        lee.fx(() -> {
            ListView<Job> list = lee.node("#jobs-list");
            list.getItems().stream()
                    .filter(j -> j.status().name().equals("IN_PROGRESS"))
                    .findFirst()
                    .ifPresent(j -> list.getSelectionModel().select(j));
        });
        lee.await(() -> !lee.<Button>node("#job-recommend").isDisabled());
        lee.press("#job-recommend");
        lee.await(() -> dialog("recommend") != null);
        lee.await(() -> in("recommend", "#recommend-description").isFocused());
        FxRobot robot = new FxRobot();
        robot.targetWindow(in("recommend", "#recommend-description").getScene().getWindow());
        robot.write("Rear pads at 2 mm");
        robot.type(KeyCode.TAB);
        robot.write("0.8");
        lee.fx(() -> ((TextField) in("recommend", "#recommend-part-query")).setText("BP-RR-KIA"));
        lee.fx(() -> ((TextField) in("recommend", "#recommend-part-query")).fireEvent(new javafx.event.ActionEvent()));
        lee.await(() -> !((ListView<?>) in("recommend", "#recommend-part-matches"))
                .getItems()
                .isEmpty());
        assertThat(dialog("recommend"))
                .as("Enter in the search does not send the dialog")
                .isNotNull();
        lee.fx(() -> ((ListView<?>) in("recommend", "#recommend-part-matches"))
                .getSelectionModel()
                .select(0));
        lee.fx(() -> ((Button) in("recommend", "#recommend-add-part")).fire());
        lee.await(() ->
                ((ListView<?>) in("recommend", "#recommend-parts")).getItems().size() == 1);
        lee.fx(() -> ((Button) in("recommend", "#recommend-submit")).fire());
        lee.await(() -> dialog("recommend") == null);
        lee.await(() -> lee.text("#job-message").startsWith("Recommendation sent"));

        counter.await(
                () -> counter.text("#receipts-message").startsWith("New work recommended by lee: Rear pads at 2 mm"));
        assertThat(counter.text("#receipts-message")).contains("awaiting the customer's decision");
    }

    @Test
    void theMechanicSeesOnlyTheApprovedWorkLiveAndIsWarnedBeforeFinishingWithOtherParts() throws Exception {
        FxDriver lee = FxDriver.open(server.url());
        lee.login("lee", ServerFixture.PASSWORD);
        lee.await(() -> !((ListView<?>) lee.node("#jobs-list")).getItems().isEmpty());
        lee.fx(() -> {
            ListView<Job> list = lee.node("#jobs-list");
            list.getItems().stream()
                    .filter(j -> j.status().name().equals("IN_PROGRESS"))
                    .findFirst()
                    .ifPresent(j -> list.getSelectionModel().select(j));
        });
        lee.await(() -> lee.has("#job-approved-work") && InvoiceDialogsTest.shown(lee.node("#job-approved-work")));
        assertThat(lee.fx(() -> ((ListView<?>) lee.node("#job-approved-work")).getItems()))
                .as("the recommendation is not decided yet")
                .isEmpty();

        lee.type("#labor-hours", "3.5");
        lee.press("#job-finish");
        lee.await(() -> dialog("finish-confirm") != null);
        String warning = lee.fx(() -> ((javafx.scene.control.DialogPane) dialog("finish-confirm")).getContentText());
        assertThat(warning).startsWith("The parts issued differ").contains("approved 0, issued 1");
        lee.fx(() -> ((javafx.scene.control.DialogPane) dialog("finish-confirm"))
                .getScene()
                .getWindow()
                .hide());
        lee.await(() -> dialog("finish-confirm") == null);

        ShopClient desk = client("counter");
        Receipt r = desk.receipts("Daniel Park", null, null, null, 1).items().get(0);
        Job job = desk.job(r.jobId());
        assertThat(job.status().name())
                .as("not finished: the mechanic did not confirm")
                .isEqualTo("IN_PROGRESS");
        Estimate shown =
                desk.estimate(r.estimates().get(r.estimates().size() - 1).id());
        EstimateLine pump = shown.lines().stream()
                .filter(l -> l.kind() == EstimateLineKind.PART)
                .findFirst()
                .orElseThrow();
        desk.approveEstimate(
                shown.id(),
                new ApprovalInput(
                        List.of(new LineDecision(pump.id(), Decision.APPROVED)),
                        ApprovalMethod.IN_PERSON,
                        "Daniel Park",
                        null),
                ShopClient.newIdempotencyKey());
        lee.await(
                () -> ((ListView<?>) lee.node("#job-approved-work")).getItems().size() == 1);
        assertThat(lee.fx(() -> ((EstimateLine) ((ListView<?>) lee.node("#job-approved-work"))
                                .getItems()
                                .get(0))
                        .id()))
                .isEqualTo(pump.id());
    }

    @Test
    void declinedWorkIsOnTheVehicleCardAndOfferedByTheNewReceiptForm() throws Exception {
        ShopClient desk = client("counter");
        Receipt r = desk.receipts("정우성", null, null, null, 1).items().get(0);
        Estimate shown =
                desk.estimate(r.estimates().get(r.estimates().size() - 1).id());
        EstimateLine bushing = shown.lines().stream()
                .filter(l -> l.decision() == Decision.PENDING)
                .findFirst()
                .orElseThrow();
        desk.approveEstimate(
                shown.id(),
                new ApprovalInput(
                        List.of(new LineDecision(bushing.id(), Decision.DECLINED)), ApprovalMethod.PHONE, "정우성", null),
                ShopClient.newIdempotencyKey());

        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        d.selectTab("tab-customers");
        CustomersViewTest.open(d, "정우성", "정우성");
        d.await(() -> !((ListView<?>) d.node("#vehicle-declined")).getItems().isEmpty());
        assertThat(d.fx(() -> ((ListView<?>) d.node("#vehicle-declined")).getItems()))
                .hasSize(1);

        d.selectTab("tab-new-receipt");
        d.type("#carId", "12가 3456");
        d.await(() -> !d.text("#receipt-declined").isEmpty());
        assertThat(d.text("#receipt-declined")).startsWith("Declined last time: " + bushing.description());
        d.type("#request", "Oil change");
        d.press("#receipt-declined-add");
        assertThat(d.fx(() -> d.<TextInputControl>node("#request").getText()))
                .isEqualTo("Oil change\n" + bushing.description());
        assertThat(shown.status()).isEqualTo(EstimateStatus.PRESENTED);
    }
}
