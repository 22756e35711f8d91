package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.receipts.ReceiptsViewModel;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.Receipt;

/**
 * Issue 15, defect 2: the detail shown is always the selected row's, also across an outage, and a
 * payment goes to the invoice its confirmation named or nowhere (real in-process server).
 */
class ReceiptSelectionTest {
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

    private static Receipt find(ReceiptsViewModel vm, String query) {
        vm.queryProperty().set(query);
        vm.search();
        assertThat(vm.receipts()).hasSize(1);
        return vm.receipts().get(0);
    }

    private Invoice invoiceNow(long id) {
        ShopClient check = new ShopClient(server.url());
        check.login("manager", ServerFixture.PASSWORD);
        return check.invoice(id);
    }

    @Test
    void aDetailThatCannotLoadWhileOfflineIsNotThePreviousReceiptsAndIsLoadedOnReconnect() {
        Session counter = login("counter");
        ReceiptsViewModel vm = new ReceiptsViewModel(counter, Tasks.direct());
        Receipt b = find(vm, "송혜교");
        Receipt a = find(vm, "Emily");
        vm.selectedProperty().set(a);
        Invoice invoiceA = vm.invoiceProperty().get();
        assertThat(invoiceA).isNotNull();
        long paidBefore = invoiceA.paid();

        server.stop();
        vm.selectedProperty().set(b);
        assertThat(vm.errorProperty().get()).contains("reach");
        assertThat(vm.invoiceProperty().get()).as("never A's invoice beside B").isNull();
        assertThat(vm.timeline()).isEmpty();
        assertThat(vm.confirmPayment())
                .as("nothing to pay until B's invoice is shown")
                .isNull();

        server.start();
        vm.reconnected();
        assertThat(vm.errorProperty().get())
                .as("the stale 'cannot connect' goes")
                .isEmpty();
        assertThat(vm.invoiceProperty().get()).isNotNull();
        assertThat(vm.invoiceProperty().get().receiptId()).isEqualTo(b.id());
        assertThat(vm.invoiceProperty().get().id()).isNotEqualTo(invoiceA.id());

        vm.payAmountProperty().set("1000");
        ReceiptsViewModel.PaymentConfirmation c = vm.confirmPayment();
        assertThat(c.invoiceId()).isEqualTo(vm.invoiceProperty().get().id());
        assertThat(c.text())
                .isEqualTo(
                        "Record ₩1,000 by card on " + vm.invoiceProperty().get().number() + " for 송혜교?");
        vm.pay(c);
        assertThat(invoiceNow(invoiceA.id()).paid()).as("A's invoice untouched").isEqualTo(paidBefore);
        assertThat(invoiceNow(c.invoiceId()).paid()).isEqualTo(1000);
        assertThat(vm.messageProperty().get()).contains(c.invoiceNumber());
    }

    @Test
    void aConfirmedPaymentIsRefusedWhenTheDetailChangedMeanwhile() {
        Session counter = login("counter");
        ReceiptsViewModel vm = new ReceiptsViewModel(counter, Tasks.direct());
        Receipt b = find(vm, "송혜교");
        Receipt a = find(vm, "Emily");
        vm.selectedProperty().set(a);
        Invoice invoiceA = vm.invoiceProperty().get();
        vm.payAmountProperty().set("1000");
        ReceiptsViewModel.PaymentConfirmation c = vm.confirmPayment();
        assertThat(c.invoiceNumber()).isEqualTo(invoiceA.number());

        vm.selectedProperty().set(b); // another row while the confirmation is open
        Invoice invoiceB = vm.invoiceProperty().get();
        vm.pay(c);
        assertThat(vm.payErrorProperty().get()).contains(invoiceA.number());
        assertThat(invoiceNow(invoiceA.id()).paid()).isEqualTo(invoiceA.paid());
        assertThat(invoiceNow(invoiceB.id()).paid()).isEqualTo(invoiceB.paid());
    }

    @Test
    void aLateDetailForARowNoLongerSelectedIsIgnored() {
        Session counter = login("counter");
        Deferred later = new Deferred();
        ReceiptsViewModel vm = new ReceiptsViewModel(counter, later);
        vm.queryProperty().set("송혜교");
        vm.search();
        later.runAll();
        Receipt b = vm.receipts().get(0);
        vm.queryProperty().set("Emily");
        vm.search();
        later.runAll();
        Receipt a = vm.receipts().get(0);

        vm.selectedProperty().set(a);
        vm.selectedProperty().set(b);
        later.runLastFirst(); // B's detail answers first, A's late
        assertThat(vm.selectedProperty().get().id()).isEqualTo(b.id());
        assertThat(vm.invoiceProperty().get().receiptId()).isEqualTo(b.id());
        assertThat(vm.timeline()).allMatch(e -> e.receiptId() == b.id());
    }

    /** Runs server calls when told to, in any order (answers that come back late). */
    private static final class Deferred implements Tasks {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> ok, Consumer<Throwable> failed) {
            queue.add(() -> Tasks.direct().run(work, ok, failed));
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.removeFirst().run();
            }
        }

        void runLastFirst() {
            while (!queue.isEmpty()) {
                queue.removeLast().run();
            }
        }
    }
}
