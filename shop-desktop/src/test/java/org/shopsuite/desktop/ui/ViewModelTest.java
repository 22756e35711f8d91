package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.board.BoardViewModel;
import org.shopsuite.desktop.ui.jobs.MyJobsViewModel;
import org.shopsuite.desktop.ui.jobs.ReturnPartViewModel;
import org.shopsuite.desktop.ui.login.LoginViewModel;
import org.shopsuite.desktop.ui.receipt.MechanicChoice;
import org.shopsuite.desktop.ui.receipt.NewReceiptViewModel;
import org.shopsuite.model.Event;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.PartRequestStatus;

/** ViewModels run synchronously against a real in-process server with the demo shop. */
class ViewModelTest {
    @TempDir
    Path dir;

    ServerFixture server;
    Preferences prefs;

    @BeforeEach
    void setUp() throws Exception {
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

    @Test
    void loginRemembersTheServerAndExplainsFailuresInTheUsersLanguage() {
        LoginViewModel vm = new LoginViewModel(Tasks.direct(), prefs);
        assertThat(vm.serverProperty().get()).isEqualTo(LoginViewModel.DEFAULT_SERVER);
        vm.serverProperty().set(server.url());
        vm.usernameProperty().set("counter");
        vm.passwordProperty().set("wrong-password");
        vm.languageProperty().set(Locale.KOREAN);
        vm.login(s -> {});
        assertThat(vm.errorProperty().get()).contains("비밀번호");

        vm.passwordProperty().set(ServerFixture.PASSWORD);
        AtomicReference<Session> session = new AtomicReference<>();
        vm.login(session::set);
        assertThat(session.get().user().username()).isEqualTo("counter");
        assertThat(new LoginViewModel(Tasks.direct(), prefs).serverProperty().get())
                .isEqualTo(server.url());

        LoginViewModel away = new LoginViewModel(Tasks.direct(), prefs);
        away.serverProperty().set("http://127.0.0.1:1");
        away.usernameProperty().set("counter");
        away.passwordProperty().set("x");
        away.languageProperty().set(Locale.ENGLISH);
        away.login(s -> {});
        assertThat(away.errorProperty().get()).contains("cannot be reached");
    }

    @Test
    void aServerOfAnotherApiGenerationIsRefusedClearly() throws Exception {
        com.sun.net.httpserver.HttpServer other = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/health", ex -> {
            byte[] body = "{\"status\":\"UP\",\"apiVersion\":2}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        other.start();
        try {
            LoginViewModel vm = new LoginViewModel(Tasks.direct(), prefs);
            vm.serverProperty().set("http://127.0.0.1:" + other.getAddress().getPort());
            vm.usernameProperty().set("counter");
            vm.passwordProperty().set("whatever");
            vm.languageProperty().set(Locale.ENGLISH);
            vm.login(s -> {
                throw new AssertionError("must not log in");
            });
            assertThat(vm.errorProperty().get()).contains("API 1").contains("API 2");
        } finally {
            other.stop(0);
        }
    }

    @Test
    void theCounterTakesAReceiptAndTheBoardShowsIt() {
        Session counter = login("counter");
        BoardViewModel board = new BoardViewModel(counter, Tasks.direct());
        board.dateProperty()
                .set(counter.client().shop() == null ? LocalDate.now(ZoneId.systemDefault()) : todayOf(counter));
        board.refresh();
        int before = board.rows().size();

        NewReceiptViewModel form = new NewReceiptViewModel(counter, Tasks.direct());
        form.dateProperty().set(board.dateProperty().get());
        form.loadMechanics();
        assertThat(form.mechanics()).hasSize(4);
        MechanicChoice kim = form.mechanics().stream()
                .filter(c -> c.mechanic().name().equals("김민수"))
                .findFirst()
                .orElseThrow();
        form.lookup("3456");
        assertThat(form.suggestions()).isNotEmpty();
        form.pick(form.suggestions().get(0));
        assertThat(form.carIdProperty().get()).contains("3456");
        form.mechanicProperty().set(kim);
        form.estimatedHoursProperty().set("1.5");
        form.requestProperty().set("엔진 점검");
        form.submit();

        assertThat(form.outcomeProperty().get().accepted()).isTrue();
        assertThat(form.customerNameProperty().get())
                .as("cleared for the next customer")
                .isEmpty();
        long receiptId = form.outcomeProperty().get().receipt().id();
        board.onEvent(event(receiptId));
        assertThat(board.rows()).hasSize(before + 1);
        assertThat(board.rows().get(0).receiptId()).isEqualTo(receiptId);

        // Filters work on the loaded day: by status, by text (car without its space, customer,
        // mechanic), and both; clearing them shows every row again.
        int all = board.rows().size();
        board.statusProperty().set(org.shopsuite.model.ReceiptStatus.ACCEPTED);
        assertThat(board.rows())
                .isNotEmpty()
                .allMatch(r -> r.receiptStatus() == org.shopsuite.model.ReceiptStatus.ACCEPTED);
        board.statusProperty().set(null);
        String car = board.rows().get(0).carId();
        board.filterProperty().set(car.replace(" ", "").toLowerCase(Locale.ROOT));
        assertThat(board.rows()).isNotEmpty().allMatch(r -> r.carId().equals(car));
        board.filterProperty().set("김민");
        assertThat(board.rows())
                .isNotEmpty()
                .allMatch(
                        r -> r.mechanicName().contains("김민") || r.customerName().contains("김민"));
        board.filterProperty().set("no such car anywhere");
        assertThat(board.rows()).isEmpty();
        assertThat(board.total()).isEqualTo(all);
        board.filterProperty().set("");
        assertThat(board.rows()).hasSize(all);

        // A column's order, and back to newest first.
        board.sortBy(java.util.Comparator.comparing(org.shopsuite.model.StatusPageRow::carId));
        assertThat(board.rows())
                .hasSize(all)
                .isSortedAccordingTo(java.util.Comparator.comparing(org.shopsuite.model.StatusPageRow::carId));
        board.sortBy(null);
        assertThat(board.rows().get(0).receiptId()).isEqualTo(receiptId);

        // A later change to that receipt replaces its row in place, without a reload.
        counter.client().cancelReceipt(receiptId, "고객 취소", ShopClient.newIdempotencyKey());
        board.onEvent(event(receiptId));
        assertThat(board.rows()).hasSize(all);
        assertThat(board.rows().get(0).receiptStatus()).isEqualTo(org.shopsuite.model.ReceiptStatus.CANCELLED);
    }

    @Test
    void typingOnNarrowsAndLiveRowsKeepTheFilterRight() {
        Session counter = login("counter");
        BoardViewModel board = new BoardViewModel(counter, Tasks.direct());
        board.dateProperty().set(todayOf(counter));
        board.refresh();
        int all = board.rows().size();
        java.util.List<org.shopsuite.model.StatusPageRow> day = java.util.List.copyOf(board.rows());
        // Typing a car number one character at a time, then taking it back: each step shows exactly
        // the rows a filter typed at once would show, in the same order.
        String car = day.get(0).carId().replace(" ", "");
        for (int i = 1; i <= car.length(); i++) {
            board.filterProperty().set(car.substring(0, i));
            String typed = Text.searchKey(car.substring(0, i));
            assertThat(board.rows())
                    .as("after typing %s", typed)
                    .containsExactlyElementsOf(day.stream()
                            .filter(r -> BoardViewModel.key(r).contains(typed))
                            .toList());
            assertThat(board.shownCountProperty().get()).isEqualTo(board.rows().size());
        }
        // Live rows arriving while narrowed: a new receipt for another car and one for this car come
        // in under a one-character filter; typing the rest shows what a fresh board shows.
        board.filterProperty().set(car.substring(0, 1));
        long other = newReceipt(counter, "99하 9999");
        long same = newReceipt(counter, day.get(0).carId());
        board.onEvent(event(other));
        board.onEvent(event(same));
        for (int i = 2; i <= car.length(); i++) {
            board.filterProperty().set(car.substring(0, i));
        }
        BoardViewModel fresh = new BoardViewModel(counter, Tasks.direct());
        fresh.dateProperty().set(todayOf(counter));
        fresh.refresh();
        fresh.filterProperty().set(car);
        assertThat(board.rows()).containsExactlyElementsOf(fresh.rows());
        assertThat(board.rows())
                .extracting(org.shopsuite.model.StatusPageRow::receiptId)
                .contains(same)
                .doesNotContain(other);
        assertThat(board.total()).isEqualTo(all + 2);
        assertThat(board.shownCountProperty().get()).isEqualTo(board.rows().size());
        board.filterProperty().set("");
        assertThat(board.rows()).hasSize(all + 2);
        assertThat(board.rows().get(0).receiptId()).isEqualTo(same);
        assertThat(board.rows().get(1).receiptId()).isEqualTo(other);
    }

    private long newReceipt(Session s, String car) {
        return s.client()
                .createReceipt(
                        new org.shopsuite.model.ReceiptInput(
                                "Walk In",
                                null,
                                car,
                                null,
                                s.client().mechanics().get(0).id(),
                                null,
                                new java.math.BigDecimal("0.5"),
                                "check",
                                null,
                                null,
                                null),
                        ShopClient.newIdempotencyKey())
                .id();
    }

    @Test
    void boardTextFilterIgnoresCaseAndSpaces() {
        assertThat(Text.searchKey("12가 3456")).contains(Text.searchKey("가34"));
        assertThat(Text.searchKey("12가 3456")).contains(Text.searchKey("12가 34"));
        assertThat(Text.searchKey("Lee Mechanic")).contains(Text.searchKey("mECH"));
        assertThat(Text.searchKey("12가 3456")).doesNotContain(Text.searchKey("3457"));
        assertThat(Text.searchKey("a\nb")).doesNotContain(Text.searchKey("ab")).isEqualTo("a\nb");
    }

    @Test
    void aRejectionSaysSoAndSuggestsMechanicsWithRoom() {
        Session counter = login("counter");
        NewReceiptViewModel form = new NewReceiptViewModel(counter, Tasks.direct());
        form.dateProperty().set(todayOf(counter));
        form.loadMechanics();
        MechanicChoice park = form.mechanics().stream()
                .filter(c -> c.mechanic().name().equals("박지훈"))
                .findFirst()
                .orElseThrow();
        form.customerNameProperty().set("Sarah Kim");
        form.carIdProperty().set("33아 5678");
        form.mechanicProperty().set(park);
        form.estimatedHoursProperty().set("3");
        form.requestProperty().set("Diagnose");
        form.submit();

        assertThat(form.outcomeProperty().get().accepted()).isFalse();
        assertThat(form.outcomeProperty().get().receipt().rejectionReason()).isEqualTo("MECHANIC_CAPACITY");
        assertThat(form.outcomeProperty().get().remainingHours())
                .as("what he had left, to say beside the 3 h asked")
                .isEqualByComparingTo(counter.client()
                        .capacity(park.mechanic().id(), todayOf(counter))
                        .remainingHours())
                .isLessThan(new java.math.BigDecimal("3"));
        assertThat(form.outcomeProperty().get().alternatives())
                .extracting(c -> c.mechanic().name())
                .contains("김민수")
                .doesNotContain("박지훈");
        assertThat(form.customerNameProperty().get())
                .as("kept to retry with another mechanic")
                .isEqualTo("Sarah Kim");
    }

    @Test
    void anEmptyFormNamesEveryMissingFieldAtOnce() {
        Session counter = login("counter");
        NewReceiptViewModel form = new NewReceiptViewModel(counter, Tasks.direct());
        form.loadMechanics();
        form.customerNameProperty().set("Mina Choi");
        form.submit();
        assertThat(form.fieldErrors())
                .containsOnlyKeys("mechanicId", "estimatedHours", "carId", "request")
                .containsEntry("carId", "Required");
        assertThat(form.outcomeProperty().get()).isNull();
    }

    @Test
    void serverErrorsLandNextToTheirFields() {
        Session counter = login("counter");
        NewReceiptViewModel form = new NewReceiptViewModel(counter, Tasks.direct());
        form.loadMechanics();
        form.mechanicProperty().set(form.mechanics().get(0));
        form.customerNameProperty().set("  ");
        form.carIdProperty().set("12가!");
        form.estimatedHoursProperty().set("1.255");
        form.requestProperty().set("x");
        form.submit();
        assertThat(form.fieldErrors()).containsKeys("customerName", "carId", "estimatedHours");
        assertThat(form.fieldErrors().get("estimatedHours")).isEqualTo("At most two decimals");
        assertThat(form.outcomeProperty().get()).isNull();

        form.estimatedHoursProperty().set("two");
        form.submit();
        assertThat(form.fieldErrors()).containsEntry("estimatedHours", "Must be a number");
    }

    @Test
    void anOfflineSubmitIsRetriedWithTheSameKeyAndCreatedOnce() {
        Session counter = login("counter");
        NewReceiptViewModel form = new NewReceiptViewModel(counter, Tasks.direct());
        form.loadMechanics();
        form.mechanicProperty().set(form.mechanics().get(0));
        form.customerNameProperty().set("오프라인 고객");
        form.carIdProperty().set("99허 9999");
        form.estimatedHoursProperty().set("0.5");
        form.requestProperty().set("점검");
        int[] retries = {0};
        form.setRetryScheduler(() -> retries[0]++);

        server.stop();
        form.submit();
        assertThat(retries[0]).isEqualTo(1);
        assertThat(form.busyProperty().get()).isTrue();
        assertThat(form.errorProperty().get()).contains("kept");

        server.start();
        form.retry();
        assertThat(form.outcomeProperty().get().accepted()).isTrue();
        form.retry(); // a late duplicate retry does nothing
        ShopClient check = new ShopClient(server.url());
        check.login("counter", ServerFixture.PASSWORD);
        assertThat(check.receipts("오프라인", null, null, null, 50).items()).hasSize(1);
    }

    @Test
    void aRefreshKeepsTheJobSelectedWhenItsAnswerArrivesNotWhenItWasAsked() {
        Session manager = login("manager"); // sees every open job: more than one to choose from
        List<Runnable> held = new java.util.ArrayList<>();
        Tasks late = new Tasks() {
            @Override
            public <T> void run(
                    java.util.concurrent.Callable<T> work,
                    java.util.function.Consumer<T> ok,
                    java.util.function.Consumer<Throwable> failed) {
                Tasks.direct().run(work, r -> held.add(() -> ok.accept(r)), e -> held.add(() -> failed.accept(e)));
            }
        };
        MyJobsViewModel vm = new MyJobsViewModel(manager, late);
        vm.refresh();
        new java.util.ArrayList<>(held).forEach(Runnable::run);
        held.clear();
        assertThat(vm.jobs()).hasSizeGreaterThan(1);
        vm.selectedProperty().set(vm.jobs().get(0));
        vm.refresh(); // asked while the first job is selected
        vm.selectedProperty().set(vm.jobs().get(1)); // the mechanic clicks the second before the answer
        long second = vm.jobs().get(1).id();
        new java.util.ArrayList<>(held).forEach(Runnable::run);
        assertThat(vm.selectedProperty().get()).isNotNull();
        assertThat(vm.selectedProperty().get().id()).isEqualTo(second);
    }

    @Test
    void theMechanicStartsGetsPartsAndFinishes() {
        Session kim = login("kim");
        MyJobsViewModel vm = new MyJobsViewModel(kim, Tasks.direct());
        vm.refresh();
        assertThat(vm.jobs()).isNotEmpty().allMatch(j -> j.mechanicName().equals("김민수"));
        vm.selectedProperty().set(vm.jobs().get(0));
        vm.start();
        assertThat(vm.selectedProperty().get().status()).isEqualTo(JobStatus.IN_PROGRESS);

        vm.partQueryProperty().set("8801234500011"); // a scanned barcode
        vm.searchParts();
        assertThat(vm.partProperty().get().partId()).isEqualTo("EO-5W30-4L");
        vm.quantityProperty().set("2");
        vm.requestPart();
        assertThat(vm.lastRequestProperty().get().status()).isEqualTo(PartRequestStatus.ISSUED);
        assertThat(vm.selectedProperty().get().partRequests()).hasSize(1);

        vm.partQueryProperty().set("DG-LED-01"); // stock 0 in the demo shop
        vm.searchParts();
        vm.quantityProperty().set("1");
        vm.requestPart();
        assertThat(vm.lastRequestProperty().get().status()).isEqualTo(PartRequestStatus.REJECTED);
        assertThat(vm.messageProperty().get()).contains("Out of stock");

        // Two were issued: one goes back, then the other.
        PartRequest issued = vm.selectedProperty().get().partRequests().get(0);
        ReturnPartViewModel form = vm.returnForm(issued);
        assertThat(form.quantityProperty().get()).as("all still out").isEqualTo(2);
        assertThat(form.header()).contains(issued.partName());
        assertThat(form.ofIssued()).isEqualTo("of 2 issued");
        form.quantityProperty().set(3);
        assertThat(form.validate()).isFalse();
        assertThat(form.errorProperty().get()).isEqualTo("Enter a whole number from 1 to 2");
        form.quantityProperty().set(1);
        assertThat(form.confirmText()).isEqualTo("Return 1 x " + issued.partName() + " to stock?");
        form.submit(job -> vm.returned(form, job));
        PartRequest partly = vm.selectedProperty().get().partRequests().get(0);
        assertThat(partly.status()).isEqualTo(PartRequestStatus.ISSUED);
        assertThat(partly.returnedQuantity()).isEqualTo(1);
        assertThat(vm.messageProperty().get()).isEqualTo("Returned to stock: 1 x " + issued.partName());

        ReturnPartViewModel rest = vm.returnForm(partly);
        assertThat(rest.quantityProperty().get()).isEqualTo(1);
        assertThat(rest.ofIssued()).isEqualTo("of 2 issued (1 already returned)");
        rest.submit(job -> vm.returned(rest, job));
        PartRequest back = vm.selectedProperty().get().partRequests().get(0);
        assertThat(back.status()).isEqualTo(PartRequestStatus.RETURNED);
        assertThat(back.returnedQuantity()).isEqualTo(2);
        assertThat(vm.returnForm(back)).as("nothing left to return").isNull();

        long jobId = vm.selectedProperty().get().id();
        vm.laborHoursProperty().set("1.25");
        vm.finish();
        assertThat(vm.jobs()).noneMatch(j -> j.id() == jobId);
        assertThat(kim.client().job(jobId).status()).isEqualTo(JobStatus.FINISHED);
        assertThat(kim.client().job(jobId).invoiceId()).isNotNull();
        assertThat(kim.client().job(jobId).laborHours()).isEqualByComparingTo("1.25");
    }

    @Test
    void theCounterFindsAReceiptSeesItsTimelineTakesAPaymentAndCancelsAnother() {
        Session counter = login("counter");
        org.shopsuite.desktop.ui.receipts.ReceiptsViewModel vm =
                new org.shopsuite.desktop.ui.receipts.ReceiptsViewModel(counter, Tasks.direct());
        vm.queryProperty().set("Emily");
        vm.search();
        assertThat(vm.receipts()).hasSize(1);
        vm.selectedProperty().set(vm.receipts().get(0));
        assertThat(vm.timeline())
                .extracting(e -> e.type().name())
                .startsWith("RepairRequested", "MileageRecorded", "ManDayDecreased", "JobCreated")
                .contains("InvoiceIssued");
        var invoice = vm.invoiceProperty().get();
        assertThat(invoice.status().name()).isEqualTo("PARTIALLY_PAID");
        assertThat(vm.payAmountProperty().get()).isEqualTo(Long.toString(invoice.balance()));

        vm.payAmountProperty().set(Long.toString(invoice.balance() + 1));
        vm.pay(vm.confirmPayment());
        assertThat(vm.payErrorProperty().get()).contains("more than the balance");
        vm.payAmountProperty().set(Long.toString(invoice.balance()));
        vm.pay(vm.confirmPayment());
        assertThat(vm.invoiceProperty().get().status().name()).isEqualTo("PAID");
        // paid in full: the invoice earns the customer points (the demo shop earns 3%)
        assertThat(vm.timeline()).extracting(e -> e.type().name()).endsWith("PaymentRecorded", "PointsEarned");

        vm.queryProperty().set("이도현");
        vm.search();
        vm.selectedProperty().set(vm.receipts().get(0));
        vm.cancel("고객 요청");
        assertThat(vm.selectedProperty().get().status()).isEqualTo(org.shopsuite.model.ReceiptStatus.CANCELLED);
        assertThat(vm.timeline()).extracting(e -> e.type().name()).endsWith("ReceiptCancelled");
    }

    @Test
    void theInvoicePdfIsSavedWhereTheUserChose(@TempDir Path out) throws Exception {
        Session counter = login("counter");
        var vm = new org.shopsuite.desktop.ui.receipts.ReceiptsViewModel(counter, Tasks.direct());
        vm.queryProperty().set("Emily");
        vm.search();
        vm.selectedProperty().set(vm.receipts().get(0));
        Path file = out.resolve("invoice.pdf");
        vm.savePdf(file);
        assertThat(java.nio.file.Files.readAllBytes(file)).startsWith("%PDF".getBytes(StandardCharsets.UTF_8));
    }

    private static LocalDate todayOf(Session s) {
        return LocalDate.now(java.time.ZoneId.of(s.shop().timezone()));
    }

    private static Event event(long receiptId) {
        return new Event(
                1,
                org.shopsuite.model.EventType.RepairRequested,
                java.time.Instant.now(),
                "counter",
                receiptId,
                null,
                null);
    }
}
