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
        busy.visibleProperty().bind(vm.busyProperty());
        submit.disableProperty().bind(vm.busyProperty());
        (username.getText().isEmpty() ? username : password).requestFocus();
        vm.setCertificatePrompt(c -> {
            var m = vm.messages();
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                    c.changed()
                            ? javafx.scene.control.Alert.AlertType.WARNING
                            : javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    m.get(
                            c.changed() ? "login.certificate.changed" : "login.certificate.new",
                            c.server(),
                            c.fingerprint()),
                    javafx.scene.control.ButtonType.YES,
                    javafx.scene.control.ButtonType.NO);
            ask.setHeaderText(m.get("login.certificate.title"));
            ask.initOwner(submit.getScene().getWindow());
            return ask.showAndWait()
                    .filter(b -> b == javafx.scene.control.ButtonType.YES)
                    .isPresent();
        });
    }

    @FXML
    private void login() {
        vm.login(onLogin);
    }
}
