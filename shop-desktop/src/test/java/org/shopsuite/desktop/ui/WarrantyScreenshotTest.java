package org.shopsuite.desktop.ui;

import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;

import java.math.BigDecimal;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.warranty.ClaimFilter;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.User;
import org.shopsuite.model.WarrantyAssignInput;
import org.shopsuite.model.WarrantyClaim;
import org.shopsuite.model.WarrantyReasonCode;
import org.testfx.api.FxToolkit;

/**
 * Renders the comebacks at 1280x720 in both languages, for docs/screenshots: the manager's triage
 * (all claims, the first shown) and its assign dialog, the counter's registration from a car's
 * history, and a mechanic's comeback job marked "no charge". Runs only when asked: {@code
 * -Dtest=WarrantyScreenshotTest -Dscreenshots=docs/screenshots}.
 */
@Tag("gui")
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class WarrantyScreenshotTest {
    @TempDir
    Path dir;

    ServerFixture server;
    Path out;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        server = new ServerFixture(dir);
        out = Shots.outDir();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
    }

    @Test
    void rendersTheComebacksAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = Shots.open(server.url(), lang, "manager");
            d.selectTab("tab-warranty");
            d.await(() -> !WarrantyScreenTest.table(d).getItems().isEmpty());
            d.fx(() -> d.<ComboBox<ClaimFilter>>node("#warranty-filter").setValue(ClaimFilter.ALL));
            d.await(() -> WarrantyScreenTest.table(d).getItems().size() >= 3);
            d.fx(() -> WarrantyScreenTest.table(d).getSelectionModel().select(0));
            d.await(() -> d.text("#warranty-detail-title").contains("#"));
            Shots.shot(d, out, "manager-comebacks-" + lang);

            d.press("#warranty-assign");
            d.await(() -> dialog("assign-dialog") != null);
            d.await(() -> !WarrantyScreenTest.combo("assign-dialog", "#assign-mechanic")
                    .getItems()
                    .isEmpty());
            d.fx(() -> {
                ComboBox<Mechanic> box = WarrantyScreenTest.combo("assign-dialog", "#assign-mechanic");
                box.setValue(box.getItems().get(0));
                WarrantyScreenTest.combo("assign-dialog", "#assign-reason").setValue(WarrantyReasonCode.WORKMANSHIP);
            });
            Shots.shotWith(d, out, "manager-comeback-assign-" + lang, "assign-dialog");
            d.fx(() -> ((Button) in("assign-dialog", "#assign-dialog-cancel")).fire());

            d.press("#warranty-override");
            d.await(() -> dialog("coverage-dialog") != null);
            d.fx(() -> ((TextField) in("coverage-dialog", "#coverage-reason")).setText("사고로 인한 손상 (accident damage)"));
            Shots.shotWith(d, out, "manager-comeback-coverage-" + lang, "coverage-dialog");
            d.fx(() -> ((Button) in("coverage-dialog", "#coverage-dialog-cancel")).fire());
            d.selectTab("tab-settings");
            d.press("#settings-warranty-windows");
            d.await(() -> dialog("warranty-windows-dialog") != null);
            d.await(() -> dialog("warranty-windows-dialog").lookup("#warranty-window-days-2") != null);
            Shots.shotWith(d, out, "manager-warranty-windows-" + lang, "warranty-windows-dialog");
            // a row the server refuses: its error under the field, the dialog grown to keep its buttons
            d.fx(() -> ((TextField) in("warranty-windows-dialog", "#warranty-window-days-1")).setText("4000"));
            d.fx(() -> ((Button) in("warranty-windows-dialog", "#warranty-windows-dialog-submit")).fire());
            d.await(() -> !((Label) in("warranty-windows-dialog", "#warranty-window-days-error-1"))
                    .getText()
                    .isEmpty());
            Shots.shotWith(d, out, "manager-warranty-windows-error-" + lang, "warranty-windows-dialog");
            d.fx(() -> ((Button) in("warranty-windows-dialog", "#warranty-windows-dialog-cancel")).fire());
            d.selectTab("tab-warranty");
            d.press("#warranty-cancel");
            d.await(() -> dialog("cancel-claim-dialog") != null);
            Shots.shotWith(d, out, "manager-comeback-cancel-" + lang, "cancel-claim-dialog");
            d.fx(() -> ((Button) in("cancel-claim-dialog", "#cancel-claim-dialog-cancel")).fire());
            d.close();
        }
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver desk = Shots.open(server.url(), lang, "counter");
            ListView<org.shopsuite.model.Visit> history = ComebackRegistrationTest.sonataHistory(desk);
            desk.fx(() -> history.getSelectionModel().select(1));
            desk.press("#visit-comeback");
            desk.await(() -> dialog("comeback-dialog") != null);
            desk.fx(() -> ((TextField) in("comeback-dialog", "#comeback-complaint"))
                    .setText("엔진오일 누유 (an oil leak after the change)"));
            Shots.shotWith(desk, out, "counter-comeback-" + lang, "comeback-dialog");
            desk.fx(() -> ((Button) in("comeback-dialog", "#comeback-dialog-submit")).fire());
            desk.await(() -> dialog("comeback-registered") != null);
            Shots.shotWith(desk, out, "counter-comeback-registered-" + lang, "comeback-registered");
            desk.fx(() -> ((Button) in("comeback-registered", ".button")).fire());
            desk.close();
        }
        // a comeback given to 김민수 (kim): his list marks it, with no charge
        ShopClient boss = WarrantyScreenTest.client(server, "manager");
        WarrantyClaim claim = WarrantyScreenTest.brakes(boss);
        long kim = boss.users().stream()
                .filter(u -> u.username().equals("kim"))
                .map(User::mechanicId)
                .findFirst()
                .orElseThrow();
        boss.assignWarrantyClaim(
                claim.id(),
                new WarrantyAssignInput(kim, null, WarrantyReasonCode.WORKMANSHIP, null, BigDecimal.ONE, null),
                ShopClient.newIdempotencyKey());
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = Shots.open(server.url(), lang, "kim");
            d.await(() ->
                    d.has("#job-comeback-" + boss.warrantyClaim(claim.id()).jobId()));
            d.fx(() -> d.<ListView<org.shopsuite.model.Job>>node("#jobs-list").getItems().stream()
                    .filter(j -> j.warrantyClaimId() != null)
                    .findFirst()
                    .ifPresent(j -> d.<ListView<org.shopsuite.model.Job>>node("#jobs-list")
                            .getSelectionModel()
                            .select(j)));
            Shots.shot(d, out, "mechanic-comeback-job-" + lang);
            d.close();
        }
    }
}
