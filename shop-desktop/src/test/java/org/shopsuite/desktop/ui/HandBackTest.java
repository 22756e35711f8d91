package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.openReceipt;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.model.StatusPageRow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** "Hand back car" names car and customer first, tells an unpaid balance, and the board shows it. */
@Tag("gui")
class HandBackTest {
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
    }

    @Test
    void handingBackAFinishedUnpaidCarWarnsOfTheBalanceAndTheBoardSaysHandedBack() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        openReceipt(d, "송혜교");
        d.await(() -> !d.<Button>node("#receipt-release").isDisabled());

        d.press("#receipt-release");
        d.await(() -> dialog("release-confirm") != null);
        String question = d.fx(() -> ((javafx.scene.control.DialogPane) dialog("release-confirm")).getContentText());
        assertThat(question).contains("11바 9988").contains("송혜교");
        new FxRobot().type(KeyCode.ESCAPE);
        d.await(() -> dialog("release-confirm") == null);
        assertThat(d.<Button>node("#receipt-release").isDisabled())
                .as("Escape: not handed back")
                .isFalse();

        d.press("#receipt-release");
        d.await(() -> dialog("release-confirm") != null);
        d.fx(() -> ((Button) in("release-confirm", "#release-confirm-yes")).fire());
        d.await(() -> d.text("#receipts-message").contains("handed back"));
        assertThat(d.text("#receipts-message")).contains("₩144,100 is still to pay");
        d.await(() -> d.text("#receipt-facts").contains("Handed back"));
        d.await(() -> d.<Button>node("#receipt-release").isDisabled());
        // the receipts list says so too, not just "Completed"
        javafx.scene.control.TableView<org.shopsuite.model.Receipt> list = d.node("#receipts-table");
        d.await(() -> {
            var row = list.getItems().stream()
                    .filter(x -> x.customerName().equals("송혜교"))
                    .findFirst()
                    .orElse(null);
            @SuppressWarnings("unchecked")
            var status =
                    (javafx.scene.control.TableColumn<org.shopsuite.model.Receipt, String>) list.getColumns().stream()
                            .filter(c -> "statusCol".equals(c.getId()))
                            .findFirst()
                            .orElseThrow();
            return row != null && "Handed back".equals(status.getCellData(row));
        });

        d.selectTab("tab-board");
        TableView<StatusPageRow> board = d.node("#board-table");
        d.await(() ->
                board.getItems().stream().anyMatch(r -> r.customerName().equals("송혜교") && r.releasedAt() != null));
    }
}
