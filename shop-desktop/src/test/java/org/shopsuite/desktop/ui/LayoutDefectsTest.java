package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.testfx.api.FxToolkit;

/** Issue 15, defect 10, the cases the walk over every screen does not reach by itself. */
@Tag("gui")
class LayoutDefectsTest {
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
    void theStockLedgerStaysInsideItsTableWhenTheWindowShrinks() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        NoClippingTest.resize(d, new double[] {1920, 1080});
        d.selectTab("tab-parts");
        NoClippingTest.settle(d);
        NoClippingTest.selectFirstRows(d);
        d.await(() -> !d.<javafx.scene.control.TableView<?>>node("#parts-ledger")
                .getItems()
                .isEmpty());
        NoClippingTest.settle(d);
        // Laid out wide first, then the window shrinks: the columns must shrink with the table.
        NoClippingTest.resize(d, new double[] {1280, 720});
        NoClippingTest.settle(d);
        assertThat(NoClippingTest.check(d.stage(), "parts 1280x720"))
                .filteredOn(f -> f.contains("parts-ledger"))
                .isEmpty();
        d.close();
    }

    @Test
    void finishIsOnScreenWithoutScrollingAt1280x720() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        NoClippingTest.resize(d, new double[] {1280, 720});
        d.login("kim", ServerFixture.PASSWORD);
        d.fx(() -> d.<ListView<?>>node("#jobs-list").getSelectionModel().select(0));
        NoClippingTest.settle(d);
        d.fx(() -> {
            Button finish = d.node("#job-finish");
            for (Node p = finish.getParent(); p != null; p = p.getParent()) {
                assertThat(p).as("Finish is not inside a scrolled area").isNotInstanceOf(ScrollPane.class);
            }
            Bounds b = finish.localToScene(finish.getLayoutBounds());
            assertThat(b.getMaxY()).isLessThanOrEqualTo(d.stage().getScene().getHeight());
            assertThat(b.getMaxX()).isLessThanOrEqualTo(d.stage().getScene().getWidth());
            assertThat(d.<javafx.scene.control.TextField>node("#labor-hours").isVisible())
                    .isTrue();
        });
    }

    @Test
    void settingsSaveKeepsItsTextWhenAnErrorAppearsInKorean() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.await(() -> d.has("#login-submit"));
        NoClippingTest.pickLanguage(d, "ko");
        NoClippingTest.resize(d, new double[] {1280, 720});
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-settings");
        NoClippingTest.settle(d);
        d.type("#settings-timezone", "Mars/Olympus_Mons");
        d.type("#settings-tax-rate", "250");
        d.press("#settings-save");
        d.await(() -> d.stage().getScene().getRoot().lookupAll(".field-error").stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Label l
                        && !l.getText().isEmpty()));
        NoClippingTest.settle(d);
        assertThat(NoClippingTest.check(d.stage(), "settings with errors")).isEmpty();
    }

    @Test
    void theInvoiceTableShowsEveryLineOfTheInvoice() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        NoClippingTest.resize(d, new double[] {1280, 720});
        d.login("counter", ServerFixture.PASSWORD);
        d.selectTab("tab-receipts");
        NoClippingTest.settle(d);
        NoClippingTest.showAnInvoice(d);
        assertThat(d.has("#invoice-lines")).isTrue();
        d.fx(() -> {
            TableView<?> lines = d.node("#invoice-lines");
            lines.layout();
            int n = lines.getItems().size();
            assertThat(n).isPositive();
            double rowsArea = lines.getHeight()
                    - lines.lookup(".column-header-background")
                            .getBoundsInLocal()
                            .getHeight();
            assertThat(rowsArea / lines.getFixedCellSize())
                    .as("room for all " + n + " lines")
                    .isGreaterThanOrEqualTo(n);
            assertThat(lines.lookupAll(".scroll-bar").stream()
                            .filter(b -> b instanceof javafx.scene.control.ScrollBar sb
                                    && sb.getOrientation() == javafx.geometry.Orientation.VERTICAL
                                    && sb.isVisible()))
                    .as("no scrolling to see a line")
                    .isEmpty();
        });
    }

    @Test
    void theBoardsToolbarReadsInFullAtTheSmallestWindowInBothLanguages() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = FxDriver.open(server.url());
            d.await(() -> d.has("#login-submit"));
            NoClippingTest.pickLanguage(d, lang);
            d.login("counter", ServerFixture.PASSWORD);
            double[] smallest =
                    d.fx(() -> new double[] {d.stage().getMinWidth(), d.stage().getMinHeight()});
            NoClippingTest.resize(d, smallest);
            NoClippingTest.settle(d);
            assertThat(NoClippingTest.check(d.stage(), lang + " board at the smallest window"))
                    .isEmpty();
            d.close();
        }
    }
}
