package org.shopsuite.desktop.ui.jobs;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.shopsuite.desktop.ui.Confirm;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.PartRequestStatus;
import org.shopsuite.model.VehiclePart;

/** The mechanic's workstation view: big controls bound to {@link MyJobsViewModel}. */
public final class MyJobsView {
    private final MyJobsViewModel vm;
    private final Messages m;

    @FXML
    private ListView<Job> jobs;

    @FXML
    private VBox detail;

    @FXML
    private VBox finishBox;

    @FXML
    private Label laborHoursError;

    @FXML
    private Label title;

    @FXML
    private Label summary;

    @FXML
    private Label requestText;

    @FXML
    private Button start;

    @FXML
    private TextField partQuery;

    @FXML
    private ListView<VehiclePart> parts;

    @FXML
    private TextField quantity;

    @FXML
    private Button requestPart;

    @FXML
    private Label message;

    @FXML
    private Label error;

    @FXML
    private ListView<PartRequest> requests;

    @FXML
    private TextField laborHours;

    @FXML
    private TextArea notes;

    @FXML
    private Button finish;

    public MyJobsView(MyJobsViewModel vm, Session session) {
        this.vm = vm;
        this.m = session.messages();
    }

    @FXML
    private void initialize() {
        jobs.setItems(vm.jobs());
        jobs.setPlaceholder(new Label(m.get("jobs.empty")));
        jobs.setCellFactory(l -> new JobCell());
        vm.newJobs().addListener((javafx.collections.SetChangeListener<Long>) c -> jobs.refresh());
        jobs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null
                    && (vm.selectedProperty().get() == null
                            || vm.selectedProperty().get().id() != b.id())) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> show(b));
        partQuery.textProperty().bindBidirectional(vm.partQueryProperty());
        parts.setItems(vm.parts());
        parts.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(VehiclePart p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : m.get("jobs.part.item", p.partId(), p.partName(), p.stock()));
            }
        });
        parts.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) vm.partProperty().set(b);
        });
        vm.partProperty().addListener((o, a, b) -> {
            if (b != null) parts.getSelectionModel().select(b);
        });
        quantity.textProperty().bindBidirectional(vm.quantityProperty());
        laborHours.textProperty().bindBidirectional(vm.laborHoursProperty());
        notes.textProperty().bindBidirectional(vm.notesProperty());
        message.textProperty().bind(vm.messageProperty());
        vm.refusedProperty().addListener((o, a, b) -> {
            message.getStyleClass().remove("job-message-refused");
            if (b) {
                message.getStyleClass().add("job-message-refused");
            }
        });
        error.textProperty().bind(vm.errorProperty());
        bindClock();
        arrival.textProperty().bind(vm.arrivalProperty());
        arrivalBox.visibleProperty().bind(vm.arrivalProperty().isNotEmpty());
        arrivalBox.managedProperty().bind(arrivalBox.visibleProperty());
        requests.setCellFactory(l -> new RequestCell());
        // from the keyboard: Enter on a request refused for stock orders it (the row's "Order it")
        requests.setOnKeyPressed(e -> {
            PartRequest r = requests.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && r != null && MyJobsViewModel.orderable(r)) {
                e.consume();
                vm.orderIt(r);
            }
        });
        // Tab leaves the notes as it leaves any field; Ctrl+Enter finishes (after the confirmation).
        org.shopsuite.desktop.ui.Keys.tabLeaves(notes);
        org.shopsuite.desktop.ui.Keys.ctrlEnterSubmits(detail, this::finish);
        detail.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        finishBox.disableProperty().bind(detail.disableProperty());
        org.shopsuite.desktop.ui.ErrorLabels.bind(
                vm.fieldErrors(), java.util.Map.of("laborHours", laborHoursError, "notes", laborHoursError));
        start.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> vm.selectedProperty().get() == null
                                || vm.selectedProperty().get().status() != JobStatus.WAITING,
                        vm.selectedProperty()));
        Runnable inProgressOnly = () -> {
            boolean off = vm.selectedProperty().get() == null
                    || vm.selectedProperty().get().status() != JobStatus.IN_PROGRESS;
            requestPart.setDisable(off);
            recommend.setDisable(off);
            finish.setDisable(off);
        };
        vm.selectedProperty().addListener((o, a, b) -> inProgressOnly.run());
        approved.setItems(vm.approvedWork().lines());
        approved.setPlaceholder(new javafx.scene.control.Label(m.get("approved.none")));
        approved.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(org.shopsuite.model.EstimateLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : vm.approvedWork().text(line));
            }
        });
        approvedBox.visibleProperty().bind(vm.approvedWork().estimateProperty().isNotNull());
        approvedBox.managedProperty().bind(approvedBox.visibleProperty());
        inProgressOnly.run();
        show(null);
        vm.refresh();
    }

    private void show(Job job) {
        if (job == null) {
            title.setText(m.get("jobs.select"));
            summary.setText("");
            requestText.setText("");
            requests.getItems().clear();
            jobs.getSelectionModel().clearSelection();
            return;
        }
        title.setText("#" + job.id() + "  " + job.carId() + "  " + job.customerName());
        summary.setText(
                m.get("jobs.status") + ": " + m.get("job." + job.status().name()) + "    "
                        + m.get("jobs.estimate") + ": " + m.hours(job.estimatedHours())
                        + (job.vehicle() == null
                                ? ""
                                : "    " + nz(job.vehicle().make()) + " "
                                        + nz(job.vehicle().model())));
        String comeback = MyJobsViewModel.comeback(job, m);
        if (!comeback.isEmpty()) {
            summary.setText(comeback + "    " + summary.getText());
        }
        requestText.setText(job.request());
        requests.getItems().setAll(job.partRequests());
        if (jobs.getSelectionModel().getSelectedItem() == null
                || jobs.getSelectionModel().getSelectedItem().id() != job.id()) {
            jobs.getItems().stream()
                    .filter(j -> j.id() == job.id())
                    .findFirst()
                    .ifPresent(j -> jobs.getSelectionModel().select(j));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @FXML
    private Button recommend;

    @FXML
    private HBox arrivalBox;

    @FXML
    private Label arrival;

    /** The arrival notice read: it goes away. */
    @FXML
    private void dismissArrival() {
        vm.arrivalProperty().set("");
    }

    @FXML
    private javafx.scene.layout.VBox approvedBox;

    @FXML
    private ListView<org.shopsuite.model.EstimateLine> approved;

    /** Work found during the job goes to the counter as a new estimate version for the customer. */
    @FXML
    private void recommend() {
        org.shopsuite.desktop.ui.estimates.RecommendViewModel form = vm.recommendForm();
        if (form != null) {
            org.shopsuite.desktop.ui.estimates.RecommendDialog.open(
                            requests.getScene().getWindow(), form, m, vm::recommended)
                    .show();
        }
    }

    @FXML
    private void start() {
        vm.start();
    }

    // ---- the time clock (issue 21) ----

    @FXML
    private Label clockStatus;

    @FXML
    private Label clockToday;

    @FXML
    private Label clockError;

    @FXML
    private Button clockIn;

    @FXML
    private Button clockOut;

    @FXML
    private HBox jobClockBox;

    @FXML
    private javafx.scene.control.MenuButton pauseClock;

    @FXML
    private Button resumeClock;

    private void bindClock() {
        JobClockViewModel clock = vm.clock();
        clockStatus.textProperty().bind(clock.statusProperty());
        clockToday.textProperty().bind(clock.todayProperty());
        clockError.textProperty().bind(clock.errorProperty());
        clockError.managedProperty().bind(clock.errorProperty().isNotEmpty());
        // clock in and out are a mechanic's own; a manager's bar follows the selected job's mechanic
        boolean mine = clock.mine();
        clockIn.setVisible(mine);
        clockIn.setManaged(mine);
        clockOut.setVisible(mine);
        clockOut.setManaged(mine);
        clock.stateProperty().addListener((o, a, b) -> {
            boolean in = b != null && b.clockedIn();
            clockIn.setDisable(in);
            clockOut.setDisable(!in);
        });
        for (org.shopsuite.model.PauseReason r : JobClockViewModel.PAUSE_REASONS) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(m.get("clock.reason." + r.name()));
            item.setId("job-pause-" + r.name());
            item.setOnAction(e -> pauseWith(r));
            pauseClock.getItems().add(item);
        }
        pauseClock.disableProperty().bind(clock.canPauseProperty().not().or(clock.busyProperty()));
        resumeClock.disableProperty().bind(clock.canResumeProperty().not().or(clock.busyProperty()));
        jobClockBox.visibleProperty().bind(clock.canPauseProperty().or(clock.canResumeProperty()));
        jobClockBox.managedProperty().bind(jobClockBox.visibleProperty());
    }

    @FXML
    private void clockIn() {
        vm.clock().clockIn();
    }

    @FXML
    private void clockOut() {
        vm.clock().clockOut();
    }

    /** OTHER asks what for; the others need no note. */
    private void pauseWith(org.shopsuite.model.PauseReason reason) {
        String note = null;
        if (reason == org.shopsuite.model.PauseReason.OTHER) {
            java.util.Optional<String> typed = askNote(m.get("clock.pause.note"));
            if (typed.isEmpty()) {
                return;
            }
            note = typed.get();
        }
        vm.clock().pause(reason, note);
    }

    /** Resuming while another job's clock runs switches: the note says why (it goes on that job). */
    @FXML
    private void resumeClock() {
        String note = null;
        if (vm.clock().resumeSwitches()) {
            java.util.Optional<String> typed = askNote(
                    m.get("clock.switch.note", vm.clock().stateProperty().get().runningJobId()));
            if (typed.isEmpty()) {
                return;
            }
            note = typed.get();
        }
        vm.clock().resume(note);
    }

    private java.util.Optional<String> askNote(String header) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
        d.initOwner(resumeClock.getScene().getWindow());
        d.setTitle(m.get("clock.note.title"));
        d.setHeaderText(header);
        d.getDialogPane().setId("clock-note-dialog");
        d.getEditor().setId("clock-note");
        return d.showAndWait();
    }

    @FXML
    private void search() {
        vm.searchParts();
    }

    @FXML
    private void requestPart() {
        vm.requestPart();
    }

    /** Finishes the job once confirmed; parts issued other than approved are said in the question. */
    @FXML
    private void finish() {
        if (finish.isDisabled()) {
            return; // Ctrl+Enter on a job that is not in progress
        }
        String question = vm.finishConfirmation();
        if (question != null) {
            // parts issued in other quantities than the customer approved are said first
            String warning =
                    vm.approvedWork().finishWarning(vm.selectedProperty().get());
            Confirm.ask(
                            finish.getScene().getWindow(),
                            "finish-confirm",
                            m.get("jobs.finish.title"),
                            warning == null ? question : warning + "\n\n" + question,
                            m.get("jobs.finish.yes"),
                            m.get("jobs.finish.no"),
                            false,
                            vm::finish)
                    .show();
        }
    }

    /** Asks how many go back, then confirms naming the part and the quantity, then returns them. */
    private void returnPart(PartRequest r) {
        ReturnPartViewModel form = vm.returnForm(r);
        if (form != null) {
            ReturnPartDialog.show(requests.getScene().getWindow(), form, m, job -> vm.returned(form, job));
        }
    }

    private final class JobCell extends ListCell<Job> {
        @Override
        protected void updateItem(Job j, boolean empty) {
            super.updateItem(j, empty);
            getStyleClass().remove("new-job");
            setText(null);
            if (empty || j == null) {
                setGraphic(null);
                return;
            }
            String head = m.get(
                    "jobs.item", j.id(), j.carId(), m.get("job." + j.status().name()));
            if (vm.newJobs().contains(j.id())) {
                head = m.get("jobs.new") + "  " + head;
                getStyleClass().add("new-job");
            }
            Label first = new Label(head);
            first.setStyle("-fx-font-weight: bold;");
            Label second = new Label(j.request().lines().findFirst().orElse(""));
            String comeback = MyJobsViewModel.comeback(j, m);
            if (comeback.isEmpty()) {
                setGraphic(new VBox(2, first, second));
                return;
            }
            Label badge = new Label(comeback);
            badge.setId("job-comeback-" + j.id());
            badge.getStyleClass().add("comeback-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            first.setMinWidth(0);
            HBox top = new HBox(8, first, badge);
            top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(new VBox(2, top, second));
        }
    }

    private final class RequestCell extends ListCell<PartRequest> {
        @Override
        protected void updateItem(PartRequest r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String status = r.backorderId() != null
                    ? m.get("jobs.request.onOrder", Long.toString(r.backorderId()))
                    : m.get("partRequest." + r.status().name());
            Label text = new Label(
                    r.status() == PartRequestStatus.ISSUED && r.returnedQuantity() > 0
                            ? m.get(
                                    "jobs.request.item.returned",
                                    r.quantity(),
                                    r.partName(),
                                    status,
                                    r.returnedQuantity())
                            : m.get("jobs.request.item", r.quantity(), r.partName(), status));
            // The text wraps and the row is as wide as the list, so a long part name never pushes
            // the Return button out of sight.
            text.setWrapText(true);
            text.setMinWidth(0);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(8, text, gap);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            row.setMinWidth(0);
            row.prefWidthProperty()
                    .bind(getListView()
                            .widthProperty()
                            .subtract(getListView().getInsets().getLeft() * 2 + 40));
            row.setMaxWidth(Region.USE_PREF_SIZE);
            if (MyJobsViewModel.orderable(r)) {
                Button order = new Button(m.get("jobs.orderIt"));
                order.setMinWidth(Region.USE_PREF_SIZE);
                order.setId("part-order-" + r.id());
                order.getStyleClass().add("accent");
                order.setOnAction(e -> vm.orderIt(r));
                row.getChildren().add(order);
            }
            if (r.status() == PartRequestStatus.ISSUED) {
                Button back = new Button(m.get("jobs.return"));
                back.setMinWidth(Region.USE_PREF_SIZE);
                back.setId("part-return-" + r.id());
                back.setOnAction(e -> returnPart(r));
                row.getChildren().add(back);
            }
            setText(null);
            setGraphic(row);
        }
    }
}
