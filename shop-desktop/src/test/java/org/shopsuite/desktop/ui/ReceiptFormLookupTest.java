package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.ui.receipt.MechanicChoice;
import org.testfx.api.FxToolkit;

/** The new-receipt form says what the records know of the typed car before the receipt is taken. */
@Tag("gui")
class ReceiptFormLookupTest {
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
    void typingAPlateOfACarInTheShopWarnsBeforeSubmittingAndTheServersWarningFollows() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        d.selectTab("tab-new-receipt");
        assertThat(d.has("#receipt-in-shop")).isFalse();
        d.type("#carId", "12가 3456");
        d.await(() -> d.has("#receipt-in-shop"));
        assertThat(d.text("#receipt-in-shop")).contains("Already in the shop").contains("#7");
        assertThat(d.text("#receipt-records"))
                .contains("정우성")
                .contains("84,390 km")
                .contains("변속기 오일 교환");
        assertThat(d.fx(() -> ((javafx.scene.control.TextField) d.node("#make")).getText()))
                .as("the car's details are filled in")
                .isEqualTo("Hyundai");

        d.type("#carId", "99허 0001");
        d.await(() -> d.text("#receipt-records").contains("a new car will be created"));
        assertThat(d.has("#receipt-in-shop")).isFalse();

        d.type("#carId", "12가3456");
        d.await(() -> d.has("#receipt-in-shop"));
        d.type("#estimatedHours", "1");
        d.type("#request", "엔진 소음 점검");
        d.await(() -> !((ComboBox<?>) d.node("#mechanic")).getItems().isEmpty());
        d.fx(() -> {
            ComboBox<MechanicChoice> box = d.node("#mechanic");
            box.getItems().stream()
                    .filter(c -> c.fits(java.math.BigDecimal.ONE))
                    .findFirst()
                    .ifPresent(c -> box.getSelectionModel().select(c));
        });
        d.press("#receipt-submit");
        d.await(() -> d.has("#receipt-warnings"));
        assertThat(d.text("#receipt-warnings")).contains("7");
    }
}
