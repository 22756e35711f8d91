package org.shopsuite.desktop.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.shopsuite.desktop.ui.login.LoginView;
import org.shopsuite.desktop.ui.login.LoginViewModel;
import org.shopsuite.desktop.ui.main.MainView;
import org.shopsuite.desktop.ui.main.WindowPlacement;
import org.shopsuite.model.User;

/** The JavaFX application: the login screen, then the main window for the user's role. */
public final class App extends Application {
    private final Tasks tasks = Tasks.fx();
    private final String serverOverride;
    private final Preferences prefs;
    private Stage stage;
    private MainView main;

    public App() {
        this(null, Preferences.userNodeForPackage(App.class));
    }

    /**
     * An app pointed at this server with its own preferences (tests and the desktop benchmark open
     * windows this way).
     */
    public App(String server, Preferences prefs) {
        this.serverOverride = server;
        this.prefs = prefs;
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        placeWindow();
        showLogin();
        stage.setOnCloseRequest(e -> {
            if (main != null) main.close();
        });
        stage.show();
        reportFirstFrame(System.getenv("SHOP_DESKTOP_READY_FILE"));
    }

    /**
     * Shows the window where it was left (kept on a screen that is still there, never bigger than
     * its usable area), or on first start at 1280x800 where the screen allows; remembers it as it
     * changes.
     */
    private void placeWindow() {
        List<WindowPlacement.Area> screens = new ArrayList<>();
        screens.add(area(Screen.getPrimary().getVisualBounds()));
        Screen.getScreens().stream()
                .filter(s -> !s.equals(Screen.getPrimary()))
                .forEach(s -> screens.add(area(s.getVisualBounds())));
        WindowPlacement.Placement p = WindowPlacement.place(WindowPlacement.load(prefs), screens);
        stage.setMinWidth(Math.min(1024, screens.get(0).width()));
        stage.setMinHeight(Math.min(700, screens.get(0).height()));
        stage.setX(p.bounds().x());
        stage.setY(p.bounds().y());
        stage.setWidth(p.bounds().width());
        stage.setHeight(p.bounds().height());
        stage.setMaximized(p.maximized());
        // Saved once the window has been still for a moment: a window being maximised is resized
        // before it says it is maximised, and its normal size must not become the screen's.
        javafx.animation.PauseTransition still = new javafx.animation.PauseTransition(javafx.util.Duration.millis(400));
        still.setOnFinished(e -> {
            if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                WindowPlacement.save(
                        prefs,
                        new WindowPlacement.Placement(
                                new WindowPlacement.Area(
                                        stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                                false));
            }
        });
        javafx.beans.InvalidationListener save = o -> still.playFromStart();
        stage.xProperty().addListener(save);
        stage.yProperty().addListener(save);
        stage.widthProperty().addListener(save);
        stage.heightProperty().addListener(save);
        stage.maximizedProperty().addListener((o, a, b) -> {
            if (stage.isShowing()) prefs.putBoolean("window.maximized", b);
        });
    }

    private static WindowPlacement.Area area(Rectangle2D r) {
        return new WindowPlacement.Area(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    /**
     * For the launch-time benchmark: once the login screen's first frame is laid out and handed to
     * the renderer, writes the wall-clock time (epoch ms) to the file the environment names.
     */
    private void reportFirstFrame(String file) {
        if (file == null || file.isBlank()) {
            return;
        }
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(() -> {
                try {
                    java.nio.file.Files.writeString(
                            java.nio.file.Path.of(file), Long.toString(System.currentTimeMillis()));
                } catch (java.io.IOException e) {
                    System.err.println("cannot write " + file + ": " + e.getMessage());
                }
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    void showLogin() {
        if (main != null) {
            main.close();
            main = null;
        }
        LoginViewModel vm = new LoginViewModel(tasks, prefs);
        String server = serverOverride != null
                ? serverOverride
                : getParameters() == null ? null : getParameters().getNamed().get("server");
        if (server != null) {
            vm.serverProperty().set(server);
        }
        showLogin(vm);
    }

    private void showLogin(LoginViewModel vm) {
        Messages m = vm.messages();
        Parent root = Views.load("login/LoginView.fxml", m, new LoginView(vm, this::showMain));
        stage.setTitle(m.get("app.title"));
        setRoot(root);
        vm.languageProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                showLogin(vm);
            }
        });
    }

    void showMain(Session session) {
        main = new MainView(
                session,
                tasks,
                this::showLogin,
                language -> switchLanguage(session, language),
                () -> switchLanguage(session, session.messages().locale()));
        main.rememberDividersIn(prefs);
        Parent root = Views.load("main/MainView.fxml", session.messages(), main);
        String shop = session.shop().name();
        stage.setTitle(session.messages().get("app.title") + (shop == null || shop.isBlank() ? "" : " - " + shop));
        setRoot(root);
    }

    /**
     * Shows the main window again in another language, signed in as before and on the same tab; the
     * choice is remembered for the next start, as the login screen does.
     */
    private void switchLanguage(Session session, java.util.Locale language) {
        // also after a move to another location: the same sign-in, shown again for it
        prefs.put("language", language.getLanguage());
        String tab = main.selectedTabId();
        main.close();
        User user = session.client().user() != null ? session.client().user() : session.user();
        showMain(new Session(session.client(), user, session.shop(), new Messages(language)));
        main.selectTab(tab);
    }

    private void setRoot(Parent root) {
        if (stage.getScene() == null) {
            Scene scene = new Scene(root);
            scene.getStylesheets()
                    .add(App.class.getResource("/org/shopsuite/desktop/app.css").toExternalForm());
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
    }
}
