package org.shopsuite.desktop.ui.main;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.shopsuite.desktop.client.EventStream;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Role;

/**
 * The main window's state: which screens the user's role sees, the live connection, and what a
 * connection change sets off (an outage's end reloads the screens; a session the server ended
 * signs out).
 */
public final class MainViewModel {
    /** A screen of the main window, in tab order; its id is the tab's. */
    public enum Screen {
        BOARD("tab-board"),
        NEW_RECEIPT("tab-new-receipt"),
        RECEIPTS("tab-receipts"),
        SCHEDULE("tab-schedule"),
        CUSTOMERS("tab-customers"),
        WARRANTY("tab-warranty"),
        COUNTER("tab-counter"),
        JOBS("tab-jobs"),
        PARTS("tab-parts"),
        PURCHASING("tab-purchasing"),
        STOCK("tab-stock"),
        /** the manager's reports (issue 21): sales, technicians, receivables, the daily close */
        REPORTS("tab-reports"),
        PEOPLE("tab-people"),
        SETTINGS("tab-settings"),
        AUDIT("tab-audit"),
        /** a contractor's only screen: its own sublet orders */
        SUBLETS("tab-sublets");

        private final String id;

        Screen(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private final Messages m;
    private final List<Screen> screens;
    private final ReadOnlyObjectWrapper<EventStream.State> state =
            new ReadOnlyObjectWrapper<>(EventStream.State.CONNECTING);
    private final ReadOnlyStringWrapper connectionText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper();
    private final List<Runnable> onReconnect = new ArrayList<>();
    private final List<Runnable> onOutOfSync = new ArrayList<>();

    public MainViewModel(Role role, Messages m) {
        this.m = m;
        this.screens = Collections.unmodifiableList(screensFor(role));
        connectionText.set(text(EventStream.State.CONNECTING));
    }

    /** The screens this role works with, in tab order. */
    static List<Screen> screensFor(Role role) {
        List<Screen> out = new ArrayList<>();
        if (role == Role.CONTRACTOR) {
            // an outside shop's login: every other screen would only be refused by the server
            return List.of(Screen.SUBLETS);
        }
        if (role == Role.RECEPTIONIST || role == Role.MANAGER) {
            out.addAll(List.of(
                    Screen.BOARD,
                    Screen.NEW_RECEIPT,
                    Screen.RECEIPTS,
                    Screen.SCHEDULE,
                    Screen.CUSTOMERS,
                    Screen.WARRANTY,
                    Screen.COUNTER));
        }
        if (role == Role.MECHANIC || role == Role.MANAGER) {
            out.add(Screen.JOBS);
        }
        if (role == Role.MANAGER) {
            out.addAll(List.of(
                    Screen.PARTS,
                    Screen.PURCHASING,
                    Screen.STOCK,
                    Screen.REPORTS,
                    Screen.PEOPLE,
                    Screen.SETTINGS,
                    Screen.AUDIT));
        }
        return out;
    }

    public List<Screen> screens() {
        return screens;
    }

    public boolean shows(Screen s) {
        return screens.contains(s);
    }

    /** Run when the stream is back after an outage (not on the first connect). */
    public void onReconnect(Runnable r) {
        onReconnect.add(r);
    }

    /** Run when an event could not be read: screens fed by events reload from the server. */
    public void onOutOfSync(Runnable r) {
        onOutOfSync.add(r);
    }

    /** The live stream's state changed (on the FX thread). */
    public void connectionChanged(EventStream.State s) {
        EventStream.State last = state.get();
        if (s == EventStream.State.OUT_OF_SYNC && last != s) {
            onOutOfSync.forEach(Runnable::run);
        }
        if (s == EventStream.State.CONNECTED
                && last != EventStream.State.CONNECTED
                && last != EventStream.State.CONNECTING) {
            // Back after an outage: the replay brings the events; the screens reload too (a detail
            // that failed while offline, a "cannot connect" message that is no longer true).
            onReconnect.forEach(Runnable::run);
        }
        state.set(s);
        connectionText.set(text(s));
        if (s == EventStream.State.ENDED) {
            ended.set(true);
        }
    }

    private String text(EventStream.State s) {
        return "● " + m.get("connection." + s.name());
    }

    public ReadOnlyObjectProperty<EventStream.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionTextProperty() {
        return connectionText.getReadOnlyProperty();
    }

    /** The server ended this session: the window signs out. */
    public ReadOnlyBooleanProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }
}
