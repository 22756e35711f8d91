package org.shopsuite.desktop.ui.receipts;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.Layouts;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.print.Printing;
import org.shopsuite.model.Event;
import org.shopsuite.model.Invoice;
import org.shopsuite.model.InvoiceLine;
import org.shopsuite.model.InvoiceStatus;
import org.shopsuite.model.Payment;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.ReceiptStatus;

/** The receipts screen: binds to {@link ReceiptsViewModel}; asks before cancelling. */
public final class ReceiptsView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    private final ReceiptsViewModel vm;
    private final Messages m;
    private final ZoneId zone;

    @FXML
    private TextField query;

    @FXML
    private ComboBox<ReceiptStatus> status;

    @FXML
    private ProgressIndicator searching;

    @FXML
    private TableView<Receipt> table;

    @FXML
    private TableColumn<Receipt, String> idCol;

    @FXML
    private TableColumn<Receipt, String> dateCol;

    @FXML
    private TableColumn<Receipt, String> customerCol;

    @FXML
    private TableColumn<Receipt, String> carCol;

    @FXML
    private TableColumn<Receipt, String> statusCol;

    @FXML
    private Button more;

    @FXML
    private Label error;

    @FXML
    private VBox detail;

    @FXML
    private Label title;

    @FXML
    private Button cancel;

    @FXML
    private Button release;

    @FXML
    private Label facts;

    @FXML
    private Button edit;

    @FXML
    private Button estimate;

    @FXML
    private javafx.scene.control.MenuItem printInvoice;

    @FXML
    private javafx.scene.control.MenuItem printWorkOrder;

    @FXML
    private javafx.scene.control.MenuItem printClaimTicket;

    @FXML
    private javafx.scene.control.MenuItem saveInvoice;

    @FXML
    private javafx.scene.control.MenuItem saveWorkOrder;

    @FXML
    private javafx.scene.control.MenuItem saveClaimTicket;

    @FXML
    private javafx.scene.control.MenuButton printMenu;

    @FXML
    private javafx.scene.control.MenuButton saveMenu;

    @FXML
    private Label jobNotes;

    @FXML
    private javafx.scene.layout.VBox subletBox;

    @FXML
    private Label requestText;

    @FXML
    private Label message;

    @FXML
    private ListView<Event> timeline;

    @FXML
    private VBox invoiceBox;

    @FXML
    private Label invoiceTitle;

    @FXML
    private TableView<InvoiceLine> lines;

    @FXML
    private TableColumn<InvoiceLine, String> lineDescCol;

    @FXML
    private TableColumn<InvoiceLine, String> lineQtyCol;

    @FXML
    private TableColumn<InvoiceLine, String> lineUnitCol;

    @FXML
    private TableColumn<InvoiceLine, String> lineAmountCol;

    @FXML
    private GridPane totals;

    @FXML
    private ListView<Payment> payments;

    @FXML
    private TextField payAmount;

    @FXML
    private ComboBox<PaymentMethod> payMethod;

    @FXML
    private Button pay;

    @FXML
    private Label payError;

    @FXML
    private Label pointsBalance;

    @FXML
    private Button redeemCoupon;

    @FXML
    private javafx.scene.layout.HBox paymentAdmin;

    @FXML
    private Button voidPayment;

    @FXML
    private Button refund;

    @FXML
    private javafx.scene.layout.HBox cashBox;

    @FXML
    private TextField amountReceived;

    @FXML
    private Label changeDue;

    @FXML
    private javafx.scene.layout.HBox invoiceAdmin;

    @FXML
    private Button voidInvoice;

    @FXML
    private Button reissueInvoice;

    @FXML
    private Label invoiceNote;

    private final String shopZone;

    public ReceiptsView(ReceiptsViewModel vm, Session session) {
        this.vm = vm;
        this.m = session.messages();
        this.shopZone = session.shop().timezone();
        this.zone = ZoneId.of(session.shop().timezone());
    }

    @FXML
    private void initialize() {
        query.textProperty().bindBidirectional(vm.queryProperty());
        status.getItems().add(null);
        status.getItems().addAll(ReceiptStatus.values());
        status.setConverter(Cells.converter(s -> s == null ? m.get("status.all") : m.get("status." + s.name())));
        status.valueProperty().bindBidirectional(vm.statusProperty());
        table.setFixedCellSize(30); // as on the board: long lists scroll without measuring rows
        table.setItems(vm.receipts());
        // Scrolling near the end of what is loaded fetches the next page ("load more" stays, too).
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            public void updateIndex(int i) {
                super.updateIndex(i);
                if (i >= 0 && i >= t.getItems().size() - 20 && vm.moreProperty().get()) {
                    vm.loadMore();
                }
            }
        });
        Cells.text(idCol, r -> Long.toString(r.id()));
        Cells.text(dateCol, r -> m.date(r.requestDate()));
        Cells.text(customerCol, Receipt::customerName);
        Cells.text(carCol, Receipt::carId);
        // a car handed back says so, as the board does
        Cells.text(
                statusCol,
                r -> r.releasedAt() != null
                        ? m.get("board.released")
                        : m.get("status." + r.status().name()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        more.visibleProperty().bind(vm.moreProperty());
        searching.visibleProperty().bind(vm.searchingProperty());
        error.textProperty().bind(vm.errorProperty());
        message.textProperty().bind(vm.messageProperty());
        detail.visibleProperty().bind(vm.selectedProperty().isNotNull());
        timeline.setItems(vm.timeline());
        timeline.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(
                        empty || e == null
                                ? null
                                : TIME.format(e.occurredAt().atZone(zone)) + "   "
                                        + m.get("event." + e.type().name()) + "   (" + e.actor() + ")"
                                        + finished(e));
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> showReceipt(b));
        Cells.wrapping(lineDescCol, m::invoiceLine);
        Cells.text(lineQtyCol, l -> l.quantity().stripTrailingZeros().toPlainString());
        lines.setPlaceholder(new Label(""));
        Layouts.fitRows(lines, 12);
        vm.invoiceProperty().addListener((o, a, b) -> showInvoice(b));
        payments.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Payment p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : vm.paymentLine(p));
                getStyleClass().removeAll("payment-correction", "payment-voided");
                if (!empty && p != null && p.amount() < 0) {
                    getStyleClass().add("payment-correction");
                } else if (!empty && p != null && p.voidedByPaymentId() != null) {
                    getStyleClass().add("payment-voided");
                }
            }
        });
        payments.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, b) -> vm.selectedPaymentProperty().set(b));
        vm.selectedPaymentProperty().addListener((o, a, b) -> {
            if (b == null) {
                payments.getSelectionModel().clearSelection();
            }
        });
        // Payment corrections are the manager's: the counter does not see them at all.
        paymentAdmin.setVisible(vm.isManager());
        paymentAdmin.setManaged(vm.isManager());
        voidPayment.disableProperty().bind(vm.mayVoidProperty().not());
        refund.disableProperty().bind(vm.mayRefundProperty().not());
        amountReceived.textProperty().bindBidirectional(vm.amountReceivedProperty());
        changeDue.textProperty().bind(vm.changeDueTextProperty());
        cashBox.visibleProperty().bind(vm.cashProperty());
        cashBox.managedProperty().bind(vm.cashProperty());
        payAmount.textProperty().bindBidirectional(vm.payAmountProperty());
        payMethod.getItems().setAll(org.shopsuite.desktop.ui.PaymentMethods.INVOICE);
        payMethod.setConverter(Cells.converter(p -> p == null ? "" : m.get("payment." + p.name())));
        payMethod.valueProperty().bindBidirectional(vm.payMethodProperty());
        payError.textProperty().bind(vm.payErrorProperty());
        pointsBalance.textProperty().bind(vm.points().textProperty());
        pointsBalance.visibleProperty().bind(vm.byPointsProperty());
        pointsBalance.managedProperty().bind(vm.byPointsProperty());
        redeemCoupon.disableProperty().bind(vm.canRedeemProperty().not());
        // Voiding and reissuing are the manager's: other roles do not see the buttons at all.
        invoiceAdmin.setVisible(vm.isManager());
        invoiceAdmin.setManaged(vm.isManager());
        voidInvoice.disableProperty().bind(vm.canVoidProperty().not());
        reissueInvoice.disableProperty().bind(vm.canReissueProperty().not());
        release.disableProperty().bind(vm.canReleaseProperty().not());
        edit.disableProperty().bind(vm.canEditProperty().not());
        estimate.disableProperty().bind(vm.selectedProperty().isNull());
        printMenu.setOnShowing(e -> enableDocuments(printInvoice, printWorkOrder, printClaimTicket));
        saveMenu.setOnShowing(e -> enableDocuments(saveInvoice, saveWorkOrder, saveClaimTicket));
        vm.jobProperty()
                .addListener((o, a, b) -> showReceipt(vm.selectedProperty().get()));
        org.shopsuite.desktop.ui.sublet.JobSublets.fill(subletBox, vm.sublets(), m);
        showReceipt(null);
        showInvoice(null);
        vm.search();
    }

    private void showReceipt(Receipt r) {
        if (r == null) {
            return;
        }
        title.setText(m.get("receipts.title", r.id(), r.carId(), r.customerName()));
        facts.setText(m.get("status." + r.status().name())
                + (r.jobStatus() == null
                        ? ""
                        : " / " + m.get("job." + r.jobStatus().name()))
                + "    " + m.date(r.requestDate()) + "    " + r.mechanicName() + "    " + hours(r)
                + (r.customerPhone() == null ? "" : "    " + r.customerPhone())
                + (r.promisedAt() == null
                        ? ""
                        : "\n"
                                + m.get(
                                        "receipts.promisedAt",
                                        m.date(r.promisedAt().atZone(zone).toLocalDate()) + " "
                                                + org.shopsuite.desktop.ui.receipt.PromisedTime.time(
                                                        r.promisedAt(), zone)))
                + (r.rejectionReason() == null
                        ? ""
                        : "\n"
                                + m.get(
                                        "SHOP_CLOSED".equals(r.rejectionReason())
                                                        || "MECHANIC_OFF".equals(r.rejectionReason())
                                                ? "receipts.rejected." + r.rejectionReason()
                                                : "receipts.rejected"))
                + (r.cancelReason() == null ? "" : "\n" + m.get("receipts.cancelReason", r.cancelReason()))
                + (r.releasedAt() == null
                        ? ""
                        : "\n"
                                + m.get(
                                        "receipts.releasedAt",
                                        m.date(r.releasedAt()
                                                .atZone(java.time.ZoneId.of(shopZone))
                                                .toLocalDate()))));
        requestText.setText(r.request());
        String notes = notes(r);
        jobNotes.setText(notes);
        jobNotes.setVisible(!notes.isEmpty());
        jobNotes.setManaged(!notes.isEmpty());
        cancel.setDisable(r.status() != ReceiptStatus.ACCEPTED);
    }

    /** The shown receipt's job, when it is loaded (it may still be the previous receipt's). */
    private org.shopsuite.model.Job jobOf(Receipt r) {
        org.shopsuite.model.Job j = vm.jobProperty().get();
        return r != null && j != null && j.receiptId() == r.id() ? j : null;
    }

    /** The hours worked once the job is finished (with the estimate), else the estimate. */
    private String hours(Receipt r) {
        org.shopsuite.model.Job j = jobOf(r);
        return j != null && j.laborHours() != null
                ? m.get("receipts.hoursWorked", m.hours(j.laborHours()), m.hours(r.estimatedHours()))
                : m.get("receipts.hoursEstimated", m.hours(r.estimatedHours()));
    }

    /** The mechanic's notes on the job, or "" when there are none. */
    private String notes(Receipt r) {
        org.shopsuite.model.Job j = jobOf(r);
        return j == null || j.notes() == null || j.notes().isBlank() ? "" : m.get("receipts.notes", j.notes());
    }

    private void showInvoice(Invoice inv) {
        invoiceBox.setVisible(inv != null);
        invoiceBox.setManaged(inv != null);
        totals.getChildren().clear();
        if (inv == null) {
            lines.getItems().clear();
            payments.getItems().clear();
            return;
        }
        String cur = inv.currency();
        invoiceTitle.setText(m.get(
                "invoice.title", inv.number(), m.get("invoice." + inv.status().name())));
        Cells.text(lineUnitCol, l -> m.money(l.unitPrice(), cur));
        Cells.text(lineAmountCol, l -> m.money(l.amount(), cur));
        lines.getItems().setAll(inv.lines());
        row(0, m.get("invoice.subtotal"), m.money(inv.subtotal(), cur));
        row(1, m.get("invoice.tax"), m.money(inv.tax(), cur));
        row(2, m.get("invoice.total"), m.money(inv.total(), cur));
        row(3, m.get("invoice.paid"), m.money(inv.paid(), cur));
        row(4, m.get("invoice.balance"), m.money(inv.balance(), cur));
        payments.getItems().setAll(inv.payments());
        java.util.List<String> notes = new java.util.ArrayList<>();
        if (inv.status() == InvoiceStatus.VOID) {
            notes.add(m.get(
                    "invoice.voidNote",
                    inv.voidedAt() == null
                            ? ""
                            : m.date(inv.voidedAt().atZone(zone).toLocalDate()),
                    inv.voidReason() == null ? "" : inv.voidReason()));
        }
        if (vm.replacedNumberProperty().get() != null) {
            notes.add(m.get("invoice.replaces", vm.replacedNumberProperty().get()));
        }
        invoiceNote.setText(String.join("\n", notes));
        invoiceNote.setVisible(!notes.isEmpty());
        invoiceNote.setManaged(!notes.isEmpty());
        boolean open = inv.balance() > 0 && inv.status() != InvoiceStatus.VOID;
        pay.setDisable(!open);
        payAmount.setDisable(!open);
        amountReceived.setDisable(!open);
    }

    /**
     * Under "Job finished": the hours worked and the mechanic's notes, from the event, or from the job
     * when the event does not carry them.
     */
    private String finished(Event e) {
        if (e.type() != org.shopsuite.model.EventType.JobFinished) {
            return "";
        }
        org.shopsuite.model.Job j = jobOf(vm.selectedProperty().get());
        java.math.BigDecimal hours = null;
        String notes = null;
        if (e.data() instanceof org.shopsuite.model.event.JobFinished f) {
            hours = f.laborHours();
            notes = f.notes();
        }
        if (j != null && (e.jobId() == null || e.jobId() == j.id())) {
            hours = hours == null ? j.laborHours() : hours;
            notes = notes == null || notes.isBlank() ? j.notes() : notes;
        }
        String out = hours == null ? "" : "   " + m.get("receipts.worked", m.hours(hours));
        return notes == null || notes.isBlank() ? out : out + "\n      " + m.get("receipts.notes", notes);
    }

    private void row(int i, String label, String value) {
        Label l = new Label(label);
        Label v = new Label(value);
        v.setId("invoice-total-" + i);
        if (i == 2 || i == 4) {
            l.setStyle("-fx-font-weight: bold;");
            v.setStyle("-fx-font-weight: bold;");
        }
        totals.addRow(i, l, v);
    }

    @FXML
    private void search() {
        vm.search();
    }

    @FXML
    private void loadMore() {
        vm.loadMore();
    }

    @FXML
    private void redeemCoupon() {
        RedeemCouponViewModel form = vm.redeemForm();
        if (form != null) {
            InvoiceDialogs.redeemDialog(table.getScene().getWindow(), form, m, vm::redeemed)
                    .show();
        }
    }

    @FXML
    private void pay() {
        ReceiptsViewModel.PaymentConfirmation c = vm.confirmPayment();
        if (c != null) {
            InvoiceDialogs.payDialog(table.getScene().getWindow(), c, m, vm::pay)
                    .show();
        }
    }

    @FXML
    private void release() {
        String question = vm.releaseConfirmation();
        if (question == null) {
            return;
        }
        Alert sure = org.shopsuite.desktop.ui.Confirm.ask(
                table.getScene().getWindow(),
                "release-confirm",
                m.get("receipts.release.title"),
                question,
                m.get("receipts.release.title"),
                m.get("receipts.release.keep"),
                false,
                vm::release);
        sure.show();
    }

    @FXML
    private void cancel() {
        CancelReceiptViewModel form = vm.cancelForm();
        if (form != null) {
            InvoiceDialogs.cancelReceiptDialog(table.getScene().getWindow(), form, m, vm::cancelled)
                    .show();
        }
    }

    @FXML
    private void voidPayment() {
        VoidPaymentViewModel form = vm.voidPaymentForm();
        if (form != null) {
            InvoiceDialogs.voidPaymentDialog(table.getScene().getWindow(), form, m, vm::corrected)
                    .show();
        }
    }

    @FXML
    private void refund() {
        RefundViewModel form = vm.refundForm();
        if (form != null) {
            InvoiceDialogs.refundDialog(table.getScene().getWindow(), form, m, vm::corrected)
                    .show();
        }
    }

    @FXML
    private void voidInvoice() {
        VoidInvoiceViewModel form = vm.voidForm();
        if (form != null) {
            InvoiceDialogs.voidDialog(table.getScene().getWindow(), form, m, vm::voided)
                    .show();
        }
    }

    @FXML
    private void reissueInvoice() {
        ReissueInvoiceViewModel form = vm.reissueForm();
        if (form != null) {
            InvoiceDialogs.reissueDialog(table.getScene().getWindow(), form, m, vm::reissued)
                    .show();
        }
    }

    @FXML
    private void print() {
        printDocument(ReceiptDocument.INVOICE);
    }

    @FXML
    private void savePdf() {
        saveDocument(ReceiptDocument.INVOICE);
    }

    @FXML
    private void printInvoice() {
        printDocument(ReceiptDocument.INVOICE);
    }

    @FXML
    private void printWorkOrder() {
        printDocument(ReceiptDocument.WORK_ORDER);
    }

    @FXML
    private void printClaimTicket() {
        printDocument(ReceiptDocument.CLAIM_TICKET);
    }

    @FXML
    private void saveInvoice() {
        saveDocument(ReceiptDocument.INVOICE);
    }

    @FXML
    private void saveWorkOrder() {
        saveDocument(ReceiptDocument.WORK_ORDER);
    }

    @FXML
    private void saveClaimTicket() {
        saveDocument(ReceiptDocument.CLAIM_TICKET);
    }

    @FXML
    private void edit() {
        EditReceiptViewModel form = vm.editForm();
        if (form != null) {
            EditReceiptDialog.open(table.getScene().getWindow(), form, m, vm::edited)
                    .show();
        }
    }

    /** The receipt's estimate editor (its latest version); the receipt is shown again once it closes. */
    @FXML
    private void estimate() {
        org.shopsuite.desktop.ui.estimates.EstimateEditorViewModel editor = vm.estimateEditor();
        if (editor != null) {
            org.shopsuite.desktop.ui.estimates.EstimateEditor.open(
                            table.getScene().getWindow(), editor, m, vm::reconnected)
                    .show();
        }
    }

    private void enableDocuments(javafx.scene.control.MenuItem... items) {
        ReceiptDocument[] docs = ReceiptDocument.values();
        for (int i = 0; i < items.length; i++) {
            items[i].setDisable(!vm.hasDocument(docs[i]));
        }
    }

    /** Prints the document the server renders (never the screen), in the user's language. */
    private void printDocument(ReceiptDocument d) {
        if (!vm.hasDocument(d)) {
            return;
        }
        vm.fetchDocument(d, fetched -> {
            Printing.Result result;
            try {
                result = Printing.print(table.getScene().getWindow(), fetched.pdf(), fetched.name(), m.locale());
            } catch (RuntimeException e) {
                vm.printFailed(m.get("receipts.printFailed", m.get(d.key()).toLowerCase(m.locale())));
                return;
            }
            switch (result) {
                case NO_PRINTER -> vm.printFailed(m.get("receipts.noPrinter"));
                case FAILED ->
                    vm.printFailed(m.get("receipts.printFailed", m.get(d.key()).toLowerCase(m.locale())));
                case PRINTED, CANCELLED -> {}
            }
        });
    }

    /** Saves the document's PDF where the user chooses, starting in their Documents folder. */
    private void saveDocument(ReceiptDocument d) {
        if (!vm.hasDocument(d)) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("receipts.saveTitle", m.get(d.key()).toLowerCase(m.locale())));
        chooser.setInitialDirectory(Printing.documentsFolder());
        chooser.setInitialFileName(vm.fileName(d));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file != null) {
            vm.savePdf(d, file.toPath());
        }
    }
}
