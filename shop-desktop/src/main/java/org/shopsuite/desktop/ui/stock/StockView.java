package org.shopsuite.desktop.ui.stock;

import java.io.File;
import java.util.function.ToLongFunction;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.Confirm;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.print.Printing;
import org.shopsuite.model.PartReconciliation;
import org.shopsuite.model.StockCountLine;

/**
 * The manager's stock screen: a count by scanner (differences red when short, amber when over) and
 * the reconciliation of bought, used, billed and sold (its differences highlighted).
 */
public final class StockView {
    /** A column of units is no wider than this: the room left goes to the part's name. */
    private static final double NUMBER_WIDTH = 104;

    private final StockCountViewModel count;
    private final ReconciliationViewModel reconVm;
    private final Session session;
    private final Messages m;

    @FXML
    private TabPane inner;

    @FXML
    private Tab reconTab;

    @FXML
    private TextField countParts;

    @FXML
    private CheckBox countLowStock;

    @FXML
    private Button start;

    @FXML
    private Label countTitle;

    @FXML
    private TextField scan;

    @FXML
    private TextField quantity;

    @FXML
    private Button add;

    @FXML
    private Button post;

    @FXML
    private Label unknown;

    @FXML
    private Label countMessage;

    @FXML
    private Label countError;

    @FXML
    private TableView<StockCountLine> sheet;

    @FXML
    private TableColumn<StockCountLine, String> partNoCol;

    @FXML
    private TableColumn<StockCountLine, String> partNameCol;

    @FXML
    private TableColumn<StockCountLine, String> expectedCol;

    @FXML
    private TableColumn<StockCountLine, String> countedCol;

    @FXML
    private TableColumn<StockCountLine, String> scansCol;

    @FXML
    private TableColumn<StockCountLine, String> differenceCol;

    @FXML
    private Label totals;

    @FXML
    private DatePicker from;

    @FXML
    private DatePicker to;

    @FXML
    private CheckBox onlyDifferences;

    @FXML
    private Label reconSummary;

    @FXML
    private Label reconMessage;

    @FXML
    private Label reconError;

    @FXML
    private TableView<PartReconciliation> recon;

    @FXML
    private TableColumn<PartReconciliation, String> rNameCol;

    @FXML
    private TableColumn<PartReconciliation, String> receivedCol;

    @FXML
    private TableColumn<PartReconciliation, String> issuedCol;

    @FXML
    private TableColumn<PartReconciliation, String> returnedCol;

    @FXML
    private TableColumn<PartReconciliation, String> billedCol;

    @FXML
    private TableColumn<PartReconciliation, String> soldCol;

    @FXML
    private TableColumn<PartReconciliation, String> saleReturnsCol;

    @FXML
    private TableColumn<PartReconciliation, String> toVendorCol;

    @FXML
    private TableColumn<PartReconciliation, String> adjustedCol;

    @FXML
    private TableColumn<PartReconciliation, String> rCountedCol;

    @FXML
    private TableColumn<PartReconciliation, String> onHandCol;

    @FXML
    private TableColumn<PartReconciliation, String> notBilledCol;

    @FXML
    private TableColumn<PartReconciliation, String> noInvoiceCol;

    @FXML
    private TableColumn<PartReconciliation, String> creditCol;

    public StockView(StockCountViewModel count, ReconciliationViewModel recon, Session session) {
        this.count = count;
        this.reconVm = recon;
        this.session = session;
        this.m = session.messages();
    }

    @FXML
    private void initialize() {
        initCount();
        initRecon();
        count.reopen();
        // the report is asked for when first shown, not with every manager's login
        inner.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == reconTab && reconVm.rows().isEmpty()) {
                reconVm.load();
            }
        });
    }

    private void initCount() {
        countParts.textProperty().bindBidirectional(count.partQueryProperty());
        countLowStock.selectedProperty().bindBidirectional(count.lowStockOnlyProperty());
        scan.textProperty().bindBidirectional(count.scanProperty());
        quantity.textProperty().bindBidirectional(count.quantityProperty());
        countTitle.textProperty().bind(count.titleProperty());
        countMessage.textProperty().bind(count.messageProperty());
        countError.textProperty().bind(count.errorProperty());
        totals.textProperty().bind(count.totalsProperty());
        // a posted sheet is read-only: nothing to scan, nothing to post
        scan.disableProperty().bind(count.openProperty().not());
        quantity.disableProperty().bind(count.openProperty().not());
        add.disableProperty().bind(count.openProperty().not());
        post.disableProperty().bind(count.openProperty().not().or(count.busyProperty()));
        start.disableProperty().bind(count.busyProperty());
        // a sheet started (here or elsewhere): the cursor goes where the scanner types
        count.sheetProperty().addListener((o, a, b) -> {
            if (b != null
                    && (a == null || a.id() != b.id())
                    && count.openProperty().get()) {
                scan.requestFocus();
            }
        });
        unknown.visibleProperty().bind(count.unknownProperty());
        unknown.managedProperty().bind(count.unknownProperty());
        unknown.textProperty().bind(count.errorProperty());
        countError
                .visibleProperty()
                .bind(count.unknownProperty().not().and(count.errorProperty().isNotEmpty()));
        countError.managedProperty().bind(countError.visibleProperty());
        countMessage.visibleProperty().bind(count.messageProperty().isNotEmpty());
        countMessage.managedProperty().bind(countMessage.visibleProperty());
        count.unknownProperty().addListener((o, a, b) -> {
            scan.getStyleClass().remove("scan-unknown");
            if (b) {
                scan.getStyleClass().add("scan-unknown");
                beep();
            }
        });
        sheet.setItems(count.lines());
        sheet.setPlaceholder(new Label(m.get("count.empty")));
        Cells.text(partNoCol, StockCountLine::partId);
        Cells.text(partNameCol, StockCountLine::partName);
        Cells.text(expectedCol, l -> Integer.toString(l.expected()));
        Cells.text(countedCol, l -> Integer.toString(l.counted()));
        Cells.text(scansCol, l -> Integer.toString(l.scans()));
        Cells.text(differenceCol, l -> StockCountViewModel.signed(l.difference()));
        sheet.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StockCountLine l, boolean empty) {
                super.updateItem(l, empty);
                getStyleClass().removeAll("count-short", "count-over", "count-unscanned");
                if (!empty && l != null && l.scans() == 0) {
                    // not counted yet (posting counts it as none: the confirmation says so)
                    getStyleClass().add("count-unscanned");
                } else if (!empty && l != null && l.difference() < 0) {
                    getStyleClass().add("count-short");
                } else if (!empty && l != null && l.difference() > 0) {
                    getStyleClass().add("count-over");
                }
            }
        });
    }

    private void initRecon() {
        Cells.localDates(from, m);
        Cells.localDates(to, m);
        from.valueProperty().bindBidirectional(reconVm.fromProperty());
        to.valueProperty().bindBidirectional(reconVm.toProperty());
        onlyDifferences.selectedProperty().bindBidirectional(reconVm.onlyDifferencesProperty());
        reconSummary.textProperty().bind(reconVm.summaryProperty());
        reconMessage.textProperty().bind(reconVm.messageProperty());
        reconError.textProperty().bind(reconVm.errorProperty());
        reconError.managedProperty().bind(reconVm.errorProperty().isNotEmpty());
        reconMessage.managedProperty().bind(reconVm.messageProperty().isNotEmpty());
        recon.setItems(reconVm.rows());
        recon.setPlaceholder(new Label(m.get("recon.empty")));
        Cells.text(rNameCol, r -> r.partId() + "  " + r.partName());
        units(receivedCol, PartReconciliation::received);
        units(issuedCol, PartReconciliation::issuedToJobs);
        units(returnedCol, PartReconciliation::returnedFromJobs);
        units(billedCol, PartReconciliation::billed);
        units(soldCol, PartReconciliation::soldOverCounter);
        units(saleReturnsCol, PartReconciliation::saleReturns);
        units(toVendorCol, PartReconciliation::returnedToVendor);
        units(adjustedCol, PartReconciliation::adjusted);
        units(rCountedCol, PartReconciliation::counted);
        units(onHandCol, PartReconciliation::onHand);
        difference(notBilledCol, PartReconciliation::issuedNotBilled, false);
        difference(noInvoiceCol, PartReconciliation::receivedWithoutVendorInvoice, false);
        difference(creditCol, PartReconciliation::creditOutstanding, true);
        recon.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PartReconciliation r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("recon-differs");
                if (!empty && r != null && ReconciliationViewModel.differs(r)) {
                    getStyleClass().add("recon-differs");
                }
            }
        });
    }

    private static void units(TableColumn<PartReconciliation, String> col, ToLongFunction<PartReconciliation> f) {
        Cells.text(col, r -> Long.toString(f.applyAsLong(r)));
        col.setMaxWidth(NUMBER_WIDTH); // the room left goes to the part's name
    }

    /** A difference column: a non-zero value is highlighted. */
    private void difference(
            TableColumn<PartReconciliation, String> col, ToLongFunction<PartReconciliation> f, boolean money) {
        String currency = session.shop().currency();
        Cells.text(col, r -> money ? m.money(f.applyAsLong(r), currency) : Long.toString(f.applyAsLong(r)));
        col.setMaxWidth(money ? NUMBER_WIDTH + 30 : NUMBER_WIDTH);
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove("recon-difference");
                PartReconciliation r =
                        empty || getTableRow() == null ? null : getTableRow().getItem();
                if (r != null && f.applyAsLong(r) != 0) {
                    getStyleClass().add("recon-difference");
                }
            }
        });
    }

    /** Red is not enough on a shop floor: the scanner's user hears that the code was not known. */
    private static void beep() {
        try {
            java.awt.Toolkit.getDefaultToolkit().beep();
        } catch (java.awt.AWTError | UnsupportedOperationException e) {
            // no sound device (a headless test, a terminal server): the red signal stays
        }
    }

    @FXML
    private void start() {
        if (count.hasOpenCounting()) {
            Confirm.ask(
                            start.getScene().getWindow(),
                            "count-start-confirm",
                            m.get("count.start.title"),
                            m.get("count.start.confirm"),
                            m.get("count.start.yes"),
                            m.get("count.start.no"),
                            false,
                            count::start)
                    .show();
            return;
        }
        count.start();
    }

    @FXML
    private void scan(javafx.event.ActionEvent e) {
        e.consume();
        count.scan();
        scan.requestFocus();
    }

    /** Asks first, saying how many parts change and by how much; then posts. */
    @FXML
    private void post() {
        String question = count.postConfirmation();
        if (question == null) {
            return;
        }
        Confirm.ask(
                        post.getScene().getWindow(),
                        "count-post-confirm",
                        m.get("count.post.title"),
                        question,
                        m.get("count.post.yes"),
                        m.get("count.post.no"),
                        false,
                        count::post)
                .show();
    }

    @FXML
    private void loadRecon() {
        reconVm.load();
    }

    @FXML
    private void saveCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("recon.saveTitle"));
        chooser.setInitialDirectory(Printing.documentsFolder());
        chooser.setInitialFileName(reconVm.fileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(recon.getScene().getWindow());
        if (file != null) {
            reconVm.saveCsv(file.toPath());
        }
    }
}
