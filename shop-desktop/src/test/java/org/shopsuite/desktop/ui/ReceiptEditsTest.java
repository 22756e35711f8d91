package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.receipt.MechanicChoice;
import org.shopsuite.desktop.ui.receipt.NewReceiptViewModel;
import org.shopsuite.desktop.ui.receipts.EditReceiptViewModel;
import org.shopsuite.desktop.ui.receipts.ReceiptsViewModel;
import org.shopsuite.model.FinishInput;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.ReceiptInput;
import org.shopsuite.model.ReceiptStatus;

/**
 * The counter's corrections and checks, against a real server with the demo shop: editing a receipt
 * (a stale edit and hours that do not fit are said, nothing is overwritten), a receipt for a past day
 * is asked about, the mechanics' hours follow the chosen day, and the mechanic's notes reach the
 * receipt.
 */
class ReceiptEditsTest {
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

    Session login(String user, Locale language) {
        return server.session(prefs, user, language);
    }

    static Receipt find(Session s, String customer) {
        return s.client().receipts(customer, null, null, null, 10).items().stream()
                .filter(r -> r.customerName().equals(customer))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anEditOfAWaitingReceiptChangesItsRequestHoursAndPromisedTime() {
        Session s = login("counter", Locale.ENGLISH);
        Receipt before = find(s, "이도현"); // waiting, 김민수, 2.5 h
        EditReceiptViewModel form = new EditReceiptViewModel(s, Tasks.direct(), before);
        form.loadMechanics();
        assertThat(form.canMoveProperty().get()).isTrue();
        assertThat(form.mechanicProperty().get().name()).isEqualTo("김민수");
        form.requestProperty().set("에어컨 냉매 충전, 실내 필터 교환");
        form.estimatedHoursProperty().set("3");
        form.promisedDateProperty().set(before.requestDate().plusDays(1));
        form.promisedTimeProperty().set("17:30");
        AtomicReference<Receipt> done = new AtomicReference<>();
        form.submit(done::set);

        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(done.get()).isNotNull();
        Receipt after = s.client().receipt(before.id());
        assertThat(after.request()).isEqualTo("에어컨 냉매 충전, 실내 필터 교환");
        assertThat(after.estimatedHours()).isEqualByComparingTo("3");
        assertThat(after.promisedAt())
                .isEqualTo(before.requestDate()
                        .plusDays(1)
                        .atTime(17, 30)
                        .atZone(ZoneId.of("Asia/Seoul"))
                        .toInstant());
    }

    @Test
    void hoursThatDoNotFitAreRefusedBesideTheHoursFieldNamingWhatIsLeftAndWhatWasAsked() {
        Session s = login("counter", Locale.KOREAN);
        Receipt before = find(s, "이도현"); // 김민수: 8 h a day, this receipt's 2.5 h the only ones
        EditReceiptViewModel form = new EditReceiptViewModel(s, Tasks.direct(), before);
        form.loadMechanics();
        form.estimatedHoursProperty().set("9");
        AtomicReference<Receipt> done = new AtomicReference<>();
        form.submit(done::set);

        assertThat(done.get()).isNull();
        assertThat(form.fieldErrors().get("estimatedHours"))
                .contains("김민수", "8시간", "9시간")
                .doesNotContain("has", "left");
        assertThat(s.client().receipt(before.id()).estimatedHours()).isEqualByComparingTo("2.5");
    }

    @Test
    void aStaleEditIsSaidAndTheReceiptShownAgainAsItNowIs() {
        Session s = login("counter", Locale.ENGLISH);
        Receipt before = find(s, "이도현");
        EditReceiptViewModel form = new EditReceiptViewModel(s, Tasks.direct(), before);
        form.loadMechanics();
        // meanwhile someone else changes the request
        s.client()
                .changeReceipt(
                        before.id(),
                        before.version(),
                        new ReceiptInput(
                                before.customerName(),
                                before.customerPhone(),
                                null,
                                null,
                                before.mechanicId(),
                                before.requestDate(),
                                before.estimatedHours(),
                                "Changed by the other desk",
                                null,
                                null,
                                null));
        form.estimatedHoursProperty().set("3");
        AtomicReference<Receipt> done = new AtomicReference<>();
        form.submit(done::set);

        assertThat(done.get()).isNull();
        assertThat(form.errorProperty().get()).contains("Someone changed this receipt meanwhile");
        assertThat(form.requestProperty().get()).isEqualTo("Changed by the other desk");
        assertThat(form.estimatedHoursProperty().get()).isEqualTo("2.5");
        // the edit made again goes through, on the version now shown
        form.estimatedHoursProperty().set("3");
        form.submit(done::set);
        assertThat(done.get()).isNotNull();
        assertThat(done.get().estimatedHours()).isEqualByComparingTo("3");
        assertThat(done.get().request()).isEqualTo("Changed by the other desk");
    }

    @Test
    void aStartedJobKeepsItsMechanicAndDayAndAFinishedOneCannotBeEdited() {
        Session s = login("counter", Locale.ENGLISH);
        Receipt started = find(s, "Daniel Park"); // in progress
        assertThat(EditReceiptViewModel.editable(started)).isTrue();
        assertThat(new EditReceiptViewModel(s, Tasks.direct(), started)
                        .canMoveProperty()
                        .get())
                .isFalse();
        assertThat(EditReceiptViewModel.editable(find(s, "송혜교"))).as("finished").isFalse();
        ReceiptsViewModel receipts = new ReceiptsViewModel(s, Tasks.direct());
        receipts.selectedProperty().set(find(s, "송혜교"));
        assertThat(receipts.editForm()).isNull();
    }

    @Test
    void aReceiptForAPastDayIsNotTakenUntilTheUserConfirmsTheDay() {
        Session s = login("counter", Locale.ENGLISH);
        NewReceiptViewModel vm = new NewReceiptViewModel(s, Tasks.direct());
        vm.loadMechanics();
        LocalDate weekAgo = LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(7);
        vm.dateProperty().set(weekAgo);
        assertThat(vm.dateWarningProperty().get()).contains("in the past", "7 days ago");
        vm.customerNameProperty().set("Backdated Customer");
        vm.carIdProperty().set("55하 1212");
        vm.estimatedHoursProperty().set("0.3");
        vm.requestProperty().set("x");
        vm.mechanicProperty().set(vm.mechanics().get(0));
        String question = vm.pastDateQuestion();
        assertThat(question).contains("7 days ago");

        vm.submit(); // as if the question had not been asked: nothing is taken silently
        assertThat(vm.outcomeProperty().get()).isNull();
        assertThat(vm.fieldErrors()).containsKey("requestDate");
        assertThat(s.client()
                        .receipts("Backdated Customer", null, null, null, 10)
                        .items())
                .isEmpty();

        vm.confirmPastDate();
        vm.submit();
        assertThat(vm.outcomeProperty().get()).isNotNull();
        Receipt taken = vm.outcomeProperty().get().receipt();
        assertThat(taken.requestDate()).isEqualTo(weekAgo);
        assertThat(taken.status()).isEqualTo(ReceiptStatus.ACCEPTED);

        // today's receipts are not asked about
        vm.dateProperty().set(LocalDate.now(ZoneId.of("Asia/Seoul")));
        assertThat(vm.pastDateQuestion()).isNull();
        assertThat(vm.dateWarningProperty().get()).isEmpty();
    }

    @Test
    void theNewReceiptCarriesTheTimePromisedAndATimeWithoutADayIsRefusedBesideTheField() {
        Session s = login("counter", Locale.ENGLISH);
        NewReceiptViewModel vm = new NewReceiptViewModel(s, Tasks.direct());
        vm.loadMechanics();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        vm.dateProperty().set(today);
        vm.customerNameProperty().set("Promised Customer");
        vm.carIdProperty().set("56하 3434");
        vm.estimatedHoursProperty().set("1");
        vm.requestProperty().set("Oil change");
        vm.mechanicProperty().set(vm.mechanics().get(0));
        vm.promisedTimeProperty().set("17:30");
        vm.submit();
        assertThat(vm.fieldErrors().get("promisedAt")).isEqualTo("Choose the day too.");
        assertThat(vm.outcomeProperty().get()).isNull();

        vm.promisedDateProperty().set(today.plusDays(1));
        vm.submit();
        Receipt taken = vm.outcomeProperty().get().receipt();
        assertThat(s.client().receipt(taken.id()).promisedAt())
                .isEqualTo(today.plusDays(1)
                        .atTime(17, 30)
                        .atZone(ZoneId.of("Asia/Seoul"))
                        .toInstant());
        assertThat(vm.promisedDateProperty().get()).as("a fresh form").isNull();
    }

    /** Server calls held until the test lets them answer, in the order it chooses. */
    static final class HeldTasks implements Tasks {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> ok, Consumer<Throwable> failed) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                held.add(() -> failed.accept(e));
                return;
            }
            held.add(() -> ok.accept(result));
        }
    }

    @Test
    void theMechanicsHoursAreTheChosenDaysEvenWhenAnEarlierDaysAnswerComesLast() {
        Session s = login("counter", Locale.ENGLISH);
        HeldTasks tasks = new HeldTasks();
        NewReceiptViewModel vm = new NewReceiptViewModel(s, tasks);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        vm.dateProperty().set(today.plusDays(3)); // nothing booked then: 8 h left for 김민수
        vm.dateProperty().set(today); // 김민수 has 2.5 h booked today: 5.5 h left
        Runnable forTheEarlierDay = tasks.held.pollFirst();
        Runnable forToday = tasks.held.pollFirst();
        forToday.run();
        forTheEarlierDay.run(); // late: must not replace today's hours

        MechanicChoice kim = vm.mechanics().stream()
                .filter(c -> c.mechanic().name().equals("김민수"))
                .findFirst()
                .orElseThrow();
        assertThat(kim.remainingHours()).isEqualByComparingTo(new BigDecimal("5.5"));
    }

    @Test
    void theMechanicsNotesAndTheHoursWorkedReachTheReceipt() {
        Session s = login("counter", Locale.ENGLISH);
        Receipt carnival = find(s, "Daniel Park");
        ShopClient lee = new ShopClient(server.url());
        lee.login("lee", ServerFixture.PASSWORD);
        lee.finishJob(
                carnival.jobId(),
                new FinishInput(new BigDecimal("3.5"), "Rear pads at 3 mm - advise customer"),
                ShopClient.newIdempotencyKey());

        ReceiptsViewModel vm = new ReceiptsViewModel(s, Tasks.direct());
        vm.selectedProperty().set(carnival);
        assertThat(vm.jobProperty().get().notes()).isEqualTo("Rear pads at 3 mm - advise customer");
        assertThat(vm.jobProperty().get().laborHours()).isEqualByComparingTo("3.5");
    }
}
