package org.shopsuite.desktop.ui.login;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.shopsuite.desktop.ui.Session;

/** The login screen's view: binds fields to {@link LoginViewModel} and forwards the click. */
public final class LoginView {
    private final LoginViewModel vm;
    private final Consumer<Session> onLogin;

    @FXML
    private TextField server;

    @FXML
    private TextField username;

    @FXML
    private PasswordField password;

    @FXML
    private ComboBox<Locale> language;

    @FXML
    private Label error;

    @FXML
    private Label locationLabel;

    @FXML
    private ComboBox<org.shopsuite.desktop.client.ShopClient.LocationChoice> workLocation;

    @FXML
    private ProgressIndicator busy;

    @FXML
    private Button submit;

    public LoginView(LoginViewModel vm, Consumer<Session> onLogin) {
        this.vm = vm;
        this.onLogin = onLogin;
    }

    @FXML
    private void initialize() {
        server.textProperty().bindBidirectional(vm.serverProperty());
        username.textProperty().bindBidirectional(vm.usernameProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        language.getItems().setAll(List.of(Locale.ENGLISH, LoginViewModel.KOREAN));
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : l.getLanguage().equals("ko") ? "한국어" : "English";
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.getSelectionModel()
                .select(vm.languageProperty().get().getLanguage().equals("ko") ? 1 : 0);
        language.valueProperty().addListener((o, a, b) -> {
            if (b != null) vm.languageProperty().set(b);
        });
        error.textProperty().bind(vm.errorProperty());
        // shown only to a user who works at several locations, once the server has said so
        workLocation.setItems(vm.locations());
        workLocation.setConverter(new StringConverter<>() {
            @Override
            public String toString(org.shopsuite.desktop.client.ShopClient.LocationChoice c) {
                return c == null ? "" : c.name();
            }

            @Override
            public org.shopsuite.desktop.client.ShopClient.LocationChoice fromString(String s) {
                return null;
            }
        });
        workLocation.valueProperty().bindBidirectional(vm.locationProperty());
        var several = javafx.beans.binding.Bindings.isNotEmpty(vm.locations());
        for (javafx.scene.Node n : List.of(locationLabel, workLocation)) {
            n.visibleProperty().bind(several);
            n.managedProperty().bind(several);
        }
        vm.locations().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            if (!vm.locations().isEmpty()) {
                javafx.application.Platform.runLater(workLocation::requestFocus);
            }
        });
        busy.visibleProperty().bind(vm.busyProperty());
        submit.disableProperty().bind(vm.busyProperty());
        // Focus once the form is on screen (before that a request is lost and the server address,
        // usually filled in already, would get it): the user name, or the password if it is known.
        username.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                javafx.application.Platform.runLater(
                        () -> (username.getText().isEmpty() ? username : password).requestFocus());
            }
        });
        vm.setCertificatePrompt(c -> {
            var m = vm.messages();
            // Trusting a certificate is a decision: its buttons say what they do, and Enter does not trust.
            var trust = new javafx.scene.control.ButtonType(
                    m.get("login.certificate.trust"), javafx.scene.control.ButtonBar.ButtonData.OTHER);
            var refuse = new javafx.scene.control.ButtonType(
                    m.get("login.certificate.refuse"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                    c.changed()
                            ? javafx.scene.control.Alert.AlertType.WARNING
                            : javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    m.get(
                            c.changed() ? "login.certificate.changed" : "login.certificate.new",
                            c.server(),
                            c.fingerprint()),
                    trust,
                    refuse);
            ask.setHeaderText(m.get("login.certificate.title"));
            ask.initOwner(submit.getScene().getWindow());
            ask.getDialogPane().setId("certificate-confirm");
            return ask.showAndWait().filter(b -> b == trust).isPresent();
        });
    }

    @FXML
    private void login() {
        vm.login(onLogin);
    }
}
