package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.text;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.estimates.EditorLine;
import org.shopsuite.model.CannedJob;
import org.shopsuite.model.Decision;
import org.shopsuite.model.Estimate;
import org.shopsuite.model.EstimateLine;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.PartsPricing;
import org.shopsuite.model.Receipt;
import org.testfx.api.FxToolkit;

/**
 * The manager's estimating setup through the real views against a real server with the demo shop:
 * the parts price bands, the canned jobs list, saving an estimate's lines as a canned job, and
 * correcting an approved line's price with a reason.
 */
@Tag("gui")
class EstimatingSetupTest {
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

    private static void fire(FxDriver d, String dialogId, String selector) throws Exception {
        d.fx(() -> ((Button) in(dialogId, selector)).fire());
    }

    private static void set(FxDriver d, String dialogId, String selector, String value) throws Exception {
        d.fx(() -> ((TextField) in(dialogId, selector)).setText(value));
    }

    @Test
    void theManagerCorrectsAnApprovedLineWithAReasonAndKeepsTheLinesAsACannedJob() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        EstimateScreensTest.openEditor(d, "정우성");
        d.await(() -> !lines().getItems().isEmpty());
        int approved = d.fx(() -> {
            for (int i = 0; i < lines().getItems().size(); i++) {
                if (lines().getItems().get(i).decision() == Decision.APPROVED) {
                    return i;
                }
            }
            return -1;
        });
        assertThat(approved)
                .as("the demo's presented version has approved lines")
                .isNotNegative();
        Button correct = d.fx(() -> (Button) in("estimate-editor", "#estimate-correct"));
        d.fx(() -> lines().getSelectionModel().clearSelection());
        assertThat(d.fx(correct::isDisabled)).as("nothing chosen").isTrue();
        d.fx(() -> lines().getSelectionModel().select(approved));
        d.await(() -> !correct.isDisabled());
        EditorLine line = d.fx(() -> lines().getItems().get(approved));
        d.fx(correct::fire);
        d.await(() -> dialog("correct-dialog") != null);

        // no reason: refused beside the reason, nothing sent
        boolean labour = line.input().kind() == EstimateLineKind.LABOR;
        String priceField = labour ? "#correct-rate" : "#correct-unit-price";
        long newPrice = line.unitPrice() + 1_000;
        set(d, "correct-dialog", priceField, Long.toString(newPrice));
        fire(d, "correct-dialog", "#correct-dialog-submit");
        d.await(() -> !text("correct-dialog", "#correct-reason-error").isEmpty());

        set(d, "correct-dialog", "#correct-reason", "Supplier price went up");
        fire(d, "correct-dialog", "#correct-dialog-submit");
        d.await(() -> dialog("correct-dialog") == null);
        d.await(() -> d.fx(() -> lines().getItems().get(approved).unitPrice()) == newPrice);

        ShopClient manager = client("manager");
        Receipt r = manager.receipts("정우성", null, null, null, 1).items().get(0);
        Estimate now =
                manager.estimate(r.estimates().get(r.estimates().size() - 1).id());
        EstimateLine corrected = now.lines().stream()
                .filter(l -> l.id() == line.id())
                .findFirst()
                .orElseThrow();
        assertThat(labour ? corrected.rate() : corrected.unitPrice()).isEqualTo(newPrice);
        assertThat(corrected.overrideReason()).isEqualTo("Supplier price went up");

        // the lines on screen become a canned job the counter can add
        int count = d.fx(() -> lines().getItems().size());
        d.fx(() -> ((Button) in("estimate-editor", "#estimate-save-canned")).fire());
        d.await(() -> dialog("save-canned-dialog") != null);
        fire(d, "save-canned-dialog", "#save-canned-dialog-submit");
        d.await(() -> !text("save-canned-dialog", "#save-canned-name-error").isEmpty());
        set(d, "save-canned-dialog", "#save-canned-name", "소나타 하체 점검 세트");
        fire(d, "save-canned-dialog", "#save-canned-dialog-submit");
        d.await(() -> dialog("save-canned-dialog") == null);
        CannedJob saved = manager.cannedJobs().stream()
                .filter(j -> j.name().equals("소나타 하체 점검 세트"))
                .findFirst()
                .orElseThrow();
        assertThat(saved.lines()).hasSize(count);
        assertThat(saved.lines().stream()
                        .filter(l -> l.kind() == EstimateLineKind.PART && l.vehiclePartId() != null)
                        .allMatch(l -> l.unitPrice() == null))
                .as("catalogue parts follow the price bands when the job is used")
                .isTrue();
    }

    @Test
    void theCounterHasNeitherTheCorrectionNorTheCannedJobButtons() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        EstimateScreensTest.openEditor(d, "정우성");
        assertThat(d.fx(() -> dialog("estimate-editor").lookup("#estimate-correct")))
                .isNull();
        assertThat(d.fx(() -> dialog("estimate-editor").lookup("#estimate-save-canned")))
                .isNull();
    }

    @Test
    void theManagerAddsAPriceBandAndAMissingBoundIsMarkedOnItsRow() throws Exception {
        ShopClient manager = client("manager");
        PartsPricing before = manager.partsPricing();
        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-settings");
        d.press("#settings-parts-pricing");
        d.await(() -> dialog("pricing-dialog") != null);
        int n = before.bands().size();
        d.await(() -> dialog("pricing-dialog").lookup("#pricing-to-" + (n - 1)) != null);
        assertThat(text("pricing-dialog", "#pricing-from-0")).contains("0");

        fire(d, "pricing-dialog", "#pricing-add");
        d.await(() -> dialog("pricing-dialog").lookup("#pricing-to-" + n) != null);
        set(d, "pricing-dialog", "#pricing-percent-" + n, "115");
        fire(d, "pricing-dialog", "#pricing-dialog-submit");
        // the band that was last now needs an upper bound
        d.await(() -> dialog("pricing-dialog").lookup("#pricing-to-error-" + (n - 1)) != null);
        assertThat(text("pricing-dialog", "#pricing-to-error-" + (n - 1))).isNotEmpty();

        long lastFrom = before.bands().get(n - 1).fromCost();
        long bound = lastFrom + 1_000_000;
        set(d, "pricing-dialog", "#pricing-to-" + (n - 1), Long.toString(bound));
        d.await(() -> text("pricing-dialog", "#pricing-from-" + n)
                .replaceAll("[^0-9]", "")
                .equals(Long.toString(bound)));
        fire(d, "pricing-dialog", "#pricing-dialog-submit");
        d.await(() -> dialog("pricing-dialog") == null);

        PartsPricing after = manager.partsPricing();
        assertThat(after.bands()).hasSize(n + 1);
        assertThat(after.bands().get(n - 1).toCost()).isEqualTo(bound);
        assertThat(after.bands().get(n).fromCost()).isEqualTo(bound);
        assertThat(after.bands().get(n).toCost()).isNull();
        assertThat(after.bands().get(n).multiplierPercent()).isEqualByComparingTo("115");
    }

    @Test
    void theManagerRetiresACannedJob() throws Exception {
        ShopClient manager = client("manager");
        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-settings");
        d.press("#settings-canned-jobs");
        d.await(() -> dialog("canned-dialog") != null);
        @SuppressWarnings("unchecked")
        ListView<CannedJob> list = (ListView<CannedJob>) d.fx(() -> in("canned-dialog", "#canned-list"));
        d.await(() -> !list.getItems().isEmpty() && list.getSelectionModel().getSelectedItem() != null);
        CannedJob first = d.fx(() -> list.getSelectionModel().getSelectedItem());
        assertThat(first.active()).isTrue();
        Button save = d.fx(() -> (Button) in("canned-dialog", "#canned-save"));
        assertThat(d.fx(save::isDisabled)).as("nothing changed yet").isTrue();
        d.fx(() -> ((CheckBox) in("canned-dialog", "#canned-active")).setSelected(false));
        d.await(() -> !save.isDisabled());
        d.fx(save::fire);
        d.await(() -> text("canned-dialog", "#canned-message").contains(first.name()));
        assertThat(manager.allCannedJobs().stream()
                        .filter(j -> j.id() == first.id())
                        .findFirst()
                        .orElseThrow()
                        .active())
                .isFalse();
        assertThat(manager.cannedJobs()).as("the counter is not offered it").noneMatch(j -> j.id() == first.id());
    }
}
