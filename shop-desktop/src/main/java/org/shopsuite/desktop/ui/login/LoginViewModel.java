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

/**
 * The login screen: server address (remembered), username, password, language, and for a user who
 * works at several locations the location to work at (offered once the server asks; remembered).
 */
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
    private final javafx.collections.ObservableList<ShopClient.LocationChoice> locations =
            javafx.collections.FXCollections.observableArrayList();
    private final ObjectProperty<ShopClient.LocationChoice> location = new SimpleObjectProperty<>();
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
        // Another user or server: their locations are asked again.
        javafx.beans.value.ChangeListener<String> other = (o, a, b) -> {
            locations.clear();
            location.set(null);
        };
        server.addListener(other);
        username.addListener(other);
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

    /** The locations to choose from: empty until the server says the user works at several. */
    public javafx.collections.ObservableList<ShopClient.LocationChoice> locations() {
        return locations;
    }

    public ObjectProperty<ShopClient.LocationChoice> locationProperty() {
        return location;
    }

    /** Where the location last chosen by this user at this server is kept. */
    private static String locationKey(String url, String user) {
        String key = "location." + user.toLowerCase(Locale.ROOT) + "@" + url;
        // a preferences key has at most 80 characters
        return key.length() <= Preferences.MAX_KEY_LENGTH ? key : "location." + Integer.toHexString(key.hashCode());
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
        // the location chosen on this screen, else the one this user chose here last time
        Long chosen = location.get() != null
                ? Long.valueOf(location.get().locationId())
                : prefs.get(locationKey(url, user), null) == null
                        ? null
                        : Long.valueOf(prefs.getLong(locationKey(url, user), 1));
        tasks.run(
                () -> {
                    ShopClient client = new ShopClient(url, pins());
                    int api = client.serverApiVersion();
                    if (api != ShopClient.API_VERSION) {
                        throw new IncompatibleServer(api);
                    }
                    client.login(user, pw, chosen);
                    if (client.user().role() != org.shopsuite.model.Role.CONTRACTOR) {
                        client.readLocationName();
                    }
                    return new Session(client, client.user(), client.shop(), m);
                },
                session -> {
                    busy.set(false);
                    password.set("");
                    prefs.put("serverUrl", url);
                    prefs.put("username", user);
                    prefs.put("language", language.get().getLanguage());
                    if (chosen != null) {
                        prefs.putLong(locationKey(url, user), session.client().locationId());
                    }
                    onSuccess.accept(session);
                },
                failure -> {
                    busy.set(false);
                    var choices = ShopClient.locationChoices(failure);
                    if (!choices.isEmpty()) {
                        // the user works at several locations: which one now (the last one first)
                        prefs.remove(locationKey(url, user));
                        locations.setAll(choices);
                        location.set(choices.stream()
                                .filter(c -> chosen != null && c.locationId() == chosen)
                                .findFirst()
                                .orElse(choices.get(0)));
                        showError(x -> x.get("login.chooseLocation"));
                        return;
                    }
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
