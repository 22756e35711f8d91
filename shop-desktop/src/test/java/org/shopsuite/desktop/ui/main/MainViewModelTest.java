package org.shopsuite.desktop.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.client.EventStream.State.CONNECTED;
import static org.shopsuite.desktop.client.EventStream.State.CONNECTING;
import static org.shopsuite.desktop.client.EventStream.State.ENDED;
import static org.shopsuite.desktop.client.EventStream.State.OUT_OF_SYNC;
import static org.shopsuite.desktop.client.EventStream.State.RECONNECTING;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.main.MainViewModel.Screen;
import org.shopsuite.model.Role;

/** The main window's rules, without a window: the role's screens, the connection, reloads on reconnect. */
class MainViewModelTest {
    final Messages en = new Messages(Locale.ENGLISH);

    @Test
    void eachRoleSeesItsScreens() {
        assertThat(new MainViewModel(Role.RECEPTIONIST, en).screens())
                .containsExactly(
                        Screen.BOARD,
                        Screen.NEW_RECEIPT,
                        Screen.RECEIPTS,
                        Screen.SCHEDULE,
                        Screen.CUSTOMERS,
                        Screen.WARRANTY,
                        Screen.COUNTER);
        assertThat(new MainViewModel(Role.MECHANIC, en).screens()).containsExactly(Screen.JOBS);
        assertThat(new MainViewModel(Role.MANAGER, en).screens())
                .containsExactlyElementsOf(java.util.EnumSet.complementOf(java.util.EnumSet.of(Screen.SUBLETS)));
        assertThat(new MainViewModel(Role.CONTRACTOR, en).screens())
                .as("an outside shop: its sublet orders, nothing the server would refuse it")
                .containsExactly(Screen.SUBLETS);
    }

    @Test
    void theScreensReloadWhenTheStreamIsBackAfterAnOutageNotOnTheFirstConnect() {
        MainViewModel vm = new MainViewModel(Role.RECEPTIONIST, en);
        AtomicInteger reloads = new AtomicInteger();
        vm.onReconnect(reloads::incrementAndGet);
        assertThat(vm.stateProperty().get()).isEqualTo(CONNECTING);
        vm.connectionChanged(CONNECTED);
        assertThat(reloads).hasValue(0);
        vm.connectionChanged(RECONNECTING);
        assertThat(vm.connectionTextProperty().get()).contains("Reconnecting");
        vm.connectionChanged(CONNECTED);
        assertThat(reloads).hasValue(1);
        assertThat(vm.connectionTextProperty().get()).doesNotContain("Reconnecting");
        vm.connectionChanged(CONNECTED);
        assertThat(reloads).as("no outage, no reload").hasValue(1);
    }

    @Test
    void anUnreadableEventReloadsOnceAndAnEndedSessionSignsOut() {
        MainViewModel vm = new MainViewModel(Role.MANAGER, en);
        AtomicInteger reloads = new AtomicInteger();
        vm.onOutOfSync(reloads::incrementAndGet);
        vm.connectionChanged(CONNECTED);
        vm.connectionChanged(OUT_OF_SYNC);
        vm.connectionChanged(OUT_OF_SYNC);
        assertThat(reloads).hasValue(1);
        assertThat(vm.endedProperty().get()).isFalse();
        vm.connectionChanged(ENDED);
        assertThat(vm.endedProperty().get()).isTrue();
    }
}
