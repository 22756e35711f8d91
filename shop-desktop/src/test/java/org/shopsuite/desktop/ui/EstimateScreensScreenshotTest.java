package org.shopsuite.desktop.ui;

import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.model.EstimateLineKind;
import org.shopsuite.model.Job;
import org.testfx.api.FxToolkit;

/**
 * Renders the estimate screens of issue 17 (the editor, the customer's decisions, the mechanic's
 * recommendation) at 1280x720 in both languages, for docs/screenshots. Runs only when asked, as
 * {@link ScreenshotTest}: {@code -Dtest=EstimateScreensScreenshotTest -Dscreenshots=docs/screenshots}.
 */
@Tag("gui")
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class EstimateScreensScreenshotTest {
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
    void rendersTheEstimateEditorDecisionsAndRecommendationAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            boolean ko = lang.equals("ko");
            FxDriver d = Shots.open(server.url(), lang, "counter");
            EstimateScreensTest.openEditor(d, "정우성");
            d.fx(() -> ((Button) in("estimate-editor", "#estimate-new-version")).fire());
            d.await(() -> InvoiceDialogsTest.text("estimate-editor", "#estimate-heading")
                    .contains(ko ? "초안" : "draft"));
            addLine(d, EstimateLineKind.LABOR, ko ? "휠 얼라인먼트 (wheel alignment)" : "Wheel alignment", "1.5", "");
            addLine(d, EstimateLineKind.PART, "OF-HY-01", "1", "");
            // a part name that matches several: the choices show under the row
            d.fx(() -> {
                @SuppressWarnings("unchecked")
                ComboBox<EstimateLineKind> kind =
                        (ComboBox<EstimateLineKind>) in("estimate-editor", "#estimate-add-kind");
                kind.setValue(EstimateLineKind.PART);
                ((TextField) in("estimate-editor", "#estimate-add-description")).setText("브레이크 패드");
                ((Button) in("estimate-editor", "#estimate-add")).fire();
            });
            d.await(() -> !((ListView<?>) in("estimate-editor", "#estimate-part-matches"))
                    .getItems()
                    .isEmpty());
            Shots.shotWith(d, out, "counter-estimate-editor-" + lang, "estimate-editor");

            d.fx(() -> ((ListView<?>) in("estimate-editor", "#estimate-part-matches"))
                    .getSelectionModel()
                    .select(0));
            d.fx(() -> ((Button) in("estimate-editor", "#estimate-present")).fire());
            d.await(() -> InvoiceDialogsTest.text("estimate-editor", "#estimate-heading")
                    .contains(ko ? "제시됨" : "presented"));
            d.fx(() -> ((Button) in("estimate-editor", "#estimate-decide")).fire());
            d.await(() -> dialog("decide") != null);
            d.fx(() -> ((Button) in("decide", "#decide-approve-all")).fire());
            d.fx(() -> ((ToggleButton) in("decide", "#decide-decline-3")).setSelected(true));
            d.fx(() -> ((TextField) in("decide", "#decide-note")).setText(ko ? "부싱은 다음 방문 때" : "Bushing next visit"));
            Shots.shotWith(d, out, "counter-estimate-decisions-" + lang, "estimate-editor", "decide");
            d.fx(() -> ((Button) in("decide", "#decide-cancel")).fire());
            d.close();

            FxDriver lee = Shots.open(server.url(), lang, "lee");
            lee.await(() -> !((ListView<?>) lee.node("#jobs-list")).getItems().isEmpty());
            lee.fx(() -> {
                ListView<Job> list = lee.node("#jobs-list");
                list.getItems().stream()
                        .filter(j -> j.status().name().equals("IN_PROGRESS"))
                        .findFirst()
                        .ifPresent(j -> list.getSelectionModel().select(j));
            });
            lee.await(() -> !lee.<Button>node("#job-recommend").isDisabled());
            lee.press("#job-recommend");
            lee.await(() -> dialog("recommend") != null);
            lee.fx(() -> {
                ((TextField) in("recommend", "#recommend-description"))
                        .setText(ko ? "뒤 브레이크 패드 2mm: 교환 필요" : "Rear brake pads at 2 mm: replace");
                ((TextField) in("recommend", "#recommend-hours")).setText("0.8");
                ((TextField) in("recommend", "#recommend-part-query")).setText("BP-RR");
                in("recommend", "#recommend-part-query").fireEvent(new javafx.event.ActionEvent());
            });
            lee.await(() -> !((ListView<?>) in("recommend", "#recommend-part-matches"))
                    .getItems()
                    .isEmpty());
            lee.fx(() -> ((ListView<?>) in("recommend", "#recommend-part-matches"))
                    .getSelectionModel()
                    .select(0));
            lee.fx(() -> ((Button) in("recommend", "#recommend-add-part")).fire());
            lee.await(() -> ((ListView<?>) in("recommend", "#recommend-parts"))
                            .getItems()
                            .size()
                    == 1);
            Shots.shotWith(lee, out, "mechanic-recommend-" + lang, "recommend");
            lee.fx(() -> ((Button) in("recommend", "#recommend-cancel")).fire());
            lee.close();
        }
    }

    @Test
    void rendersTheEstimatingSetupAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = Shots.open(server.url(), lang, "manager");
            d.selectTab("tab-settings");
            d.press("#settings-parts-pricing");
            d.await(() ->
                    dialog("pricing-dialog") != null && dialog("pricing-dialog").lookup("#pricing-to-0") != null);
            Shots.shotWith(d, out, "manager-parts-pricing-" + lang, "pricing-dialog");
            d.fx(() -> ((Button) in("pricing-dialog", "#pricing-dialog-cancel")).fire());
            d.press("#settings-canned-jobs");
            d.await(() -> dialog("canned-dialog") != null
                    && !((ListView<?>) in("canned-dialog", "#canned-lines"))
                            .getItems()
                            .isEmpty());
            Shots.shotWith(d, out, "manager-canned-jobs-" + lang, "canned-dialog");
            d.fx(() -> ((Button) in("canned-dialog", "#canned-close")).fire());
            EstimateScreensTest.openEditor(d, "정우성");
            d.fx(() -> {
                @SuppressWarnings("unchecked")
                javafx.scene.control.TableView<org.shopsuite.desktop.ui.estimates.EditorLine> t =
                        (javafx.scene.control.TableView<org.shopsuite.desktop.ui.estimates.EditorLine>)
                                in("estimate-editor", "#estimate-lines");
                for (int i = 0; i < t.getItems().size(); i++) {
                    if (t.getItems().get(i).decision() == org.shopsuite.model.Decision.APPROVED) {
                        t.getSelectionModel().select(i);
                        break;
                    }
                }
            });
            d.await(() -> !((Button) in("estimate-editor", "#estimate-correct")).isDisabled());
            d.fx(() -> ((Button) in("estimate-editor", "#estimate-correct")).fire());
            d.await(() -> dialog("correct-dialog") != null);
            Shots.shotWith(d, out, "manager-estimate-correct-" + lang, "estimate-editor", "correct-dialog");
            d.fx(() -> ((Button) in("correct-dialog", "#correct-dialog-cancel")).fire());
            d.close();
        }
    }

    /** Issue 22: signing in at one of several locations (the demo's han), and the location in the status bar. */
    @Test
    void rendersTheSignInAtALocationAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = FxDriver.open(server.url());
            d.fx(() -> {
                d.stage().setWidth(1280);
                d.stage().setHeight(720);
            });
            d.await(() -> d.has("#login-submit"));
            d.fx(() -> {
                javafx.scene.control.ComboBox<java.util.Locale> box = d.node("#language");
                box.getItems().stream()
                        .filter(l -> l.getLanguage().equals(lang))
                        .findFirst()
                        .ifPresent(l -> box.getSelectionModel().select(l));
            });
            d.type("#username", "han");
            d.type("#password", ServerFixture.PASSWORD);
            d.press("#login-submit");
            d.await(() -> d.has("#login-location"));
            d.fx(() -> {
                javafx.scene.control.ComboBox<?> box = d.node("#login-location");
                box.getSelectionModel().select(1);
            });
            Shots.shot(d, out, "login-location-" + lang);
            d.press("#login-submit");
            d.await(() -> d.has("#tabs"));
            Shots.shot(d, out, "manager-at-location-" + lang);
            d.close();
        }
    }

    /** Issue 22: the parts screen sending units to another location, and the switch-location dialog. */
    @Test
    void rendersTheTransferAndTheLocationSwitchAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = Shots.open(server.url(), lang, "manager");
            d.selectTab("tab-parts");
            d.await(() -> !((javafx.scene.control.TableView<?>) d.node("#parts-table"))
                    .getItems()
                    .isEmpty());
            d.fx(() -> ((javafx.scene.control.TableView<?>) d.node("#parts-table"))
                    .getSelectionModel()
                    .select(0));
            d.await(() -> d.node("#transfer-submit").isVisible());
            d.type("#transfer-quantity", "2");
            d.type("#transfer-note", "강남점 요청 (Gangnam asked)");
            d.press("#transfer-submit");
            d.await(() -> !d.text("#parts-message").isEmpty());
            d.await(() -> !((javafx.scene.control.TableView<?>) d.node("#parts-ledger"))
                    .getItems()
                    .isEmpty());
            // the form scrolled to the transfer, its message and the ledger
            d.fx(() -> ((javafx.scene.control.ScrollPane) d.node("#parts-form")).setVvalue(1));
            Shots.shot(d, out, "manager-parts-transfer-" + lang);
            d.close();

            FxDriver h = FxDriver.open(server.url());
            h.fx(() -> {
                h.stage().setWidth(1280);
                h.stage().setHeight(720);
            });
            h.await(() -> h.has("#login-submit"));
            h.fx(() -> {
                javafx.scene.control.ComboBox<java.util.Locale> box = h.node("#language");
                box.getItems().stream()
                        .filter(l -> l.getLanguage().equals(lang))
                        .findFirst()
                        .ifPresent(l -> box.getSelectionModel().select(l));
            });
            h.type("#username", "han");
            h.type("#password", ServerFixture.PASSWORD);
            h.press("#login-submit");
            h.await(() -> h.has("#login-location"));
            h.press("#login-submit");
            h.await(() -> h.has("#tabs"));
            AccountMenuTest.menu(h, "menu-switch-location");
            h.await(() -> dialog("switch-location") != null);
            Shots.shotWith(h, out, "switch-location-" + lang, "switch-location");
            h.fx(() -> ((javafx.scene.control.DialogPane) dialog("switch-location"))
                    .lookupButton(javafx.scene.control.ButtonType.CANCEL)
                    .fireEvent(new javafx.event.ActionEvent()));
            h.close();
        }
    }

    /** Issue 22: the People screen's "Works at" for a user at both of the demo's locations. */
    @Test
    void rendersWhereAUserWorksAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = Shots.open(server.url(), lang, "manager");
            d.selectTab("tab-people");
            d.await(() -> d.has("#user-locations") && d.node("#user-locations").isVisible());
            d.fx(() -> {
                javafx.scene.control.TableView<org.shopsuite.model.User> users = d.node("#users-table");
                users.getItems().stream()
                        .filter(u -> u.username().equals("han"))
                        .findFirst()
                        .ifPresent(u -> {
                            users.getSelectionModel().select(u);
                            users.scrollTo(u);
                        });
            });
            d.await(() -> d.node("#user-locations").lookupAll(".check-box").stream()
                    .allMatch(n -> ((javafx.scene.control.CheckBox) n).isSelected()));
            Shots.shot(d, out, "manager-people-locations-" + lang);
            d.close();
        }
    }

    /** Issue 18's setup dialogs: the lifts, the opening hours, a mechanic's days off. */
    @Test
    void rendersTheBookingSetupAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = Shots.open(server.url(), lang, "manager");
            d.selectTab("tab-settings");
            d.press("#settings-bays");
            d.await(() -> dialog("bays-dialog") != null
                    && !((ListView<?>) in("bays-dialog", "#bays-list"))
                            .getItems()
                            .isEmpty());
            d.fx(() -> ((ListView<?>) in("bays-dialog", "#bays-list"))
                    .getSelectionModel()
                    .select(0));
            Shots.shotWith(d, out, "manager-bays-" + lang, "bays-dialog");
            d.fx(() -> ((Button) in("bays-dialog", "#bays-close")).fire());
            d.press("#settings-locations");
            d.await(() -> dialog("locations-dialog") != null
                    && ((ListView<?>) in("locations-dialog", "#locations-list"))
                                    .getItems()
                                    .size()
                            == 2);
            d.fx(() -> ((ListView<?>) in("locations-dialog", "#locations-list"))
                    .getSelectionModel()
                    .select(1));
            d.await(() -> !((TextField) in("locations-dialog", "#locations-prefix"))
                    .getText()
                    .isEmpty());
            Shots.shotWith(d, out, "manager-locations-" + lang, "locations-dialog");
            d.fx(() -> ((Button) in("locations-dialog", "#locations-close")).fire());
            d.press("#settings-hours");
            d.await(() -> dialog("hours-dialog") != null
                    && !((TextField) in("hours-dialog", "#hours-opens-0"))
                            .getText()
                            .isEmpty());
            Shots.shotWith(d, out, "manager-opening-hours-" + lang, "hours-dialog");
            d.fx(() -> ((Button) in("hours-dialog", "#hours-dialog-cancel")).fire());
            d.selectTab("tab-people");
            d.await(() -> !((javafx.scene.control.TableView<?>) d.node("#mechanics-table"))
                    .getItems()
                    .isEmpty());
            d.fx(() -> {
                @SuppressWarnings("unchecked")
                javafx.scene.control.TableView<org.shopsuite.model.Mechanic> t =
                        (javafx.scene.control.TableView<org.shopsuite.model.Mechanic>) d.node("#mechanics-table");
                t.getItems().stream()
                        .filter(x -> x.name().equals("박지훈"))
                        .findFirst()
                        .ifPresent(x -> t.getSelectionModel().select(x));
            });
            d.press("#mechanic-days-off");
            d.await(() -> dialog("days-off-dialog") != null
                    && !((ListView<?>) in("days-off-dialog", "#days-off-list"))
                            .getItems()
                            .isEmpty());
            Shots.shotWith(d, out, "manager-days-off-" + lang, "days-off-dialog");
            d.fx(() -> ((Button) in("days-off-dialog", "#days-off-dialog-cancel")).fire());
            d.close();
        }
    }

    private static void addLine(FxDriver d, EstimateLineKind k, String text, String qty, String price)
            throws Exception {
        int before = d.fx(() -> ((javafx.scene.control.TableView<?>) in("estimate-editor", "#estimate-lines"))
                .getItems()
                .size());
        d.fx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<EstimateLineKind> kind = (ComboBox<EstimateLineKind>) in("estimate-editor", "#estimate-add-kind");
            kind.setValue(k);
            ((TextField) in("estimate-editor", "#estimate-add-description")).setText(text);
            ((TextField) in("estimate-editor", "#estimate-add-quantity")).setText(qty);
            ((TextField) in("estimate-editor", "#estimate-add-price")).setText(price);
            ((Button) in("estimate-editor", "#estimate-add")).fire();
        });
        d.await(() -> ((javafx.scene.control.TableView<?>) in("estimate-editor", "#estimate-lines"))
                        .getItems()
                        .size()
                == before + 1);
    }
}
