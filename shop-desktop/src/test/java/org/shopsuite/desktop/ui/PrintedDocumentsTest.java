package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.desktop.ui.InvoiceDialogsTest.openReceipt;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.login.LoginViewModel;
import org.shopsuite.desktop.ui.print.Printing;
import org.shopsuite.desktop.ui.receipts.ReceiptDocument;
import org.shopsuite.desktop.ui.receipts.ReceiptsViewModel;
import org.shopsuite.model.FinishInput;
import org.shopsuite.model.InvoiceLine;
import org.shopsuite.model.LineKind;
import org.shopsuite.model.Receipt;
import org.testfx.api.FxToolkit;

/**
 * Print prints the document, not the screen. There is no printer under Monocle, so these tests check
 * the pages that would be sent: the server's PDF for the receipt, every line's text in it, rendered
 * to A4 page images; and that Print without a printer says so.
 */
@Tag("gui")
class PrintedDocumentsTest {
    @TempDir
    Path dir;

    ServerFixture server;
    Preferences prefs;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        server = new ServerFixture(dir);
        prefs = Preferences.userRoot().node("shop-suite-test-" + System.nanoTime());
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        prefs.removeNode();
        server.close();
    }

    Session login(String user) {
        LoginViewModel vm = new LoginViewModel(Tasks.direct(), prefs);
        vm.serverProperty().set(server.url());
        vm.usernameProperty().set(user);
        vm.passwordProperty().set(ServerFixture.PASSWORD);
        vm.languageProperty().set(Locale.ENGLISH);
        AtomicReference<Session> session = new AtomicReference<>();
        vm.login(session::set);
        return session.get();
    }

    static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0\\u3000]+", " ");
        }
    }

    static String words(String s) {
        return s.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
    }

    static byte[] fetch(ReceiptsViewModel vm, ReceiptDocument d) {
        AtomicReference<ReceiptsViewModel.Fetched> got = new AtomicReference<>();
        vm.fetchDocument(d, got::set);
        assertThat(got.get()).as(d + ": " + vm.errorProperty().get()).isNotNull();
        return got.get().pdf();
    }

    @Test
    void whatIsPrintedIsTheDocumentWithEveryLineOnA4Pages() throws Exception {
        Session s = login("counter");
        Receipt trax = s.client().receipts("송혜교", null, null, null, 5).items().get(0); // finished, invoiced
        ReceiptsViewModel vm = new ReceiptsViewModel(s, Tasks.direct());
        vm.selectedProperty().set(trax);
        var inv = vm.invoiceProperty().get();
        assertThat(inv).isNotNull();

        byte[] invoicePdf = fetch(vm, ReceiptDocument.INVOICE);
        String invoice = text(invoicePdf);
        assertThat(invoice).contains(inv.number(), "11바 9988", "송혜교");
        assertThat(inv.lines()).hasSizeGreaterThanOrEqualTo(3);
        for (InvoiceLine line : inv.lines()) {
            String description = line.kind() == LineKind.LABOR
                    ? line.description().replaceFirst("^Labour: ", "")
                    : line.description();
            assertThat(invoice).as("line " + description).contains(words(description));
            assertThat(invoice).contains(String.format(Locale.ROOT, "KRW %,d", line.amount()));
        }
        assertThat(invoice).contains(String.format(Locale.ROOT, "KRW %,d", inv.total()));

        String workOrder = text(fetch(vm, ReceiptDocument.WORK_ORDER));
        assertThat(workOrder)
                .contains("작업지시서", "11바 9988", words(trax.request()))
                .doesNotContain("KRW");
        String ticket = text(fetch(vm, ReceiptDocument.CLAIM_TICKET));
        assertThat(ticket).contains("접수증", Long.toString(trax.id()), "11바 9988", words(trax.request()));

        // the pages sent to the printer: one image per PDF page, A4 proportions, at the resolution asked
        List<WritableImage> pages = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> Printing.pages(invoicePdf, 150))
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        try (var doc = Loader.loadPDF(invoicePdf)) {
            assertThat(pages).hasSize(doc.getNumberOfPages());
        }
        for (WritableImage page : pages) {
            assertThat(page.getHeight() / page.getWidth())
                    .isCloseTo(297.0 / 210.0, org.assertj.core.data.Offset.offset(0.01));
            assertThat(page.getWidth()).isCloseTo(210 / 25.4 * 150, org.assertj.core.data.Offset.offset(2.0));
        }
    }

    @Test
    void theInvoicePrintedCarriesTheMechanicsNotes() throws Exception {
        Session s = login("counter");
        Receipt carnival =
                s.client().receipts("Daniel Park", null, null, null, 5).items().get(0);
        ShopClient lee = new ShopClient(server.url());
        lee.login("lee", ServerFixture.PASSWORD);
        lee.finishJob(
                carnival.jobId(),
                new FinishInput(new BigDecimal("3.5"), "Rear pads at 3 mm - advise customer"),
                ShopClient.newIdempotencyKey());
        ReceiptsViewModel vm = new ReceiptsViewModel(s, Tasks.direct());
        vm.selectedProperty().set(carnival);
        assertThat(text(fetch(vm, ReceiptDocument.INVOICE)))
                .contains("Mechanic's notes", "Rear pads at 3 mm - advise customer", "3.5 h");
    }

    @Test
    void printWithoutAPrinterSaysSoAndTheNotesShowOnTheReceipt() throws Exception {
        ShopClient counter = new ShopClient(server.url());
        counter.login("counter", ServerFixture.PASSWORD);
        Receipt carnival =
                counter.receipts("Daniel Park", null, null, null, 5).items().get(0);
        ShopClient lee = new ShopClient(server.url());
        lee.login("lee", ServerFixture.PASSWORD);
        lee.finishJob(
                carnival.jobId(),
                new FinishInput(new BigDecimal("3.5"), "Rear pads at 3 mm - advise customer"),
                ShopClient.newIdempotencyKey());

        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        openReceipt(d, "Daniel Park");
        d.await(() -> d.has("#receipt-notes"));
        assertThat(d.text("#receipt-notes")).contains("Rear pads at 3 mm - advise customer");
        assertThat(d.text("#receipt-facts")).contains("3.5 h worked (estimate 4 h)");
        ListView<org.shopsuite.model.Event> timeline = d.node("#receipt-timeline");
        d.await(() ->
                timeline.getItems().stream().anyMatch(e -> e.type() == org.shopsuite.model.EventType.JobFinished));
        String finished = d.fx(() -> {
            var e = timeline.getItems().stream()
                    .filter(x -> x.type() == org.shopsuite.model.EventType.JobFinished)
                    .findFirst()
                    .orElseThrow();
            var cell = timeline.getCellFactory().call(timeline);
            cell.updateListView(timeline);
            cell.updateIndex(timeline.getItems().indexOf(e));
            return cell.getText();
        });
        assertThat(finished).contains("Job finished", "3.5 h worked", "Rear pads at 3 mm - advise customer");

        d.await(() -> d.has("#invoice-title"));
        MenuButton print = d.node("#receipt-print");
        d.fx(print::show);
        MenuItem invoice = print.getItems().stream()
                .filter(i -> "print-invoice".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(invoice.isDisable()).isFalse();
        d.fx(() -> {
            print.hide();
            invoice.fire();
        });
        d.await(() -> d.text("#receipts-error").contains("No printer is available"));
    }
}
