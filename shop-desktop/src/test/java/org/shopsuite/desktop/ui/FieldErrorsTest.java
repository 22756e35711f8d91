package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.ui.jobs.MyJobsViewModel;
import org.shopsuite.desktop.ui.manage.PeopleViewModel;
import org.shopsuite.desktop.ui.receipt.NewReceiptViewModel;
import org.shopsuite.model.ErrorCode;
import org.shopsuite.model.FieldError;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.Problem;
import org.shopsuite.model.Role;

/**
 * Issue 15, defect 8: a server's field error is shown beside its own field, in the user's language,
 * never as the server's English summary somewhere else (real in-process server).
 */
class FieldErrorsTest {
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

    private Session login(String user, Locale language) {
        return server.session(prefs, user, language);
    }

    @Test
    void zeroHoursAtFinishIsShownBesideTheHoursNotUnderThePartsList() {
        Session kim = login("kim", Locale.ENGLISH);
        MyJobsViewModel vm = new MyJobsViewModel(kim, Tasks.direct());
        vm.refresh();
        vm.selectedProperty().set(vm.jobs().get(0));
        if (vm.selectedProperty().get().status() == JobStatus.WAITING) {
            vm.start();
        }
        vm.laborHoursProperty().set("0");
        vm.finish();
        assertThat(vm.fieldErrors()).containsKey("laborHours");
        assertThat(vm.fieldErrors().get("laborHours")).doesNotContain("laborHours");
        assertThat(vm.errorProperty().get())
                .as("the general message, beside the parts list")
                .isEmpty();

        vm.laborHoursProperty().set("abc");
        assertThat(vm.fieldErrors()).as("edited: the old error goes").isEmpty();
        vm.finish();
        assertThat(vm.fieldErrors()).containsKey("laborHours");
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void aTooShortPasswordIsShownInTheUsersFormNotAsTheServersSummary() {
        Session manager = login("manager", Locale.KOREAN);
        PeopleViewModel vm = new PeopleViewModel(manager, Tasks.direct());
        vm.refresh();
        vm.newUser();
        vm.usernameProperty().set("newbie");
        vm.roleProperty().set(Role.RECEPTIONIST);
        vm.passwordProperty().set("short");
        vm.saveUser();
        assertThat(vm.fieldErrors()).containsKey("password");
        assertThat(vm.fieldErrors().get("password")).doesNotContain("must").doesNotContain("password");
        assertThat(vm.errorProperty().get()).doesNotContain("password").doesNotContain("must");
    }

    @Test
    void aMileageOutOfRangeIsInKoreanBesideTheMileageField() {
        Session counter = login("counter", Locale.KOREAN);
        NewReceiptViewModel form = new NewReceiptViewModel(counter, Tasks.direct());
        form.loadMechanics();
        form.mechanicProperty().set(form.mechanics().get(0));
        form.customerNameProperty().set("Mina Choi");
        form.customerPhoneProperty().set("010-1111-2222");
        form.carIdProperty().set("77가 7777");
        form.estimatedHoursProperty().set("1");
        form.requestProperty().set("Oil change");
        form.mileageProperty().set("99999999");
        form.submit();
        assertThat(form.fieldErrors()).containsKey("vehicle.mileageKm");
        assertThat(form.fieldErrors().get("vehicle.mileageKm"))
                .contains("사이")
                .doesNotContain("must")
                .doesNotContain("mileageKm");
    }

    @Test
    void anErrorShownAwayFromItsFieldIsTranslatedAndNamesTheFieldInTheUsersLanguage() {
        ApiError e = new ApiError(new Problem(
                "about:blank",
                "Invalid",
                400,
                "vehicle.mileageKm: must be between 0 and 10000000",
                List.of(new FieldError(
                        "vehicle.mileageKm",
                        ErrorCode.OUT_OF_RANGE,
                        "must be between 0 and 10000000",
                        Map.of("min", 0, "max", 10000000)))));
        String ko = new Messages(Locale.KOREAN).describe(e);
        assertThat(ko).startsWith("주행 거리 (km): ").contains("사이").doesNotContain("must");
        assertThat(new Messages(Locale.ENGLISH).describe(e)).isEqualTo("Mileage (km): Between 0 and 10000000");
    }
}
