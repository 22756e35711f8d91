package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.in;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import org.shopsuite.model.Role;
import org.shopsuite.model.SubletInput;
import org.shopsuite.model.SubletOrder;
import org.shopsuite.model.SubletOrderStatus;
import org.shopsuite.model.Supplier;
import org.shopsuite.model.SupplierInput;
import org.shopsuite.model.UserInput;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A contractor (an outside shop's login) through the real window against a real server: only its
 * screen, only its supplier's orders, live; it schedules one and completes it.
 */
@Tag("gui")
class ContractorScreenTest {
    static final String CONTRACTOR = "glass-test";
    static final String CONTRACTOR_PASSWORD = "Windshield-4821";

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

    /** What the manager set up: two contractors, a login for the first, one order each on an open job. */
    record Work(ShopClient manager, Supplier ours, Supplier theirs, Job job, SubletOrder mine, SubletOrder other) {
        SubletOrder send(Supplier to, String what, long cost) {
            return manager.sublet(
                    job.id(),
                    new SubletInput(to.id(), what, cost, cost + 50_000, null),
                    ShopClient.newIdempotencyKey());
        }
    }

    static Work setUpWork(ServerFixture server) {
        ShopClient manager = new ShopClient(server.url());
        manager.login("manager", ServerFixture.PASSWORD);
        Supplier ours = manager.createSupplier(
                new SupplierInput("유리나라 (Glass Nara)", "02-555-0142", null, null, null, true),
                ShopClient.newIdempotencyKey());
        Supplier theirs = manager.createSupplier(
                new SupplierInput("Other Body Shop", "02-555-0199", null, null, null, true),
                ShopClient.newIdempotencyKey());
        manager.createUser(
                new UserInput(CONTRACTOR, CONTRACTOR_PASSWORD, Role.CONTRACTOR, null, true, ours.id()),
                ShopClient.newIdempotencyKey());
        Job job = manager.jobs(null, JobStatus.IN_PROGRESS, null).get(0);
        Work w = new Work(manager, ours, theirs, job, null, null);
        return new Work(
                manager,
                ours,
                theirs,
                job,
                w.send(ours, "앞유리 교체 (windshield replacement)", 180_000),
                w.send(theirs, "Door repaint", 90_000));
    }

    static FxDriver loginAsContractor(ServerFixture server) throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login(CONTRACTOR, CONTRACTOR_PASSWORD);
        return d;
    }

    static List<SubletOrder> listed(FxDriver d) throws Exception {
        return d.fx(() ->
                List.copyOf(d.<TableView<SubletOrder>>node("#sublet-table").getItems()));
    }

    @Test
    void aContractorSeesOnlyItsScreenAndItsOwnOrdersLive() throws Exception {
        Work work = setUpWork(server);
        FxDriver d = loginAsContractor(server);

        List<String> tabs = d.fx(() ->
                d.<TabPane>node("#tabs").getTabs().stream().map(Tab::getId).toList());
        assertThat(tabs).containsExactly("tab-sublets");
        assertThat(d.text("#current-user")).contains(CONTRACTOR).contains("Contractor");
        List<String> menus =
                d.fx(() -> ((MenuBar) d.stage().getScene().getRoot().lookup(".menu-bar"))
                        .getMenus().stream()
                                .flatMap(m -> m.getItems().stream())
                                .map(javafx.scene.control.MenuItem::getId)
                                .filter(java.util.Objects::nonNull)
                                .toList());
        assertThat(menus)
                .as("account, language, logout, help: nothing the server would refuse a contractor")
                .containsExactlyInAnyOrder(
                        "menu-change-password",
                        "menu-language",
                        "menu-logout",
                        "menu-quit",
                        "menu-shortcuts",
                        "menu-about");

        d.await(() -> listed(d).size() == 1);
        assertThat(listed(d))
                .extracting(SubletOrder::id)
                .containsExactly(work.mine().id());
        assertThat(d.text("#sublet-error")).isEmpty();

        // live: new work for this contractor appears, another contractor's does not
        work.send(work.theirs(), "Bumper respray", 70_000);
        SubletOrder more = work.send(work.ours(), "Side window", 60_000);
        d.await(() -> listed(d).size() == 2);
        assertThat(listed(d))
                .extracting(SubletOrder::id)
                .containsExactlyInAnyOrder(work.mine().id(), more.id());
        assertThat(d.text("#connection"))
                .as("stubs of others' events are read, not unreadable")
                .contains("Connected");

        // the status filter lists one status
        d.fx(() -> d.<javafx.scene.control.ComboBox<SubletOrderStatus>>node("#sublet-status")
                .setValue(SubletOrderStatus.COMPLETED));
        d.await(() -> listed(d).isEmpty());
        d.fx(() -> d.<javafx.scene.control.ComboBox<SubletOrderStatus>>node("#sublet-status")
                .setValue(null));
        d.await(() -> listed(d).size() == 2);
    }

    @Test
    void aContractorSchedulesAnOrderNotInThePastThenCompletesIt() throws Exception {
        Work work = setUpWork(server);
        FxDriver d = loginAsContractor(server);
        d.await(() -> listed(d).size() == 1);
        assertThat(d.<Button>node("#sublet-schedule").isDisabled())
                .as("nothing selected")
                .isTrue();
        d.fx(() -> d.<TableView<SubletOrder>>node("#sublet-table")
                .getSelectionModel()
                .select(0));
        assertThat(d.text("#sublet-detail-title")).contains(work.mine().plate());
        assertThat(d.text("#sublet-description")).contains("앞유리");
        assertThat(d.text("#sublet-facts"))
                .contains("Our charge: ₩180,000")
                .as("the shop's price is not the contractor's business")
                .doesNotContain("230,000");

        d.press("#sublet-schedule");
        d.await(() -> dialog("sublet-schedule-dialog") != null);
        LocalDate today = LocalDate.now(java.time.ZoneId.systemDefault()); // the contractor app's zone
        d.fx(() -> ((DatePicker) in("sublet-schedule-dialog", "#sublet-date")).setValue(today.minusDays(1)));
        d.fx(() -> ((Button) in("sublet-schedule-dialog", "#sublet-schedule-dialog-submit")).fire());
        d.await(() -> !((Label) in("sublet-schedule-dialog", "#sublet-date-error"))
                .getText()
                .isEmpty());
        assertThat(d.fx(() -> ((Label) in("sublet-schedule-dialog", "#sublet-date-error")).getText()))
                .contains("or later");
        LocalDate day = today.plusDays(2);
        d.fx(() -> ((DatePicker) in("sublet-schedule-dialog", "#sublet-date")).setValue(day));
        d.fx(() -> ((Button) in("sublet-schedule-dialog", "#sublet-schedule-dialog-submit")).fire());
        d.await(() -> dialog("sublet-schedule-dialog") == null);
        d.await(() -> listed(d).get(0).status() == SubletOrderStatus.SCHEDULED);
        assertThat(listed(d).get(0).scheduledOn()).isEqualTo(day);
        assertThat(d.text("#sublet-message")).contains("scheduled");
        assertThat(work.manager().subletOrder(work.mine().id()).scheduledOn()).isEqualTo(day);

        // Complete…: the work done and the charge are required; Escape leaves it open
        d.press("#sublet-complete");
        d.await(() -> dialog("sublet-complete-dialog") != null);
        d.fx(() -> ((TextField) in("sublet-complete-dialog", "#sublet-cost")).setText(""));
        d.fx(() -> ((Button) in("sublet-complete-dialog", "#sublet-complete-dialog-submit")).fire());
        d.await(() -> !((Label) in("sublet-complete-dialog", "#sublet-notes-error"))
                .getText()
                .isEmpty());
        assertThat(d.fx(() -> ((Label) in("sublet-complete-dialog", "#sublet-cost-error")).getText()))
                .isEqualTo("Required");
        new FxRobot().type(KeyCode.ESCAPE);
        d.await(() -> dialog("sublet-complete-dialog") == null);
        assertThat(work.manager().subletOrder(work.mine().id()).status()).isEqualTo(SubletOrderStatus.SCHEDULED);

        d.press("#sublet-complete");
        d.await(() -> dialog("sublet-complete-dialog") != null);
        assertThat(d.fx(() -> ((TextField) in("sublet-complete-dialog", "#sublet-cost")).getText()))
                .as("the agreed charge, to confirm or change")
                .isEqualTo("180000");
        d.fx(() -> {
            ((TextArea) in("sublet-complete-dialog", "#sublet-notes"))
                    .setText("Windshield replaced, sensor recalibrated");
            ((TextField) in("sublet-complete-dialog", "#sublet-cost")).setText("175,000");
            ((TextField) in("sublet-complete-dialog", "#sublet-invoice")).setText("GN-2026-118");
        });
        d.fx(() -> ((Button) in("sublet-complete-dialog", "#sublet-complete-dialog-submit")).fire());
        d.await(() -> dialog("sublet-complete-dialog") == null);
        d.await(() -> listed(d).get(0).status() == SubletOrderStatus.COMPLETED);
        SubletOrder done = work.manager().subletOrder(work.mine().id());
        assertThat(done.cost()).isEqualTo(175_000);
        assertThat(done.vendorInvoiceNumber()).isEqualTo("GN-2026-118");
        assertThat(done.notes()).contains("sensor");
        assertThat(d.text("#sublet-facts")).contains("GN-2026-118").contains("₩175,000");
        assertThat(d.<Button>node("#sublet-complete").isDisabled())
                .as("a completed order is done")
                .isTrue();
    }

    @Test
    void theManagerMakesAContractorLoginForASupplierOnThePeopleScreen() throws Exception {
        ShopClient manager = new ShopClient(server.url());
        manager.login("manager", ServerFixture.PASSWORD);
        Supplier glass = manager.createSupplier(
                new SupplierInput("유리나라 (Glass Nara)", "02-555-0142", null, null, null, true),
                ShopClient.newIdempotencyKey());
        FxDriver d = FxDriver.open(server.url());
        d.login("manager", ServerFixture.PASSWORD);
        d.selectTab("tab-people");
        d.await(() -> !d.<TableView<?>>node("#users-table").getItems().isEmpty());
        assertThat(d.has("#user-supplier")).as("no supplier for a receptionist").isFalse();

        d.type("#user-name", "glass-new");
        d.fx(() -> d.<javafx.scene.control.ComboBox<Role>>node("#user-role").setValue(Role.CONTRACTOR));
        assertThat(d.has("#user-supplier")).isTrue();
        assertThat(d.has("#user-mechanic")).isFalse();
        d.type("#user-password", CONTRACTOR_PASSWORD);
        d.press("#user-save");
        d.await(() -> d.text("#roleError").contains("Choose the supplier"));

        d.fx(() -> {
            javafx.scene.control.ComboBox<Supplier> box = d.node("#user-supplier");
            box.setValue(box.getItems().stream()
                    .filter(x -> x.id() == glass.id())
                    .findFirst()
                    .orElseThrow());
        });
        d.press("#user-save");
        d.await(() -> manager.users().stream().anyMatch(u -> u.username().equals("glass-new")));
        org.shopsuite.model.User made = manager.users().stream()
                .filter(u -> u.username().equals("glass-new"))
                .findFirst()
                .orElseThrow();
        assertThat(made.role()).isEqualTo(Role.CONTRACTOR);
        assertThat(made.supplierId()).isEqualTo(glass.id());
        @SuppressWarnings("unchecked")
        TableView<org.shopsuite.model.User> users = d.node("#users-table");
        @SuppressWarnings("unchecked")
        var supplierCol =
                (javafx.scene.control.TableColumn<org.shopsuite.model.User, String>) users.getColumns().stream()
                        .filter(c -> "userSupplierCol".equals(c.getId()))
                        .findFirst()
                        .orElseThrow();
        d.await(() -> users.getItems().stream()
                .anyMatch(u ->
                        u.username().equals("glass-new") && "유리나라 (Glass Nara)".equals(supplierCol.getCellData(u))));
        // another user selected, then this one again: its supplier is shown in the picker
        d.fx(() -> users.getSelectionModel().select(0));
        d.fx(() -> users.getItems().stream()
                .filter(u -> u.username().equals("glass-new"))
                .findFirst()
                .ifPresent(u -> users.getSelectionModel().select(u)));
        assertThat(d.fx(() -> d.<javafx.scene.control.ComboBox<Supplier>>node("#user-supplier")
                        .getValue()
                        .id()))
                .isEqualTo(glass.id());
        d.close();

        FxDriver contractor = FxDriver.open(server.url());
        contractor.login("glass-new", CONTRACTOR_PASSWORD);
        contractor.await(() -> contractor.has("#sublet-table"));
    }

    @Test
    void theContractorsScreenAndDialogsClipNothingInEitherLanguage() throws Exception {
        Work work = setUpWork(server);
        // a long description and a scheduled day: the widest the columns get
        work.send(work.ours(), "썬팅 (window tint), all side windows and the rear glass, ceramic film", 120_000);
        work.manager()
                .scheduleSublet(
                        work.mine().id(),
                        LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(1),
                        null);
        List<String> findings = new java.util.ArrayList<>();
        for (String lang : new String[] {"en", "ko"}) {
            FxDriver d = FxDriver.open(server.url());
            d.await(() -> d.has("#login-submit"));
            NoClippingTest.pickLanguage(d, lang);
            d.login(CONTRACTOR, CONTRACTOR_PASSWORD);
            d.await(() -> listed(d).size() == 2);
            d.fx(() -> d.<TableView<SubletOrder>>node("#sublet-table")
                    .getSelectionModel()
                    .select(1));
            for (double[] size : NoClippingTest.SIZES) {
                NoClippingTest.resize(d, size);
                NoClippingTest.settle(d);
                findings.addAll(NoClippingTest.check(d.stage(), lang + " contractor " + (int) size[0]));
            }
            NoClippingTest.resize(d, NoClippingTest.SIZES[0]);
            findings.addAll(NoClippingTest.openAndCheck(
                    d,
                    lang + " schedule",
                    () -> d.<Button>node("#sublet-schedule").fire()));
            findings.addAll(NoClippingTest.openAndCheck(
                    d,
                    lang + " complete",
                    () -> d.<Button>node("#sublet-complete").fire()));
            d.close();
        }
        assertThat(findings).as("clipped on screen").isEmpty();
    }

    @Test
    void theContractorWorksFromTheKeyboard() throws Exception {
        Work work = setUpWork(server);
        FxDriver d = loginAsContractor(server);
        d.await(() -> listed(d).size() == 1);
        FxRobot robot = new FxRobot();
        robot.targetWindow(d.stage());
        TableView<SubletOrder> table = d.node("#sublet-table");
        d.fx(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });

        // Alt+S: Schedule…, its day focused and today already in it; Enter schedules
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        d.await(() -> dialog("sublet-schedule-dialog") != null);
        d.await(() -> in("sublet-schedule-dialog", "#sublet-date").isFocused());
        robot.targetWindow(WindowsAt.windowOf(dialog("sublet-schedule-dialog")));
        robot.type(KeyCode.ENTER);
        d.await(() -> dialog("sublet-schedule-dialog") == null);
        d.await(() -> listed(d).get(0).status() == SubletOrderStatus.SCHEDULED);

        // Enter on the order: Complete…, the work done first; Tab leaves it; Ctrl+Enter completes
        robot.targetWindow(d.stage());
        d.fx(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        d.await(() -> dialog("sublet-complete-dialog") != null);
        d.await(() -> in("sublet-complete-dialog", "#sublet-notes").isFocused());
        d.fx(() -> ((TextArea) in("sublet-complete-dialog", "#sublet-notes")).setText("Glass replaced"));
        robot.targetWindow(WindowsAt.windowOf(dialog("sublet-complete-dialog")));
        robot.type(KeyCode.TAB);
        d.await(() -> in("sublet-complete-dialog", "#sublet-cost").isFocused());
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        d.await(() -> dialog("sublet-complete-dialog") == null);
        d.await(() -> listed(d).get(0).status() == SubletOrderStatus.COMPLETED);
        assertThat(work.manager().subletOrder(work.mine().id()).notes()).isEqualTo("Glass replaced");
    }

    @Test
    void theCounterSendsAJobsWorkOutAndSeesItsOrdersLive() throws Exception {
        Work work = setUpWork(server);
        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        d.selectTab("tab-receipts");
        d.type("#receipts-query", work.job().carId());
        d.enter("#receipts-query");
        TableView<org.shopsuite.model.Receipt> receipts = d.node("#receipts-table");
        d.await(() ->
                receipts.getItems().stream().anyMatch(r -> r.id() == work.job().receiptId()));
        d.fx(() -> receipts.getItems().stream()
                .filter(r -> r.id() == work.job().receiptId())
                .findFirst()
                .ifPresent(r -> receipts.getSelectionModel().select(r)));
        javafx.scene.control.ListView<SubletOrder> orders = d.node("#job-sublets");
        d.await(() -> orders.getItems().size() == 2);
        assertThat(d.fx(() -> orders.getItems().stream()
                        .map(o -> o.supplierName() + " " + o.status())
                        .toList()))
                .containsExactlyInAnyOrder("유리나라 (Glass Nara) ORDERED", "Other Body Shop ORDERED");

        d.press("#job-sublet-send");
        d.await(() -> dialog("sublet-send-dialog") != null);
        d.fx(() -> ((Button) in("sublet-send-dialog", "#sublet-send-dialog-submit")).fire());
        d.await(() -> !((Label) in("sublet-send-dialog", "#sublet-supplier-error"))
                .getText()
                .isEmpty());
        assertThat(d.fx(() -> ((Label) in("sublet-send-dialog", "#sublet-price-field-error")).getText()))
                .isEqualTo("Required");
        d.await(() -> !((javafx.scene.control.ComboBox<?>) in("sublet-send-dialog", "#sublet-supplier"))
                .getItems()
                .isEmpty());
        d.fx(() -> {
            @SuppressWarnings("unchecked")
            var box = (javafx.scene.control.ComboBox<Supplier>) in("sublet-send-dialog", "#sublet-supplier");
            box.setValue(box.getItems().stream()
                    .filter(x -> x.id() == work.ours().id())
                    .findFirst()
                    .orElseThrow());
            ((TextField) in("sublet-send-dialog", "#sublet-description-field")).setText("Headlight restoration");
            ((TextField) in("sublet-send-dialog", "#sublet-cost-field")).setText("40,000");
            ((TextField) in("sublet-send-dialog", "#sublet-price-field")).setText("60000");
        });
        d.fx(() -> ((Button) in("sublet-send-dialog", "#sublet-send-dialog-submit")).fire());
        d.await(() -> dialog("sublet-send-dialog") == null);
        d.await(() -> orders.getItems().size() == 3);
        assertThat(d.text("#job-sublet-message")).contains("유리나라 (Glass Nara)");
        SubletOrder sent = work.manager().subletOrders(null, null, work.job().id()).stream()
                .filter(o -> o.description().equals("Headlight restoration"))
                .findFirst()
                .orElseThrow();
        assertThat(sent.cost()).isEqualTo(40_000);
        assertThat(sent.price()).isEqualTo(60_000);
        assertThat(sent.supplierId()).isEqualTo(work.ours().id());

        // the contractor schedules it: the counter's list says so without a reload
        ShopClient contractor = new ShopClient(server.url());
        contractor.login(CONTRACTOR, CONTRACTOR_PASSWORD);
        contractor.scheduleSublet(
                sent.id(), LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(3), null);
        d.await(() -> orders.getItems().stream()
                .anyMatch(o -> o.id() == sent.id() && o.status() == SubletOrderStatus.SCHEDULED));

        // a finished job that sent nothing out: no section taking room above the invoice
        InvoiceDialogsTest.openReceipt(d, "Emily");
        d.await(() -> d.text("#receipt-title").contains("Emily"));
        d.await(() -> !d.has("#receipt-sublets"));
    }

    /** POSTs as the manager to a route this client has no method for (the warranty screens add theirs). */
    static com.fasterxml.jackson.databind.JsonNode call(ShopClient manager, String method, String path, String body)
            throws Exception {
        java.net.http.HttpRequest.Builder r = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(manager.base() + path))
                .header("Authorization", "Bearer " + manager.token())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", ShopClient.newIdempotencyKey());
        r = body == null ? r.GET() : r.method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body));
        java.net.http.HttpResponse<String> res =
                manager.httpClient().send(r.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(path + ": " + res.body()).isLessThan(300);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(res.body());
    }

    @Test
    void aComebackSentToTheContractorIsCompletedOnItsScreenAndResolvesTheClaim() throws Exception {
        Work work = setUpWork(server);
        var claims = call(work.manager(), "GET", "/warrantyClaims?status=REGISTERED", null)
                .path("items");
        assertThat(claims.size()).as("the demo's registered comeback").isPositive();
        long claimId = claims.get(0).path("id").asLong();
        call(
                work.manager(),
                "POST",
                "/warrantyClaims/" + claimId + "/assign",
                "{\"supplierId\": " + work.ours().id() + ", \"reasonCode\": \"WORKMANSHIP\"}");

        FxDriver d = loginAsContractor(server);
        d.await(() -> listed(d).size() == 2);
        SubletOrder comeback = listed(d).stream()
                .filter(o -> o.claimId() != null && o.claimId() == claimId)
                .findFirst()
                .orElseThrow();
        d.fx(() -> d.<TableView<SubletOrder>>node("#sublet-table")
                .getSelectionModel()
                .select(comeback));
        assertThat(d.text("#sublet-facts")).contains("For: warranty comeback " + claimId);

        d.press("#sublet-complete");
        d.await(() -> dialog("sublet-complete-dialog") != null);
        assertThat(d.fx(() -> ((TextField) in("sublet-complete-dialog", "#sublet-cost")).getText()))
                .as("no charge agreed yet: the contractor says it")
                .isEmpty();
        d.fx(() -> {
            ((TextArea) in("sublet-complete-dialog", "#sublet-notes")).setText("Re-fitted the pads, road tested");
            ((TextField) in("sublet-complete-dialog", "#sublet-cost")).setText("35000");
        });
        d.fx(() -> ((Button) in("sublet-complete-dialog", "#sublet-complete-dialog-submit")).fire());
        d.await(() -> dialog("sublet-complete-dialog") == null);
        d.await(() ->
                listed(d).stream().anyMatch(o -> o.id() == comeback.id() && o.status() == SubletOrderStatus.COMPLETED));
        assertThat(call(work.manager(), "GET", "/warrantyClaims/" + claimId, null)
                        .path("status")
                        .asText())
                .isEqualTo("RESOLVED");
    }
}
