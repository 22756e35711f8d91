package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.openReceipt;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.text;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.ReceiptStatus;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Issue 15, defect 11: Finish asks what is billed; a cancel needs a reason and names its buttons. */
@Tag("gui")
class RiskyActionsTest {
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

    private ShopClient manager() {
        ShopClient c = new ShopClient(server.url());
        c.login("manager", ServerFixture.PASSWORD);
        return c;
    }

    @Test
    void finishSaysWhatIsBilledAndKeepWorkingIssuesNothing() throws Exception {
        FxDriver kim = FxDriver.open(server.url());
        kim.login("kim", ServerFixture.PASSWORD);
        ListView<Job> jobs = kim.node("#jobs-list");
        kim.await(() -> !jobs.getItems().isEmpty());
        long jobId = kim.fx(() -> jobs.getItems().get(0).id());
        kim.fx(() -> jobs.getSelectionModel().select(0));
        if (kim.fx(() -> jobs.getItems().get(0).status()) == JobStatus.WAITING) {
            kim.press("#job-start");
            kim.await(() -> kim.text("#job-message").contains("started"));
        }
        // the list is reloaded after the start: choose the job again, now in progress
        kim.await(() -> jobs.getItems().stream().anyMatch(j -> j.id() == jobId && j.status() == JobStatus.IN_PROGRESS));
        Job job = kim.fx(() -> jobs.getItems().stream()
                .filter(j -> j.id() == jobId)
                .findFirst()
                .orElseThrow());
        kim.fx(() -> jobs.getSelectionModel().select(job));
        kim.await(() -> !kim.<javafx.scene.control.Button>node("#job-finish").isDisabled());
        kim.type("#labor-hours", "1.5");

        kim.press("#job-finish");
        kim.await(() -> dialog("finish-confirm") != null);
        PaymentCorrectionDialogsTest.assertCentredOn(kim.stage(), "finish-confirm");
        String question = kim.fx(() -> ((DialogPane) dialog("finish-confirm")).getContentText());
        assertThat(question)
                .contains("#" + job.id())
                .contains(job.carId())
                .contains("issue its invoice")
                .contains("1.5 h");
        assertThat(text("finish-confirm", "#finish-confirm-yes")).isEqualTo("Finish and issue invoice");
        assertThat(text("finish-confirm", "#finish-confirm-no")).isEqualTo("Keep working");

        kim.fx(() -> ((Button) in("finish-confirm", "#finish-confirm-no")).fire());
        kim.await(() -> dialog("finish-confirm") == null);
        assertThat(manager().job(job.id()).status()).as("nothing issued").isEqualTo(JobStatus.IN_PROGRESS);

        kim.press("#job-finish");
        kim.await(() -> dialog("finish-confirm") != null);
        kim.fx(() -> ((Button) in("finish-confirm", "#finish-confirm-yes")).fire());
        kim.await(() -> manager().job(job.id()).status() == JobStatus.FINISHED);
    }

    @Test
    void aCancelNeedsAReasonIsCentredAndEnterDoesNotCancel() throws Exception {
        FxDriver counter = FxDriver.open(server.url());
        counter.login("counter", ServerFixture.PASSWORD);
        openReceipt(counter, "이도현");
        counter.await(() -> !counter.<Button>node("#receipt-cancel").isDisabled());
        long id = counter.fx(
                () -> counter.<javafx.scene.control.TableView<org.shopsuite.model.Receipt>>node("#receipts-table")
                        .getSelectionModel()
                        .getSelectedItem()
                        .id());

        counter.press("#receipt-cancel");
        counter.await(() -> dialog("cancel-receipt-dialog") != null);
        PaymentCorrectionDialogsTest.assertCentredOn(counter.stage(), "cancel-receipt-dialog");
        assertThat(counter.fx(() -> ((DialogPane) dialog("cancel-receipt-dialog")).getHeaderText()))
                .contains("이도현")
                .contains(Long.toString(id));
        assertThat(text("cancel-receipt-dialog", "#cancel-receipt-submit")).isEqualTo("Cancel receipt");
        assertThat(text("cancel-receipt-dialog", "#cancel-receipt-dialog-cancel"))
                .isEqualTo("Keep receipt");

        // No reason: the dialog says so and stays open; nothing is cancelled.
        counter.fx(() -> ((Button) in("cancel-receipt-dialog", "#cancel-receipt-submit")).fire());
        counter.await(() ->
                text("cancel-receipt-dialog", "#cancel-receipt-reason-error").equals("Required"));
        assertThat(dialog("cancel-receipt-dialog")).isNotNull();

        // Enter in the reason does not cancel the receipt (a destructive action needs its button).
        counter.await(
                () -> in("cancel-receipt-dialog", "#cancel-receipt-reason").isFocused());
        counter.fx(() -> ((TextField) in("cancel-receipt-dialog", "#cancel-receipt-reason")).setText("고객 요청"));
        FxRobot robot = new FxRobot();
        robot.targetWindow(WindowsAt.windowOf(dialog("cancel-receipt-dialog")));
        robot.type(KeyCode.ENTER);
        Thread.sleep(300);
        assertThat(dialog("cancel-receipt-dialog")).isNotNull();
        assertThat(manager().receipt(id).status()).isEqualTo(ReceiptStatus.ACCEPTED);

        counter.fx(() -> ((Button) in("cancel-receipt-dialog", "#cancel-receipt-submit")).fire());
        counter.await(() -> dialog("cancel-receipt-dialog") == null);
        counter.await(() -> counter.text("#receipts-message").equals("Receipt " + id + " was cancelled"));
        assertThat(manager().receipt(id).status()).isEqualTo(ReceiptStatus.CANCELLED);
    }

    @Test
    void messagesOpenCentredWithAButtonThatSaysClose() throws Exception {
        FxDriver counter = FxDriver.open(server.url());
        counter.login("counter", ServerFixture.PASSWORD);
        AccountMenuTest.menu(counter, "menu-about");
        counter.await(() -> dialog("about") != null);
        PaymentCorrectionDialogsTest.assertCentredOn(counter.stage(), "about");
        assertThat(counter.fx(() ->
                        ((DialogPane) dialog("about")).getButtonTypes().get(0).getText()))
                .isEqualTo("Close");
        FxRobot robot = new FxRobot();
        robot.targetWindow(WindowsAt.windowOf(dialog("about")));
        robot.type(KeyCode.ESCAPE);
        counter.await(() -> dialog("about") == null);
    }
}
