package org.shopsuite.desktop.ui.receipts;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.Layouts;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
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
                                        + m.get("event." + e.type().name()) + "   (" + e.actor() + ")");
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> showReceipt(b));
        Cells.text(lineDescCol, m::invoiceLine);
        Cells.text(lineQtyCol, l -> l.quantity().stripTrailingZeros().toPlainString());
        lines.setPlaceholder(new Label(""));
        Layouts.fitRows(lines, 12);
        vm.invoiceProperty().addListener((o, a, b) -> showInvoice(b));
        payments.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Payment p, boolean empty) {
                super.updateItem(p, empty);
                setText(
                        empty || p == null
                                ? null
                                : TIME.format(p.receivedAt().atZone(zone)) + "   "
                                        + (p.amount() < 0
                                                ? m.get(
                                                        "payment.refund",
                                                        m.get("payment."
                                                                + p.method().name()))
                                                : m.get("payment." + p.method().name()))
                                        + "   "
                                        + m.money(
                                                p.amount(),
                                                vm.invoiceProperty().get().currency())
                                        + "   (" + p.receivedBy() + ")");
            }
        });
        payAmount.textProperty().bindBidirectional(vm.payAmountProperty());
        payMethod.getItems().setAll(PaymentMethod.values());
        payMethod.setConverter(Cells.converter(p -> p == null ? "" : m.get("payment." + p.name())));
        payMethod.valueProperty().bindBidirectional(vm.payMethodProperty());
        payError.textProperty().bind(vm.payErrorProperty());
        // Voiding and reissuing are the manager's: other roles do not see the buttons at all.
        invoiceAdmin.setVisible(vm.isManager());
        invoiceAdmin.setManaged(vm.isManager());
        voidInvoice.disableProperty().bind(vm.canVoidProperty().not());
        reissueInvoice.disableProperty().bind(vm.canReissueProperty().not());
        release.disableProperty().bind(vm.canReleaseProperty().not());
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
                + "    " + m.date(r.requestDate()) + "    " + r.mechanicName() + "    " + m.hours(r.estimatedHours())
                + (r.customerPhone() == null ? "" : "    " + r.customerPhone())
                + (r.rejectionReason() == null ? "" : "\n" + m.get("receipts.rejected"))
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
        cancel.setDisable(r.status() != ReceiptStatus.ACCEPTED);
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
        ButtonType yes =
                new ButtonType(m.get("receipts.release.title"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(m.get("common.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert sure = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        sure.initOwner(table.getScene().getWindow());
        sure.setTitle(m.get("receipts.release.title"));
        sure.setHeaderText(null);
        sure.getDialogPane().setId("release-confirm");
        sure.getDialogPane().lookupButton(yes).setId("release-confirm-yes");
        sure.resultProperty().addListener((o, a, b) -> {
            if (b == yes) {
                vm.release();
            }
        });
        sure.show();
    }

    @FXML
    private void cancel() {
        Receipt r = vm.selectedProperty().get();
        if (r == null) {
            return;
        }
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(table.getScene().getWindow());
        ask.setTitle(m.get("receipts.cancel"));
        ask.setHeaderText(m.get("receipts.cancel.confirm", r.id(), r.customerName(), r.carId()));
        ask.setContentText(m.get("receipts.cancel.reason"));
        ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(reason -> {
            Alert sure = new Alert(
                    Alert.AlertType.CONFIRMATION, m.get("receipts.cancel.sure"), ButtonType.YES, ButtonType.NO);
            sure.initOwner(table.getScene().getWindow());
            sure.setHeaderText(null);
            sure.showAndWait().filter(b -> b == ButtonType.YES).ifPresent(b -> vm.cancel(reason));
        });
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
        Invoice inv = vm.invoiceProperty().get();
        PrinterJob job = PrinterJob.createPrinterJob();
        if (inv == null || job == null) {
            vm.errorProperty().set(m.get("receipts.noPrinter"));
            return;
        }
        if (job.showPrintDialog(table.getScene().getWindow())) {
            if (job.printPage(detail)) {
                job.endJob();
            }
        }
    }

    @FXML
    private void savePdf() {
        Invoice inv = vm.invoiceProperty().get();
        if (inv == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(inv.number() + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file != null) {
            vm.savePdf(file.toPath());
        }
    }
}
