package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.receipt.MechanicChoice;
import org.shopsuite.model.VehiclePart;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Issue 15, defect 7: the keyboard rules of every form, each tested by pressing the keys. */
@Tag("gui")
class KeyboardTest {
    @TempDir
    Path dir;

    ServerFixture server;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        server = new ServerFixture(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
    }

    private static Node focused(FxDriver d) throws Exception {
        return d.fx(() -> d.stage().getScene().getFocusOwner());
    }

    private FxDriver counterOnNewReceipt() throws Exception {
        FxDriver counter = FxDriver.open(server.url());
        counter.login("counter", ServerFixture.PASSWORD);
        counter.selectTab("tab-new-receipt");
        counter.await(() -> !counter.<ComboBox<?>>node("#mechanic").getItems().isEmpty());
        robot.targetWindow(counter.stage());
        return counter;
    }

    @Test
    void tabAndShiftTabLeaveWorkRequestedAndCtrlTabTypesATab() throws Exception {
        FxDriver counter = counterOnNewReceipt();
        TextArea request = counter.node("#request");
        counter.type("#request", "Brake check");
        counter.fx(() -> {
            request.requestFocus();
            request.end();
        });
        robot.type(KeyCode.TAB);
        counter.await(() -> !request.isFocused());
        assertThat(request.getText()).isEqualTo("Brake check");

        counter.fx(() -> request.requestFocus());
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        counter.await(() -> !request.isFocused());
        assertThat(focused(counter)).as("back to the mechanic").isSameAs(counter.node("#mechanic"));
        assertThat(request.getText()).isEqualTo("Brake check");

        counter.fx(() -> {
            request.requestFocus();
            request.end();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        counter.await(() -> request.getText().equals("Brake check\t"));
        assertThat(request.isFocused()).isTrue();
    }

    @Test
    void ctrlEnterInWorkRequestedTakesTheReceipt() throws Exception {
        FxDriver counter = counterOnNewReceipt();
        counter.type("#customerName", "Keyboard Only");
        counter.type("#carId", "66가 6666");
        counter.type("#estimatedHours", "1");
        counter.fx(() -> {
            ComboBox<MechanicChoice> box = counter.node("#mechanic");
            box.getSelectionModel().select(0);
        });
        counter.type("#request", "Wipers");
        counter.fx(() -> counter.node("#request").requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        counter.await(() -> counter.has("#receipt-outcome")
                && counter.text("#receipt-outcome").startsWith("Accepted"));
        assertThat(counter.<TextArea>node("#request").getText()).doesNotContain("\n");
    }

    @Test
    void clearIsNotReachedByTabAndAFilledFormAsksBeforeItIsCleared() throws Exception {
        FxDriver counter = counterOnNewReceipt();
        Button clear = counter.node("#receipt-clear");
        assertThat(clear.isFocusTraversable())
                .as("Ctrl+Tab / Tab never land on Clear")
                .isFalse();
        assertThat(clear.isDefaultButton()).isFalse();
        counter.type("#customerName", "Half Typed");

        counter.press("#receipt-clear");
        counter.await(() -> dialog("clear-confirm") != null);
        counter.await(() -> in("clear-confirm", "#clear-confirm-no").isFocused());
        robot.targetWindow(WindowsAt.windowOf(dialog("clear-confirm")));
        robot.type(KeyCode.ENTER);
        counter.await(() -> dialog("clear-confirm") == null);
        assertThat(counter.fx(() -> ((javafx.scene.control.TextField) counter.node("#customerName")).getText()))
                .as("Enter keeps the form")
                .isEqualTo("Half Typed");

        counter.press("#receipt-clear");
        counter.await(() -> dialog("clear-confirm") != null);
        counter.fx(() -> ((Button) in("clear-confirm", "#clear-confirm-yes")).fire());
        counter.await(() -> ((javafx.scene.control.TextField) counter.node("#customerName"))
                .getText()
                .isEmpty());
    }

    @Test
    void enterInTheStockAdjustmentAppliesIt() throws Exception {
        FxDriver boss = FxDriver.open(server.url());
        boss.login("manager", ServerFixture.PASSWORD);
        boss.selectTab("tab-parts");
        TableView<VehiclePart> table = boss.node("#parts-table");
        boss.await(() -> !table.getItems().isEmpty());
        VehiclePart part = boss.fx(() -> table.getItems().get(0));
        boss.fx(() -> table.getSelectionModel().select(0));
        boss.type("#adjust-delta", "5");
        boss.type("#adjust-reason", "Delivery");
        boss.fx(() -> boss.node("#adjust-reason").requestFocus());
        robot.targetWindow(boss.stage());
        robot.type(KeyCode.ENTER);
        ShopClient check = new ShopClient(server.url());
        check.login("manager", ServerFixture.PASSWORD);
        boss.await(() -> check.parts(part.partId()).stream()
                .anyMatch(p -> p.id() == part.id() && p.stock() == part.stock() + 5));
    }

    @Test
    void ctrlFFocusesTheSearchOfTheScreenShown() throws Exception {
        FxDriver counter = FxDriver.open(server.url());
        counter.login("counter", ServerFixture.PASSWORD);
        robot.targetWindow(counter.stage());
        for (String[] screen : new String[][] {
            {"tab-receipts", "#receipts-query"}, {"tab-board", "#board-filter"}, {"tab-customers", "#customers-query"}
        }) {
            counter.selectTab(screen[0]);
            counter.fx(() -> counter.node("#tabs").requestFocus());
            robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
            counter.await(() -> counter.node(screen[1]).isFocused());
        }
    }

    @Test
    void ctrlFFocusesTheManagersSearchesToo() throws Exception {
        FxDriver boss = FxDriver.open(server.url());
        boss.login("manager", ServerFixture.PASSWORD);
        robot.targetWindow(boss.stage());
        for (String[] screen : new String[][] {{"tab-parts", "#parts-query"}, {"tab-jobs", "#part-query"}}) {
            boss.selectTab(screen[0]);
            if (screen[0].equals("tab-jobs")) {
                // the part search belongs to a job: it is enabled once one is chosen
                javafx.scene.control.ListView<?> jobs = boss.node("#jobs-list");
                boss.await(() -> !jobs.getItems().isEmpty());
                boss.fx(() -> jobs.getSelectionModel().select(0));
            }
            boss.fx(() -> boss.node("#tabs").requestFocus());
            robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
            boss.await(() -> boss.node(screen[1]).isFocused());
        }
    }

    @Test
    void helpShowsEveryShortcutInBothLanguagesAndEscapeClosesIt() throws Exception {
        FxDriver counter = FxDriver.open(server.url());
        counter.login("counter", ServerFixture.PASSWORD);
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.KOREAN}) {
            if (language.equals(Locale.KOREAN)) {
                AccountMenuTest.menu(counter, "menu-language-ko");
                counter.await(() ->
                        counter.has("#tabs") && counter.text("#current-user").contains("counter"));
            }
            Messages m = new Messages(language);
            AccountMenuTest.menu(counter, "menu-shortcuts");
            counter.await(() -> dialog("shortcuts-dialog") != null);
            PaymentCorrectionDialogsTest.assertCentredOn(counter.stage(), "shortcuts-dialog");
            for (int i = 0; i < 10; i++) {
                Label row = (Label) in("shortcuts-dialog", "#shortcut-" + i);
                assertThat(counter.fx(() -> InvoiceDialogsTest.shown(row) && row.getHeight() > 0))
                        .as("row %d shown", i)
                        .isTrue();
                assertThat(counter.fx(row::getText)).isNotBlank().doesNotContain("shortcut.");
            }
            assertThat(counter.fx(() -> ((Label) in("shortcuts-dialog", "#shortcut-1")).getText()))
                    .isEqualTo(m.get("shortcut.board"));
            robot.targetWindow(WindowsAt.windowOf(dialog("shortcuts-dialog")));
            robot.type(KeyCode.ESCAPE);
            counter.await(() -> dialog("shortcuts-dialog") == null);
        }
    }
}
