package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
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
import org.shopsuite.model.Coverage;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.VehicleRecord;
import org.shopsuite.model.Visit;
import org.shopsuite.model.WarrantyClaim;
import org.shopsuite.model.WarrantyClaimStatus;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The counter registers a comeback from a car's history: only a finished visit offers it, the
 * odometer starts at the car's last reading, a comeback without a complaint is not sent, and once
 * registered the counter is told its coverage, why and the window's end, and sees it in Comebacks.
 */
@Tag("gui")
class ComebackRegistrationTest {
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

    /** The counter on 정우성's Sonata: today's open visit first, yesterday's finished one under it. */
    static ListView<Visit> sonataHistory(FxDriver d) throws Exception {
        d.selectTab("tab-customers");
        CustomersViewTest.open(d, "12가3456", "정우성");
        ListView<VehicleRecord> cars = d.node("#customer-vehicles");
        d.await(() -> cars.getItems().stream().anyMatch(v -> v.plate().equals("12가3456")));
        d.fx(() -> cars.getSelectionModel()
                .select(cars.getItems().stream()
                        .filter(v -> v.plate().equals("12가3456"))
                        .findFirst()
                        .orElseThrow()));
        ListView<Visit> history = d.node("#vehicle-history");
        d.await(() -> history.getItems().size() == 2);
        return history;
    }

    @Test
    void theCounterRegistersAComebackOfAFinishedVisitAndIsToldItsCoverage() throws Exception {
        ShopClient desk = WarrantyScreenTest.client(server, "counter");
        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        ListView<Visit> history = sonataHistory(d);
        List<Visit> visits = d.fx(() -> List.copyOf(history.getItems()));
        assertThat(visits.get(0).status()).isNotEqualTo(ReceiptStatus.COMPLETED);
        assertThat(visits.get(1).status()).isEqualTo(ReceiptStatus.COMPLETED);
        Button comeback = d.node("#visit-comeback");
        assertThat(d.fx(comeback::isDisabled)).as("nothing selected").isTrue();
        d.fx(() -> history.getSelectionModel().select(0));
        assertThat(d.fx(comeback::isDisabled))
                .as("today's visit is not finished")
                .isTrue();
        d.fx(() -> history.getSelectionModel().select(1));
        assertThat(d.fx(comeback::isDisabled)).isFalse();
        Visit finished = visits.get(1);
        VehicleRecord car = desk.vehicle(finished.vehicleId());

        d.press("#visit-comeback");
        d.await(() -> dialog("comeback-dialog") != null);
        d.await(() -> in("comeback-dialog", "#comeback-complaint").isFocused());
        assertThat(d.fx(() -> ((TextField) in("comeback-dialog", "#comeback-mileage")).getText()))
                .isEqualTo(String.valueOf(car.lastMileageKm()));
        // no complaint: required, nothing sent
        d.fx(() -> ((Button) in("comeback-dialog", "#comeback-dialog-submit")).fire());
        assertThat(InvoiceDialogsTest.text("comeback-dialog", "#comeback-complaint-error"))
                .isEqualTo("Required");
        int before = desk.warrantyClaims(null, finished.vehicleId()).size();
        d.fx(() -> ((TextField) in("comeback-dialog", "#comeback-complaint"))
                .setText("엔진오일 누유 (an oil leak after the change)"));
        new FxRobot().type(KeyCode.ENTER); // Enter in a field registers it
        d.await(() -> dialog("comeback-dialog") == null);

        List<WarrantyClaim> claims = desk.warrantyClaims(null, finished.vehicleId());
        assertThat(claims).hasSize(before + 1);
        WarrantyClaim made = claims.stream()
                .filter(c -> c.complaint().startsWith("엔진오일 누유"))
                .findFirst()
                .orElseThrow();
        assertThat(made.originalReceiptId()).isEqualTo(finished.receiptId());
        assertThat(made.mileageKm()).isEqualTo(car.lastMileageKm());
        assertThat(made.coverage()).isEqualTo(Coverage.WARRANTY); // finished yesterday: well within its window

        // the outcome: coverage, why, the window's end and the status
        d.await(() -> dialog("comeback-registered") != null);
        String told = d.fx(() -> ((javafx.scene.control.DialogPane) dialog("comeback-registered")).getContentText());
        org.shopsuite.desktop.ui.Messages en = new org.shopsuite.desktop.ui.Messages(java.util.Locale.ENGLISH);
        assertThat(told)
                .contains("#" + made.id())
                .contains("Warranty (no charge)")
                .contains("-day window")
                .contains(en.date(made.windowEndsOn()))
                .contains("To triage");
        d.fx(() -> ((Button) in("comeback-registered", ".button")).fire());
        assertThat(d.text("#customers-message")).contains("#" + made.id());

        // the counter sees it among the comebacks to triage
        d.selectTab("tab-warranty");
        d.await(() -> WarrantyScreenTest.table(d).getItems().stream().anyMatch(c -> c.id() == made.id()));
        assertThat(d.fx(() -> WarrantyScreenTest.table(d).getItems().stream()
                        .filter(c -> c.id() == made.id())
                        .findFirst()
                        .orElseThrow()
                        .status()))
                .isEqualTo(WarrantyClaimStatus.REGISTERED);
    }
}
