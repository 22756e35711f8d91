package org.shopsuite.desktop.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.desktop.ui.receipt.NewReceiptViewModel;
import org.shopsuite.model.Customer;
import org.shopsuite.model.CustomerInput;
import org.shopsuite.model.VehicleRecord;
import org.shopsuite.model.Warning;
import org.shopsuite.model.WarningCode;

/** The customers screen's and the receipt form's look-up logic, synchronously against the demo shop. */
class CustomerViewModelsTest {
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

    Session login(String user) {
        return server.session(prefs, user, Locale.ENGLISH);
    }

    private static CustomersViewModel showing(Session s, String query, String name) {
        CustomersViewModel vm = new CustomersViewModel(s, Tasks.direct());
        vm.queryProperty().set(query);
        vm.search();
        vm.select(vm.results().stream()
                .filter(c -> name.equals(c.name()))
                .findFirst()
                .orElseThrow());
        return vm;
    }

    @Test
    void aCarsFirstRegistrationIsShownAndSavedForItsComebackWindows() {
        CustomersViewModel vm = showing(login("counter"), "정우", "정우성");
        vm.vehicleProperty()
                .set(vm.vehicles().stream()
                        .filter(v -> v.plate().equals("12가3456"))
                        .findFirst()
                        .orElseThrow());
        VehicleFormViewModel form = vm.editVehicleForm();
        assertThat(form.firstRegisteredOnProperty().get())
                .as("the demo's registration day")
                .isEqualTo(java.time.LocalDate.of(2021, 3, 15));
        form.firstRegisteredOnProperty().set(java.time.LocalDate.of(2021, 4, 1));
        AtomicReference<VehicleRecord> saved = new AtomicReference<>();
        form.submit(saved::set);
        assertThat(saved.get()).as(form.errorProperty().get()).isNotNull();
        assertThat(saved.get().firstRegisteredOn()).isEqualTo(java.time.LocalDate.of(2021, 4, 1));
    }

    @Test
    void aCustomerShowsTheirCarsAndTheFirstCarsVisitsNewestFirst() {
        CustomersViewModel vm = showing(login("counter"), "정우", "정우성");
        assertThat(vm.vehicles()).extracting(VehicleRecord::plate).contains("12가3456", "123가4567");
        vm.vehicleProperty()
                .set(vm.vehicles().stream()
                        .filter(v -> v.plate().equals("12가3456"))
                        .findFirst()
                        .orElseThrow());
        assertThat(vm.history()).hasSize(2);
        assertThat(vm.history().get(0).date()).isAfter(vm.history().get(1).date());
        assertThat(vm.mayMerge()).isFalse();
        assertThat(vm.mergeForm()).as("no merge form for the counter").isNull();
    }

    @Test
    void pickingNeedsACustomerAndAReasonBeforeAnythingIsSent() {
        CustomersViewModel screen = showing(login("manager"), "정우", "정우성");
        PickCustomerViewModel merge = screen.mergeForm();
        assertThat(merge.check()).isFalse();
        assertThat(merge.fieldErrors()).containsKeys(PickCustomerViewModel.CUSTOMER, PickCustomerViewModel.REASON);
        merge.queryProperty().set("정우");
        merge.search();
        assertThat(merge.results()).as("never offered as their own duplicate").noneMatch(c -> "정우성".equals(c.name()));
    }

    @Test
    void aTransferMovesTheCarToTheNewOwnerAndTheCardFollows() {
        Session s = login("counter");
        CustomersViewModel screen = showing(s, "정우", "정우성");
        screen.vehicleProperty()
                .set(screen.vehicles().stream()
                        .filter(v -> v.plate().equals("123가4567"))
                        .findFirst()
                        .orElseThrow());
        PickCustomerViewModel transfer = screen.transferForm();
        transfer.queryProperty().set("최우식");
        transfer.search();
        transfer.pickedProperty().set(transfer.results().get(0));
        transfer.reasonProperty().set("sold to a colleague");
        assertThat(transfer.confirmation()).contains("123가4567").contains("정우성").contains("최우식");
        AtomicReference<String> done = new AtomicReference<>();
        transfer.submit(done::set);
        assertThat(done.get()).as(transfer.errorProperty().get()).contains("123가4567");
        screen.changed(done.get(), null);
        assertThat(screen.vehicles()).extracting(VehicleRecord::plate).doesNotContain("123가4567");
    }

    @Test
    void theServersFieldErrorsGoNextToTheirFieldsAndAStaleEditReloadsTheForm() {
        Session s = login("counter");
        CustomersViewModel screen = showing(s, "정우", "정우성");
        CustomerFormViewModel form = screen.editCustomerForm();
        form.phonesProperty().set("010-2345-6789, 12");
        form.emailProperty().set("not-an-address");
        form.submit(c -> {});
        assertThat(form.fieldErrors()).containsKeys("phones", "email");

        Customer c = screen.customerProperty().get();
        s.client()
                .updateCustomer(
                        c.id(),
                        c.version(),
                        new CustomerInput(c.name(), c.phones(), c.email(), c.address(), "changed elsewhere", true));
        form.phonesProperty().set("010-2345-6789");
        form.emailProperty().set("jung@example.com");
        AtomicReference<Customer> saved = new AtomicReference<>();
        form.submit(saved::set);
        assertThat(saved.get()).isNull();
        assertThat(form.errorProperty().get()).contains("Someone else changed");
        assertThat(form.notesProperty().get()).isEqualTo("changed elsewhere");
        form.submit(saved::set);
        assertThat(saved.get()).as("saved once reloaded").isNotNull();
    }

    @Test
    void theReceiptFormSaysWhatTheRecordsKnowOfThePlateAndPhone() {
        NewReceiptViewModel vm = new NewReceiptViewModel(login("counter"), Tasks.direct());
        vm.carIdProperty().set("12 가 3456");
        vm.findRecords();
        assertThat(vm.inShopProperty().get()).contains("#7");
        assertThat(vm.recordsProperty().get()).contains("정우성").contains("Last mileage");

        vm.clear();
        vm.carIdProperty().set("99허 0001");
        vm.customerPhoneProperty().set("010-5555-1212");
        vm.findRecords();
        assertThat(vm.inShopProperty().get()).isEmpty();
        assertThat(vm.recordsProperty().get())
                .contains("a new car will be created")
                .contains("한지민");

        vm.customerPhoneProperty().set("010-0000-0001");
        vm.findRecords();
        assertThat(vm.recordsProperty().get())
                .contains("a new car will be created")
                .contains("a new customer will be created");
    }

    @Test
    void warningsAreTheServersWordsInEnglishAndTranslatedByCodeInKorean() {
        Warning w = new Warning(
                WarningCode.VEHICLE_ALREADY_IN_SHOP,
                "the car is already in the shop on receipt 7",
                Map.of("receiptIds", List.of(7)));
        assertThat(new Messages(Locale.ENGLISH).warning(w)).isEqualTo("the car is already in the shop on receipt 7");
        assertThat(new Messages(Locale.KOREAN).warning(w)).isEqualTo("이 차량은 이미 입고 중입니다 (접수 7).");
    }
}
