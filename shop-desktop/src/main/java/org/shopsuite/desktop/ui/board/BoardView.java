package org.shopsuite.desktop.ui.board;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.ReceiptStatus;
import org.shopsuite.model.StatusPageRow;

/** The status board: a live table of the day's cars, coloured by state. */
public final class BoardView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final java.util.Map<String, PseudoClass> STATES = java.util.Map.of(
            "waiting", PseudoClass.getPseudoClass("state-waiting"),
            "in-progress", PseudoClass.getPseudoClass("state-in-progress"),
            "completed", PseudoClass.getPseudoClass("state-completed"),
            "released", PseudoClass.getPseudoClass("state-released"),
            "rejected", PseudoClass.getPseudoClass("state-rejected"),
            "cancelled", PseudoClass.getPseudoClass("state-cancelled"));

    private final BoardViewModel vm;
    private final Session session;

    private java.util.List<TableColumn<StatusPageRow, ?>> sortedBy = java.util.List.of();
    private boolean showingRows;

    @FXML
    private DatePicker date;

    @FXML
    private ComboBox<ReceiptStatus> status;

    @FXML
    private TextField filter;

    @FXML
    private Label count;

    @FXML
    private ProgressIndicator busy;

    @FXML
    private Label error;

    @FXML
    private TableView<StatusPageRow> table;

    @FXML
    private TableColumn<StatusPageRow, String> receiptCol;

    @FXML
    private TableColumn<StatusPageRow, String> carCol;

    @FXML
    private TableColumn<StatusPageRow, String> customerCol;

    @FXML
    private TableColumn<StatusPageRow, String> mechanicCol;

    @FXML
    private TableColumn<StatusPageRow, String> receiptStatusCol;

    @FXML
    private TableColumn<StatusPageRow, String> jobStatusCol;

    @FXML
    private TableColumn<StatusPageRow, String> comebackCol;

    @FXML
    private TableColumn<StatusPageRow, String> invoiceCol;

    @FXML
    private TableColumn<StatusPageRow, String> updatedCol;

    public BoardView(BoardViewModel vm, Session session) {
        this.vm = vm;
        this.session = session;
    }

    @FXML
    private void initialize() {
        var m = session.messages();
        Cells.localDates(date, m);
        date.valueProperty().bindBidirectional(vm.dateProperty());
        status.getItems().add(null);
        status.getItems().addAll(ReceiptStatus.values());
        status.setConverter(Cells.converter(s -> s == null ? m.get("status.all") : m.get("status." + s.name())));
        status.valueProperty().bindBidirectional(vm.statusProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        error.textProperty().bind(vm.errorProperty());
        filter.textProperty().bindBidirectional(vm.filterProperty());
        // A day can hold 100,000 rows: one row height, so scrolling never measures rows. Set here,
        // not in CSS, so that the very first layout already uses it.
        table.setFixedCellSize(30);
        // A new list of rows (a new order or filter) makes a table forget its sort order, and with it
        // the arrow in the header: it is put back at once, without sorting again.
        table.setItems(vm.rowsProperty().get());
        // an invalidation listener: a new list equal to the old one (same rows) is still a new list
        vm.rowsProperty().addListener((javafx.beans.Observable o) -> {
            showingRows = true;
            try {
                table.setItems(vm.rowsProperty().get());
                table.getSortOrder().setAll(sortedBy);
            } finally {
                showingRows = false;
            }
        });
        table.setSortPolicy(t -> {
            if (!showingRows) {
                sortedBy = java.util.List.copyOf(t.getSortOrder());
                vm.sortBy(t.getComparator());
            }
            return true;
        });
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> m.get("board.count", vm.shownCountProperty().get(), vm.total()),
                        vm.shownCountProperty(),
                        vm.totalProperty()));
        Cells.text(receiptCol, r -> Long.toString(r.receiptId()));
        Cells.text(carCol, StatusPageRow::carId);
        Cells.text(customerCol, StatusPageRow::customerName);
        Cells.text(mechanicCol, StatusPageRow::mechanicName);
        // A car handed back is done with: the board says so instead of "Completed".
        Cells.text(
                receiptStatusCol,
                r -> r.releasedAt() != null
                        ? m.get("board.released")
                        : m.get("status." + r.receiptStatus().name()));
        Cells.text(
                jobStatusCol,
                r -> r.jobStatus() == null ? "" : m.get("job." + r.jobStatus().name()));
        // a comeback of this visit, or the one it re-repairs, and where it stands (issue 20)
        Cells.text(
                comebackCol,
                r -> r.warrantyStatus() == null
                        ? ""
                        : m.get("board.comeback." + r.warrantyStatus().name()));
        Cells.text(
                invoiceCol,
                r -> r.invoiceTotal() == null
                        ? ""
                        : m.money(r.invoiceTotal(), session.shop().currency()));
        ZoneId zone = ZoneId.of(session.shop().timezone());
        Cells.text(updatedCol, r -> TIME.format(r.updatedAt().atZone(zone)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StatusPageRow row, boolean empty) {
                super.updateItem(row, empty);
                PseudoClass state = empty || row == null ? null : STATES.get(stateOf(row));
                for (PseudoClass p : STATES.values()) {
                    pseudoClassStateChanged(p, p == state);
                }
            }
        });
    }

    static String stateOf(StatusPageRow r) {
        return switch (r.receiptStatus()) {
            case REJECTED -> "rejected";
            case CANCELLED -> "cancelled";
            case COMPLETED -> r.releasedAt() != null ? "released" : "completed";
            case ACCEPTED -> r.jobStatus() == JobStatus.IN_PROGRESS ? "in-progress" : "waiting";
        };
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }
}
