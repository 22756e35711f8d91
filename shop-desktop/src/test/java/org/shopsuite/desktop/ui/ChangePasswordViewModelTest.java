package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.account.ChangePasswordViewModel;
import org.shopsuite.desktop.ui.login.LoginViewModel;
import org.shopsuite.model.User;

/** "Change password", synchronously against a real in-process server with the demo shop. */
class ChangePasswordViewModelTest {
    @TempDir
    Path dir;

    ServerFixture server;
    Preferences prefs;

    @BeforeEach
    void setUp() {
        server = new ServerFixture(dir);
        prefs = Preferences.userRoot().node("shop-suite-test-" + System.nanoTime());
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
        server.close();
    }

    Session login(String user, String password, Locale language) {
        LoginViewModel vm = new LoginViewModel(Tasks.direct(), prefs);
        vm.serverProperty().set(server.url());
        vm.usernameProperty().set(user);
        vm.passwordProperty().set(password);
        vm.languageProperty().set(language);
        AtomicReference<Session> session = new AtomicReference<>();
        vm.login(session::set);
        assertThat(session.get()).as(vm.errorProperty().get()).isNotNull();
        return session.get();
    }

    static void fill(ChangePasswordViewModel vm, String current, String next, String repeat) {
        vm.currentProperty().set(current);
        vm.newProperty().set(next);
        vm.repeatProperty().set(repeat);
    }

    @Test
    void theMechanicChangesTheirPasswordAndStaysSignedInWhileTheirOtherSessionEnds() {
        Session here = login("kim", ServerFixture.PASSWORD, Locale.ENGLISH);
        Session elsewhere = login("kim", ServerFixture.PASSWORD, Locale.ENGLISH);
        ChangePasswordViewModel vm = new ChangePasswordViewModel(here, Tasks.direct());
        fill(vm, ServerFixture.PASSWORD, "wrench-and-bolt-9", "wrench-and-bolt-9");
        AtomicReference<User> done = new AtomicReference<>();
        vm.submit(done::set);

        assertThat(done.get()).as(vm.errorProperty().get()).isNotNull();
        assertThat(done.get().username()).isEqualTo("kim");
        assertThat(vm.fieldErrors()).isEmpty();
        assertThat(vm.currentProperty().get()).as("no password is kept").isEmpty();
        assertThat(here.client().shop()).as("this session goes on").isNotNull();
        try {
            elsewhere.client().shop();
            throw new AssertionError("the other session should have ended");
        } catch (ApiError e) {
            assertThat(e.status()).isEqualTo(401);
        }
        ShopClient fresh = new ShopClient(server.url());
        assertThat(fresh.login("kim", "wrench-and-bolt-9").user().username()).isEqualTo("kim");
    }

    @Test
    void aMismatchIsCaughtHereAndTheServersRefusalsShowNextToTheirFields() {
        Session counter = login("counter", ServerFixture.PASSWORD, Locale.KOREAN);
        ChangePasswordViewModel vm = new ChangePasswordViewModel(counter, Tasks.direct());
        AtomicReference<User> done = new AtomicReference<>();

        fill(vm, "", "front-desk-pass-1", "front-desk-pass-2");
        vm.submit(done::set);
        assertThat(vm.fieldErrors()).containsKeys(ChangePasswordViewModel.CURRENT, ChangePasswordViewModel.REPEAT);
        assertThat(vm.fieldErrors().get(ChangePasswordViewModel.REPEAT)).isEqualTo("새 비밀번호 두 개가 서로 다릅니다");

        fill(vm, "not-the-password", "front-desk-pass-1", "front-desk-pass-1");
        vm.submit(done::set);
        assertThat(done.get()).isNull();
        assertThat(vm.fieldErrors())
                .containsOnlyKeys(ChangePasswordViewModel.CURRENT)
                .containsEntry(ChangePasswordViewModel.CURRENT, "현재 비밀번호가 아닙니다");
        assertThat(vm.errorProperty().get())
                .as("the message is next to the field")
                .isEmpty();

        fill(vm, ServerFixture.PASSWORD, "short", "short");
        vm.submit(done::set);
        assertThat(vm.fieldErrors()).containsOnlyKeys(ChangePasswordViewModel.NEW);
        assertThat(vm.fieldErrors().get(ChangePasswordViewModel.NEW)).contains("8");

        fill(vm, ServerFixture.PASSWORD, "my-counter-pw", "my-counter-pw");
        vm.submit(done::set);
        assertThat(vm.fieldErrors()).containsEntry(ChangePasswordViewModel.NEW, "너무 쉬운 비밀번호입니다");

        fill(vm, ServerFixture.PASSWORD, "front-desk-pass-1", "front-desk-pass-1");
        vm.submit(done::set);
        assertThat(done.get()).as(vm.fieldErrors().toString()).isNotNull();
    }
}
