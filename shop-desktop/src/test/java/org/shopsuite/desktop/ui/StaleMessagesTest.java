package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.ui.login.LoginViewModel;
import org.shopsuite.desktop.ui.manage.PartsViewModel;
import org.shopsuite.desktop.ui.receipt.NewReceiptViewModel;
import org.shopsuite.model.VehiclePart;

/** Issue 15, defect 9: no message outlives what it was about (real in-process server). */
class StaleMessagesTest {
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

    private Session login(String user) {
        return server.session(prefs, user, Locale.ENGLISH);
    }

    @Test
    void aFieldsRequiredGoesWhenThatFieldIsFilled() {
        NewReceiptViewModel form = new NewReceiptViewModel(login("counter"), Tasks.direct());
        form.loadMechanics();
        form.submit();
        assertThat(form.fieldErrors()).containsEntry("carId", "Required").containsKey("customerName");

        form.carIdProperty().set("12가 3456");
        assertThat(form.fieldErrors()).doesNotContainKey("carId").containsKey("customerName");
        form.mechanicProperty().set(form.mechanics().get(0));
        assertThat(form.fieldErrors()).doesNotContainKey("mechanicId");
    }

    @Test
    void aNewSubmitClearsTheAcceptedBanner() {
        NewReceiptViewModel form = new NewReceiptViewModel(login("counter"), Tasks.direct());
        form.loadMechanics();
        form.mechanicProperty().set(form.mechanics().get(0));
        form.customerNameProperty().set("Banner Test");
        form.carIdProperty().set("11가 1111");
        form.estimatedHoursProperty().set("0.5");
        form.requestProperty().set("check");
        form.submit();
        assertThat(form.outcomeProperty().get().accepted()).isTrue();

        form.submit(); // the form was cleared: now it names the missing fields
        assertThat(form.fieldErrors()).isNotEmpty();
        assertThat(form.outcomeProperty().get())
                .as("no green 'Accepted' beside the errors")
                .isNull();
    }

    @Test
    void aStockErrorReplacesTheLastStockMessage() {
        PartsViewModel vm = new PartsViewModel(login("manager"), Tasks.direct());
        vm.refresh();
        VehiclePart part =
                vm.parts().stream().filter(p -> p.stock() > 0).findFirst().orElseThrow();
        vm.selectedProperty().set(part);
        vm.deltaProperty().set("2");
        vm.reasonProperty().set("delivery");
        vm.adjust();
        assertThat(vm.messageProperty().get()).contains("is now " + (part.stock() + 2));

        vm.deltaProperty().set(Integer.toString(-(part.stock() + 1000)));
        vm.reasonProperty().set("count");
        vm.adjust();
        assertThat(vm.errorProperty().get() + vm.fieldErrors()).isNotBlank();
        assertThat(vm.messageProperty().get()).as("never beside the error").isEmpty();

        vm.deltaProperty().set("1");
        assertThat(vm.fieldErrors()).doesNotContainKey("delta");
        vm.adjust();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).contains("is now " + (part.stock() + 3));
    }

    @Test
    void theLoginErrorIsSaidAgainInTheNewLanguage() {
        LoginViewModel vm = new LoginViewModel(Tasks.direct(), prefs);
        vm.serverProperty().set(server.url());
        vm.usernameProperty().set("counter");
        vm.passwordProperty().set("wrong-password");
        vm.languageProperty().set(Locale.ENGLISH);
        vm.login(s -> {});
        assertThat(vm.errorProperty().get()).isEqualTo("Wrong username or password, or your session has ended.");

        vm.languageProperty().set(Locale.KOREAN);
        assertThat(vm.errorProperty().get()).isEqualTo("사용자 이름이나 비밀번호가 틀렸거나 세션이 만료되었습니다.");

        vm.passwordProperty().set("");
        vm.login(s -> {});
        assertThat(vm.errorProperty().get()).isEqualTo("사용자 이름과 비밀번호를 입력하세요");
        vm.languageProperty().set(Locale.ENGLISH);
        assertThat(vm.errorProperty().get()).isEqualTo("Enter your username and password");
    }
}
