package org.shopsuite.desktop.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.shopsuite.desktop.client.EventStream;
import org.shopsuite.desktop.ui.Confirm;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.desktop.ui.Views;
import org.shopsuite.desktop.ui.account.ChangePasswordDialog;
import org.shopsuite.desktop.ui.account.ChangePasswordViewModel;
import org.shopsuite.desktop.ui.board.BoardView;
import org.shopsuite.desktop.ui.board.BoardViewModel;
import org.shopsuite.desktop.ui.counter.CounterView;
import org.shopsuite.desktop.ui.counter.SaleViewModel;
import org.shopsuite.desktop.ui.counter.SalesViewModel;
import org.shopsuite.desktop.ui.customers.CustomersView;
import org.shopsuite.desktop.ui.customers.CustomersViewModel;
import org.shopsuite.desktop.ui.jobs.MyJobsView;
import org.shopsuite.desktop.ui.jobs.MyJobsViewModel;
import org.shopsuite.desktop.ui.manage.AuditView;
import org.shopsuite.desktop.ui.manage.AuditViewModel;
import org.shopsuite.desktop.ui.manage.PartsView;
import org.shopsuite.desktop.ui.manage.PartsViewModel;
import org.shopsuite.desktop.ui.manage.PeopleView;
import org.shopsuite.desktop.ui.manage.PeopleViewModel;
import org.shopsuite.desktop.ui.manage.SettingsView;
import org.shopsuite.desktop.ui.manage.SettingsViewModel;
import org.shopsuite.desktop.ui.purchasing.OrdersViewModel;
import org.shopsuite.desktop.ui.purchasing.PurchasingView;
import org.shopsuite.desktop.ui.purchasing.ReturnsViewModel;
import org.shopsuite.desktop.ui.purchasing.SuppliersViewModel;
import org.shopsuite.desktop.ui.receipt.NewReceiptView;
import org.shopsuite.desktop.ui.receipt.NewReceiptViewModel;
import org.shopsuite.desktop.ui.receipts.ReceiptsView;
import org.shopsuite.desktop.ui.receipts.ReceiptsViewModel;
import org.shopsuite.desktop.ui.stock.ReconciliationViewModel;
import org.shopsuite.desktop.ui.stock.StockCountViewModel;
import org.shopsuite.desktop.ui.stock.StockView;
import org.shopsuite.desktop.ui.sublet.SubletOrdersView;
import org.shopsuite.desktop.ui.sublet.SubletOrdersViewModel;
import org.shopsuite.desktop.ui.warranty.WarrantyView;
import org.shopsuite.desktop.ui.warranty.WarrantyViewModel;
import org.shopsuite.model.Event;
import org.shopsuite.model.Role;

/**
 * The window after login: the screens the user's role allows, a connection indicator, and the
 * live event stream that keeps every screen current.
 */
public final class MainView {
    private final Session session;
    private final Tasks tasks;
    private final Runnable onLogout;
    private final Consumer<Locale> onLanguage;
    private final Runnable onLocation;
    private final Messages m;
    private boolean closed;
    private final List<Consumer<Event>> listeners = new ArrayList<>();
    private EventStream stream;
    private ReceiptsViewModel receiptsVm;
    private Tab boardTab;
    private Tab receiptTab;
    private NewReceiptView receiptView;
    private BoardViewModel boardVm;
    private SubletOrdersViewModel subletsVm;
    private Tab scheduleTab;
    /** What F5 reloads on each tab (a tab without one: the board, where there is one). */
    private final java.util.Map<Tab, Runnable> refreshers = new java.util.HashMap<>();

    private org.shopsuite.desktop.ui.schedule.ScheduleView scheduleView;
    private final MainViewModel vm;
    private java.util.prefs.Preferences prefs;

    @FXML
    private TabPane tabs;

    @FXML
    private Label user;

    @FXML
    private Label connection;

    @FXML
    private javafx.scene.control.MenuItem switchLocation;

    @FXML
    private RadioMenuItem languageEnglish;

    @FXML
    private RadioMenuItem languageKorean;

    /**
     * @param onLanguage asked to show the window again in another language, keeping the session
     * @param onLocation asked to show the window again after the session moved to another location
     */
    public MainView(Session session, Tasks tasks, Runnable onLogout, Consumer<Locale> onLanguage, Runnable onLocation) {
        this.session = session;
        this.tasks = tasks;
        this.onLogout = onLogout;
        this.onLanguage = onLanguage;
        this.onLocation = onLocation;
        this.m = session.messages();
        this.vm = new MainViewModel(session.user().role(), m);
    }

    /** Split pane dividers are restored from and saved to these preferences, per screen. */
    public void rememberDividersIn(java.util.prefs.Preferences prefs) {
        this.prefs = prefs;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        Role role = session.user().role();
        ToggleGroup languages = new ToggleGroup();
        languageEnglish.setToggleGroup(languages);
        languageKorean.setToggleGroup(languages);
        boolean korean = m.locale().getLanguage().equals("ko");
        (korean ? languageKorean : languageEnglish).setSelected(true);
        String at = session.client().locationName();
        // only a user who works at several locations can move between them: for anyone else the
        // item (and its shortcut) is not there at all
        if (session.user().locations() == null || session.user().locations().size() < 2) {
            switchLocation.getParentMenu().getItems().remove(switchLocation);
        }
        user.setText(
                at == null
                        ? m.get("main.user", session.user().username(), m.get("role." + role.name()))
                        : m.get("main.userAt", session.user().username(), m.get("role." + role.name()), at));
        if (vm.shows(MainViewModel.Screen.BOARD)) {
            boardVm = new BoardViewModel(session, tasks);
            boardVm.dateProperty()
                    .set(java.time.LocalDate.now(
                            java.time.ZoneId.of(session.shop().timezone())));
            boardTab = tab("main.tab.board", "board/BoardView.fxml", new BoardView(boardVm, session), "tab-board");
            refreshers.put(boardTab, boardVm::refresh);
            listeners.add(boardVm::onEvent);
            vm.onReconnect(boardVm::refresh);
            vm.onOutOfSync(boardVm::refresh);
            boardVm.refresh();
            NewReceiptViewModel receiptVm = new NewReceiptViewModel(session, tasks);
            receiptVm.dateProperty().set(boardVm.dateProperty().get());
            receiptView = new NewReceiptView(receiptVm, session);
            receiptTab = tab("main.tab.newReceipt", "receipt/NewReceiptView.fxml", receiptView, "tab-new-receipt");
            listeners.add(receiptVm::onEvent);
            receiptsVm = new ReceiptsViewModel(session, tasks);
            refreshers.put(
                    tab(
                            "main.tab.receipts",
                            "receipts/ReceiptsView.fxml",
                            new ReceiptsView(receiptsVm, session),
                            "tab-receipts"),
                    receiptsVm::search);
            listeners.add(receiptsVm::onEvent);
            // The open receipt's detail may have failed while offline: load it again.
            vm.onReconnect(receiptsVm::reconnected);
            schedule();
            CustomersViewModel customersVm = new CustomersViewModel(session, tasks);
            refreshers.put(
                    tab(
                            "main.tab.customers",
                            "customers/CustomersView.fxml",
                            new CustomersView(customersVm, session),
                            "tab-customers"),
                    customersVm::reload);
            listeners.add(customersVm::onEvent);
        }
        if (vm.shows(MainViewModel.Screen.WARRANTY)) {
            WarrantyViewModel warrantyVm = new WarrantyViewModel(session, tasks);
            refreshers.put(
                    tab(
                            "main.tab.warranty",
                            "warranty/WarrantyView.fxml",
                            new WarrantyView(warrantyVm, m),
                            "tab-warranty"),
                    warrantyVm::refresh);
            listeners.add(warrantyVm::onEvent);
            vm.onReconnect(warrantyVm::refresh);
            vm.onOutOfSync(warrantyVm::refresh);
        }
        if (vm.shows(MainViewModel.Screen.COUNTER)) {
            SaleViewModel saleVm = new SaleViewModel(session, tasks);
            SalesViewModel salesVm = new SalesViewModel(session, tasks);
            refreshers.put(
                    tab(
                            "main.tab.counter",
                            "counter/CounterView.fxml",
                            new CounterView(saleVm, salesVm, m),
                            "tab-counter"),
                    salesVm::refresh);
            listeners.add(saleVm::onEvent);
            listeners.add(salesVm::onEvent);
            vm.onReconnect(salesVm::refresh);
            vm.onOutOfSync(salesVm::refresh);
            salesVm.refresh();
        }
        if (vm.shows(MainViewModel.Screen.JOBS)) {
            MyJobsViewModel jobsVm = new MyJobsViewModel(session, tasks);
            MyJobsView jobsView = new MyJobsView(jobsVm, session);
            refreshers.put(
                    tab(
                            role == Role.MECHANIC ? "main.tab.jobs" : "main.tab.openJobs",
                            "jobs/MyJobsView.fxml",
                            jobsView,
                            "tab-jobs"),
                    jobsVm::refresh);
            listeners.add(jobsVm::onEvent);
        }
        if (vm.shows(MainViewModel.Screen.PARTS)) {
            PartsViewModel partsVm = new PartsViewModel(session, tasks);
            refreshers.put(
                    tab("main.tab.parts", "manage/PartsView.fxml", new PartsView(partsVm, session), "tab-parts"),
                    partsVm::refresh);
            listeners.add(partsVm::onEvent);
        }
        if (vm.shows(MainViewModel.Screen.PURCHASING)) {
            PurchasingView purchasing = new PurchasingView(
                    new OrdersViewModel(session, tasks),
                    new SuppliersViewModel(session, tasks),
                    new ReturnsViewModel(session, tasks));
            refreshers.put(
                    tab("main.tab.purchasing", "purchasing/PurchasingView.fxml", purchasing, "tab-purchasing"),
                    purchasing::reload);
            listeners.add(purchasing::onEvent);
            vm.onReconnect(purchasing::reload);
            vm.onOutOfSync(purchasing::reload);
        }
        if (vm.shows(MainViewModel.Screen.STOCK)) {
            StockCountViewModel countVm = new StockCountViewModel(session, tasks, prefs);
            ReconciliationViewModel reconVm = new ReconciliationViewModel(session, tasks);
            refreshers.put(
                    tab(
                            "main.tab.stock",
                            "stock/StockView.fxml",
                            new StockView(countVm, reconVm, session),
                            "tab-stock"),
                    countVm::refresh);
            listeners.add(countVm::onEvent);
            vm.onReconnect(countVm::refresh);
            vm.onOutOfSync(countVm::refresh);
        }
        if (vm.shows(MainViewModel.Screen.REPORTS)) {
            org.shopsuite.desktop.ui.report.ReportsViewModel reportsVm =
                    new org.shopsuite.desktop.ui.report.ReportsViewModel(session, tasks);
            refreshers.put(
                    tab(
                            "main.tab.reports",
                            "report/ReportsView.fxml",
                            new org.shopsuite.desktop.ui.report.ReportsView(reportsVm, m),
                            "tab-reports"),
                    reportsVm::refresh);
            listeners.add(reportsVm::onEvent);
            vm.onReconnect(reportsVm::refresh);
            vm.onOutOfSync(reportsVm::refresh);
        }
        if (vm.shows(MainViewModel.Screen.PEOPLE)) {
            PeopleViewModel peopleVm = new PeopleViewModel(session, tasks);
            refreshers.put(
                    tab("main.tab.people", "manage/PeopleView.fxml", new PeopleView(peopleVm, session), "tab-people"),
                    peopleVm::refresh);
            listeners.add(peopleVm::onEvent);
            SettingsViewModel settingsVm = new SettingsViewModel(session, tasks);
            tab("main.tab.settings", "manage/SettingsView.fxml", new SettingsView(settingsVm, m), "tab-settings");
            listeners.add(settingsVm::onEvent);
            AuditViewModel auditVm = new AuditViewModel(session, tasks);
            refreshers.put(
                    tab("main.tab.audit", "manage/AuditView.fxml", new AuditView(auditVm, session), "tab-audit"),
                    auditVm::search);
        }
        if (vm.shows(MainViewModel.Screen.SUBLETS)) {
            subletsVm = new SubletOrdersViewModel(session, tasks);
            refreshers.put(
                    tab(
                            "main.tab.sublets",
                            "sublet/SubletOrdersView.fxml",
                            new SubletOrdersView(subletsVm, session),
                            "tab-sublets"),
                    subletsVm::refresh);
            listeners.add(subletsVm::onEvent);
            vm.onReconnect(subletsVm::refresh);
            vm.onOutOfSync(subletsVm::refresh);
        }
        connection.textProperty().bind(vm.connectionTextProperty());
        vm.stateProperty().addListener((o, a, b) -> styleConnection(b));
        styleConnection(vm.stateProperty().get());
        vm.endedProperty().addListener((o, a, ended) -> {
            if (ended) sessionEnded();
        });
        tabs.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) shortcuts(scene);
        });
        startStream();
    }

    /** The schedule (the control room): bookings per bay and mechanic, live; an arrival opens its receipt. */
    private void schedule() {
        org.shopsuite.desktop.ui.schedule.ScheduleViewModel scheduleVm =
                new org.shopsuite.desktop.ui.schedule.ScheduleViewModel(session, tasks);
        scheduleView = new org.shopsuite.desktop.ui.schedule.ScheduleView(scheduleVm, m, this::openReceipt);
        scheduleTab = tab("main.tab.schedule", "schedule/ScheduleView.fxml", scheduleView, "tab-schedule");
        refreshers.put(scheduleTab, scheduleView::refresh);
        listeners.add(scheduleVm::onEvent);
        vm.onReconnect(scheduleVm::refresh);
        vm.onOutOfSync(scheduleVm::refresh);
    }

    /** Shows a receipt in the Receipts tab: searched by its car, then selected once it is listed. */
    private void openReceipt(long receiptId) {
        selectTab("tab-receipts");
        tasks.run(
                () -> session.client().receipt(receiptId),
                r -> {
                    javafx.collections.ListChangeListener<org.shopsuite.model.Receipt> pick =
                            new javafx.collections.ListChangeListener<>() {
                                @Override
                                public void onChanged(Change<? extends org.shopsuite.model.Receipt> c) {
                                    receiptsVm.receipts().stream()
                                            .filter(x -> x.id() == receiptId)
                                            .findFirst()
                                            .ifPresent(x -> {
                                                receiptsVm.receipts().removeListener(this);
                                                selectReceiptRow(x);
                                            });
                                }
                            };
                    receiptsVm.receipts().addListener(pick);
                    receiptsVm.statusProperty().set(null);
                    if (r.carId() == null
                            || r.carId().equals(receiptsVm.queryProperty().get())) {
                        receiptsVm.search(); // the same search again: the new receipt is listed
                    } else {
                        receiptsVm.queryProperty().set(r.carId());
                    }
                },
                failure -> {});
    }

    /** Selects the receipt's row in the Receipts tab's table (its detail follows the row). */
    @SuppressWarnings("unchecked")
    private void selectReceiptRow(org.shopsuite.model.Receipt r) {
        tabs.getTabs().stream()
                .filter(t -> "tab-receipts".equals(t.getId()))
                .map(t -> t.getContent().lookup("#receipts-table"))
                .filter(n -> n instanceof javafx.scene.control.TableView<?>)
                .map(n -> (javafx.scene.control.TableView<org.shopsuite.model.Receipt>) n)
                .findFirst()
                .ifPresentOrElse(
                        table -> {
                            table.getSelectionModel().select(r);
                            table.scrollTo(r);
                        },
                        () -> receiptsVm.selectedProperty().set(r));
    }

    private Tab tab(String titleKey, String fxml, Object controller, String id) {
        javafx.scene.Parent content = Views.load(fxml, m, controller);
        Tab t = new Tab(m.get(titleKey), content);
        t.setId(id);
        if (prefs != null) {
            Dividers.remember(content, prefs, id);
        }
        tabs.getTabs().add(t);
        return t;
    }

    private void startStream() {
        tasks.run(
                () -> session.client().lastSeq(),
                since -> {
                    if (closed) {
                        return; // closed (signed out, language switched) before the stream could start
                    }
                    stream = new EventStream(
                            session.client().httpClient(),
                            session.client()::base,
                            session.client()::unreachable,
                            session.client()::token,
                            since,
                            e -> Platform.runLater(() -> listeners.forEach(l -> l.accept(e))),
                            s -> Platform.runLater(() -> vm.connectionChanged(s)));
                    stream.start();
                },
                failure -> vm.connectionChanged(EventStream.State.OFFLINE));
    }

    private void sessionEnded() {
        if (tabs.getScene() == null
                || tabs.getScene().getWindow() == null
                || !tabs.getScene().getWindow().isShowing()) {
            // this screen is no longer shown (another took its window, or the window was closed):
            // only its stream is left
            close();
            return;
        }
        Confirm.tell(
                        tabs.getScene().getWindow(),
                        "session-ended",
                        Alert.AlertType.INFORMATION,
                        m.get("main.sessionEnded.title"),
                        m.get("main.sessionEnded"),
                        m)
                .show();
        close();
        onLogout.run();
    }

    private void styleConnection(EventStream.State s) {
        connection.getStyleClass().removeIf(c -> c.startsWith("connection-"));
        connection.getStyleClass().add("connection-" + s.name());
    }

    private void shortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            if (scheduleTab != null && scheduleTab.isSelected()) {
                scheduleView.newBooking(); // on the schedule, "new" is a booking
            } else if (receiptTab != null) {
                tabs.getSelectionModel().select(receiptTab);
                receiptView.focus();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), () -> {
            if (boardTab != null) {
                tabs.getSelectionModel().select(boardTab);
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusSearch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::refreshShown);
    }

    /**
     * F5: reloads the tab shown from the server (Settings is left alone: it would drop what is being
     * edited); on a tab with nothing of its own to reload, the board.
     */
    void refreshShown() {
        Runnable r = refreshers.get(tabs.getSelectionModel().getSelectedItem());
        if (r != null) {
            r.run();
        } else if (boardVm != null) {
            boardVm.refresh();
        }
    }

    /**
     * Ctrl+F: the search field of the screen shown (each screen marks its own with the style class
     * {@code screen-search}), focused with its text selected for typing over.
     */
    private void focusSearch() {
        javafx.scene.control.Tab shown = tabs.getSelectionModel().getSelectedItem();
        javafx.scene.Node search = shown == null || shown.getContent() == null
                ? null
                : shown.getContent().lookup(".screen-search");
        if (search != null) {
            search.requestFocus();
            if (search instanceof javafx.scene.control.TextInputControl field) {
                field.selectAll();
            }
        }
    }

    /** Stops the live stream (window closing or logging out). */
    public void close() {
        closed = true;
        if (stream != null) {
            stream.close();
        }
    }

    @FXML
    private void logout() {
        close();
        tasks.run(
                () -> {
                    session.client().logout();
                    return true;
                },
                ok -> onLogout.run(),
                failure -> onLogout.run());
    }

    /** The id of the tab shown, to show the same one again after a language switch. */
    public String selectedTabId() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == null ? null : t.getId();
    }

    /** Shows the tab with this id, if the window has it. */
    public void selectTab(String id) {
        tabs.getTabs().stream()
                .filter(t -> t.getId() != null && t.getId().equals(id))
                .findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    @FXML
    private void changePassword() {
        ChangePasswordViewModel vm = new ChangePasswordViewModel(session, tasks);
        ChangePasswordDialog.create(tabs.getScene().getWindow(), vm, m, changed -> {
                    Confirm.tell(
                                    tabs.getScene().getWindow(),
                                    "password-changed",
                                    Alert.AlertType.INFORMATION,
                                    m.get("password.title"),
                                    m.get("password.changed"),
                                    m)
                            .show();
                })
                .show();
    }

    /**
     * Moves the session to another of the user's locations (the same sign-in; the role there) and
     * shows the window again for it: that location's board, receipts and drawer.
     */
    @FXML
    private void switchLocation() {
        java.util.Set<Long> mine = new java.util.HashSet<>();
        session.user().locations().forEach(l -> mine.add(l.locationId()));
        long here = session.client().locationId();
        tasks.run(
                () -> session.client().locations().stream()
                        .filter(l -> mine.contains(l.id()) && l.id() != here)
                        .toList(),
                choices -> {
                    if (choices.isEmpty()) {
                        return;
                    }
                    java.util.Map<String, Long> byName = new java.util.LinkedHashMap<>();
                    choices.forEach(l -> byName.put(l.name(), l.id()));
                    javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(
                            byName.keySet().iterator().next(), byName.keySet());
                    dialog.initOwner(tabs.getScene().getWindow());
                    dialog.setTitle(m.get("main.switchLocation.title"));
                    dialog.setHeaderText(m.get("main.switchLocation.header"));
                    dialog.setContentText(m.get("main.switchLocation.label"));
                    dialog.getDialogPane().setId("switch-location");
                    ((javafx.scene.control.Button)
                                    dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK))
                            .setText(m.get("main.switchLocation.go"));
                    ((javafx.scene.control.Button)
                                    dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL))
                            .setText(m.get("common.cancel"));
                    dialog.showAndWait().map(byName::get).ifPresent(this::moveTo);
                },
                this::switchFailed);
    }

    private void switchFailed(Throwable failure) {
        Confirm.tell(
                        tabs.getScene().getWindow(),
                        "switch-location-failed",
                        Alert.AlertType.ERROR,
                        m.get("main.switchLocation.title"),
                        m.describe(failure),
                        m)
                .show();
    }

    private void moveTo(long locationId) {
        tasks.run(
                () -> {
                    session.client().switchLocation(locationId);
                    return true;
                },
                ok -> onLocation.run(),
                this::switchFailed);
    }

    @FXML
    private void english() {
        switchTo(Locale.ENGLISH);
    }

    @FXML
    private void korean() {
        switchTo(Locale.KOREAN);
    }

    private void switchTo(Locale language) {
        if (!language.getLanguage().equals(m.locale().getLanguage())) {
            onLanguage.accept(language);
        }
    }

    @FXML
    private void quit() {
        close();
        Platform.exit();
    }

    @FXML
    private void shortcuts() {
        ShortcutsDialog.create(tabs.getScene().getWindow(), m).show();
    }

    @FXML
    private void about() {
        String version = MainView.class.getPackage().getImplementationVersion();
        info(
                m.get("main.menu.about"),
                m.get(
                        "main.about",
                        version == null ? "dev" : version,
                        session.client().base()));
    }

    private void info(String title, String text) {
        Alert a = Confirm.tell(tabs.getScene().getWindow(), "about", Alert.AlertType.INFORMATION, title, text, m);
        a.setHeaderText(title);
        a.show();
    }
}
