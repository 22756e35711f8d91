package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.text;

import java.nio.file.Path;
import java.util.Comparator;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.PartRequest;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The mechanic returns part of an issued part through the real screen (headless), issue 15. */
@Tag("gui")
class ReturnPartDialogTest {
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

    @Test
    void theMechanicReturnsOneOfThreeFromTheKeyboardAfterConfirming() throws Exception {
        FxDriver kim = issueThree();
        PartRequest issued = lastRequest(kim);
        openReturn(kim, issued);
        Spinner<Integer> spinner = kim.fx(() -> spinner());
        assertThat(kim.fx(() -> spinner.getValue())).as("all still out").isEqualTo(3);
        assertThat(text("return-dialog", "#return-of")).isEqualTo("of 3 issued");
        assertThat(kim.fx(() -> ((DialogPane) dialog("return-dialog")).getHeaderText()))
                .isEqualTo("Return " + issued.partName() + " to stock");
        kim.await(() -> spinner.getEditor().isFocused());

        // More than was issued: refused in the dialog, nothing is asked or sent.
        FxRobot robot = new FxRobot();
        kim.fx(() -> spinner.getEditor().setText("4"));
        robot.type(KeyCode.ENTER);
        kim.await(() -> !text("return-dialog", "#return-error").isEmpty());
        assertThat(text("return-dialog", "#return-error")).isEqualTo("Enter a whole number from 1 to 3");
        assertThat(dialog("return-confirm")).isNull();

        kim.fx(() -> spinner.getEditor().setText("1"));
        robot.type(KeyCode.ENTER);
        kim.await(() -> dialog("return-confirm") != null);
        assertThat(kim.fx(() -> ((DialogPane) dialog("return-confirm")).getContentText()))
                .isEqualTo("Return 1 x " + issued.partName() + " to stock?");
        robot.type(KeyCode.ENTER);
        kim.await(() -> dialog("return-dialog") == null);
        kim.await(() -> kim.text("#job-message").equals("Returned to stock: 1 x " + issued.partName()));
        PartRequest after = lastRequest(kim);
        assertThat(after.returnedQuantity()).isEqualTo(1);
        assertThat(kim.fx(() -> kim.<ListView<PartRequest>>node("#requests-list").lookupAll(".label").stream()
                        .map(n -> ((Label) n).getText())
                        .anyMatch(t -> t != null && t.equals("3 x " + issued.partName() + " - issued, 1 returned"))))
                .as("the list shows what went back")
                .isTrue();

        // The rest later: the spinner offers what is still out.
        openReturn(kim, after);
        assertThat(kim.fx(() -> spinner().getValue())).isEqualTo(2);
        assertThat(text("return-dialog", "#return-of")).isEqualTo("of 3 issued (1 already returned)");
    }

    @Test
    void escapeCancelsAndNothingGoesBack() throws Exception {
        FxDriver kim = issueThree();
        PartRequest issued = lastRequest(kim);
        openReturn(kim, issued);
        kim.await(() -> spinner().getEditor().isFocused());
        new FxRobot().type(KeyCode.ESCAPE);
        kim.await(() -> dialog("return-dialog") == null);
        assertThat(lastRequest(kim).returnedQuantity()).isZero();
        assertThat(kim.text("#job-message")).startsWith("Issued");
    }

    /** Kim starts his first job (if waiting) and is issued three of a part by its barcode. */
    private FxDriver issueThree() throws Exception {
        FxDriver kim = FxDriver.open(server.url());
        kim.login("kim", ServerFixture.PASSWORD);
        kim.await(() -> !kim.<ListView<Job>>node("#jobs-list").getItems().isEmpty());
        kim.fx(() -> kim.<ListView<Job>>node("#jobs-list").getSelectionModel().select(0));
        if (kim.fx(() -> kim.<ListView<Job>>node("#jobs-list").getItems().get(0).status()) == JobStatus.WAITING) {
            kim.press("#job-start");
            kim.await(() -> kim.text("#job-message").contains("started"));
        }
        kim.type("#part-query", "8801234500011");
        kim.enter("#part-query");
        kim.await(() -> !((ListView<?>) kim.node("#parts-list")).getItems().isEmpty());
        kim.type("#part-quantity", "3");
        kim.press("#part-request");
        kim.await(() -> kim.text("#job-message").startsWith("Issued: 3"));
        return kim;
    }

    private static PartRequest lastRequest(FxDriver d) throws Exception {
        return d.fx(() -> d.<ListView<PartRequest>>node("#requests-list").getItems().stream()
                .max(Comparator.comparingLong(PartRequest::id))
                .orElseThrow());
    }

    private static void openReturn(FxDriver d, PartRequest r) throws Exception {
        d.await(() -> d.has("#part-return-" + r.id()));
        d.press("#part-return-" + r.id());
        d.await(() -> dialog("return-dialog") != null);
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner() {
        return (Spinner<Integer>) in("return-dialog", "#return-quantity");
    }
}
