package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.testfx.api.FxToolkit;

/**
 * Issue 15's layout contract: on every screen the app shows (found from its own tabs, for every
 * role), at 1280x720 and 1920x1080, in English and Korean, no labelled control shows an ellipsis and
 * no control lies outside the window. Screens added later are covered because the tabs are walked,
 * not listed; the first row of every list is selected so detail panels are filled. One subclass per
 * role, one test per language, so the walks run in parallel test processes.
 */
@Tag("gui")
abstract class NoClippingTest {
    static final double[][] SIZES = {{1280, 720}, {1920, 1080}};

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

    /** Walks every screen {@code user} sees, in {@code lang}, at both sizes; fails with what is clipped. */
    void noScreenClips(String lang, String user) throws Exception {
        Set<String> findings = new LinkedHashSet<>();
        FxDriver d = FxDriver.open(server.url());
        d.await(() -> d.has("#login-submit"));
        pickLanguage(d, lang);
        for (double[] size : SIZES) {
            resize(d, size);
            findings.addAll(check(d.stage(), lang + " login " + (int) size[0] + "x" + (int) size[1]));
        }
        d.login(user, ServerFixture.PASSWORD);
        List<String> tabIds = d.fx(() -> {
            List<String> ids = new ArrayList<>();
            d.<TabPane>node("#tabs").getTabs().forEach(t -> ids.add(t.getId()));
            return ids;
        });
        assertThat(tabIds).as(user + "'s tabs").isNotEmpty();
        for (String tab : tabIds) {
            d.selectTab(tab);
            settle(d);
            selectFirstRows(d);
            // The first row's own dialogs (an open receipt: Edit receipt, Cancel receipt),
            // then those of a receipt with an invoice (Void, Record payment).
            findings.addAll(dialogs(d, lang + " " + user + " " + tab + " first row"));
            showAnInvoice(d);
            for (double[] size : SIZES) {
                resize(d, size);
                String where = lang + " " + user + " " + tab + " " + (int) size[0] + "x" + (int) size[1];
                for (String inner : innerTabs(d)) {
                    selectInnerTab(d, inner);
                    settle(d);
                    findings.addAll(check(d.stage(), where + (inner.isEmpty() ? "" : " > " + inner)));
                }
            }
            findings.addAll(dialogs(d, lang + " " + user + " " + tab));
        }
        findings.addAll(menuDialogs(d, lang + " " + user));
        d.close();
        assertThat(findings).as("clipped on screen").isEmpty();
    }

    static void pickLanguage(FxDriver d, String lang) throws Exception {
        d.fx(() -> {
            ComboBox<java.util.Locale> box = d.node("#language");
            box.getItems().stream()
                    .filter(l -> l.getLanguage().equals(lang))
                    .findFirst()
                    .ifPresent(l -> box.getSelectionModel().select(l));
        });
        d.await(() -> d.has("#login-submit"));
    }

    static void resize(FxDriver d, double[] size) throws Exception {
        d.fx(() -> {
            d.stage().setMaximized(false);
            d.stage().setX(0);
            d.stage().setY(0);
            d.stage().setWidth(size[0]);
            d.stage().setHeight(size[1]);
        });
        d.fx(() -> d.stage().getScene().getRoot().layout());
        Thread.sleep(150);
        d.fx(() -> d.stage().getScene().getRoot().layout());
    }

    /**
     * Lets the screen's loads from the server arrive: until no server call is under way or waiting
     * for its callback for two looks 50 ms apart (a callback that asks for more is seen in between),
     * for 5 s at most; a fixed sleep of 600 ms here was half of these tests' time.
     */
    static void settle(FxDriver d) throws Exception {
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        for (int quiet = 0; quiet < 2 && System.nanoTime() < end; ) {
            Thread.sleep(50);
            d.fx(() -> d.stage().getScene().getRoot().layout());
            quiet = Tasks.unfinished() == 0 ? quiet + 1 : 0;
        }
    }

    /** Selects the first row of every list and table shown, so detail panels show something. */
    static void selectFirstRows(FxDriver d) throws Exception {
        d.fx(() -> {
            for (Node n : d.stage().getScene().getRoot().lookupAll(".table-view")) {
                if (n instanceof TableView<?> t && shown(t) && !t.getItems().isEmpty()) {
                    t.getSelectionModel().select(0);
                }
            }
            for (Node n : d.stage().getScene().getRoot().lookupAll(".list-view")) {
                if (n instanceof ListView<?> l
                        && shown(l)
                        && !l.getItems().isEmpty()
                        && l.getSelectionModel().isEmpty()) {
                    l.getSelectionModel().select(0);
                }
            }
        });
        settle(d);
    }

    /**
     * Buttons that open a dialog (the screens' own; menus, Keyboard shortcuts included, are walked as
     * they are; the Print and Save PDF menu buttons open popups, not dialogs). Record payment is
     * opened with cash chosen, so the confirmation shows the change line.
     */
    static final java.util.regex.Pattern DIALOG_OPENERS = java.util.regex.Pattern.compile(
            "receipt-(release|cancel|edit)|invoice-(void|reissue|refund)|payment-void|pay-submit|job-finish"
                    + "|customer-(add|edit|merge)|vehicle-(add|edit|transfer)|part-return-\\d+");

    /** On the receipts screen, a receipt with an invoice, so the invoice panel is checked too. */
    static void showAnInvoice(FxDriver d) throws Exception {
        if (!d.has("#receipts-table")) return;
        int rows = d.fx(() -> d.<TableView<?>>node("#receipts-table").getItems().size());
        for (int i = 0; i < Math.min(rows, 20); i++) {
            int row = i;
            d.fx(() ->
                    d.<TableView<?>>node("#receipts-table").getSelectionModel().select(row));
            settle(d);
            boolean invoice = d.fx(() -> d.stage().getScene().getRoot().lookupAll("#invoice-lines").stream()
                    .anyMatch(n -> shown(n) && !((TableView<?>) n).getItems().isEmpty()));
            if (invoice) return;
        }
    }

    /** Opens each dialog the current screen's buttons open, checks it, and closes it unanswered. */
    static List<String> dialogs(FxDriver d, String where) throws Exception {
        List<String> ids = d.fx(() -> {
            Set<String> out = new LinkedHashSet<>();
            TabPane main = d.node("#tabs");
            Node content = main.getSelectionModel().getSelectedItem().getContent();
            List<Node> all = new ArrayList<>();
            collect(content, all);
            for (Node n : all) {
                if (n instanceof javafx.scene.control.ButtonBase b
                        && b.getId() != null
                        && DIALOG_OPENERS.matcher(b.getId()).matches()
                        && shown(b)
                        && !b.isDisabled()) {
                    out.add(b.getId());
                }
            }
            return new ArrayList<>(out);
        });
        List<String> findings = new ArrayList<>();
        for (String id : ids) {
            if (id.equals("pay-submit")) {
                d.fx(() -> {
                    ComboBox<org.shopsuite.model.PaymentMethod> method = d.node("#pay-method");
                    method.getSelectionModel().select(org.shopsuite.model.PaymentMethod.CASH);
                });
                settle(d);
            }
            findings.addAll(openAndCheck(
                    d,
                    where + " dialog of #" + id,
                    () -> ((javafx.scene.control.ButtonBase)
                                    d.stage().getScene().getRoot().lookup("#" + id))
                            .fire()));
        }
        return findings;
    }

    /** Every menu item that opens a window (not sign-out, quit or a language switch). */
    static List<String> menuDialogs(FxDriver d, String where) throws Exception {
        List<javafx.scene.control.MenuItem> items = d.fx(() -> {
            List<javafx.scene.control.MenuItem> out = new ArrayList<>();
            for (Node n : d.stage().getScene().getRoot().lookupAll(".menu-bar")) {
                ((javafx.scene.control.MenuBar) n).getMenus().forEach(menu -> leaves(menu, out));
            }
            return out;
        });
        List<String> findings = new ArrayList<>();
        for (javafx.scene.control.MenuItem item : items) {
            if (item instanceof javafx.scene.control.RadioMenuItem
                    || "menu-logout".equals(item.getId())
                    || "menu-quit".equals(item.getId())) {
                continue;
            }
            findings.addAll(openAndCheck(d, where + " menu " + item.getText(), item::fire));
        }
        return findings;
    }

    private static void leaves(javafx.scene.control.Menu menu, List<javafx.scene.control.MenuItem> out) {
        for (javafx.scene.control.MenuItem i : menu.getItems()) {
            if (i instanceof javafx.scene.control.Menu sub) {
                leaves(sub, out);
            } else if (!(i instanceof javafx.scene.control.SeparatorMenuItem)) {
                out.add(i);
            }
        }
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof javafx.scene.control.SplitPane s) s.getItems().forEach(i -> collect(i, out));
        if (n instanceof ScrollPane s && s.getContent() != null) collect(s.getContent(), out);
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
    }

    /**
     * Fires the action without waiting for it (a dialog shown and waited for blocks the FX thread's
     * caller), checks the window it opens at its own size and on the screen, then closes it.
     */
    static List<String> openAndCheck(FxDriver d, String where, Runnable action) throws Exception {
        Set<Window> before = d.fx(() -> new java.util.HashSet<>(Window.getWindows()));
        javafx.application.Platform.runLater(action);
        Window opened = null;
        for (int i = 0; i < 30 && opened == null; i++) {
            Thread.sleep(100);
            opened = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                            .filter(w -> w.isShowing() && !before.contains(w) && w.getScene() != null)
                            .filter(w -> !(w instanceof javafx.stage.PopupWindow))
                            .findFirst()
                            .orElse(null))
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        if (opened == null) return List.of();
        Window w = opened;
        System.out.println("checking the dialog: " + where);
        settle(d); // its own loads (a customer's vehicles, a receipt's lines)
        List<String> out = new ArrayList<>(check(w, where));
        javafx.geometry.Rectangle2D screen =
                d.fx(() -> javafx.stage.Screen.getPrimary().getVisualBounds());
        double[] b = d.fx(() -> new double[] {w.getX(), w.getY(), w.getWidth(), w.getHeight()});
        if (b[0] < screen.getMinX()
                || b[1] < screen.getMinY()
                || b[0] + b[2] > screen.getMaxX() + 0.5
                || b[1] + b[3] > screen.getMaxY() + 0.5) {
            out.add(where + ": the dialog lies outside the screen at " + (int) b[0] + "," + (int) b[1] + " "
                    + (int) b[2] + "x" + (int) b[3]);
        }
        javafx.application.Platform.runLater(w::hide);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        settle(d); // what closing it reloads
        return out;
    }

    /** The ids of the tab panes inside the current screen, as "paneIndex:tabIndex"; "" for none. */
    static List<String> innerTabs(FxDriver d) throws Exception {
        return d.fx(() -> {
            List<String> out = new ArrayList<>();
            TabPane main = d.node("#tabs");
            Node content = main.getSelectionModel().getSelectedItem().getContent();
            List<TabPane> panes = innerPanes(content);
            for (int p = 0; p < panes.size(); p++) {
                for (int t = 0; t < panes.get(p).getTabs().size(); t++) {
                    out.add(p + ":" + t);
                }
            }
            if (out.isEmpty()) out.add("");
            return out;
        });
    }

    static List<TabPane> innerPanes(Node content) {
        List<TabPane> panes = new ArrayList<>();
        if (content != null) {
            for (Node n : content.lookupAll(".tab-pane")) {
                if (n instanceof TabPane tp) panes.add(tp);
            }
        }
        return panes;
    }

    static void selectInnerTab(FxDriver d, String inner) throws Exception {
        if (inner.isEmpty()) return;
        int colon = inner.indexOf(':');
        int paneIndex = Integer.parseInt(inner.substring(0, colon));
        int tabIndex = Integer.parseInt(inner.substring(colon + 1));
        d.fx(() -> {
            TabPane main = d.node("#tabs");
            TabPane pane = innerPanes(main.getSelectionModel().getSelectedItem().getContent())
                    .get(paneIndex);
            Tab tab = pane.getTabs().get(tabIndex);
            pane.getSelectionModel().select(tab);
        });
    }

    /** What is clipped in this window now: ellipses and controls (partly) outside the window. */
    static List<String> check(Window window, String where) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
                    window.getScene().getRoot().applyCss();
                    window.getScene().getRoot().layout();
                    List<String> out = new ArrayList<>();
                    double w = window.getScene().getWidth();
                    double h = window.getScene().getHeight();
                    walk(window.getScene().getRoot(), w, h, where, out);
                    return out;
                })
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static void walk(Node n, double w, double h, String where, List<String> out) {
        if (!n.isVisible() || n.getOpacity() == 0) return;
        if (n instanceof Labeled l && overrun(l)) {
            out.add(where + ": \"" + l.getText() + "\" shows \"" + rendered(l) + "\" (" + describe(n) + ")");
        }
        if (n instanceof Control c && !(n instanceof javafx.scene.control.IndexedCell<?>)) {
            javafx.scene.control.IndexedCell<?> cell = cellOf(c);
            if (cell != null) {
                Bounds b = c.localToScene(c.getLayoutBounds());
                Bounds cb = cell.localToScene(cell.getLayoutBounds());
                if (b.getWidth() > 0 && (b.getMaxX() > cb.getMaxX() + 0.5 || b.getMinX() < cb.getMinX() - 0.5)) {
                    out.add(where + ": " + describe(c) + " sticks out of its row (" + (int) b.getMinX() + "-"
                            + (int) b.getMaxX() + " in a row " + (int) cb.getMinX() + "-" + (int) cb.getMaxX() + ")");
                }
            }
        }
        if (n instanceof TableView<?> t && t.getWidth() > 0) {
            // A column pushed past the table's right edge is out of sight (no scroll bar shows it).
            Bounds tb = t.localToScene(t.getLayoutBounds());
            for (Node header : t.lookupAll(".column-header")) {
                if (header.isVisible() && header.getStyleClass().contains("table-column")) {
                    Bounds hb = header.localToScene(header.getLayoutBounds());
                    if (hb.getWidth() > 0
                            && hb.getMinX() < tb.getMaxX()
                            && hb.getMaxX() > tb.getMaxX() + 2) { // a pixel over the border is not a cut
                        out.add(where + ": a column of " + describe(t) + " is cut at the table's edge ("
                                + (int) hb.getMinX() + "-" + (int) hb.getMaxX() + " in a table ending at "
                                + (int) tb.getMaxX() + ")");
                    } else if (hb.getMinX() >= tb.getMaxX()) {
                        out.add(where + ": a column of " + describe(t) + " lies beyond the table's edge");
                    }
                }
            }
        }
        if (n instanceof Control c && !insideScrolling(c)) {
            Bounds b = c.localToScene(c.getLayoutBounds());
            if (b.getWidth() > 0 && b.getHeight() > 0) {
                if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > w + 0.5 || b.getMaxY() > h + 0.5) {
                    out.add(where + ": " + describe(c) + " lies outside the window at "
                            + (int) b.getMinX() + "," + (int) b.getMinY() + "-" + (int) b.getMaxX() + ","
                            + (int) b.getMaxY() + " (window " + (int) w + "x" + (int) h + ")");
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, w, h, where, out);
            }
        }
    }

    private static javafx.scene.control.IndexedCell<?> cellOf(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.IndexedCell<?> c) return c;
        }
        return null;
    }

    /** A cell scrolled away or content below a scroll pane's fold can be scrolled to: not clipped. */
    private static boolean insideScrolling(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane
                    || p instanceof javafx.scene.control.skin.VirtualFlow<?>
                    || p.getStyleClass().contains("tab-header-area")
                    || p.getStyleClass().contains("column-header-background")) {
                return true;
            }
        }
        return false;
    }

    static boolean overrun(Labeled l) {
        String full = l.getText();
        if (full == null || full.isBlank()) return false;
        String shown = rendered(l);
        return shown != null && !shown.equals(full) && !full.replace("_", "").equals(shown);
    }

    static String rendered(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }

    static String describe(Node n) {
        String id = n.getId() != null ? "#" + n.getId() : "";
        String text = n instanceof Labeled l && l.getText() != null ? " '" + l.getText() + "'" : "";
        Node p = n.getParent();
        String parent = "";
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            if (p.getId() != null) {
                parent = " in #" + p.getId();
                break;
            }
        }
        return n.getClass().getSimpleName() + id + text + parent;
    }

    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) return false;
        }
        return n.getScene() != null;
    }
}
