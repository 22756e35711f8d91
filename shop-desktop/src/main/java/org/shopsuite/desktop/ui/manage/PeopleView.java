package org.shopsuite.desktop.ui.manage;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.Role;
import org.shopsuite.model.User;

/** Mechanics (daily hours, active) and users (role, password reset, deactivate). */
public final class PeopleView {
    private final PeopleViewModel vm;
    private final Messages m;

    @FXML
    private TableView<Mechanic> mechanics;

    @FXML
    private TableColumn<Mechanic, String> mechNameCol;

    @FXML
    private TableColumn<Mechanic, String> mechHoursCol;

    @FXML
    private TableColumn<Mechanic, String> mechActiveCol;

    @FXML
    private TextField mechanicName;

    @FXML
    private TextField capacity;

    @FXML
    private CheckBox mechanicActive;

    @FXML
    private Label mechanicNameError;

    @FXML
    private Label capacityError;

    @FXML
    private TableView<User> users;

    @FXML
    private TableColumn<User, String> userNameCol;

    @FXML
    private TableColumn<User, String> userRoleCol;

    @FXML
    private TableColumn<User, String> userMechCol;

    @FXML
    private TableColumn<User, String> userActiveCol;

    @FXML
    private TextField username;

    @FXML
    private ComboBox<Role> role;

    @FXML
    private ComboBox<Mechanic> userMechanic;

    @FXML
    private ComboBox<org.shopsuite.model.Supplier> userSupplier;

    @FXML
    private TableColumn<User, String> userSupplierCol;

    @FXML
    private PasswordField password;

    @FXML
    private CheckBox userActive;

    @FXML
    private Label usernameError;

    @FXML
    private Label roleError;

    @FXML
    private Label passwordError;

    @FXML
    private Label message;

    @FXML
    private Label error;

    @FXML
    private javafx.scene.control.Button daysOff;

    @FXML
    private Label placesLabel;

    @FXML
    private javafx.scene.layout.VBox placesBox;

    @FXML
    private javafx.scene.layout.VBox placesPane;

    @FXML
    private Label placesError;

    public PeopleView(PeopleViewModel vm, Session session) {
        this.vm = vm;
        this.m = session.messages();
    }

    @FXML
    private void initialize() {
        mechanics.setItems(vm.mechanics());
        Cells.text(mechNameCol, Mechanic::name);
        Cells.text(mechHoursCol, x -> m.hours(x.dailyCapacityHours()));
        Cells.text(mechActiveCol, x -> x.active() ? "✔" : "");
        mechanics.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) vm.mechanicProperty().set(b);
        });
        mechanicName.textProperty().bindBidirectional(vm.mechanicNameProperty());
        capacity.textProperty().bindBidirectional(vm.capacityProperty());
        mechanicActive.selectedProperty().bindBidirectional(vm.mechanicActiveProperty());

        users.setItems(vm.users());
        Cells.text(userNameCol, User::username);
        Cells.text(userRoleCol, vm::roleText);
        Cells.text(
                userMechCol,
                u -> u.mechanicId() == null
                        ? ""
                        : vm.mechanics().stream()
                                .filter(x -> x.id() == u.mechanicId())
                                .map(Mechanic::name)
                                .findFirst()
                                .orElse(""));
        Cells.text(userActiveCol, u -> u.active() ? "✔" : "");
        users.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) vm.userProperty().set(b);
        });
        username.textProperty().bindBidirectional(vm.usernameProperty());
        role.getItems().setAll(Role.values());
        role.setConverter(Cells.converter(r -> r == null ? "" : m.get("role." + r.name())));
        role.valueProperty().bindBidirectional(vm.roleProperty());
        userMechanic.setItems(vm.mechanics());
        userMechanic.setConverter(Cells.converter(x -> x == null ? "" : x.name()));
        userMechanic.valueProperty().bindBidirectional(vm.userMechanicProperty());
        userMechanic.visibleProperty().bind(vm.roleProperty().isEqualTo(Role.MECHANIC));
        userMechanic.managedProperty().bind(userMechanic.visibleProperty());
        // a contractor's login works for one supplier (the outside shop), as a mechanic's for a mechanic
        userSupplier.setItems(vm.suppliers());
        userSupplier.setConverter(Cells.converter(x -> x == null ? "" : x.name()));
        userSupplier.valueProperty().bindBidirectional(vm.userSupplierProperty());
        userSupplier.visibleProperty().bind(vm.roleProperty().isEqualTo(Role.CONTRACTOR));
        userSupplier.managedProperty().bind(userSupplier.visibleProperty());
        Cells.text(userSupplierCol, vm::supplierName);
        password.textProperty().bindBidirectional(vm.passwordProperty());
        userActive.selectedProperty().bindBidirectional(vm.userActiveProperty());

        ErrorLabels.bind(
                vm.fieldErrors(),
                Map.of(
                        "name",
                        mechanicNameError,
                        "dailyCapacityHours",
                        capacityError,
                        "username",
                        usernameError,
                        "role",
                        roleError,
                        "mechanicId",
                        roleError,
                        "supplierId",
                        roleError,
                        "password",
                        passwordError,
                        "locations",
                        placesError));
        // where the user works, one box a location (a chain's; a single shop has nothing to choose)
        vm.places().addListener((javafx.collections.ListChangeListener<PeopleViewModel.Place>) c -> showPlaces());
        placesLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.places()));
        placesLabel.managedProperty().bind(placesLabel.visibleProperty());
        placesBox.visibleProperty().bind(placesLabel.visibleProperty());
        placesBox.managedProperty().bind(placesLabel.visibleProperty());
        showPlaces();
        message.textProperty().bind(vm.messageProperty());
        error.textProperty().bind(vm.errorProperty());
        daysOff.disableProperty()
                .bind(mechanics.getSelectionModel().selectedItemProperty().isNull());
        timeEntries
                .disableProperty()
                .bind(mechanics.getSelectionModel().selectedItemProperty().isNull());
        vm.refresh();
    }

    @FXML
    private javafx.scene.control.Button timeEntries;

    /** The selected mechanic's time entries, with corrections (issue 21). */
    @FXML
    private void timeEntries() {
        Mechanic chosen = mechanics.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            TimeEntriesDialog.show(mechanics.getScene().getWindow(), vm.timeEntries(chosen), m)
                    .show();
        }
    }

    /** The selected mechanic's days off (Alt+O). */
    @FXML
    private void daysOff() {
        Mechanic chosen = mechanics.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            org.shopsuite.desktop.ui.schedule.ScheduleSetupDialogs.daysOff(
                            mechanics.getScene().getWindow(), vm.daysOffForm(chosen), m)
                    .show();
        }
    }

    private void showPlaces() {
        placesPane.getChildren().clear();
        for (PeopleViewModel.Place p : vm.places()) {
            CheckBox box = new CheckBox(p.name());
            box.setId("user-location-" + p.id());
            box.selectedProperty().bindBidirectional(p.worksProperty());
            Label note = new Label();
            note.setId("user-location-role-" + p.id());
            note.getStyleClass().add("text-muted");
            note.textProperty().bind(p.noteProperty());
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, box, note);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            placesPane.getChildren().add(row);
        }
    }

    @FXML
    private void newMechanic() {
        mechanics.getSelectionModel().clearSelection();
        vm.newMechanic();
    }

    @FXML
    private void saveMechanic() {
        vm.saveMechanic();
    }

    @FXML
    private void newUser() {
        users.getSelectionModel().clearSelection();
        vm.newUser();
    }

    @FXML
    private void saveUser() {
        vm.saveUser();
    }
}
