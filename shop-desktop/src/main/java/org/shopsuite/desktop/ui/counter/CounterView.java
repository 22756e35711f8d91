package org.shopsuite.desktop.ui.counter;

import java.io.File;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.util.converter.IntegerStringConverter;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Keys;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.print.Printing;
import org.shopsuite.model.CounterSale;
import org.shopsuite.model.CounterSaleStatus;
import org.shopsuite.model.Customer;
import org.shopsuite.model.PaymentMethod;
import org.shopsuite.model.VehiclePart;

/**
 * The parts counter: the quick sale (scan, pick, take payment, hand over, print the slip) beside the
 * day's sales (hand over, cancel or return the one selected, print its slip).
 */
public final class CounterView {
    private final SaleViewModel vm;
    private final SalesViewModel sales;
    private final Messages m;

    @FXML
    private BorderPane salePane;

    @FXML
    private Label scanLabel;

    @FXML
    private TextField scan;

    @FXML
    private Label scanError;

    @FXML
    private ListView<VehiclePart> matches;

    @FXML
    private TableView<SaleLine> lines;

    @FXML
    private TableColumn<SaleLine, String> partCol;

    @FXML
    private TableColumn<SaleLine, Integer> quantityCol;

    @FXML
    private TableColumn<SaleLine, String> unitPriceCol;

    @FXML
    private TableColumn<SaleLine, String> amountCol;

    @FXML
    private TableColumn<SaleLine, String> availableCol;

    @FXML
    private Label linesError;

    @FXML
    private Label subtotal;

    @FXML
    private Label taxLabel;

    @FXML
    private Label tax;

    @FXML
    private Label total;

    @FXML
    private Label customerLabel;

    @FXML
    private TextField customerQuery;

    @FXML
    private ComboBox<Customer> customer;

    @FXML
    private Label customerError;

    @FXML
    private Label methodLabel;

    @FXML
    private ComboBox<PaymentMethod> method;

    @FXML
    private Label receivedLabel;

    @FXML
    private TextField received;

    @FXML
    private Label amountError;

    @FXML
    private Label change;

    @FXML
    private Button pay;

    @FXML
    private Button handOver;

    @FXML
    private MenuButton print;

    @FXML
    private Button newSale;

    @FXML
    private Label saleMessage;

    @FXML
    private Label saleError;

    @FXML
    private Label dateLabel;

    @FXML
    private DatePicker date;

    @FXML
    private Label statusLabel;

    @FXML
    private ComboBox<CounterSaleStatus> status;

    @FXML
    private TableView<CounterSale> salesTable;

    @FXML
    private TableColumn<CounterSale, String> noCol;

    @FXML
    private TableColumn<CounterSale, String> timeCol;

    @FXML
    private TableColumn<CounterSale, String> partsCol;

    @FXML
    private TableColumn<CounterSale, String> totalCol;

    @FXML
    private TableColumn<CounterSale, String> methodCol;

    @FXML
    private TableColumn<CounterSale, String> statusCol;

    @FXML
    private TableColumn<CounterSale, String> soldByCol;

    @FXML
    private Button salesHandOver;

    @FXML
    private Button salesCancel;

    @FXML
    private Button salesReturn;

    @FXML
    private MenuButton salesPrint;

    @FXML
    private Label salesMessage;

    @FXML
    private Label salesError;

    public CounterView(SaleViewModel vm, SalesViewModel sales, Messages m) {
        this.vm = vm;
        this.sales = sales;
        this.m = m;
    }

    @FXML
    private void initialize() {
        quickSale();
        dashboard();
        sales.onChange(vm::changed);
    }

    private void quickSale() {
        scanLabel.setLabelFor(scan);
        methodLabel.setLabelFor(method);
        receivedLabel.setLabelFor(received);
        scan.textProperty().bindBidirectional(vm.scanProperty());
        scan.disableProperty().bind(vm.editingProperty().not());
        scanError.textProperty().bind(vm.scanErrorProperty());
        vm.scanErrorProperty().addListener((o, a, b) -> {
            scan.getStyleClass().remove("scan-unknown");
            if (!b.isEmpty()) {
                scan.getStyleClass().add("scan-unknown");
            }
        });
        vm.unknownScansProperty().addListener((o, a, b) -> beep());

        matches.setItems(vm.matches());
        matches.visibleProperty().bind(Bindings.isNotEmpty(vm.matches()));
        matches.managedProperty().bind(matches.visibleProperty());
        matches.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(VehiclePart p, boolean empty) {
                super.updateItem(p, empty);
                setText(
                        empty || p == null
                                ? null
                                : m.get(
                                        "counter.match",
                                        p.partId(),
                                        p.partName(),
                                        vm.money(p.partPrice()),
                                        Math.max(0, p.available())));
            }
        });
        vm.offersProperty().addListener((o, a, b) -> {
            matches.requestFocus();
            matches.getSelectionModel().selectFirst();
        });
        scan.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.matches().isEmpty()) {
                e.consume();
                matches.requestFocus();
                matches.getSelectionModel().selectFirst();
            }
        });
        matches.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                vm.pick(matches.getSelectionModel().getSelectedItem());
                scan.requestFocus();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                scan.requestFocus();
            }
        });
        matches.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.pick(matches.getSelectionModel().getSelectedItem());
                scan.requestFocus();
            }
        });

        lines.setItems(vm.lines());
        lines.editableProperty().bind(vm.editingProperty());
        Cells.text(partCol, l -> l.part().partId() + "  " + l.part().partName());
        quantityCol.setCellValueFactory(c -> c.getValue().quantityProperty().asObject());
        quantityCol.setCellFactory(TextFieldTableCell.forTableColumn(new IntegerStringConverter() {
            @Override
            public Integer fromString(String s) {
                try {
                    return super.fromString(s == null ? null : s.strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }));
        quantityCol.setOnEditCommit(e -> {
            SaleLine line = e.getRowValue();
            if (e.getNewValue() == null || !vm.setQuantity(line, e.getNewValue())) {
                lines.refresh(); // the refused number does not stay in the cell
            }
        });
        unitPriceCol.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> vm.money(c.getValue().part().partPrice()), c.getValue().partProperty()));
        amountCol.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> vm.money(c.getValue().amount()),
                c.getValue().quantityProperty(),
                c.getValue().partProperty()));
        availableCol.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> Integer.toString(Math.max(0, c.getValue().part().available())),
                c.getValue().partProperty()));
        lines.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && lines.getEditingCell() == null) {
                SaleLine l = lines.getSelectionModel().getSelectedItem();
                if (l != null) {
                    e.consume();
                    vm.remove(l);
                }
            }
        });

        subtotal.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.money(vm.subtotalProperty().get()), vm.subtotalProperty()));
        taxLabel.setText(m.get("counter.tax", vm.taxRateText()));
        tax.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.money(vm.taxProperty().get()), vm.taxProperty()));
        total.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.money(vm.totalProperty().get()), vm.totalProperty()));

        customerLabel.setLabelFor(customerQuery);
        customerQuery.textProperty().bindBidirectional(vm.customerQueryProperty());
        customerQuery.disableProperty().bind(vm.editingProperty().not());
        customer.setItems(vm.customers());
        customer.setConverter(Cells.converter(vm::customerText));
        customer.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Customer c, boolean empty) {
                super.updateItem(c, empty);
                setText(vm.customerText(empty ? null : c));
            }
        });
        customer.valueProperty().bindBidirectional(vm.customerProperty());
        customer.disableProperty().bind(vm.editingProperty().not());
        vm.customerOffersProperty().addListener((o, a, b) -> {
            customer.requestFocus();
            customer.show();
        });

        method.getItems().setAll(org.shopsuite.desktop.ui.PaymentMethods.MONEY);
        method.setConverter(Cells.converter(vm::methodName));
        method.valueProperty().bindBidirectional(vm.methodProperty());
        method.disableProperty().bind(vm.editingProperty().not());
        received.textProperty().bindBidirectional(vm.receivedProperty());
        received.disableProperty().bind(vm.editingProperty().not());
        change.textProperty().bind(vm.changeTextProperty());
        ErrorLabels.bind(
                vm.fieldErrors(), Map.of("amount", amountError, "lines", linesError, "customer", customerError));

        pay.disableProperty().bind(vm.editingProperty().not().or(vm.busyProperty()));
        handOver.disableProperty().bind(vm.canHandOverProperty().not().or(vm.busyProperty()));
        print.disableProperty().bind(vm.saleProperty().isNull());
        saleMessage.textProperty().bind(vm.messageProperty());
        saleError.textProperty().bind(vm.errorProperty());
        Keys.ctrlEnterSubmits(salePane, vm::pay);
        // the keyboard follows the sale: paid -> "Hand over", handed over -> "New sale"
        vm.saleProperty().addListener((o, a, b) -> {
            if (b != null) {
                (b.status() == CounterSaleStatus.PAID ? handOver : newSale).requestFocus();
            }
        });
    }

    private void dashboard() {
        dateLabel.setLabelFor(date);
        statusLabel.setLabelFor(status);
        Cells.localDates(date, m);
        date.valueProperty().bindBidirectional(sales.dateProperty());
        status.getItems().add(null);
        status.getItems().addAll(CounterSaleStatus.values());
        status.setConverter(Cells.converter(sales::statusName));
        status.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(CounterSaleStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(sales.statusName(s));
            }
        });
        status.valueProperty().bindBidirectional(sales.statusProperty());

        salesTable.setItems(sales.sales());
        Cells.text(noCol, s -> Long.toString(s.id()));
        Cells.text(timeCol, sales::time);
        Cells.text(partsCol, sales::parts);
        Cells.text(totalCol, sales::total);
        Cells.text(methodCol, sales::method);
        Cells.text(statusCol, sales::status);
        Cells.text(soldByCol, CounterSale::soldBy);
        salesTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!java.util.Objects.equals(b, sales.selectedProperty().get())) {
                sales.selectedProperty().set(b);
            }
        });
        sales.selectedProperty().addListener((o, a, b) -> {
            if (!java.util.Objects.equals(salesTable.getSelectionModel().getSelectedItem(), b)) {
                salesTable.getSelectionModel().select(b);
            }
        });
        salesHandOver.disableProperty().bind(sales.canHandOverProperty().not());
        salesCancel.disableProperty().bind(sales.canCancelProperty().not());
        salesReturn.disableProperty().bind(sales.canReturnProperty().not());
        salesPrint.disableProperty().bind(sales.hasSelectionProperty().not());
        salesMessage.textProperty().bind(sales.messageProperty());
        salesError.textProperty().bind(sales.errorProperty());
    }

    /** A refused scan is heard as well as seen (the clerk may be looking at the part, not the screen). */
    private static void beep() {
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            return; // no sound here (a headless test run): the red text beside the field says it
        }
        try {
            java.awt.Toolkit.getDefaultToolkit().beep();
        } catch (RuntimeException e) {
            // no sound on this computer: the red text beside the field says it
        }
    }

    @FXML
    private void scan() {
        vm.scan();
    }

    @FXML
    private void findCustomers() {
        vm.findCustomers();
    }

    @FXML
    private void pay() {
        vm.pay();
    }

    @FXML
    private void handOver() {
        vm.handOver();
    }

    @FXML
    private void newSale() {
        vm.newSale();
        scan.requestFocus();
    }

    @FXML
    private void printSlip() {
        vm.fetchSlip(pdf -> printPdf(pdf, vm::printFailed));
    }

    @FXML
    private void saveSlip() {
        CounterSale s = vm.saleProperty().get();
        if (s != null) {
            File file = chooseFile(m.get("counter.slip.file", Long.toString(s.id())) + ".pdf");
            if (file != null) {
                vm.saveSlip(file.toPath());
            }
        }
    }

    @FXML
    private void handOverSelected() {
        sales.handOver();
    }

    @FXML
    private void cancelSelected() {
        reasonDialog();
    }

    @FXML
    private void returnSelected() {
        reasonDialog();
    }

    private void reasonDialog() {
        CancelSaleViewModel form = sales.cancelForm();
        if (form != null) {
            CounterDialogs.cancelSaleDialog(salesTable.getScene().getWindow(), form, m, sales::cancelled)
                    .show();
        }
    }

    @FXML
    private void printSelected() {
        sales.fetchSlip(pdf -> printPdf(pdf, sales::printFailed));
    }

    @FXML
    private void saveSelected() {
        if (sales.selectedProperty().get() != null) {
            File file = chooseFile(sales.slipFileName());
            if (file != null) {
                sales.saveSlip(file.toPath());
            }
        }
    }

    /** Prints the slip the server renders (never the screen), the print dialog in the user's language. */
    private void printPdf(byte[] pdf, Consumer<String> failed) {
        Printing.Result result;
        try {
            result = Printing.print(salePane.getScene().getWindow(), pdf, m.get("counter.slip"), m.locale());
        } catch (RuntimeException e) {
            failed.accept(m.get("counter.printFailed"));
            return;
        }
        switch (result) {
            case NO_PRINTER -> failed.accept(m.get("receipts.noPrinter"));
            case FAILED -> failed.accept(m.get("counter.printFailed"));
            case PRINTED, CANCELLED -> {}
        }
    }

    private File chooseFile(String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("counter.saveTitle"));
        chooser.setInitialDirectory(Printing.documentsFolder());
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        return chooser.showSaveDialog(salePane.getScene().getWindow());
    }

    /** Puts the cursor in the scan field, ready for the scanner. */
    public void focus() {
        scan.requestFocus();
    }
}
