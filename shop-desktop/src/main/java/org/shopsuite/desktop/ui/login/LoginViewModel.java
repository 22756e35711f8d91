package org.shopsuite.desktop.ui.login;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;

/** The login screen: server address (remembered), username, password, language. */
public final class LoginViewModel {
    public static final String DEFAULT_SERVER = "http://localhost:8088";
    static final Locale KOREAN = Locale.KOREAN;

    private final Tasks tasks;
    private final Preferences prefs;
    private final StringProperty server = new SimpleStringProperty();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private java.util.function.Predicate<org.shopsuite.desktop.client.UntrustedCertificate> certificatePrompt =
            c -> false;
    /** The error as something that renders in any language (a key and its arguments, or a failure). */
    private java.util.function.Function<Messages, String> errorText;

    public LoginViewModel(Tasks tasks, Preferences prefs) {
        this.tasks = tasks;
        this.prefs = prefs;
        server.set(prefs.get("serverUrl", DEFAULT_SERVER));
        username.set(prefs.get("username", ""));
        language.set(Locale.forLanguageTag(
                prefs.get("language", Locale.getDefault().getLanguage().equals("ko") ? "ko" : "en")));
        // Another language: the error shown is said again in it.
        language.addListener((o, a, b) -> {
            if (errorText != null && b != null) {
                error.set(errorText.apply(messages()));
            }
        });
    }

    private void showError(java.util.function.Function<Messages, String> text) {
        errorText = text;
        error.set(text == null ? "" : text.apply(messages()));
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** Asks the user whether to trust a server's certificate (shows its fingerprint). */
    public void setCertificatePrompt(
            java.util.function.Predicate<org.shopsuite.desktop.client.UntrustedCertificate> prompt) {
        this.certificatePrompt = prompt;
    }

    /** Accepted certificate fingerprints, per server, kept with the user's settings. */
    org.shopsuite.desktop.client.CertificatePins pins() {
        Preferences node = prefs.node("certificates");
        return new org.shopsuite.desktop.client.CertificatePins() {
            @Override
            public java.util.Optional<String> pinned(String server) {
                return java.util.Optional.ofNullable(node.get(server, null));
            }

            @Override
            public void pin(String server, String fingerprint) {
                node.put(server, fingerprint);
            }
        };
    }

    public Messages messages() {
        return new Messages(language.get());
    }

    /** The server speaks another API generation than this app. */
    static final class IncompatibleServer extends RuntimeException {
        final int serverApi;

        IncompatibleServer(int serverApi) {
            super("server API " + serverApi);
            this.serverApi = serverApi;
        }
    }

    /** One server address, or several (servers sharing one database) separated by commas. */
    private static boolean validServers(String text) {
        try {
            ShopClient.servers(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public void login(Consumer<Session> onSuccess) {
        Messages m = messages();
        if (server.get() == null || !validServers(server.get())) {
            showError(x -> x.get("login.error.server"));
            return;
        }
        if (username.get().isBlank() || password.get().isEmpty()) {
            showError(x -> x.get("login.error.missing"));
            return;
        }
        busy.set(true);
        showError(null);
        String url = server.get().strip();
        String user = username.get().strip();
        String pw = password.get();
        tasks.run(
                () -> {
                    ShopClient client = new ShopClient(url, pins());
                    int api = client.serverApiVersion();
                    if (api != ShopClient.API_VERSION) {
                        throw new IncompatibleServer(api);
                    }
                    client.login(user, pw);
                    return new Session(client, client.user(), client.shop(), m);
                },
                session -> {
                    busy.set(false);
                    password.set("");
                    prefs.put("serverUrl", url);
                    prefs.put("username", user);
                    prefs.put("language", language.get().getLanguage());
                    onSuccess.accept(session);
                },
                failure -> {
                    busy.set(false);
                    if (failure instanceof org.shopsuite.desktop.client.UntrustedCertificate u) {
                        if (certificatePrompt.test(u)) {
                            pins().pin(u.server(), u.fingerprint());
                            login(onSuccess);
                        } else {
                            showError(x -> x.get("login.error.certificate", u.server()));
                        }
                        return;
                    }
                    showError(
                            failure instanceof IncompatibleServer e
                                    ? x -> x.get("login.error.version", ShopClient.API_VERSION, e.serverApi)
                                    : x -> x.describe(failure));
                });
    }
}
