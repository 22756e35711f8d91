package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.openReceipt;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.text;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.receipt.MechanicChoice;
import org.testfx.api.FxToolkit;

/**
 * The counter edits a receipt in its dialog (fields enabled as the job allows, a refusal beside the
 * hours field), and a receipt for a past day is asked about, with the mechanics' hours of that day.
 */
@Tag("gui")
class ReceiptEditDialogTest {
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
    void theCounterEditsAWaitingReceiptAndHoursThatDoNotFitAreRefusedBesideTheField() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        openReceipt(d, "이도현");
        d.await(() -> !d.<Button>node("#receipt-edit").isDisabled());
        d.press("#receipt-edit");
        d.await(() -> dialog("edit-receipt") != null);
        d.await(() -> ((ComboBox<?>) in("edit-receipt", "#edit-mechanic")).getValue() != null);
        assertThat(in("edit-receipt", "#edit-requestDate").isDisabled()).isFalse();
        assertThat(in("edit-receipt", "#edit-mechanic").isDisabled()).isFalse();

        d.fx(() -> ((TextField) in("edit-receipt", "#edit-estimatedHours")).setText("9"));
        d.fx(() -> ((Button) in("edit-receipt", "#edit-receipt-submit")).fire());
        d.await(() -> !text("edit-receipt", "#edit-estimatedHours-error").isEmpty());
        assertThat(text("edit-receipt", "#edit-estimatedHours-error"))
                .contains("김민수 has 8 h left")
                .contains("9 h was asked");
        assertThat(dialog("edit-receipt")).as("stays open").isNotNull();

        d.fx(() -> ((TextField) in("edit-receipt", "#edit-estimatedHours")).setText("3"));
        assertThat(text("edit-receipt", "#edit-estimatedHours-error"))
                .as("cleared on edit")
                .isEmpty();
        d.fx(() -> ((TextField) in("edit-receipt", "#edit-promisedTime")).setText("17:30"));
        d.fx(() -> ((DatePicker) in("edit-receipt", "#edit-promisedDate"))
                .setValue(LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1)));
        d.fx(() -> ((Button) in("edit-receipt", "#edit-receipt-submit")).fire());
        d.await(() -> dialog("edit-receipt") == null);
        d.await(() -> d.text("#receipts-message").contains("was changed"));
        d.await(() -> d.text("#receipt-facts").contains("estimate 3 h"));
        assertThat(d.text("#receipt-facts")).contains("Promised back").contains("17:30");
    }

    @Test
    void aStartedJobsMechanicAndDayCannotBeChangedAndAFinishedReceiptCannotBeEdited() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        openReceipt(d, "Daniel Park");
        d.await(() -> !d.<Button>node("#receipt-edit").isDisabled());
        d.press("#receipt-edit");
        d.await(() -> dialog("edit-receipt") != null);
        assertThat(in("edit-receipt", "#edit-requestDate").isDisabled()).isTrue();
        assertThat(in("edit-receipt", "#edit-mechanic").isDisabled()).isTrue();
        assertThat(in("edit-receipt", "#edit-fixed-note").isVisible()).isTrue();
        assertThat(in("edit-receipt", "#edit-request").isDisabled()).isFalse();
        d.fx(() -> ((Button) in("edit-receipt", "#edit-receipt-cancel")).fire());
        d.await(() -> dialog("edit-receipt") == null);

        openReceipt(d, "송혜교");
        d.await(() -> d.text("#receipt-title").contains("송혜교"));
        d.await(() -> d.<Button>node("#receipt-edit").isDisabled());
    }

    @Test
    void aReceiptForAPastDayIsAskedAboutAndTheMechanicsShowThatDaysHours() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        d.selectTab("tab-new-receipt");
        ComboBox<MechanicChoice> mechanic = d.node("#mechanic");
        d.await(() -> mechanic.getItems().stream()
                .anyMatch(c -> c.mechanic().name().equals("김민수")
                        && c.remainingHours().compareTo(new java.math.BigDecimal("5.5")) == 0));
        d.fx(() -> mechanic.getSelectionModel()
                .select(mechanic.getItems().stream()
                        .filter(c -> c.mechanic().name().equals("김민수"))
                        .findFirst()
                        .orElseThrow()));
        LocalDate weekAgo = LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(7);
        d.fx(() -> d.<DatePicker>node("#receipt-date").setValue(weekAgo));
        // the list follows the day: nothing was booked for 김민수 a week ago
        d.await(() -> mechanic.getItems().stream()
                .anyMatch(c -> c.mechanic().name().equals("김민수")
                        && c.remainingHours().compareTo(new java.math.BigDecimal("8")) == 0));
        d.await(() -> mechanic.getButtonCell().getText() != null
                && mechanic.getButtonCell().getText().contains("8 h left"));
        d.await(() -> d.has("#receipt-date-warning"));
        assertThat(d.text("#receipt-date-warning")).contains("7 days ago");

        d.type("#customerName", "Backdated Customer");
        d.type("#carId", "55하 1212");
        d.type("#estimatedHours", "0.3");
        d.type("#request", "x");
        d.press("#receipt-submit");
        d.await(() -> dialog("past-date-confirm") != null);
        d.fx(() -> ((Button) in("past-date-confirm", "#past-date-change")).fire());
        d.await(() -> dialog("past-date-confirm") == null);
        ShopClient api = new ShopClient(server.url());
        api.login("counter", ServerFixture.PASSWORD);
        assertThat(api.receipts("Backdated Customer", null, null, null, 5).items())
                .as("not taken")
                .isEmpty();

        d.press("#receipt-submit");
        d.await(() -> dialog("past-date-confirm") != null);
        d.fx(() -> ((Button) in("past-date-confirm", "#past-date-take")).fire());
        d.await(() -> d.has("#receipt-outcome") && d.text("#receipt-outcome").contains("Accepted"));
        assertThat(api.receipts("Backdated Customer", null, null, null, 5)
                        .items()
                        .get(0)
                        .requestDate())
                .isEqualTo(weekAgo);
    }
}
