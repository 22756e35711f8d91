package org.shopsuite.desktop.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.ui.receipt.MechanicChoice;
import org.shopsuite.model.Job;
import org.testfx.api.FxToolkit;

/**
 * Renders every screen, in English and Korean, to PNG files for docs/screenshots. Runs only when
 * asked: {@code ./mvnw -pl shop-desktop -am test -Dtest=ScreenshotTest -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots=docs/screenshots}.
 */
@Tag("gui")
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class ScreenshotTest {
    @TempDir
    Path dir;

    ServerFixture server;
    Path out;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        server = new ServerFixture(dir);
        Path target = Path.of(System.getProperty("screenshots"));
        out = target.isAbsolute()
                ? target
                : Path.of(System.getProperty("user.dir")).getParent().resolve(target);
        Files.createDirectories(out);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
        java.util.prefs.Preferences.userRoot().node("shop-suite-test").removeNode();
    }

    @Test
    void rendersEveryScreenInBothLanguages() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver counter = FxDriver.open(server.url());
            counter.fx(() -> {
                counter.stage().setWidth(1280);
                counter.stage().setHeight(800);
            });
            counter.await(() -> counter.has("#login-submit"));
            pickLanguage(counter, lang);
            counter.type("#username", "counter");
            shot(counter, "login-" + lang);
            counter.login("counter", ServerFixture.PASSWORD);
            counter.await(() -> counter.text("#connection").length() > 2
                    && !((javafx.scene.control.TableView<?>) counter.node("#board-table"))
                            .getItems()
                            .isEmpty());
            shot(counter, "counter-board-" + lang);

            counter.selectTab("tab-receipts");
            counter.type("#receipts-query", "Emily");
            counter.enter("#receipts-query");
            counter.await(() -> ((javafx.scene.control.TableView<?>) counter.node("#receipts-table"))
                            .getItems()
                            .size()
                    == 1);
            counter.fx(() -> ((javafx.scene.control.TableView<?>) counter.node("#receipts-table"))
                    .getSelectionModel()
                    .select(0));
            // the detail loads after the selection: wait for its invoice lines, not just the (hidden) title
            counter.await(() -> counter.has("#invoice-title")
                    && !((javafx.scene.control.TableView<?>) counter.node("#invoice-lines"))
                            .getItems()
                            .isEmpty());
            shot(counter, "counter-receipt-invoice-" + lang);

            counter.selectTab("tab-new-receipt");
            counter.await(
                    () -> !((ComboBox<?>) counter.node("#mechanic")).getItems().isEmpty());
            counter.type("#customerName", lang.equals("ko") ? "이순신" : "Sarah Kim");
            counter.type("#customerPhone", "010-2222-3333");
            counter.type("#carId", "33아 5678");
            counter.type("#make", "BMW");
            counter.type("#model", "520d");
            counter.type("#estimatedHours", "3");
            counter.type("#request", lang.equals("ko") ? "엔진 경고등 점검 및 수리" : "Check engine light; diagnose and repair");
            counter.fx(() -> {
                ComboBox<MechanicChoice> box = counter.node("#mechanic");
                box.getItems().stream()
                        .filter(c -> c.mechanic().name().equals("박지훈"))
                        .findFirst()
                        .ifPresent(c -> box.getSelectionModel().select(c));
            });
            counter.press("#receipt-submit");
            counter.await(() -> counter.has("#receipt-outcome"));
            shot(counter, "counter-new-receipt-rejected-" + lang);
            counter.close();
        }

        FxDriver kim = FxDriver.open(server.url());
        kim.fx(() -> {
            kim.stage().setWidth(1280);
            kim.stage().setHeight(800);
        });
        kim.login("lee", ServerFixture.PASSWORD);
        kim.await(() -> !((ListView<?>) kim.node("#jobs-list")).getItems().isEmpty());
        kim.fx(() -> {
            ListView<Job> list = kim.node("#jobs-list");
            list.getItems().stream()
                    .filter(j -> j.status().name().equals("IN_PROGRESS"))
                    .findFirst()
                    .ifPresent(j -> list.getSelectionModel().select(j));
        });
        kim.type("#part-query", "DG-LED-01");
        kim.enter("#part-query");
        kim.await(() -> !((ListView<?>) kim.node("#parts-list")).getItems().isEmpty());
        kim.press("#part-request");
        kim.await(() -> kim.text("#job-message").length() > 0);
        shot(kim, "mechanic-workstation-en");
        kim.close();

        FxDriver boss = FxDriver.open(server.url());
        boss.fx(() -> {
            boss.stage().setWidth(1280);
            boss.stage().setHeight(800);
        });
        boss.login("manager", ServerFixture.PASSWORD);
        boss.selectTab("tab-parts");
        boss.await(() -> !((javafx.scene.control.TableView<?>) boss.node("#parts-table"))
                .getItems()
                .isEmpty());
        boss.fx(() -> ((javafx.scene.control.TableView<?>) boss.node("#parts-table"))
                .getSelectionModel()
                .select(0));
        boss.await(() -> !((javafx.scene.control.TableView<?>) boss.node("#parts-ledger"))
                .getItems()
                .isEmpty());
        shot(boss, "manager-parts-en");
        boss.selectTab("tab-people");
        boss.await(() -> !((javafx.scene.control.TableView<?>) boss.node("#users-table"))
                .getItems()
                .isEmpty());
        shot(boss, "manager-people-en");
    }

    /** The manager's invoice dialogs and the settings screen at 1280x720, in both languages. */
    @Test
    void rendersTheInvoiceDialogsAndSettingsAt1280x720() throws Exception {
        org.shopsuite.desktop.client.ShopClient desk = new org.shopsuite.desktop.client.ShopClient(server.url());
        desk.login("counter", ServerFixture.PASSWORD);
        for (String lang : new String[] {"en", "ko"}) {
            // Money paid on Emily Clark's current invoice (the English pass reissued it), so the dialog refunds.
            var receipt = desk.receipts("Emily", null, null, null, 1).items().get(0);
            var invoice = desk.invoice(receipt.invoiceId());
            if (invoice.paid() == 0) {
                desk.pay(
                        invoice.id(),
                        new org.shopsuite.model.PaymentInput(100_000L, org.shopsuite.model.PaymentMethod.CASH),
                        org.shopsuite.desktop.client.ShopClient.newIdempotencyKey());
            }
            FxDriver boss = FxDriver.open(server.url());
            boss.fx(() -> {
                boss.stage().setWidth(1280);
                boss.stage().setHeight(720);
            });
            boss.await(() -> boss.has("#login-submit"));
            pickLanguage(boss, lang);
            boss.login("manager", ServerFixture.PASSWORD);
            InvoiceDialogsTest.openReceipt(boss, "Emily");
            boss.await(() -> boss.has("#invoice-title"));
            scrollDetailToBottom(boss);

            boss.press("#invoice-void");
            boss.await(() -> InvoiceDialogsTest.dialog("void-dialog") != null);
            boss.fx(() -> ((javafx.scene.control.TextField) InvoiceDialogsTest.in("void-dialog", "#void-reason"))
                    .setText(lang.equals("ko") ? "고객 정보 잘못 입력" : "Issued to the wrong customer"));
            shotWithDialog(boss, "void-dialog", "manager-void-invoice-" + lang);

            // With every error showing: nothing chosen, no reason.
            boss.fx(() -> {
                ((javafx.scene.control.TextField) InvoiceDialogsTest.in("void-dialog", "#void-reason")).setText("");
                ((javafx.scene.control.RadioButton) InvoiceDialogsTest.in("void-dialog", "#void-refund-CASH"))
                        .getToggleGroup()
                        .selectToggle(null);
                ((javafx.scene.control.Button) InvoiceDialogsTest.in("void-dialog", "#void-submit")).fire();
            });
            shotWithDialog(boss, "void-dialog", "manager-void-invoice-errors-" + lang);

            boss.fx(() -> {
                ((javafx.scene.control.TextField) InvoiceDialogsTest.in("void-dialog", "#void-reason"))
                        .setText(lang.equals("ko") ? "고객 정보 잘못 입력" : "Issued to the wrong customer");
                ((javafx.scene.control.RadioButton) InvoiceDialogsTest.in("void-dialog", "#void-refund-CASH"))
                        .setSelected(true);
                ((javafx.scene.control.Button) InvoiceDialogsTest.in("void-dialog", "#void-submit")).fire();
            });
            boss.await(() -> InvoiceDialogsTest.dialog("void-dialog") == null);
            boss.await(() ->
                    !boss.<javafx.scene.control.Button>node("#invoice-reissue").isDisabled());
            scrollDetailToBottom(boss);
            shot(boss, "manager-invoice-voided-" + lang);

            boss.press("#invoice-reissue");
            boss.await(() -> InvoiceDialogsTest.dialog("reissue-dialog") != null);
            boss.fx(() -> ((javafx.scene.control.TextField) InvoiceDialogsTest.in("reissue-dialog", "#reissue-reason"))
                    .setText(lang.equals("ko") ? "올바른 고객에게 재발행" : "Reissued to the right customer"));
            shotWithDialog(boss, "reissue-dialog", "manager-reissue-invoice-" + lang);
            boss.fx(() ->
                    ((javafx.scene.control.Button) InvoiceDialogsTest.in("reissue-dialog", "#reissue-submit")).fire());
            boss.await(() -> InvoiceDialogsTest.dialog("reissue-dialog") == null);

            boss.selectTab("tab-settings");
            boss.await(() -> !((javafx.scene.control.TextField) boss.node("#settings-registration-number"))
                    .getText()
                    .isEmpty());
            boss.type("#settings-registration-number", "123-45-67890");
            boss.type("#settings-representative", "김한빛".repeat(11));
            boss.press("#settings-save");
            boss.await(() -> boss.has("#settings-registration-number-error"));
            shot(boss, "manager-settings-" + lang);
            boss.close();
        }
    }

    /** The counter's payment confirmation and the change-password dialog at 1280x720, in both languages. */
    @Test
    void rendersThePaymentConfirmationAndChangePasswordAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver counter = FxDriver.open(server.url());
            counter.fx(() -> {
                counter.stage().setWidth(1280);
                counter.stage().setHeight(720);
            });
            counter.await(() -> counter.has("#login-submit"));
            pickLanguage(counter, lang);
            counter.login("counter", ServerFixture.PASSWORD);
            InvoiceDialogsTest.openReceipt(counter, "송혜교");
            counter.await(() -> counter.has("#invoice-title"));
            scrollDetailToBottom(counter);
            counter.type("#pay-amount", "50000");
            counter.press("#pay-submit");
            counter.await(() -> InvoiceDialogsTest.dialog("pay-confirm-dialog") != null);
            shotWithDialog(counter, "pay-confirm-dialog", "counter-payment-confirm-" + lang);
            counter.fx(() -> InvoiceDialogsTest.dialog("pay-confirm-dialog")
                    .getScene()
                    .getWindow()
                    .hide());

            AccountMenuTest.menu(counter, "menu-change-password");
            counter.await(() -> InvoiceDialogsTest.dialog("password-dialog") != null);
            counter.fx(() -> {
                ((javafx.scene.control.TextField) InvoiceDialogsTest.in("password-dialog", "#password-current"))
                        .setText(ServerFixture.PASSWORD);
                ((javafx.scene.control.TextField) InvoiceDialogsTest.in("password-dialog", "#password-new"))
                        .setText("front-desk-pass-1");
                ((javafx.scene.control.TextField) InvoiceDialogsTest.in("password-dialog", "#password-repeat"))
                        .setText("front-desk-pass-2");
            });
            shotWithDialog(counter, "password-dialog", "counter-change-password-" + lang);
            counter.close();
        }
    }

    /** The customers screen and the receipt form warning of a car in the shop, at 1280x720, in both languages. */
    @Test
    void rendersTheCustomersScreenAndTheReceiptFormsWarningAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver counter = FxDriver.open(server.url());
            counter.fx(() -> {
                counter.stage().setWidth(1280);
                counter.stage().setHeight(720);
            });
            counter.await(() -> counter.has("#login-submit"));
            pickLanguage(counter, lang);
            counter.login("manager", ServerFixture.PASSWORD);
            counter.selectTab("tab-customers");
            CustomersViewTest.open(counter, "정우", "정우성");
            counter.await(() ->
                    ((ListView<?>) counter.node("#vehicle-history")).getItems().size() == 2);
            shot(counter, "counter-customers-" + lang);

            counter.press("#customer-edit");
            counter.await(() -> InvoiceDialogsTest.dialog("customer-dialog") != null);
            shotWithDialog(counter, "customer-dialog", "counter-customer-edit-" + lang);
            counter.fx(() -> InvoiceDialogsTest.dialog("customer-dialog")
                    .getScene()
                    .getWindow()
                    .hide());

            counter.press("#customer-merge");
            counter.await(() -> InvoiceDialogsTest.dialog("pick-dialog") != null);
            counter.fx(() -> ((javafx.scene.control.TextField) InvoiceDialogsTest.in("pick-dialog", "#pick-query"))
                    .setText("최우식"));
            counter.await(() -> !((ListView<?>) InvoiceDialogsTest.in("pick-dialog", "#pick-results"))
                    .getItems()
                    .isEmpty());
            counter.fx(() ->
                    ((javafx.scene.control.Button) InvoiceDialogsTest.in("pick-dialog", "#pick-dialog-submit")).fire());
            shotWithDialog(counter, "pick-dialog", "manager-merge-customer-" + lang);
            counter.fx(() -> InvoiceDialogsTest.dialog("pick-dialog")
                    .getScene()
                    .getWindow()
                    .hide());

            counter.selectTab("tab-new-receipt");
            counter.type("#carId", "12가 3456");
            counter.type("#customerPhone", "010-2345-6789");
            counter.await(() -> counter.has("#receipt-in-shop"));
            shot(counter, "counter-new-receipt-in-shop-" + lang);

            // 송혜교's finished, unpaid car handed back (the Korean pass finds it handed back already).
            InvoiceDialogsTest.openReceipt(counter, "송혜교");
            counter.await(() -> counter.has("#invoice-title"));
            if (!counter.<javafx.scene.control.Button>node("#receipt-release").isDisabled()) {
                counter.press("#receipt-release");
                counter.await(() -> InvoiceDialogsTest.dialog("release-confirm") != null);
                shotWithDialog(counter, "release-confirm", "counter-hand-back-confirm-" + lang);
                counter.fx(() -> ((javafx.scene.control.Button)
                                InvoiceDialogsTest.in("release-confirm", "#release-confirm-yes"))
                        .fire());
                counter.await(() -> counter.text("#receipts-message").length() > 0);
            }
            counter.await(() -> counter.text("#receipt-facts").contains(lang.equals("ko") ? "출고" : "Handed back"));
            shot(counter, "counter-handed-back-" + lang);
            counter.close();
        }
    }

    /**
     * Payment corrections, cash change due, the receipt cancel, Finish's question and the keyboard
     * shortcuts at 1280x720, in both languages (nothing is sent: each dialog is only shown).
     */
    @Test
    void rendersPaymentCorrectionsAndConfirmationsAt1280x720() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            boolean ko = lang.equals("ko");
            FxDriver boss = FxDriver.open(server.url());
            boss.fx(() -> {
                boss.stage().setWidth(1280);
                boss.stage().setHeight(720);
            });
            boss.await(() -> boss.has("#login-submit"));
            pickLanguage(boss, lang);
            boss.login("manager", ServerFixture.PASSWORD);
            InvoiceDialogsTest.openReceipt(boss, "Emily");
            javafx.scene.control.ListView<?> payments = boss.node("#invoice-payments");
            boss.await(() -> !payments.getItems().isEmpty());
            boss.fx(() -> {
                payments.getSelectionModel().select(0);
                boss.<ComboBox<org.shopsuite.model.PaymentMethod>>node("#pay-method")
                        .setValue(org.shopsuite.model.PaymentMethod.CASH);
            });
            boss.type("#pay-received", "250000");
            scrollDetailToBottom(boss);
            shot(boss, "manager-payments-" + lang);

            boss.press("#payment-void");
            boss.await(() -> InvoiceDialogsTest.dialog("void-payment-dialog") != null);
            boss.fx(() -> ((javafx.scene.control.TextField)
                            InvoiceDialogsTest.in("void-payment-dialog", "#void-payment-reason"))
                    .setText(ko ? "현금 이중 기록" : "Entered twice"));
            shotWithDialog(boss, "void-payment-dialog", "manager-void-payment-" + lang);
            hide(boss, "void-payment-dialog");

            boss.press("#invoice-refund");
            boss.await(() -> InvoiceDialogsTest.dialog("refund-dialog") != null);
            boss.fx(() -> {
                ((javafx.scene.control.TextField) InvoiceDialogsTest.in("refund-dialog", "#refund-amount"))
                        .setText("200000");
                ((javafx.scene.control.Button) InvoiceDialogsTest.in("refund-dialog", "#refund-submit")).fire();
            });
            shotWithDialog(boss, "refund-dialog", "manager-refund-errors-" + lang);
            hide(boss, "refund-dialog");

            InvoiceDialogsTest.openReceipt(boss, "이도현");
            boss.await(() ->
                    !boss.<javafx.scene.control.Button>node("#receipt-cancel").isDisabled());
            boss.press("#receipt-cancel");
            boss.await(() -> InvoiceDialogsTest.dialog("cancel-receipt-dialog") != null);
            boss.fx(() -> ((javafx.scene.control.Button)
                            InvoiceDialogsTest.in("cancel-receipt-dialog", "#cancel-receipt-submit"))
                    .fire());
            shotWithDialog(boss, "cancel-receipt-dialog", "receipt-cancel-reason-required-" + lang);
            hide(boss, "cancel-receipt-dialog");

            AccountMenuTest.menu(boss, "menu-shortcuts");
            boss.await(() -> InvoiceDialogsTest.dialog("shortcuts-dialog") != null);
            shotWithDialog(boss, "shortcuts-dialog", "keyboard-shortcuts-" + lang);
            hide(boss, "shortcuts-dialog");

            boss.selectTab("tab-jobs");
            javafx.scene.control.ListView<org.shopsuite.model.Job> jobs = boss.node("#jobs-list");
            boss.await(() ->
                    jobs.getItems().stream().anyMatch(j -> j.status() == org.shopsuite.model.JobStatus.IN_PROGRESS));
            boss.fx(() -> jobs.getSelectionModel()
                    .select(jobs.getItems().stream()
                            .filter(j -> j.status() == org.shopsuite.model.JobStatus.IN_PROGRESS)
                            .findFirst()
                            .orElseThrow()));
            boss.type("#labor-hours", "1.5");
            boss.press("#job-finish");
            boss.await(() -> InvoiceDialogsTest.dialog("finish-confirm") != null);
            shotWithDialog(boss, "finish-confirm", "mechanic-finish-confirm-" + lang);
            hide(boss, "finish-confirm");
            boss.close();
        }
    }

    private static void hide(FxDriver d, String dialogId) throws Exception {
        d.fx(() -> InvoiceDialogsTest.dialog(dialogId).getScene().getWindow().hide());
    }

    private static void scrollDetailToBottom(FxDriver d) throws Exception {
        d.fx(() -> d.stage().getScene().getRoot().lookupAll(".scroll-pane").stream()
                .map(n -> (javafx.scene.control.ScrollPane) n)
                .filter(p ->
                        p.getContent() != null && "detail".equals(p.getContent().getId()))
                .forEach(p -> p.setVvalue(1)));
    }

    /** The window with its open dialog drawn where it stands over it, as the user sees both. */
    private void shotWithDialog(FxDriver d, String dialogId, String name) throws Exception {
        WritableImage main = d.fx(() -> d.stage().getScene().snapshot(null));
        javafx.stage.Window w =
                d.fx(() -> InvoiceDialogsTest.dialog(dialogId).getScene().getWindow());
        WritableImage dialog = d.fx(() -> w.getScene().snapshot(null));
        double x = d.fx(() -> w.getX() - d.stage().getX());
        double y = d.fx(() -> w.getY() - d.stage().getY());
        System.out.printf(
                "%s: window %.0fx%.0f, dialog %.0fx%.0f at %.0f,%.0f%n",
                name, main.getWidth(), main.getHeight(), dialog.getWidth(), dialog.getHeight(), x, y);
        java.awt.image.BufferedImage img = SwingFXUtils.fromFXImage(main, null);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(0, 0, 0, 70));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.drawImage(SwingFXUtils.fromFXImage(dialog, null), (int) x, (int) y, null);
        g.setColor(java.awt.Color.DARK_GRAY);
        g.drawRect((int) x - 1, (int) y - 1, (int) dialog.getWidth() + 1, (int) dialog.getHeight() + 1);
        g.dispose();
        ImageIO.write(img, "png", out.resolve(name + ".png").toFile());
    }

    private static void pickLanguage(FxDriver d, String lang) throws Exception {
        d.fx(() -> {
            ComboBox<java.util.Locale> box = d.node("#language");
            box.getItems().stream()
                    .filter(l -> l.getLanguage().equals(lang))
                    .findFirst()
                    .ifPresent(l -> box.getSelectionModel().select(l));
        });
        d.await(() -> d.has("#login-submit"));
    }

    private void shot(FxDriver d, String name) throws Exception {
        WritableImage image = d.fx(() -> d.stage().getScene().snapshot(null));
        File file = out.resolve(name + ".png").toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
    }
}
