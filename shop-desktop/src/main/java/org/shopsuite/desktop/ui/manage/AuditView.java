package org.shopsuite.desktop.ui.manage;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.Layouts;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.model.Event;

/** The manager's audit trail screen. */
public final class AuditView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditViewModel vm;
    private final Messages m;
    private final ZoneId zone;

    @FXML
    private ComboBox<String> entity;

    @FXML
    private TextField entityId;

    @FXML
    private DatePicker from;

    @FXML
    private DatePicker to;

    @FXML
    private TableView<Event> table;

    @FXML
    private TableColumn<Event, String> whenCol;

    @FXML
    private TableColumn<Event, String> actorCol;

    @FXML
    private TableColumn<Event, String> typeCol;

    @FXML
    private TableColumn<Event, String> refCol;

    @FXML
    private TableColumn<Event, String> dataCol;

    @FXML
    private Button more;

    @FXML
    private Label error;

    public AuditView(AuditViewModel vm, Session session) {
        this.vm = vm;
        this.m = session.messages();
        this.zone = ZoneId.of(session.shop().timezone());
    }

    @FXML
    private void initialize() {
        entity.getItems().add(null);
        entity.getItems().addAll(AuditViewModel.ENTITIES);
        entity.setConverter(Cells.converter(e -> e == null ? m.get("status.all") : m.get("audit.entity." + e)));
        entity.valueProperty().bindBidirectional(vm.entityProperty());
        entityId.textProperty().bindBidirectional(vm.entityIdProperty());
        org.shopsuite.desktop.ui.Cells.localDates(from, m);
        org.shopsuite.desktop.ui.Cells.localDates(to, m);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        to.valueProperty().bindBidirectional(vm.toProperty());
        table.setItems(vm.rows());
        Cells.text(whenCol, e -> WHEN.format(e.occurredAt().atZone(zone)));
        Cells.text(actorCol, Event::actor);
        Cells.text(typeCol, e -> m.get("event." + e.type().name()));
        Cells.text(
                refCol,
                e -> (e.receiptId() == null ? "" : m.get("audit.receipt", e.receiptId()))
                        + (e.jobId() == null ? "" : " " + m.get("audit.job", e.jobId())));
        Cells.text(dataCol, AuditViewModel::details);
        Layouts.wrapping(dataCol);
        more.visibleProperty().bind(vm.moreProperty());
        error.textProperty().bind(vm.errorProperty());
        vm.search();
    }

    @FXML
    private void search() {
        vm.search();
    }

    @FXML
    private void loadMore() {
        vm.loadMore();
    }
}
